package dev.permafrost.store;

import static dev.permafrost.store.StoreFixtures.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.model.Status;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawler killed in the middle of a batch: the database goes down after the data statements
 * ran and before the commit. Reopening and rerunning from the stored checkpoint must lose nothing
 * and duplicate nothing.
 */
class H2ArchiveCrashTest {
    static final CollectionKey HOME = new CollectionKey("localhost:3000", "117020565966271181", "home");

    @TempDir
    Path dir;

    @Test
    void aWriterKilledBeforeCommitLeavesNeitherDataNorCheckpointAndTheRerunStoresEachStatusOnce() throws Exception {
        Path path = dir.resolve("archive");
        List<Status> page = list("statuses_public_timeline.json", Status.class);
        Batch first = page(page.subList(4, 8), "117020586180926938");
        Batch second = page(page.subList(0, 4), "117020593134559451");
        try (H2Archive archive = H2Archive.open(path)) {
            archive.write(first);
        }

        try (H2Archive killed = new H2Archive(path, killedAtCommit(path), Clock.systemUTC())) {
            assertThatThrownBy(() -> killed.write(second)).isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("nothing of it was stored");
        }

        try (H2Archive reopened = H2Archive.open(path)) {
            assertThat(reopened.checkpoint(HOME)).contains(first.checkpoint().orElseThrow());
            assertThat(Db.count(path, "statuses")).isEqualTo(4);
            // The crawler resumes from the stored checkpoint; its pages overlap what was stored.
            reopened.write(first);
            reopened.write(second);
            assertThat(reopened.checkpoint(HOME)).contains(second.checkpoint().orElseThrow());
        }
        assertThat(Db.count(path, "statuses")).isEqualTo(8);
        assertThat(Db.count(path, "timeline_entries")).isEqualTo(8);
        assertThat(Db.count(path, "polls")).isEqualTo(1);
    }

    private static Batch page(List<Status> statuses, String newest) {
        return new Batch(HOME, statuses, Optional.empty(),
                Optional.of(new Checkpoint(HOME, newest, null, Instant.parse("2026-08-02T06:00:00Z"))));
    }

    /**
     * A connection whose commit kills the database instead (SHUTDOWN IMMEDIATELY closes the files
     * as a crash would, without committing), then fails as the dying process would.
     */
    private static Connection killedAtCommit(Path path) throws SQLException {
        Connection real = Db.connect(path);
        return (Connection) Proxy.newProxyInstance(H2ArchiveCrashTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        try (Statement statement = real.createStatement()) {
                            statement.execute("SHUTDOWN IMMEDIATELY");
                        }
                        throw new SQLException("simulated kill between the data and the commit");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
