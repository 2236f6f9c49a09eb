package dev.permafrost.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an H2 archive lives and which schema it has: the JDBC URL of a path, and the Flyway
 * migrations (top-level {@code migrations/}, at {@code db/migration} in the jar) that bring an
 * archive up to the version this code knows, refusing archives made by a newer version.
 */
final class H2Schema {
    /** Where the migrations are on the class path. */
    static final String LOCATION = "classpath:db/migration";
    /** H2's default administrator, which every H2 tool offers. */
    static final String USER = "sa";

    private static final Logger LOG = LoggerFactory.getLogger(H2Schema.class);

    static {
        // H2 hashes every string it binds or reads, to share equal values through a small cache;
        // for rows of multi-kilobyte JSON that costs about a sixth of the write time and saves
        // nothing. The setting is read once, when H2 loads; a value set by the user wins.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    private H2Schema() {}

    /**
     * The JDBC URL of the archive at {@code path} ({@code PATH.mv.db} on disk): the URL any H2
     * tool opens it with.
     */
    static String jdbcUrl(Path path) {
        return "jdbc:h2:file:" + base(path);
    }

    /** The database file of the archive at {@code path}. */
    static Path file(Path path) {
        return Path.of(base(path) + ".mv.db");
    }

    /**
     * The absolute path H2 names the database by. H2 2.x rejects implicitly relative file URLs, so
     * the path is made absolute; a {@code .mv.db} suffix naming the file itself is dropped.
     */
    private static Path base(Path path) {
        String text = path.toString();
        if (text.contains(";")) {
            // H2 reads settings after ';' in a URL (INIT=... runs SQL): never let a path add any.
            throw new IllegalArgumentException("H2 archive path '" + path + "' contains ';'; choose a path without it");
        }
        if (text.endsWith(".mv.db")) {
            text = text.substring(0, text.length() - ".mv.db".length());
        }
        return Path.of(text).toAbsolutePath().normalize();
    }

    /**
     * The URL Permafrost itself connects with: the archive's URL plus page compression, which
     * makes files of JSON about four times smaller at no cost in write speed (less to write).
     * Tools that open the plain URL read compressed pages all the same. H2 does not close the
     * database in a shutdown hook of its own ({@code DB_CLOSE_ON_EXIT=FALSE}): on Ctrl-C or
     * SIGTERM the commands' hook lets the page in hand be stored and then closes the archive
     * itself, which H2's hook, running at the same time, would otherwise pull away under it.
     */
    static String connectionUrl(Path path) {
        return jdbcUrl(path) + ";COMPRESS=TRUE;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Creates the folder an archive file goes in. */
    static void createParent(Path path) {
        Path parent = path.toAbsolutePath().getParent();
        if (parent == null) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new ArchiveException("cannot create the folder " + parent + " for the H2 archive " + path + ": " + e, e);
        }
    }

    /**
     * Migrates the archive to the newest version this code knows.
     *
     * @throws ArchiveVersionException when the archive has a version this code does not know
     */
    static void migrate(String url, String password, Path path) {
        migrate(url, password, path, LOCATION);
    }

    /** Migrates with migrations from the given locations (tests add some). */
    static void migrate(String url, String password, Path path, String... locations) {
        Flyway flyway = flyway(url, password, locations).load();
        try {
            refuseNewer(flyway.info(), path);
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0 && result.initialSchemaVersion != null) {
                LOG.info("Archive {} migrated from schema version {} to {}", path, result.initialSchemaVersion,
                        result.targetSchemaVersion);
            } else if (result.migrationsExecuted > 0) {
                LOG.debug("Archive {} created at schema version {}", path, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new ArchiveException("cannot bring the H2 archive " + path + " to the current schema: "
                    + e.getMessage(), e);
        }
    }

    /** A Flyway configuration for the archive (tests use it to build older or newer archives). */
    static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String password, String... locations) {
        return Flyway.configure(H2Schema.class.getClassLoader())
                .dataSource(url, USER, password)
                .locations(locations)
                .failOnMissingLocations(true)
                // An applied migration this code does not know is an error, never ignored.
                .ignoreMigrationPatterns(new String[0]);
    }

    /**
     * Fails when the archive holds a migration newer than any this code has: Flyway would ignore
     * it by default, and this code would then read and write a schema it does not understand.
     */
    private static void refuseNewer(MigrationInfoService info, Path path) {
        MigrationInfo[] all = info.all();
        Optional<MigrationVersion> known = Arrays.stream(all)
                .filter(migration -> migration.getState().isResolved() && migration.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder());
        Optional<MigrationInfo> future = Arrays.stream(all)
                .filter(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS
                        || migration.getState() == MigrationState.FUTURE_FAILED)
                .max(Comparator.comparing(MigrationInfo::getVersion));
        if (future.isPresent()) {
            String archiveVersion = future.get().getVersion().getVersion();
            String codeVersion = known.map(MigrationVersion::getVersion).orElse("(none)");
            throw new ArchiveVersionException("the H2 archive " + path + " has schema version " + archiveVersion
                    + " (\"" + future.get().getDescription() + "\"), but this Permafrost knows versions up to "
                    + codeVersion + ": it was written by a newer Permafrost. Open it with that version;"
                    + " this one refuses, so as not to lose data.", archiveVersion, codeVersion);
        }
    }
}
