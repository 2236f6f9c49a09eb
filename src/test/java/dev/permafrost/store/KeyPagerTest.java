package dev.permafrost.store;

import static dev.permafrost.store.StoreFixtures.list;
import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.model.Status;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyPagerTest {
    @TempDir
    Path dir;

    @Test
    void everyRowComesOnceInKeyOrderAcrossPagesAndGroups() throws Exception {
        Path path = dir.resolve("archive");
        List<Status> page = list("statuses_public_timeline.json", Status.class);
        try (H2Archive archive = H2Archive.open(path)) {
            for (String instance : List.of("b.example", "a.example")) {
                for (String timeline : List.of("home", "local")) {
                    archive.write(new Batch(new CollectionKey(instance, "1", timeline), page, Optional.empty(),
                            Optional.empty()));
                }
            }
        }
        List<String> seen = new ArrayList<>();
        try (Connection connection = Db.connect(path)) {
            new KeyPager(connection, 3).forEach("timeline_entries", "SELECT d.* FROM timeline_entries d", "",
                    new KeyPager.Handler() {
                        @Override
                        public void row(Row row) {
                            seen.add(row.string("instance") + " " + row.string("timeline") + " " + row.string("status_id"));
                        }

                        @Override
                        public void groupEnd() {
                            seen.add("end");
                        }
                    });
        }

        List<String> expected = new ArrayList<>();
        List<String> ids = page.stream().map(Status::id).sorted().toList();
        for (String instance : List.of("a.example", "b.example")) {
            for (String timeline : List.of("home", "local")) {
                ids.forEach(id -> expected.add(instance + " " + timeline + " " + id));
                expected.add("end");
            }
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }
}
