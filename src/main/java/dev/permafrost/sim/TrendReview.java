package dev.permafrost.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What trends in the world and how moderators reviewed it: hashtags (with their admin settings),
 * links and their publishers, and statuses. Hashtag IDs are the tag's index plus one, as the
 * other endpoints show them; links and publishers are derived from the seed. Guarded by the
 * {@link World}'s lock.
 */
final class TrendReview {
    /** How many trending links the world has. */
    static final int LINKS = 12;
    /** How many of the newest public statuses trend. */
    static final int STATUSES = 30;

    /** A moderator's settings of a hashtag; {@code trendable} null until reviewed. */
    static final class TagSettings {
        String displayName;
        Boolean trendable;
        boolean usable = true;
        boolean listable = true;
        long reviewedMillis = -1;
    }

    /** A link that trends: its publisher is the index into {@link TextGen#LINK_DOMAINS}. */
    record Link(long id, String url, String title, String description, int publisher) {
    }

    private static final TagSettings DEFAULT_TAG = new TagSettings();

    private final Map<Integer, TagSettings> tags = new HashMap<>();
    private final Map<Long, Boolean> links = new HashMap<>();
    private final Map<Integer, Boolean> publishers = new HashMap<>();
    private final Map<Integer, Long> publisherReviews = new HashMap<>();
    private final Map<Long, Boolean> statuses = new HashMap<>();
    private final List<Link> linkList = new ArrayList<>();
    /** Tag IDs, for paging the admin tags list. */
    final IdIndex tagIndex = new IdIndex();
    /** Publisher IDs, for paging the publishers list. */
    final IdIndex publisherIndex = new IdIndex();

    TrendReview(long seed) {
        for (int tag = 0; tag < TextGen.TAGS.size(); tag++) {
            tagIndex.put(tag + 1L, tag);
        }
        for (int publisher = 0; publisher < TextGen.LINK_DOMAINS.size(); publisher++) {
            publisherIndex.put(publisher + 1L, publisher);
        }
        for (int i = 0; i < LINKS; i++) {
            SplittableRandom r = new SplittableRandom(TextGen.mix(seed, 0x7E4D + i));
            int publisher = i % TextGen.LINK_DOMAINS.size();
            linkList.add(new Link(i + 1L, "https://" + TextGen.LINK_DOMAINS.get(publisher) + "/" + TextGen.word(r) + "/"
                    + TextGen.word(r) + "-" + (i + 1), TextGen.sentence(r, 5), TextGen.sentence(r, 14), publisher));
        }
    }

    /** Daily uses of a hashtag, {@code day} days ago: the same figures as {@link EntityJson#tag}. */
    static int uses(int tag, int day) {
        return (tag * 5 + day * 7) % 17;
    }

    /** Daily accounts using a hashtag, {@code day} days ago: the same figures as {@link EntityJson#tag}. */
    static int accounts(int tag, int day) {
        return (tag * 7 + day * 3) % 11;
    }

    /** Every hashtag, most used this week first: the admin view of trending tags. */
    List<Integer> trendingTags() {
        List<Integer> order = new ArrayList<>();
        for (int tag = 0; tag < TextGen.TAGS.size(); tag++) {
            order.add(tag);
        }
        order.sort(Comparator.comparingInt((Integer tag) -> -weekUses(tag)).thenComparing(tag -> tag));
        return order;
    }

    private static int weekUses(int tag) {
        int total = 0;
        for (int day = 0; day < 7; day++) {
            total += uses(tag, day);
        }
        return total;
    }

    /** The settings of a tag for reading; never modify the result. */
    TagSettings tag(int tag) {
        return tags.getOrDefault(tag, DEFAULT_TAG);
    }

    TagSettings changeTag(int tag) {
        return tags.computeIfAbsent(tag, k -> new TagSettings());
    }

    void reviewTag(int tag, boolean trendable, long nowMillis) {
        TagSettings settings = changeTag(tag);
        settings.trendable = trendable;
        settings.reviewedMillis = nowMillis;
    }

    List<Link> links() {
        return linkList;
    }

    /** The link with an ID, or 404. */
    Link link(long id) {
        if (id < 1 || id > linkList.size()) {
            throw ApiError.notFound();
        }
        return linkList.get((int) (id - 1));
    }

    /** Whether a link may trend: null until reviewed. */
    Boolean linkTrendable(long id) {
        return links.get(id);
    }

    void reviewLink(long id, boolean trendable) {
        link(id);
        links.put(id, trendable);
    }

    /** The publisher of a position in {@link TextGen#LINK_DOMAINS}; its trendable flag is false until approved. */
    boolean publisherTrendable(int publisher) {
        return publishers.getOrDefault(publisher, false);
    }

    /** When a publisher was reviewed, or -1. */
    long publisherReviewed(int publisher) {
        return publisherReviews.getOrDefault(publisher, -1L);
    }

    /** Reviews the publisher with an ID; 404 for an unknown one. */
    int reviewPublisher(long id, boolean trendable, long nowMillis) {
        int publisher = publisherIndex.get(id);
        if (publisher < 0) {
            throw ApiError.notFound();
        }
        publishers.put(publisher, trendable);
        publisherReviews.put(publisher, nowMillis);
        return publisher;
    }

    /** Whether a status may trend: null until reviewed. */
    Boolean statusTrendable(long statusId) {
        return statuses.get(statusId);
    }

    void reviewStatus(long statusId, boolean trendable) {
        statuses.put(statusId, trendable);
    }
}
