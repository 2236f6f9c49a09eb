package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.model.CustomEmoji;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomEmojisTest {
    @Test
    void everyEmojiOfTheServerIsListedWithItsImages() {
        try (SimHarness sim = SimHarness.start()) {
            List<CustomEmoji> emojis = sim.client(null).customEmojis().list();

            assertThat(emojis).extracting(CustomEmoji::shortcode).contains("blobcat", "frosty");
            assertThat(emojis).allSatisfy(emoji -> {
                assertThat(emoji.url()).endsWith(emoji.shortcode() + ".png");
                assertThat(emoji.visibleInPicker()).isTrue();
            });
            assertThat(sim.last("GET", "/api/v1/custom_emojis").token()).isEmpty();
        }
    }
}
