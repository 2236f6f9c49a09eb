package dev.permafrost.client.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Direction;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.model.AdminTag;
import dev.permafrost.model.AdminTrendsPublisher;
import dev.permafrost.model.Status;
import dev.permafrost.model.TrendsLink;
import dev.permafrost.sim.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminTrendsTest {
    private AdminSim sim;
    private AdminTrends trends;

    @BeforeEach
    void start() {
        sim = AdminSim.start();
        trends = sim.admin.trends();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void linksPageByOffsetAndIncludeUnreviewedLinks() {
        Page<TrendsLink> first = trends.links(0, 5);

        RecordedRequest sent = sim.last("GET", "/api/v1/admin/trends/links");
        assertThat(sent.query("limit")).hasValue("5");
        assertThat(sent.query("offset")).isEmpty();
        assertThat(first.items()).hasSize(5).allSatisfy(link -> {
            assertThat(link.id()).isNotBlank();
            assertThat(link.requiresReview()).isTrue();
            assertThat(link.history()).hasSize(7);
        });
        assertThat(first.next()).isPresent();
        assertThat(first.stream(Direction.OLDER).map(TrendsLink::id).distinct().count()).isEqualTo(12);
        assertThat(sim.last("GET", "/api/v1/admin/trends/links").query("offset")).hasValue("10");
    }

    @Test
    void statusesComeInTheServersDefaultPageSize() {
        Page<Status> page = trends.statuses(0, 0);

        assertThat(sim.last("GET", "/api/v1/admin/trends/statuses").query()).isEmpty();
        assertThat(page.items()).hasSize(20);
        assertThat(page.items()).allSatisfy(status -> assertThat(status.visibility()).isEqualTo("public"));
    }

    @Test
    void tagsListEveryTrendingHashtagForReview() {
        Page<AdminTag> page = trends.tags(10, 10);

        RecordedRequest sent = sim.last("GET", "/api/v1/admin/trends/tags");
        assertThat(sent.query("offset")).hasValue("10");
        assertThat(sent.query("limit")).hasValue("10");
        assertThat(page.items()).hasSize(10).allSatisfy(tag -> {
            assertThat(tag.requiresReview()).isTrue();
            assertThat(tag.trendable()).isNull();
        });
        assertThat(page.previous()).isPresent();
    }

    @Test
    void approvingAndRejectingATagRecordsTheReview() {
        String id = trends.tags(0, 1).items().get(0).id();

        AdminTag approved = trends.approveTag(id);
        assertThat(sim.last("POST", "/api/v1/admin/trends/tags/" + id + "/approve").status()).isEqualTo(200);
        assertThat(approved.trendable()).isTrue();
        assertThat(approved.requiresReview()).isFalse();

        AdminTag rejected = trends.rejectTag(id);

        assertThat(sim.last("POST", "/api/v1/admin/trends/tags/" + id + "/reject").status()).isEqualTo(200);
        assertThat(rejected.trendable()).isFalse();
    }

    @Test
    void approvingAndRejectingALinkRecordsTheReview() {
        TrendsLink approved = trends.approveLink("3");
        TrendsLink rejected = trends.rejectLink("4");

        assertThat(sim.last("POST", "/api/v1/admin/trends/links/3/approve").status()).isEqualTo(200);
        assertThat(sim.last("POST", "/api/v1/admin/trends/links/4/reject").status()).isEqualTo(200);
        assertThat(approved.id()).isEqualTo("3");
        assertThat(approved.requiresReview()).isFalse();
        assertThat(rejected.requiresReview()).isFalse();
        assertThat(trends.links(0, 0).items()).filteredOn(link -> !link.requiresReview()).extracting(TrendsLink::id)
                .containsExactlyInAnyOrder("3", "4");
    }

    @Test
    void approvingAndRejectingAStatusAnswersWithTheStatus() {
        String id = trends.statuses(0, 2).items().get(1).id();

        Status approved = trends.approveStatus(id);
        Status rejected = trends.rejectStatus(id);

        assertThat(sim.last("POST", "/api/v1/admin/trends/statuses/" + id + "/approve").status()).isEqualTo(200);
        assertThat(sim.last("POST", "/api/v1/admin/trends/statuses/" + id + "/reject").status()).isEqualTo(200);
        assertThat(approved.id()).isEqualTo(id);
        assertThat(rejected.id()).isEqualTo(id);
    }

    @Test
    void publishersAreListedAndReviewed() {
        List<AdminTrendsPublisher> publishers = trends.publishers(PageRequest.newest()).items();
        assertThat(publishers).hasSize(5).allSatisfy(publisher -> {
            assertThat(publisher.trendable()).isFalse();
            assertThat(publisher.requiresReview()).isTrue();
        });
        String id = publishers.get(0).id();

        AdminTrendsPublisher approved = trends.approvePublisher(id);
        AdminTrendsPublisher rejected = trends.rejectPublisher(publishers.get(1).id());

        assertThat(sim.last("POST", "/api/v1/admin/trends/links/publishers/" + id + "/approve").status()).isEqualTo(200);
        assertThat(approved.trendable()).isTrue();
        assertThat(approved.reviewedAt()).isNotNull();
        assertThat(approved.requiresReview()).isFalse();
        assertThat(rejected.trendable()).isFalse();
        assertThat(rejected.reviewedAt()).isNotNull();
    }
}
