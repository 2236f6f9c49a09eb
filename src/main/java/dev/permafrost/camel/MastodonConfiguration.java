package dev.permafrost.camel;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * The options of a {@code mastodon:} endpoint. The component holds one as the defaults of its
 * endpoints (instance, token, rate limits, archive); each endpoint gets a copy with its URI's
 * options bound over it. JavaBean setters because Camel binds options to them.
 *
 * <p>{@link #toString()} never shows the token.
 */
@UriParams
public class MastodonConfiguration implements Cloneable {

    @UriPath(description = "What to read or do: timeline/home, timeline/public, timeline/local, timeline/remote,"
            + " timeline/tag/NAME, timeline/list/ID, account/ACCOUNT/statuses|followers|following (ACCOUNT: me, an ID"
            + " or @user@host), favourites, bookmarks, notifications, conversations, lists, list/ID/members, blocks,"
            + " mutes, domain-blocks, followed-tags, filters, scheduled, status/ID/context|reblogged-by|favourited-by;"
            + " post to write a status")
    @Metadata(required = true)
    private String collection;

    @UriParam(label = "common", description = "The instance's base URL, e.g. https://mastodon.social (a bare host"
            + " means https). Can be set on the component for all endpoints.")
    private String instance;

    @UriParam(label = "security", secret = true, security = "secret", description = "The access token. Needed for everything but public"
            + " timelines, hashtags, other accounts' statuses and status threads. Can be set on the component."
            + " Never logged.")
    private String accessToken;

    @UriParam(label = "security", defaultValue = "false", description = "Accept a plain http instance that is not"
            + " on this machine (the token then crosses the network unencrypted).")
    private boolean allowInsecureHttp;

    @UriParam(label = "common", defaultValue = "wait", enums = "throw,wait,pace", description = "What to do about"
            + " the rate limit: throw at the first 429, wait for the reset when the budget is spent, or pace the"
            + " requests to spread the budget evenly. Every endpoint of one (instance, token) shares one budget.")
    private String rateLimitMode = "wait";

    @UriParam(label = "common", defaultValue = "1.1", description = "In pace mode, how much faster than even to"
            + " spend the budget.")
    private double paceFactor = 1.1;

    @UriParam(label = "common", description = "The archive (h2:PATH or parquet:DIR) the consumer reads its"
            + " checkpoints from, and the producer records its actions in. Routes store pages into the same"
            + " archive with an archive: endpoint.")
    private String archive;

    @UriParam(label = "consumer", defaultValue = "0", description = "Items per request; 0 asks for the endpoint's"
            + " maximum (40 for timelines, 80 for accounts and notifications).")
    private int pageSize;

    @UriParam(label = "consumer", defaultValue = "beginning", description = "Where a collection without a"
            + " checkpoint begins: beginning (the whole history), now (only what arrives later), a date"
            + " (2026-11-01), an age (7d, 12h) or an ID.")
    private String start = "beginning";

    @UriParam(label = "consumer", defaultValue = "0", description = "Pages at most per poll, 0 for no limit. A"
            + " long backfill is then spread over several polls. Relationship lists are always walked whole.")
    private long pagesPerPoll;

    @UriParam(label = "consumer", defaultValue = "0", description = "Items at most in the first backfill of a"
            + " collection, 0 for no limit.")
    private long maxItems;

    @UriParam(label = "consumer", defaultValue = "true", description = "Fetch the next older page while the"
            + " route stores the current one (backfills only; a poll that stops early, on a failure or a stop request,"
            + " may spend one request in vain).")
    private boolean prefetch = true;

    @UriParam(label = "consumer", defaultValue = "false", description = "Only statuses with media"
            + " (public, local, remote and hashtag timelines). Kept under its own checkpoint.")
    private boolean onlyMedia;

    @UriParam(label = "consumer", description = "Notifications: only these types, comma-separated (mention,"
            + " status, reblog, follow, follow_request, favourite, poll, update, ...). Kept under its own checkpoint.")
    private String types;

    @UriParam(label = "consumer", description = "Notifications: leave out these types, comma-separated. Kept under"
            + " its own checkpoint.")
    private String excludeTypes;

    @UriParam(label = "producer", description = "post: the text of the status when neither the body nor the"
            + " CamelMastodonText header gives one.")
    private String text;

    @UriParam(label = "producer", enums = "public,unlisted,private,direct", description = "post: the visibility"
            + " (default: the account's preference); the CamelMastodonVisibility header overrides it.")
    private String visibility;

    @UriParam(label = "producer", description = "post: a content warning; the CamelMastodonSpoilerText header"
            + " overrides it.")
    private String spoilerText;

    @UriParam(label = "producer", description = "post: the language (ISO 639-1); the CamelMastodonLanguage header"
            + " overrides it.")
    private String language;

    /** A copy, so an endpoint's options never change the component's defaults. */
    public MastodonConfiguration copy() {
        try {
            return (MastodonConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getCollection() {
        return collection;
    }

    public void setCollection(String collection) {
        this.collection = collection;
    }

    public String getInstance() {
        return instance;
    }

    public void setInstance(String instance) {
        this.instance = instance;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public String getRateLimitMode() {
        return rateLimitMode;
    }

    public void setRateLimitMode(String rateLimitMode) {
        this.rateLimitMode = rateLimitMode;
    }

    public double getPaceFactor() {
        return paceFactor;
    }

    public void setPaceFactor(double paceFactor) {
        this.paceFactor = paceFactor;
    }

    public String getArchive() {
        return archive;
    }

    public void setArchive(String archive) {
        this.archive = archive;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public long getPagesPerPoll() {
        return pagesPerPoll;
    }

    public void setPagesPerPoll(long pagesPerPoll) {
        this.pagesPerPoll = pagesPerPoll;
    }

    public long getMaxItems() {
        return maxItems;
    }

    public void setMaxItems(long maxItems) {
        this.maxItems = maxItems;
    }

    public boolean isPrefetch() {
        return prefetch;
    }

    public void setPrefetch(boolean prefetch) {
        this.prefetch = prefetch;
    }

    public boolean isOnlyMedia() {
        return onlyMedia;
    }

    public void setOnlyMedia(boolean onlyMedia) {
        this.onlyMedia = onlyMedia;
    }

    public String getTypes() {
        return types;
    }

    public void setTypes(String types) {
        this.types = types;
    }

    public String getExcludeTypes() {
        return excludeTypes;
    }

    public void setExcludeTypes(String excludeTypes) {
        this.excludeTypes = excludeTypes;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public String getSpoilerText() {
        return spoilerText;
    }

    public void setSpoilerText(String spoilerText) {
        this.spoilerText = spoilerText;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    @Override
    public String toString() {
        return "MastodonConfiguration[" + collection + ", instance=" + instance + ", accessToken="
                + (accessToken == null ? "none" : "<redacted>") + ", rateLimitMode=" + rateLimitMode
                + ", paceFactor=" + paceFactor + ", archive=" + archive + "]";
    }
}
