package dev.permafrost.client.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.UnprocessableException;
import dev.permafrost.model.AdminCanonicalEmailBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminCanonicalEmailBlocksTest {
    /** SHA-256 of "test@example.com", as the recorded Mastodon server answered (test_admin_canonical_email_block.yaml). */
    private static final String HASH = "973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b";

    private AdminSim sim;
    private AdminCanonicalEmailBlocks blocks;

    @BeforeEach
    void start() {
        sim = AdminSim.start();
        blocks = sim.admin.canonicalEmailBlocks();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void createSendsTheAddressAndTheServerKeepsTheHashOfItsCanonicalForm() {
        AdminCanonicalEmailBlock block = blocks.create("test@example.com");

        assertThat(sim.last("POST", "/api/v1/admin/canonical_email_blocks").bodyText()).isEqualTo("email=test%40example.com");
        assertThat(block.canonicalEmailHash()).isEqualTo(HASH);
    }

    @Test
    void testFindsTheBlockOfEveryVariantOfTheAddress() {
        AdminCanonicalEmailBlock block = blocks.create("test@example.com");

        assertThat(blocks.test("te.st+other@EXAMPLE.com")).extracting(AdminCanonicalEmailBlock::id).containsExactly(block.id());
        assertThat(sim.last("POST", "/api/v1/admin/canonical_email_blocks/test").bodyText())
                .isEqualTo("email=te.st%2Bother%40EXAMPLE.com");
        assertThat(blocks.test("someone@example.com")).isEmpty();
    }

    @Test
    void createFromHashSendsTheHashAndADuplicateIsRejected() {
        AdminCanonicalEmailBlock block = blocks.createFromHash(HASH);

        assertThat(sim.last("POST", "/api/v1/admin/canonical_email_blocks").bodyText()).isEqualTo("canonical_email_hash=" + HASH);
        assertThat(block.canonicalEmailHash()).isEqualTo(HASH);
        assertThatThrownBy(() -> blocks.create("Test@example.com"))
                .isInstanceOf(UnprocessableException.class)
                .hasMessageContaining("already been taken");
    }

    @Test
    void getListAndDeleteWorkOnTheBlocks() {
        AdminCanonicalEmailBlock first = blocks.create("first@example.com");
        AdminCanonicalEmailBlock second = blocks.create("second@example.com");

        assertThat(blocks.get(first.id()).canonicalEmailHash()).isEqualTo(first.canonicalEmailHash());
        assertThat(blocks.list(PageRequest.newest()).items()).extracting(AdminCanonicalEmailBlock::id)
                .containsExactly(second.id(), first.id());

        blocks.delete(second.id());

        assertThat(sim.last("DELETE", "/api/v1/admin/canonical_email_blocks/" + second.id()).status()).isEqualTo(200);
        assertThatThrownBy(() -> blocks.get(second.id())).isInstanceOf(NotFoundException.class);
    }
}
