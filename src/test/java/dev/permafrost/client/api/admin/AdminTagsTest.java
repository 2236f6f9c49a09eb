package dev.permafrost.client.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Direction;
import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.api.admin.AdminTags.Update;
import dev.permafrost.model.AdminTag;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminTagsTest {
    private AdminSim sim;
    private AdminTags tags;

    @BeforeEach
    void start() {
        sim = AdminSim.start();
        tags = sim.admin.tags();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void listWalksEveryHashtagOfTheServer() {
        List<AdminTag> all = tags.list(PageRequest.newest().limit(10)).stream(Direction.OLDER).toList();

        assertThat(sim.last("GET", "/api/v1/admin/tags").query("max_id")).isPresent();
        assertThat(all).extracting(AdminTag::name).containsExactlyInAnyOrderElementsOf(sim.world.tags());
        assertThat(all).allSatisfy(tag -> assertThat(tag.usable()).isTrue());
    }

    @Test
    void getReadsOneHashtag() {
        AdminTag tag = tags.get("1");

        assertThat(sim.last("GET", "/api/v1/admin/tags/1").status()).isEqualTo(200);
        assertThat(tag.name()).isEqualTo(sim.world.tags().get(0));
        assertThat(tag.history()).hasSize(7);
        assertThatThrownBy(() -> tags.get("999")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void updateSendsTheChangedSettingsAndMarksTheTagReviewed() {
        String name = sim.world.tags().get(2);
        String shouting = name.toUpperCase(java.util.Locale.ROOT);

        AdminTag updated = tags.update("3", Update.NONE.displayName(shouting).trendable(false).usable(false));

        assertThat(sim.last("PUT", "/api/v1/admin/tags/3").bodyText())
                .isEqualTo("display_name=" + shouting + "&trendable=false&usable=false");
        assertThat(updated.name()).isEqualTo(shouting);
        assertThat(updated.trendable()).isFalse();
        assertThat(updated.usable()).isFalse();
        assertThat(updated.listable()).isTrue();
        assertThat(updated.requiresReview()).isFalse();
    }
}
