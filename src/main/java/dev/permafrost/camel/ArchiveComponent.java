package dev.permafrost.camel;

import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code archive:} component: a route ends in a Permafrost archive with
 * {@code to: {uri: "archive:h2:./permafrost-data/archive"}} (or {@code archive:parquet:DIR}), no Java
 * code needed. Archives are opened once per store URL per CamelContext ({@link OpenArchives}).
 */
@Component("archive")
public class ArchiveComponent extends DefaultComponent {

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException("archive: needs a store URL, e.g. archive:h2:./permafrost-data/archive"
                    + " or archive:parquet:./permafrost-data/parquet");
        }
        String store = remaining.startsWith("//") ? remaining.substring(2) : remaining;
        dev.permafrost.store.Archives.StoreUrl.parse(store);
        ArchiveEndpoint endpoint = new ArchiveEndpoint(uri, this);
        endpoint.setStore(store);
        return endpoint;
    }
}
