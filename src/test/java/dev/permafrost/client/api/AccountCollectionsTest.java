package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.Page;
import dev.permafrost.client.UnsupportedVersionException;
import dev.permafrost.model.AccountCollection;
import dev.permafrost.model.AccountCollectionItem;
import dev.permafrost.model.CollectionWithAccounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Collections are new in 4.6 and have no recording; the answers are written after the documentation. */
class AccountCollectionsTest {
    private static final String ITEM = "{\"id\":\"10\",\"account_id\":\"2\",\"state\":\"pending\",\"created_at\":\"2026-01-01T00:00:00.000Z\"}";

    private ReplayServer server;
    private AccountCollections collections;

    private static String collection(String id, String name) {
        return "{\"id\":\"" + id + "\",\"account_id\":\"1\",\"uri\":\"https://x.example/collections/" + id + "\",\"name\":\""
                + name + "\",\"description\":\"Good follows\",\"language\":\"en\",\"local\":true,\"sensitive\":false,"
                + "\"discoverable\":true,\"item_count\":1,\"tag\":null,\"items\":[" + ITEM + "],"
                + "\"created_at\":\"2026-01-01T00:00:00.000Z\",\"updated_at\":\"2026-01-02T00:00:00.000Z\"}";
    }

    @BeforeEach
    void start() {
        server = ReplayServer.start();
        server.answer("GET", "/api/v2/instance", 200, "{\"version\":\"4.6.0\"}");
        collections = Mastodon.builder().instance(server.baseUri().toString()).accessToken("t").build().collections();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anAccountsCollectionsPageByOffset() {
        server.answer("GET", "/api/v1/accounts/1/collections", 200,
                "{\"collections\":[" + collection("4", "Cats") + "," + collection("5", "Dogs") + "]}");

        Page<AccountCollection> first = collections.ofAccount("1", 0, 2);
        Page<AccountCollection> second = first.fetchNext().orElseThrow();

        assertThat(first.items()).extracting(AccountCollection::name).containsExactly("Cats", "Dogs");
        assertThat(first.items().get(0).items().get(0).state()).isEqualTo("pending");
        assertThat(server.last("GET", "/api/v1/accounts/1/collections").query()).isEqualTo(Map.of("offset", List.of("2"),
                "limit", List.of("2")));
        assertThat(second.items()).hasSize(2);
    }

    @Test
    void theCollectionsFeaturingAnAccountAnswer() {
        server.answer("GET", "/api/v1/accounts/2/in_collections", 200, "{\"collections\":[" + collection("4", "Cats") + "]}");

        Page<AccountCollection> page = collections.featuring("2", 0, 0);

        assertThat(page.items()).singleElement().satisfies(c -> assertThat(c.id()).isEqualTo("4"));
        assertThat(page.next()).isEmpty();
        assertThat(server.last("GET", "/api/v1/accounts/2/in_collections").query()).isEmpty();
    }

    @Test
    void getReadsACollectionWithItsAccounts() {
        server.answer("GET", "/api/v1/collections/4", 200, "{\"collection\":" + collection("4", "Cats")
                + ",\"accounts\":[{\"id\":\"1\",\"acct\":\"me\"},{\"id\":\"2\",\"acct\":\"cat\"}]}");

        CollectionWithAccounts found = collections.get("4");

        assertThat(found.collection().name()).isEqualTo("Cats");
        assertThat(found.accounts()).hasSize(2);
    }

    @Test
    void createSendsItsSpecAndTheAccountsAndUnwrapsTheAnswer() {
        server.answer("POST", "/api/v1/collections", 200, "{\"collection\":" + collection("6", "Birds") + "}");

        AccountCollection created = collections.create(AccountCollections.Spec.named("Birds", "Good follows")
                .language("en").sensitive(false).tagName("#birds"), List.of("2", "3"));

        assertThat(server.last("POST", "/api/v1/collections").form()).isEqualTo(Map.of("name", List.of("Birds"),
                "description", List.of("Good follows"), "language", List.of("en"), "sensitive", List.of("false"),
                "tag_name", List.of("birds"), "account_ids[]", List.of("2", "3")));
        assertThat(created.id()).isEqualTo("6");
    }

    @Test
    void updateSendsOnlyWhatChanges() {
        server.answer("PATCH", "/api/v1/collections/6", 200, "{\"collection\":" + collection("6", "Birds of prey") + "}");

        AccountCollection updated = collections.update("6", AccountCollections.Spec.NO_CHANGE.name("Birds of prey")
                .discoverable(false));

        assertThat(server.last("PATCH", "/api/v1/collections/6").form())
                .isEqualTo(Map.of("name", List.of("Birds of prey"), "discoverable", List.of("false")));
        assertThat(updated.name()).isEqualTo("Birds of prey");
    }

    @Test
    void itemsAreAddedRemovedAndRevokedAndACollectionDeleted() {
        server.answer("POST", "/api/v1/collections/6/items", 200, "{\"collection_item\":" + ITEM + "}");
        server.answer("DELETE", "/api/v1/collections/6/items/10", 200, "{}");
        server.answer("POST", "/api/v1/collections/6/items/10/revoke", 200, "{}");
        server.answer("DELETE", "/api/v1/collections/6", 200, "{}");

        AccountCollectionItem item = collections.addAccount("6", "2");
        collections.removeItem("6", item.id());
        collections.revokeItem("6", item.id());
        collections.delete("6");

        assertThat(server.last("POST", "/api/v1/collections/6/items").form()).isEqualTo(Map.of("account_id", List.of("2")));
        assertThat(item.state()).isEqualTo("pending");
        assertThat(server.requests()).extracting(r -> r.method() + " " + r.path()).containsSubsequence(
                "DELETE /api/v1/collections/6/items/10", "POST /api/v1/collections/6/items/10/revoke",
                "DELETE /api/v1/collections/6");
    }

    @Test
    void aServerOlderThanFourPointSixIsToldWithoutACall() {
        try (ReplayServer old = ReplayServer.start()) {
            old.answer("GET", "/api/v2/instance", 200, "{\"version\":\"4.5.2\"}");
            AccountCollections tooNew = Mastodon.builder().instance(old.baseUri().toString()).build().collections();

            assertThatThrownBy(() -> tooNew.get("4")).isInstanceOf(UnsupportedVersionException.class)
                    .hasMessageContaining("4.6.0");
            assertThat(old.requests()).extracting(ReplayServer.Received::path).containsExactly("/api/v2/instance");
        }
    }
}
