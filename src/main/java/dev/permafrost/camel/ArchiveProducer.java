package dev.permafrost.camel;

import dev.permafrost.model.Entity;
import dev.permafrost.store.Batch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * Writes an exchange's page to the archive: the {@link Batch} in the {@link MastodonConstants#BATCH}
 * header, items and checkpoint in one transaction. When the route replaced the body by a list of
 * entities (filtered the page, say), those are stored instead of the page's items, still with the
 * page's checkpoint; a body of another kind (text for a log) is ignored. A body that is a Batch is
 * stored as it is.
 */
final class ArchiveProducer extends DefaultProducer {
    /** The exchange property set once the page is stored (to the archive's key), which the consumer looks for. */
    static final String STORED = "CamelMastodonStored";

    ArchiveProducer(ArchiveEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public ArchiveEndpoint getEndpoint() {
        return (ArchiveEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) {
        getEndpoint().archive().write(batch(exchange));
        exchange.setProperty(STORED, OpenArchives.key(getEndpoint().getStore()));
    }

    private static Batch batch(Exchange exchange) {
        Object body = exchange.getIn().getBody();
        if (body instanceof Batch batch) {
            return batch;
        }
        Batch page = exchange.getIn().getHeader(MastodonConstants.BATCH, Batch.class);
        if (page == null) {
            throw new IllegalArgumentException("nothing to store: the exchange has no " + MastodonConstants.BATCH
                    + " header and its body is not a Batch; archive: stores the pages of a mastodon: consumer");
        }
        if (body == page.items()) {
            return page;
        }
        List<Entity> entities = entities(body);
        if (entities == null) {
            return page;
        }
        return new Batch(page.key(), entities, page.pageCursor(), page.checkpoint());
    }

    /** The body as entities, or null when it is something else. */
    private static List<Entity> entities(Object body) {
        if (!(body instanceof List<?> list)) {
            return null;
        }
        List<Entity> entities = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof Entity entity)) {
                return null;
            }
            entities.add(entity);
        }
        return entities;
    }
}
