package dev.sentence4j.server;

import dev.sentence4j.server.api.ApiError;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * What a web page open in the user's browser may do with the server.
 *
 * <p>Host: a server bound to loopback answers only Host names that are loopback (localhost,
 * *.localhost, 127.0.0.0/8, ::1) or listed in {@code --allowed-hosts}. Without this, DNS
 * rebinding reaches it: a page on attacker.example re-points its own name to 127.0.0.1 and then
 * reads the answers as same-origin. A server bound elsewhere checks Host only when hosts are listed.
 *
 * <p>Origin: a browser sends {@code Origin} on cross-origin requests, and a "simple" POST (no
 * preflight) still reaches the server, so refusing to add CORS headers is not enough: such a
 * request is answered 403 without running anything, unless {@code --cors-origin} lists the
 * origin (or {@code *}). Same-origin requests (the playground, the docs page) pass. Clients
 * outside browsers send no Origin and are not affected.
 */
final class BrowserPolicy {
    private final boolean loopbackOnly;
    private final List<String> allowedHosts;
    private final List<String> corsOrigins;

    BrowserPolicy(ServerConfig config) {
        this.allowedHosts = config.allowedHosts().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        this.loopbackOnly = isLoopbackAddress(config.host()) || !allowedHosts.isEmpty();
        this.corsOrigins = config.corsOrigins().stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
    }

    /** 403 unless the Host header names this server as the configuration allows. */
    void checkHost(Context ctx) {
        String host = ctx.header("Host");
        if (!loopbackOnly || host == null || allowedHosts.contains("*")) {
            return; // HTTP/1.0 without Host: not a browser, no rebinding
        }
        String name = hostName(host);
        if (isLoopbackName(name) || allowedHosts.contains(name)) {
            return;
        }
        throw ApiError.forbidden("Host \"" + host + "\" is not allowed: this server answers loopback names"
                + " (localhost, 127.0.0.1, [::1])" + (allowedHosts.isEmpty() ? "" : " and " + allowedHosts)
                + "; start it with --allowed-hosts " + name + " to accept this name");
    }

    /**
     * Passes same-origin requests and requests without Origin; adds the CORS answer headers for an
     * allowed origin; 403 for any other cross-origin request.
     */
    void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || sameOrigin(origin, ctx.header("Host"))) {
            return;
        }
        if (!allows(origin)) {
            throw ApiError.forbidden("cross-origin request from Origin \"" + origin + "\" refused: start the server with"
                    + " --cors-origin " + origin + " to let pages from it call the API");
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
    }

    /** The answer to a CORS preflight for a route answering {@code allow}; the origin was checked. */
    void preflight(Context ctx, String allow) {
        ctx.header("Allow", allow);
        if (ctx.header("Origin") != null) {
            ctx.header("Access-Control-Allow-Methods", allow);
            ctx.header("Access-Control-Allow-Headers", "Content-Type, Authorization");
            ctx.header("Access-Control-Max-Age", "600");
        }
        ctx.status(204);
    }

    private boolean allows(String origin) {
        return corsOrigins.contains("*") || corsOrigins.contains(origin.toLowerCase(Locale.ROOT));
    }

    private static boolean sameOrigin(String origin, String host) {
        // This server speaks plain HTTP, so its own pages have origin http://<Host>.
        return host != null && origin.equalsIgnoreCase("http://" + host);
    }

    /** The name in a Host header: without the port, IPv6 literals without brackets, lower case. */
    static String hostName(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    /** Names that always mean this machine (RFC 6761 reserves .localhost for loopback). */
    static boolean isLoopbackName(String name) {
        return name.equals("localhost") || name.endsWith(".localhost") || name.equals("::1")
                || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static boolean isLoopbackAddress(String bindHost) {
        if (isLoopbackName(bindHost.toLowerCase(Locale.ROOT))) {
            return true;
        }
        try {
            return InetAddress.getByName(bindHost).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
