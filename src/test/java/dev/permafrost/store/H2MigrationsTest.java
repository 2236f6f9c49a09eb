package dev.permafrost.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2MigrationsTest {
    @TempDir
    Path dir;

    /** The versions of migrations/, oldest first, as Flyway sees them. */
    private List<MigrationVersion> knownVersions() {
        String url = H2Schema.jdbcUrl(dir.resolve("scratch"));
        return Arrays.stream(H2Schema.flyway(url, "", H2Schema.LOCATION).load().info().all())
                .map(MigrationInfo::getVersion).sorted().toList();
    }

    private static String version(Path path) {
        return (String) Db.single(path, "SELECT \"version\" AS v FROM \"flyway_schema_history\""
                + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1").get("v");
    }

    @Test
    void anEmptyDatabaseGetsEveryTableOfTheContractAtTheNewestVersion() {
        Path path = dir.resolve("archive");

        H2Archive.open(path).close();

        List<String> tables = Db.query(path, "SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = 'PUBLIC'").stream()
                .map(row -> ((String) row.get("table_name")).toLowerCase(Locale.ROOT)).toList();
        assertThat(tables).containsAll(ArchiveTables.names());
        List<MigrationVersion> versions = knownVersions();
        assertThat(versions).hasSizeGreaterThanOrEqualTo(2);
        assertThat(version(path)).isEqualTo(versions.get(versions.size() - 1).getVersion());
    }

    @Test
    void anArchiveOfThePreviousVersionIsUpgradedAndKeepsItsRows() throws Exception {
        Path path = dir.resolve("archive");
        String url = H2Schema.jdbcUrl(path);
        List<MigrationVersion> versions = knownVersions();
        MigrationVersion previous = versions.get(versions.size() - 2);
        H2Schema.flyway(url, "", H2Schema.LOCATION).target(previous).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO accounts (instance, id, username, first_seen, last_seen, raw) VALUES"
                    + " ('localhost:3000', '1', 'admin', TIMESTAMP WITH TIME ZONE '2026-08-01 00:00:00Z',"
                    + " TIMESTAMP WITH TIME ZONE '2026-08-01 00:00:00Z', '{\"id\":\"1\"}')");
        }
        assertThat(version(path)).isEqualTo(previous.getVersion());

        try (H2Archive archive = H2Archive.open(path)) {
            assertThat(archive.counts()).contains(new TableCount("accounts", "localhost:3000", 1));
        }

        assertThat(version(path)).isEqualTo(versions.get(versions.size() - 1).getVersion());
    }

    @Test
    void theSecondMigrationAddsTheFollowersIndexThatFinishWalkUses() throws Exception {
        Path path = dir.resolve("archive");

        H2Archive.open(path).close();

        try (Connection connection = Db.connect(path);
             ResultSet indexes = connection.getMetaData().getIndexInfo(null, "PUBLIC", "FOLLOWS", false, false)) {
            boolean found = false;
            while (indexes.next()) {
                found |= "FOLLOWS_BY_FOLLOWED".equals(indexes.getString("INDEX_NAME"));
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void anArchiveWrittenByANewerPermafrostIsRefusedNamingBothVersions() {
        Path path = dir.resolve("archive");
        String url = H2Schema.jdbcUrl(path);
        H2Schema.createParent(path);
        H2Schema.migrate(url, "", path, H2Schema.LOCATION, "classpath:store/future-migrations");
        List<MigrationVersion> versions = knownVersions();
        String newest = versions.get(versions.size() - 1).getVersion();

        assertThatThrownBy(() -> H2Archive.open(path))
                .isInstanceOfSatisfying(ArchiveVersionException.class, e -> {
                    assertThat(e.archiveVersion()).isEqualTo("99");
                    assertThat(e.codeVersion()).isEqualTo(newest);
                })
                .hasMessageContaining("schema version 99")
                .hasMessageContaining("knows versions up to " + newest)
                .hasMessageContaining("newer Permafrost");
        assertThat(version(path)).isEqualTo("99");
    }

    @Test
    void aRelativePathBecomesAnAbsoluteFileUrl() {
        String url = H2Schema.jdbcUrl(Path.of("permafrost-data/archive"));

        assertThat(url).startsWith("jdbc:h2:file:/").endsWith("/permafrost-data/archive");
        assertThat(H2Schema.jdbcUrl(Path.of("./data/archive.mv.db"))).endsWith("/data/archive").doesNotContain("/./");
    }

    @Test
    void aPathThatWouldAddH2SettingsIsRefused() {
        assertThatThrownBy(() -> H2Schema.jdbcUrl(Path.of("archive;INIT=RUNSCRIPT FROM 'x'")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contains ';'");
    }

    @Test
    void openingCreatesMissingFoldersAndAnyH2ToolReadsTheFileWithThePlainUrl() throws Exception {
        Path path = dir.resolve("nested/deeper/archive");

        try (Archive archive = Archives.open("h2:" + path)) {
            assertThat(archive).isInstanceOf(H2Archive.class);
        }

        assertThat(Files.exists(dir.resolve("nested/deeper/archive.mv.db"))).isTrue();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + path, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM statuses")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getLong(1)).isZero();
        }
    }
}
