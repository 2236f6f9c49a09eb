package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Direction;
import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.PageRequest;
import dev.permafrost.model.FeaturedTag;
import dev.permafrost.model.Tag;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hashtags, followed tags and featured tags against the simulator. */
class TagsTest {
    private SimHarness sim;
    private Tags tags;
    private String unfollowed;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        tags = sim.mastodon.tags();
        List<String> followed = tags.followed(PageRequest.largest()).items().stream().map(Tag::name).toList();
        unfollowed = sim.world().tags().stream().filter(name -> !followed.contains(name)).findFirst().orElseThrow();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aHashtagIsReadByNameWithItsHistory() {
        Tag tag = tags.get("#" + unfollowed);

        assertThat(sim.last("GET", "/api/v1/tags/" + unfollowed).status()).isEqualTo(200);
        assertThat(tag.name()).isEqualTo(unfollowed);
        assertThat(tag.history()).hasSize(7);
        assertThat(tag.following()).isFalse();
    }

    @Test
    void anUnknownHashtagIsNotFound() {
        assertThatThrownBy(() -> tags.get("nosuchtagatall")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void followingAHashtagAddsItToTheFollowedTags() {
        Tag followed = tags.follow(unfollowed);

        assertThat(sim.last("POST", "/api/v1/tags/" + unfollowed + "/follow").status()).isEqualTo(200);
        assertThat(followed.following()).isTrue();
        assertThat(tags.followed(PageRequest.largest()).fetchRemaining(Direction.OLDER)).extracting(Tag::name).contains(unfollowed);
        assertThat(sim.last("GET", "/api/v1/followed_tags").query("limit")).contains("200");
        assertThat(tags.unfollow(unfollowed).following()).isFalse();
    }

    @Test
    void featuringAHashtagByNameShowsOnTheProfile() {
        Tag featured = tags.feature(unfollowed);

        assertThat(sim.last("POST", "/api/v1/tags/" + unfollowed + "/feature").status()).isEqualTo(200);
        assertThat(featured.featuring()).isTrue();
        assertThat(sim.mastodon.featuredTags().list()).extracting(FeaturedTag::name).containsExactly(unfollowed);
        assertThat(tags.unfeature(unfollowed).featuring()).isFalse();
        assertThat(sim.mastodon.featuredTags().list()).isEmpty();
    }

    @Test
    void featuredTagsAreAddedByNameAndRemovedById() {
        FeaturedTags featuredTags = sim.mastodon.featuredTags();

        FeaturedTag featured = featuredTags.feature("#" + unfollowed);

        assertThat(SimHarness.form(sim.last("POST", "/api/v1/featured_tags"))).containsEntry("name", List.of(unfollowed));
        assertThat(featured.name()).isEqualTo(unfollowed);
        assertThat(featuredTags.list()).containsExactly(featured);
        featuredTags.unfeature(featured.id());
        assertThat(sim.last("DELETE", "/api/v1/featured_tags/" + featured.id()).status()).isEqualTo(200);
        assertThat(featuredTags.list()).isEmpty();
    }

    @Test
    void suggestedTagsToFeatureAreTheUsersOwnHashtags() {
        String own = sim.mastodon.statuses().post(StatusDraft.of("Morning #" + unfollowed)).id();

        List<Tag> suggestions = sim.mastodon.featuredTags().suggestions();

        assertThat(own).isNotBlank();
        assertThat(suggestions).extracting(Tag::name).contains(unfollowed);
        assertThat(sim.last("GET", "/api/v1/featured_tags/suggestions").status()).isEqualTo(200);
    }
}
