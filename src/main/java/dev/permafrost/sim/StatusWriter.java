package dev.permafrost.sim;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The status mutations shared by the world's public methods and the write endpoints: new IDs,
 * adding statuses to the right timelines, deleting, turning generated text into editable
 * revisions. Call every method under the world's write lock.
 */
final class StatusWriter {
    private final SimConfig config;
    private final Timelines timelines;
    private final Social social;
    private final Inbox inbox;
    private final SplittableRandom live;

    StatusWriter(SimConfig config, Timelines timelines, Social social, Inbox inbox, SplittableRandom live) {
        this.config = config;
        this.timelines = timelines;
        this.social = social;
        this.inbox = inbox;
        this.live = live;
    }

    /** A new snowflake above every status ID, from the clock. */
    long nextLiveId() {
        long id = Snowflake.of(System.currentTimeMillis(), live.nextInt(1 << 12));
        return Math.max(id, timelines.all.lastKey() + 1);
    }

    boolean onHome(int author) {
        return author == 0 || social.following.contains(author);
    }

    /** Adds a public status with the given text. */
    int addLive(long id, int author, String text, boolean onHome) {
        return addLive(id, author, text, "", false, StatusTable.PUBLIC, 0, -1, List.of(), onHome);
    }

    int addLive(long id, int author, String text, String spoiler, boolean sensitive, int visibility, int language,
                int inReplyTo, List<Long> mediaIds, boolean onHome) {
        int flags = StatusTable.pack(visibility, mediaIds.size(), language) | StatusTable.OVERRIDE
                | (sensitive ? StatusTable.SENSITIVE : 0) | (spoiler.isEmpty() ? 0 : StatusTable.SPOILER)
                | (inReplyTo >= 0 ? StatusTable.REPLY : 0);
        int mention = inReplyTo >= 0 && timelines.rows.author(inReplyTo) != author ? timelines.rows.author(inReplyTo) : -1;
        StatusOverride override = new StatusOverride();
        override.revisions.add(new Revision(text, spoiler, sensitive, Snowflake.millis(id)));
        override.mediaIds.addAll(mediaIds);
        int row = timelines.rows.size();
        timelines.overrides.put(row, override);
        timelines.add(id, author, flags, inReplyTo, tagBits(text), mention, onHome);
        AccountRow account = social.accounts.get(author);
        account.lastStatusMillis = Math.max(account.lastStatusMillis, Snowflake.millis(id));
        account.touch();
        return row;
    }

    void delete(int row) {
        timelines.remove(row);
        for (int other = 0; other < timelines.rows.size(); other++) {
            if (timelines.rows.ref(other) == row && timelines.rows.has(other, StatusTable.REBLOG)
                    && !timelines.rows.has(other, StatusTable.DELETED)) {
                timelines.remove(other);
            }
        }
        social.favourites.remove(row);
        social.bookmarks.remove(row);
        inbox.removeNotificationsOf(row);
        social.accounts.get(timelines.rows.author(row)).touch();
    }

    /** The override of a row, created from its generated revisions on first use.  */
    StatusOverride override(int row) {
        StatusOverride existing = timelines.overrides.get(row);
        if (existing != null) {
            return existing;
        }
        StatusOverride override = new StatusOverride();
        long created = Snowflake.millis(timelines.rows.id(row));
        for (int revision = 0; revision <= timelines.rows.edits(row); revision++) {
            override.revisions.add(new Revision(StatusText.generated(config.seed(), timelines.rows, row, revision, social),
                    timelines.rows.has(row, StatusTable.SPOILER) ? StatusText.spoiler(config.seed(), timelines.rows.id(row)) : "",
                    timelines.rows.has(row, StatusTable.SENSITIVE), created + revision * 3_600_000L));
        }
        timelines.overrides.put(row, override);
        timelines.rows.set(row, StatusTable.OVERRIDE, true);
        return override;
    }

    boolean overridden(int row) {
        return timelines.rows.has(row, StatusTable.OVERRIDE);
    }

    static int tagBit(String hashtag) {
        int index = TextGen.TAGS.indexOf(hashtag.replaceFirst("^#", "").toLowerCase());
        if (index < 0) {
            throw new IllegalArgumentException("unknown hashtag " + hashtag + "; use one of World.tags()");
        }
        return 1 << index;
    }

    static int tagBits(String text) {
        int bits = 0;
        for (String word : text.split("\\s+")) {
            if (word.startsWith("#")) {
                int index = TextGen.TAGS.indexOf(word.substring(1).toLowerCase());
                bits |= index >= 0 ? 1 << index : 0;
            }
        }
        return bits;
    }
}
