package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.NotFoundException;
import dev.permafrost.model.Cassettes;
import dev.permafrost.model.NodeInfo;
import dev.permafrost.model.NodeInfoLinks;
import dev.permafrost.model.WebFinger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiscoveryTest {
    private SimHarness sim;
    private Discovery discovery;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        discovery = sim.client(null).discovery();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void webFingerAsksForTheAcctResourceAndFindsTheActor() {
        String me = sim.world.acct(sim.world.me());

        WebFinger found = discovery.webFinger("@" + me + "@" + sim.server.authority());

        assertThat(sim.last("GET", "/.well-known/webfinger").query("resource"))
                .contains("acct:" + me + "@" + sim.server.authority());
        assertThat(found.subject()).isEqualTo("acct:" + me + "@" + sim.server.authority());
        assertThat(found.links()).anySatisfy(link -> {
            assertThat(link.rel()).isEqualTo("self");
            assertThat(link.type()).isEqualTo("application/activity+json");
        });
    }

    @Test
    void anAccountTheServerDoesNotHostIsNotFound() {
        assertThatThrownBy(() -> discovery.webFinger("nobody@elsewhere.example")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void hostMetaComesAsXmlText() {
        String xml = discovery.hostMeta();

        assertThat(xml).startsWith("<?xml").contains("/.well-known/webfinger?resource={uri}");
        assertThat(sim.last("GET", "/.well-known/host-meta").status()).isEqualTo(200);
    }

    @Test
    void nodeInfoIsFoundThroughItsDiscoveryDocument() {
        NodeInfoLinks links = discovery.nodeInfoLinks();
        NodeInfo info = discovery.nodeInfo();

        assertThat(links.links()).singleElement().satisfies(link ->
                assertThat(link.href()).isEqualTo(sim.server.baseUri() + "/nodeinfo/2.0"));
        assertThat(info.software().name()).isEqualTo("mastodon");
        assertThat(info.usage().users().total()).isPositive();
        assertThat(sim.last("GET", "/nodeinfo/2.0").status()).isEqualTo(200);
    }

    @Test
    void aRecordedNodeInfoOfARealServerParses() {
        try (ReplayServer server = ReplayServer.start()) {
            server.replay(Cassettes.load("test_nodeinfo.yaml"));
            Discovery real = Mastodon.builder().instance(server.baseUri().toString()).build().discovery();

            assertThat(real.nodeInfoLinks().links().get(0).href()).isEqualTo(server.baseUri() + "/nodeinfo/2.0");
            assertThat(real.nodeInfo().software().version()).isEqualTo("4.6.4");
            assertThat(real.nodeInfo().openRegistrations()).isTrue();
        }
    }
}
