package dev.permafrost.camel;

import dev.permafrost.store.Archive;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Stores the pages a {@code mastodon:} consumer hands to a route: each exchange's {@link
 * dev.permafrost.store.Batch} (items and checkpoint) in one transaction.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "archive", title = "Permafrost archive", syntax = "archive:store",
        producerOnly = true, category = {Category.DATABASE})
public class ArchiveEndpoint extends DefaultEndpoint {

    @UriPath(description = "The archive: h2:PATH (an H2 file, PATH.mv.db) or parquet:DIR.")
    @Metadata(required = true)
    private String store;

    ArchiveEndpoint(String uri, ArchiveComponent component) {
        super(uri, component);
    }

    public String getStore() {
        return store;
    }

    public void setStore(String store) {
        this.store = store;
    }

    @Override
    public Producer createProducer() {
        return new ArchiveProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("archive:" + store + " can only be written to (to:); read an archive"
                + " with SQL, permafrost stats or permafrost export");
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        archive(); // fails at start when the archive cannot be opened
    }

    /** The archive, from the context's registry every time: it may have been closed and opened again. */
    Archive archive() {
        return OpenArchives.of(getCamelContext()).get(store);
    }
}
