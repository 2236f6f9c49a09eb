package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.NotFoundException;
import dev.permafrost.model.Cassettes;
import dev.permafrost.model.Instance;
import dev.permafrost.model.InstanceActivity;
import dev.permafrost.model.InstanceDomainBlock;
import dev.permafrost.model.InstanceV1;
import dev.permafrost.model.Language;
import dev.permafrost.model.TermsOfService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstancesTest {
    private SimHarness sim;
    private Instances instances;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        instances = sim.client(null).instances();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void getReadsTheServersVersionAndLimitsAnonymously() {
        Instance instance = instances.get();

        assertThat(instance.domain()).isEqualTo(sim.server.authority());
        assertThat(instance.version()).isNotBlank();
        assertThat(instance.mastodonApiVersion()).isPositive();
        assertThat(instance.configuration().statuses().maxCharacters()).isEqualTo(500);
        assertThat(sim.last("GET", "/api/v2/instance").token()).isEmpty();
    }

    @Test
    @SuppressWarnings("deprecation")
    void getV1ReadsTheOlderShape() {
        InstanceV1 instance = instances.getV1();

        assertThat(instance.uri()).isEqualTo(sim.server.authority());
        assertThat(instance.stats().userCount()).isPositive();
        assertThat(sim.last("GET", "/api/v1/instance").status()).isEqualTo(200);
    }

    @Test
    void peersActivityAndRulesAnswer() {
        List<String> peers = instances.peers();
        List<InstanceActivity> activity = instances.activity();

        assertThat(peers).isNotEmpty().allSatisfy(peer -> assertThat(peer).contains("."));
        assertThat(activity).hasSize(12);
        assertThat(activity.get(0).week()).isAfter(activity.get(1).week());
        assertThat(instances.rules()).extracting(rule -> rule.text()).contains("Be kind.");
        assertThat(sim.last("GET", "/api/v1/instance/peers").status()).isEqualTo(200);
        assertThat(sim.last("GET", "/api/v1/instance/rules").status()).isEqualTo(200);
    }

    @Test
    void searchPeersSendsThePrefixAndABlankOneFindsNothing() {
        List<String> found = instances.searchPeers("mastodon");
        List<String> none = instances.searchPeers("");

        assertThat(found).containsExactly("mastodon.example");
        assertThat(sim.server.requests().matching(r -> r.path().equals("/api/v1/peers/search")))
                .extracting(r -> r.query("q").orElse(null)).containsExactly("mastodon", "");
        assertThat(none).isEmpty();
    }

    @Test
    void domainBlocksShowObfuscatedDomainsWithTheirDigest() {
        List<InstanceDomainBlock> blocks = instances.domainBlocks();

        assertThat(blocks).extracting(InstanceDomainBlock::severity).contains("suspend", "silence");
        assertThat(blocks).filteredOn(block -> block.domain().contains("*")).singleElement()
                .satisfies(block -> assertThat(block.digest()).hasSize(64));
        assertThat(sim.last("GET", "/api/v1/instance/domain_blocks").status()).isEqualTo(200);
    }

    @Test
    void descriptionAndPoliciesAnswer() {
        assertThat(instances.extendedDescription().content()).contains("simulated");
        assertThat(instances.privacyPolicy().content()).isNotBlank();
        assertThat(sim.last("GET", "/api/v1/instance/extended_description").status()).isEqualTo(200);
        assertThat(sim.last("GET", "/api/v1/instance/privacy_policy").status()).isEqualTo(200);
    }

    @Test
    void theTermsOfServiceInEffectCanBeReadAgainByTheirDate() {
        TermsOfService current = instances.termsOfService();

        TermsOfService byDate = instances.termsOfService(current.effectiveDate());

        assertThat(current.effective()).isTrue();
        assertThat(byDate.content()).isEqualTo(current.content());
        assertThat(sim.last("GET", "/api/v1/instance/terms_of_service/" + current.effectiveDate()).status()).isEqualTo(200);
        assertThatThrownBy(() -> instances.termsOfService(LocalDate.of(2001, 1, 1))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void languagesAndTranslationLanguagesAnswer() {
        List<Language> languages = instances.languages();

        assertThat(languages).extracting(Language::code).contains("en", "de");
        assertThat(instances.translationLanguages().pairs()).isEmpty();
        assertThat(sim.last("GET", "/api/v1/instance/languages").status()).isEqualTo(200);
        assertThat(sim.last("GET", "/api/v1/instance/translation_languages").status()).isEqualTo(200);
    }

    @Test
    void recordedAnswersOfARealServerParse() {
        try (ReplayServer server = ReplayServer.start()) {
            server.answer("GET", "/api/v2/instance", 200, Cassettes.load("test_instance.yaml").interactions().get(0).response().body());
            server.replay(Cassettes.load("test_instance_languages.yaml").find("GET", "/api/v1/instance/languages").get(0));
            server.replay(Cassettes.load("test_instance_domain_blocks.yaml").find("GET", "/api/v1/instance/domain_blocks").get(0));
            server.answer("GET", "/api/v1/instance/translation_languages", 200, "{\"en\":[\"de\",\"fr\"],\"de\":[\"en\"]}");
            Instances real = Mastodon.builder().instance(server.baseUri().toString()).build().instances();

            assertThat(real.get().version()).isEqualTo("4.6.4");
            assertThat(real.languages()).extracting(Language::name).contains("Afar", "English");
            assertThat(real.translationLanguages().targets("en")).containsExactly("de", "fr");
            assertThatThrownBy(real::domainBlocks).isInstanceOf(NotFoundException.class);
        }
    }
}
