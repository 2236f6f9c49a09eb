package dev.permafrost.camel;

import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import dev.permafrost.store.Archive;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A simulator and a CamelContext whose {@code mastodon} component points at it (instance and token
 * on the component, polls driven by the test), with archives of one kind ({@code h2} or
 * {@code parquet}) in a folder. Close it after use.
 */
final class CamelSim implements AutoCloseable {
    final SimServer sim;
    final CamelContext context;
    final MastodonComponent component;
    private final Path folder;
    private final String scheme;

    CamelSim(Path folder, String scheme, SimConfig config, boolean manualPolls) {
        this.folder = folder;
        this.scheme = scheme;
        this.sim = SimServer.start(config);
        this.context = new DefaultCamelContext();
        this.component = new MastodonComponent();
        component.setInstance(sim.baseUri().toString());
        component.setAccessToken(sim.world().userToken());
        component.setManualPolls(manualPolls);
        context.addComponent("mastodon", component);
    }

    CamelSim(Path folder, String scheme) {
        this(folder, scheme, SimConfig.small(), true);
    }

    CamelSim(Path folder) {
        this(folder, "h2");
    }

    /**
     * Whether archives of a kind can be opened here: the Parquet archive lands from another
     * branch; until then its tests are skipped, and they run once it works.
     */
    static boolean available(String scheme, Path folder) {
        try {
            dev.permafrost.store.Archives.open(scheme + ":" + folder.resolve("probe-" + scheme)).close();
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** The store URL of an archive in the test's folder. */
    String store(String name) {
        return scheme + ":" + folder.resolve(name);
    }

    /** The archive at a store URL, as the context's routes share it. */
    Archive archive(String store) {
        return OpenArchives.of(context).get(store);
    }

    void start(RoutesBuilder... routes) throws Exception {
        for (RoutesBuilder builder : routes) {
            context.addRoutes(builder);
        }
        context.start();
    }

    MastodonConsumer consumer(String routeId) {
        return (MastodonConsumer) context.getRoute(routeId).getConsumer();
    }

    long requests(String path) {
        return sim.requests().count(r -> r.path().equals(path));
    }

    /**
     * The distinct values of a column of an archive's table, read over a second connection (H2)
     * or with DuckDB (Parquet).
     *
     * @param where a condition on the table's columns, or "" for every row
     */
    Set<String> values(String archive, String table, String column, String where) {
        String condition = where.isBlank() ? "" : " WHERE " + where;
        if (scheme.equals("h2")) {
            return query("jdbc:h2:file:" + folder.resolve(archive), "SELECT DISTINCT " + column + " FROM " + table + condition);
        }
        // The Parquet archive makes its files visible when it commits: closing it commits.
        OpenArchives.of(context).close(store(archive));
        String files = folder.resolve(archive).resolve(table) + "/**/*.parquet";
        return query("jdbc:duckdb:", "SELECT DISTINCT " + column + " FROM read_parquet('" + files
                + "', hive_partitioning = true, union_by_name = true)" + condition);
    }

    private static Set<String> query(String url, String sql) {
        Set<String> values = new HashSet<>();
        try (Connection connection = url.startsWith("jdbc:h2") ? DriverManager.getConnection(url, "sa", "")
                : DriverManager.getConnection(url);
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return values;
    }

    @Override
    public void close() {
        try {
            context.stop();
        } finally {
            sim.close();
        }
    }
}
