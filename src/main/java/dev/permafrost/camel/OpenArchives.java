package dev.permafrost.camel;

import dev.permafrost.store.Archive;
import dev.permafrost.store.Archives;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archives a CamelContext has open: one {@link Archive} per store URL, shared by every
 * {@code mastodon:} consumer reading checkpoints from it and every {@code archive:} endpoint
 * writing to it (H2 lets one process open a file once), and closed when the context stops.
 * Thread-safe.
 */
public final class OpenArchives extends ServiceSupport {
    /** The name under which the registry is bound in the context's registry. */
    static final String NAME = "permafrost.openArchives";
    private static final Logger LOG = LoggerFactory.getLogger(OpenArchives.class);

    private final Map<String, Archive> open = new LinkedHashMap<>();

    private OpenArchives() {}

    /** The registry of a context, created (and tied to the context's lifecycle) on first use. */
    public static OpenArchives of(CamelContext context) {
        Objects.requireNonNull(context, "context");
        synchronized (context) {
            OpenArchives existing = context.getRegistry().lookupByNameAndType(NAME, OpenArchives.class);
            if (existing != null) {
                return existing;
            }
            OpenArchives created = new OpenArchives();
            context.getRegistry().bind(NAME, created);
            try {
                context.addService(created, true, true);
            } catch (Exception e) {
                throw new IllegalStateException("cannot register the archive registry with the Camel context", e);
            }
            return created;
        }
    }

    /**
     * The archive at a store URL, opened on first use.
     *
     * @throws IllegalArgumentException when the URL is neither {@code h2:PATH} nor {@code parquet:DIR}
     * @throws dev.permafrost.store.ArchiveException when it cannot be opened
     */
    public synchronized Archive get(String storeUrl) {
        String key = key(storeUrl);
        Archive archive = open.get(key);
        if (archive == null) {
            archive = Archives.open(storeUrl);
            open.put(key, archive);
            LOG.debug("opened archive {}", storeUrl);
        }
        return archive;
    }

    /**
     * Closes one archive now, making all it buffered durable and visible to other readers (the
     * Parquet archive commits on close); the next use opens it again.
     */
    public synchronized void close(String storeUrl) {
        Archive archive = open.remove(key(storeUrl));
        if (archive != null) {
            archive.close();
        }
    }

    /** One key for every spelling of the same place: {@code h2:./a} and {@code h2:/abs/a}. */
    static String key(String storeUrl) {
        Archives.StoreUrl parsed = Archives.StoreUrl.parse(storeUrl);
        return parsed.scheme() + ":" + parsed.path().toAbsolutePath().normalize();
    }

    @Override
    protected synchronized void doStop() {
        for (Map.Entry<String, Archive> entry : open.entrySet()) {
            try {
                entry.getValue().close();
            } catch (RuntimeException e) {
                LOG.warn("closing archive {} failed: {}", entry.getKey(), e.getMessage());
            }
        }
        open.clear();
    }
}
