package dev.sentence4j.server;

import dev.sentence4j.server.handler.Http;
import io.javalin.http.Context;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * nginx's "lingering close" for a refused body (413, 401, 415, ...): read and discard what the
 * client is still sending before answering, so that a client that writes its whole body before it
 * reads (Python's http.client, and so requests and urllib) reads the error instead of "Broken
 * pipe". Without it Jetty answers, finds request content unread, and closes the connection under
 * the sending client; curl copes because it reads while it sends, Python does not.
 *
 * <p>Bounded: at most {@link #MAX_BYTES} bytes and {@link #MAX_TIME} in all, and a read that waits
 * more than {@link #IDLE} ends it; past a bound the connection closes as before. A client that
 * sent {@code Expect: 100-continue} and was never asked for its body is not waited for.
 */
final class LingeringClose {
    static final long MAX_BYTES = 128L << 20;
    static final Duration MAX_TIME = Duration.ofSeconds(10);
    static final Duration IDLE = Duration.ofSeconds(2);

    private LingeringClose() {}

    /** Discards the rest of the request body, within the bounds; call before the answer is written. */
    static void drain(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        boolean chunked = "chunked".equalsIgnoreCase(ctx.header("Transfer-Encoding"));
        if (declared <= 0 && !chunked) {
            return;
        }
        boolean expects = "100-continue".equalsIgnoreCase(ctx.header("Expect"));
        if (expects && ctx.attribute(Http.BODY_STARTED) == null) {
            ctx.header("Connection", "close"); // it waits for 100 Continue, which never comes
            return;
        }
        if (declared > MAX_BYTES) {
            ctx.header("Connection", "close");
            return;
        }
        EndPoint endPoint = endPoint(ctx);
        long idleBefore = endPoint == null ? -1 : endPoint.getIdleTimeout();
        if (endPoint != null) {
            endPoint.setIdleTimeout(IDLE.toMillis());
        }
        long deadline = System.nanoTime() + MAX_TIME.toNanos();
        long read = 0;
        boolean finished = false;
        byte[] sink = new byte[64 * 1024];
        try {
            ServletInputStream in = ctx.req().getInputStream();
            int n;
            while (read <= MAX_BYTES && System.nanoTime() < deadline) {
                n = in.read(sink);
                if (n < 0) {
                    finished = true;
                    break;
                }
                read += n;
            }
        } catch (IOException | RuntimeException e) {
            // The client closed or stalled: nothing left to wait for.
        } finally {
            if (endPoint != null && idleBefore >= 0) {
                endPoint.setIdleTimeout(idleBefore);
            }
        }
        if (!finished) {
            ctx.header("Connection", "close");
        }
    }

    private static EndPoint endPoint(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        return request == null ? null : request.getConnectionMetaData().getConnection().getEndPoint();
    }
}
