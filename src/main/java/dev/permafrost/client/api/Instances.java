package dev.permafrost.client.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.permafrost.client.MalformedResponseException;
import dev.permafrost.client.MastodonException.ErrorContext;
import dev.permafrost.client.Params;
import dev.permafrost.model.ExtendedDescription;
import dev.permafrost.model.Instance;
import dev.permafrost.model.InstanceActivity;
import dev.permafrost.model.InstanceDomainBlock;
import dev.permafrost.model.InstanceRule;
import dev.permafrost.model.InstanceV1;
import dev.permafrost.model.Language;
import dev.permafrost.model.PrivacyPolicy;
import dev.permafrost.model.TermsOfService;
import dev.permafrost.model.TranslationLanguages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a server says about itself: version, limits, rules, moderated domains, policies. Mostly
 * public. See docs.joinmastodon.org/methods/instance.
 */
public final class Instances {
    public static final Endpoint V2 = Endpoint.get("/api/v2/instance", "4.0.0");
    public static final Endpoint V1 = Endpoint.get("/api/v1/instance", "1.1.0");
    public static final Endpoint PEERS = Endpoint.get("/api/v1/instance/peers", "2.1.2");
    public static final Endpoint ACTIVITY = Endpoint.get("/api/v1/instance/activity", "2.1.2");
    public static final Endpoint RULES = Endpoint.get("/api/v1/instance/rules", "3.4.0");
    public static final Endpoint DOMAIN_BLOCKS = Endpoint.get("/api/v1/instance/domain_blocks", "4.0.0");
    public static final Endpoint EXTENDED_DESCRIPTION = Endpoint.get("/api/v1/instance/extended_description", "4.0.0");
    public static final Endpoint PRIVACY_POLICY = Endpoint.get("/api/v1/instance/privacy_policy", "4.0.0");
    public static final Endpoint TERMS_OF_SERVICE = Endpoint.get("/api/v1/instance/terms_of_service", "4.4.0");
    public static final Endpoint TERMS_OF_SERVICE_OF = Endpoint.get("/api/v1/instance/terms_of_service/:date", "4.4.0");
    public static final Endpoint TRANSLATION_LANGUAGES = Endpoint.get("/api/v1/instance/translation_languages", "4.2.0");
    /** Undocumented; present since about 4.2 (Mastodon PR 24443). */
    public static final Endpoint LANGUAGES = Endpoint.get("/api/v1/instance/languages", "4.2.0");
    /** Undocumented (the web interface's domain completion); its first version is not known, so it is never gated. */
    public static final Endpoint PEERS_SEARCH = Endpoint.get("/api/v1/peers/search", "4.0.0");

    private final Caller caller;

    public Instances(Caller caller) {
        this.caller = caller;
    }

    /** The server's self-description (4.0+), with its version and {@code api_versions}. */
    public Instance get() {
        return caller.one(V2, V2.path(), Params.empty(), Instance.class);
    }

    /**
     * The older self-description, the only one servers before 4.0 and many other implementations have.
     *
     * @deprecated since Mastodon 4.0; use {@link #get()}
     */
    @Deprecated
    public InstanceV1 getV1() {
        return caller.one(V1, V1.path(), Params.empty(), InstanceV1.class);
    }

    /** The domains this server has seen; 401 or 404 where the admin hides them. */
    public List<String> peers() {
        return strings(PEERS, Params.empty());
    }

    /** Known domains that start with {@code prefix}, ten at most; empty for a blank prefix. */
    public List<String> searchPeers(String prefix) {
        return strings(PEERS_SEARCH, Params.empty().with("q", prefix));
    }

    /** Weekly activity of the last twelve weeks, newest first. */
    public List<InstanceActivity> activity() {
        return caller.list(ACTIVITY, ACTIVITY.path(), Params.empty(), InstanceActivity.class);
    }

    /** The server's rules. */
    public List<InstanceRule> rules() {
        return caller.list(RULES, RULES.path(), Params.empty(), InstanceRule.class);
    }

    /** The domains the server publicly says it limits or suspends; 404 where the admin hides them. */
    public List<InstanceDomainBlock> domainBlocks() {
        return caller.list(DOMAIN_BLOCKS, DOMAIN_BLOCKS.path(), Params.empty(), InstanceDomainBlock.class);
    }

    /** The long "about" text. */
    public ExtendedDescription extendedDescription() {
        return caller.one(EXTENDED_DESCRIPTION, EXTENDED_DESCRIPTION.path(), Params.empty(), ExtendedDescription.class);
    }

    /** The privacy policy. */
    public PrivacyPolicy privacyPolicy() {
        return caller.one(PRIVACY_POLICY, PRIVACY_POLICY.path(), Params.empty(), PrivacyPolicy.class);
    }

    /** The terms of service in effect; 404 when the server has none. */
    public TermsOfService termsOfService() {
        return caller.one(TERMS_OF_SERVICE, TERMS_OF_SERVICE.path(), Params.empty(), TermsOfService.class);
    }

    /** The terms of service that took or take effect on a date. */
    public TermsOfService termsOfService(LocalDate effectiveDate) {
        return caller.one(TERMS_OF_SERVICE_OF, TERMS_OF_SERVICE_OF.path(effectiveDate.toString()), Params.empty(),
                TermsOfService.class);
    }

    /** Which languages the server can translate into which. */
    public TranslationLanguages translationLanguages() {
        return caller.one(TRANSLATION_LANGUAGES, TRANSLATION_LANGUAGES.path(), Params.empty(), TranslationLanguages.class);
    }

    /** Every language the server knows (for the language of statuses and filters). */
    public List<Language> languages() {
        return caller.list(LANGUAGES, LANGUAGES.path(), Params.empty(), Language.class);
    }

    // A JSON array of domain names; peers/search answers null for a blank query.
    private List<String> strings(Endpoint endpoint, Params params) {
        JsonNode answer = caller.tree(endpoint, endpoint.path(), params);
        List<String> domains = new ArrayList<>();
        if (answer.isNull()) {
            return domains;
        }
        if (!answer.isArray()) {
            throw new MalformedResponseException("The answer is not the JSON expected: " + endpoint.signature()
                    + " should answer an array of domain names, not " + answer.getNodeType(),
                    ErrorContext.request(endpoint.method(), endpoint.path()));
        }
        answer.forEach(domain -> domains.add(domain.asText()));
        return domains;
    }
}
