package dev.permafrost.store.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

    @Test
    void keysAndTheirVersionsSurviveGrowth() {
        KeyIndex index = new KeyIndex(true, true, true);
        SplittableRandom random = new SplittableRandom(7);
        long[] keys = random.longs(200_000).map(k -> k == 0 ? 1 : k).toArray();
        for (int i = 0; i < keys.length; i++) {
            int slot = index.add(keys[i]);
            index.setVersion(slot, i * 2L, i, i % 1000);
            index.setEditedAt(slot, -i);
            index.setSighted(slot, i * 3L);
        }
        assertThat(index.size()).isEqualTo(keys.length);
        for (int i = 0; i < keys.length; i++) {
            int slot = index.find(keys[i]);
            assertThat(slot).isNotEqualTo(KeyIndex.NONE);
            assertThat(index.hash(slot)).isEqualTo(i * 2L);
            assertThat(index.firstSeen(slot)).isEqualTo(i);
            assertThat(index.day(slot)).isEqualTo(i % 1000);
            assertThat(index.editedAt(slot)).isEqualTo(-i);
            assertThat(index.sighted(slot)).isEqualTo(i * 3L);
        }
    }

    @Test
    void absentKeysAreNotFound() {
        KeyIndex index = new KeyIndex(false, false, false);
        index.add(Hash64.key("a", "1"));
        assertThat(index.find(Hash64.key("a", "1"))).isNotEqualTo(KeyIndex.NONE);
        assertThat(index.find(Hash64.key("b", "1"))).isEqualTo(KeyIndex.NONE);
        assertThat(index.find(Hash64.key("a", "10"))).isEqualTo(KeyIndex.NONE);
    }

    @Test
    void keyHashesSeparateInstanceFromId() {
        assertThat(Hash64.key("ab", "c")).isNotEqualTo(Hash64.key("a", "bc"));
    }
}
