package dev.permafrost.camel;

import org.apache.camel.spi.Metadata;

/** The names of the headers the {@code mastodon:} consumer sets and its producer reads. */
public final class MastodonConstants {

    @Metadata(label = "consumer", javaType = "String",
            description = "The instance the page came from: its host, and its port when not the default.")
    public static final String INSTANCE = "CamelMastodonInstance";

    @Metadata(label = "consumer", javaType = "String",
            description = "The account the collection belongs to (its ID), or empty for public timelines.")
    public static final String ACCOUNT = "CamelMastodonAccount";

    @Metadata(label = "consumer", javaType = "String",
            description = "The collection as the archive names it: home, public, tag:java, followers, list-members:42...")
    public static final String COLLECTION = "CamelMastodonCollection";

    @Metadata(label = "consumer", javaType = "long", description = "The page's number in this poll, from 1.")
    public static final String PAGE = "CamelMastodonPage";

    @Metadata(label = "consumer", javaType = "int", description = "How many items the page holds.")
    public static final String ITEM_COUNT = "CamelMastodonItemCount";

    @Metadata(label = "consumer", javaType = "String",
            description = "The page's own cursor (the max_id of its older link, or the forward mark), when it has one.")
    public static final String CURSOR = "CamelMastodonCursor";

    @Metadata(label = "consumer", javaType = "dev.permafrost.store.Checkpoint",
            description = "The checkpoint to store with the page: where the next poll continues once the page is stored.")
    public static final String CHECKPOINT = "CamelMastodonCheckpoint";

    @Metadata(label = "consumer", javaType = "dev.permafrost.store.Batch",
            description = "The page as the archive stores it (items and checkpoint, written in one transaction by an"
                    + " archive: endpoint).")
    public static final String BATCH = "CamelMastodonBatch";

    @Metadata(label = "producer", javaType = "String",
            description = "post: the status text, when the body is not a text.")
    public static final String TEXT = "CamelMastodonText";

    @Metadata(label = "producer", javaType = "String",
            description = "post: the visibility: public, unlisted, private or direct.")
    public static final String VISIBILITY = "CamelMastodonVisibility";

    @Metadata(label = "producer", javaType = "String", description = "post: a content warning.")
    public static final String SPOILER_TEXT = "CamelMastodonSpoilerText";

    @Metadata(label = "producer", javaType = "String", description = "post: the language (ISO 639-1).")
    public static final String LANGUAGE = "CamelMastodonLanguage";

    @Metadata(label = "producer", javaType = "String", description = "post: the ID of the status to reply to.")
    public static final String IN_REPLY_TO_ID = "CamelMastodonInReplyToId";

    @Metadata(label = "producer", javaType = "String",
            description = "post: the Idempotency-Key; without it the exchange ID is used, so a redelivered exchange"
                    + " never posts twice.")
    public static final String IDEMPOTENCY_KEY = "CamelMastodonIdempotencyKey";

    @Metadata(label = "producer", javaType = "String", description = "post (out): the ID of the posted status.")
    public static final String STATUS_ID = "CamelMastodonStatusId";

    private MastodonConstants() {}
}
