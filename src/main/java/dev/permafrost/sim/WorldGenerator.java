package dev.permafrost.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Fills a new {@link World} from its configuration and seed; the same seed gives the same world. */
final class WorldGenerator {
    private static final int FILLER = 1 << 30;
    private static final int CONVERSATION = 1 << 29;
    private static final long DAY = Duration.ofDays(1).toMillis();

    private final SimConfig config;
    private final SplittableRandom random;
    private final Timelines timelines;
    private final Social social;
    private final Inbox inbox;
    private final Extras extras;
    private final long end;

    WorldGenerator(SimConfig config, Timelines timelines, Social social, Inbox inbox, Extras extras) {
        this.config = config;
        this.random = new SplittableRandom(config.seed());
        this.timelines = timelines;
        this.social = social;
        this.inbox = inbox;
        this.extras = extras;
        this.end = config.historyEnd().toEpochMilli();
    }

    void generate() {
        accounts();
        follows();
        statuses();
        flags();
        home();
        favouritesAndBookmarks();
        notifications();
        lists();
        moderation();
        filtersAndScheduled();
        counters();
    }

    private void accounts() {
        int count = Math.max(config.accounts(), 2 + Math.max(Math.max(config.followers(), config.following()), 6));
        long start = end - Duration.ofDays(3 * 365).toMillis();
        long gap = Math.max(2, Duration.ofDays(365).toMillis() / count);
        for (int i = 0; i < count; i++) {
            long id = Snowflake.of(start + i * gap + random.nextLong(gap / 2 + 1), random.nextInt(1 << 16));
            social.addAccount(account(i, id));
            timelines.addAuthor();
        }
    }

    private AccountRow account(int index, long id) {
        SplittableRandom r = new SplittableRandom(TextGen.mix(config.seed(), index));
        if (index == 0) {
            return new AccountRow(0, id, "alice", "", "Alice Frost",
                    "<p>Archiving my own posts, one glacier at a time.</p>", fields(r, 2), false, false, true,
                    false, false, false, false, TextGen.hex(r.nextLong(), 16), TextGen.hex(r.nextLong(), 16));
        }
        if (index == 1) {
            return new AccountRow(1, id, "admin", "", "Admin", "<p>Runs this server.</p>", List.of(), false,
                    false, true, false, false, false, true, TextGen.hex(r.nextLong(), 16), TextGen.hex(r.nextLong(), 16));
        }
        boolean notDiscoverable = index == 2 || r.nextInt(100) < 4;
        boolean noindex = index == 3 || r.nextInt(100) < 4;
        boolean nobot = index == 4 || r.nextInt(100) < 3;
        boolean noarchive = index == 5 || r.nextInt(100) < 3;
        String domain = index > 5 && r.nextInt(100) < 35
                ? TextGen.REMOTE_DOMAINS.get(r.nextInt(TextGen.REMOTE_DOMAINS.size())) : "";
        String note = "<p>" + TextGen.html(TextGen.sentence(r, 6 + r.nextInt(10)))
                + (nobot ? " " + Html.hashtag("https://" + (domain.isEmpty() ? "sim.local" : domain), "nobot") : "")
                + (noarchive ? " " + Html.hashtag("https://" + (domain.isEmpty() ? "sim.local" : domain), "noarchive") : "")
                + "</p>";
        return new AccountRow(index, id, TextGen.username(r, index), domain, TextGen.displayName(r), note,
                fields(r, r.nextInt(4)), r.nextInt(100) < 5, r.nextInt(100) < 10, !notDiscoverable, noindex,
                nobot, noarchive, false, TextGen.hex(r.nextLong(), 16), TextGen.hex(r.nextLong(), 16));
    }

    private static List<String[]> fields(SplittableRandom r, int count) {
        List<String[]> fields = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = TextGen.word(r);
            String value = r.nextBoolean() ? TextGen.html(TextGen.word(r) + " " + TextGen.word(r))
                    : Html.link("https://" + TextGen.LINK_DOMAINS.get(r.nextInt(TextGen.LINK_DOMAINS.size())) + "/" + TextGen.word(r));
            fields.add(new String[] {name, value});
        }
        return fields;
    }

    private void follows() {
        List<Integer> others = shuffledOthers();
        for (int i = 0; i < config.following(); i++) {
            social.following.add(others.get(i));
        }
        others = shuffledOthers();
        for (int i = 0; i < config.followers(); i++) {
            social.followers.add(others.get(i));
        }
    }

    private void statuses() {
        int others = social.accounts.size() - 1;
        long total = (long) config.myStatuses() + (long) others * config.statusesPerAccount()
                + config.publicTimeline() + config.conversations();
        if (total > 50_000_000) {
            throw new IllegalArgumentException("the world would hold " + total + " statuses; at most 50,000,000 fit");
        }
        int[] plan = new int[(int) total];
        int at = 0;
        for (int i = 0; i < config.myStatuses(); i++) {
            plan[at++] = 0;
        }
        for (int account = 1; account <= others; account++) {
            for (int i = 0; i < config.statusesPerAccount(); i++) {
                plan[at++] = account;
            }
        }
        for (int i = 0; i < config.publicTimeline(); i++) {
            plan[at++] = FILLER | (1 + random.nextInt(others));
        }
        int[] participants = new int[config.conversations()];
        for (int i = 0; i < config.conversations(); i++) {
            participants[i] = 2 + random.nextInt(others - 1);
            plan[at++] = CONVERSATION | i;
        }
        for (int i = plan.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = plan[i];
            plan[i] = plan[j];
            plan[j] = swap;
        }
        timelines.rows.ensureCapacity(plan.length + 1024);
        long span = Math.max(Duration.ofDays(365).toMillis(), total * 4);
        long start = end - span;
        long gap = Math.max(4, span / Math.max(1, total));
        for (int i = 0; i < plan.length; i++) {
            long id = Snowflake.of(start + i * gap + random.nextLong(gap / 2), random.nextInt(1 << 16));
            int code = plan[i];
            if ((code & CONVERSATION) != 0) {
                conversationStatus(id, code & ~CONVERSATION, participants[code & ~CONVERSATION]);
            } else if ((code & FILLER) != 0) {
                timelines.add(id, code & ~FILLER, StatusTable.pack(StatusTable.PUBLIC, media(), language())
                        | extraFlags(), -1, tags(), randomMention(), false);
            } else {
                ordinaryStatus(id, code);
            }
        }
    }

    private void conversationStatus(long id, int conversation, int participant) {
        boolean mine = random.nextBoolean();
        int author = mine ? 0 : participant;
        int row = timelines.add(id, author, StatusTable.pack(StatusTable.DIRECT, 0, language()), -1, 0,
                mine ? participant : 0, false);
        inbox.conversationIndex.put(id, inbox.conversations.size());
        inbox.conversations.add(new Inbox.Conversation(conversation + 1, participant, row, random.nextInt(4) == 0));
    }

    private void ordinaryStatus(long id, int author) {
        int roll = random.nextInt(100);
        int visibility = roll < 70 ? StatusTable.PUBLIC : roll < 85 ? StatusTable.UNLISTED : StatusTable.PRIVATE;
        int rows = timelines.rows.size();
        if (rows > 20 && random.nextInt(100) < 10) {
            int target = pickShareable(rows);
            if (target >= 0) {
                timelines.add(id, author, StatusTable.pack(visibility, 0, 0) | StatusTable.REBLOG, target, 0, -1, false);
                return;
            }
        }
        int flags = StatusTable.pack(visibility, media(), language()) | extraFlags();
        int ref = -1;
        int mention = randomMention();
        if (rows > 20 && random.nextInt(100) < 12) {
            int parent = pickShareable(rows);
            if (parent >= 0) {
                flags |= StatusTable.REPLY;
                ref = parent;
                int parentAuthor = timelines.rows.author(parent);
                mention = parentAuthor == author ? -1 : parentAuthor;
            }
        }
        timelines.add(id, author, flags, ref, tags(), mention, false);
    }

    /** A random earlier row that can be boosted or replied to: not a boost, not direct, not private. */
    private int pickShareable(int rows) {
        for (int attempt = 0; attempt < 6; attempt++) {
            int row = random.nextInt(rows);
            if (!timelines.rows.has(row, StatusTable.REBLOG) && timelines.rows.visibility(row) <= StatusTable.UNLISTED) {
                return row;
            }
        }
        return -1;
    }

    private int media() {
        int roll = random.nextInt(100);
        return roll < 12 ? 1 : roll < 16 ? 2 : roll < 18 ? 3 : roll < 19 ? 4 : 0;
    }

    private int language() {
        return random.nextInt(100) < 60 ? 0 : random.nextInt(TextGen.LANGUAGES.size());
    }

    private int extraFlags() {
        int flags = 0;
        if (random.nextInt(100) < 10) {
            flags |= StatusTable.CARD;
        }
        if (random.nextInt(100) < 6) {
            flags |= StatusTable.SENSITIVE;
        }
        if (random.nextInt(100) < 5) {
            flags |= StatusTable.SPOILER;
        }
        return flags;
    }

    private int tags() {
        int roll = random.nextInt(100);
        int count = roll < 50 ? 0 : roll < 80 ? 1 : roll < 95 ? 2 : 3;
        int bits = 0;
        for (int i = 0; i < count; i++) {
            double r = random.nextDouble();
            bits |= 1 << (int) (TextGen.TAGS.size() * r * r);
        }
        return bits;
    }

    private int randomMention() {
        return random.nextInt(100) < 15 ? random.nextInt(social.accounts.size()) : -1;
    }

    /** Marks the configured number of rows as polls, edited and pinned. */
    private void flags() {
        StatusTable rows = timelines.rows;
        int size = rows.size();
        int polls = 0;
        int edited = 0;
        for (int attempt = 0; attempt < size * 4 && (polls < config.polls() || edited < config.editedStatuses()); attempt++) {
            int row = random.nextInt(size);
            if (rows.has(row, StatusTable.REBLOG) || rows.visibility(row) == StatusTable.DIRECT) {
                continue;
            }
            if (polls < config.polls() && !rows.has(row, StatusTable.POLL) && rows.mediaCount(row) == 0) {
                rows.set(row, StatusTable.POLL, true);
                rows.set(row, StatusTable.CARD, false);
                polls++;
            } else if (edited < config.editedStatuses() && rows.edits(row) == 0) {
                rows.setEdits(row, 1 + random.nextInt(3));
                edited++;
            }
        }
        IdIndex mine = timelines.byAuthor.get(0);
        int pinned = 0;
        for (int i = mine.size() - 1; i >= 0 && pinned < 3; i -= 7) {
            int row = mine.value(i);
            if (!rows.has(row, StatusTable.REBLOG) && rows.visibility(row) == StatusTable.PUBLIC) {
                rows.set(row, StatusTable.PINNED, true);
                pinned++;
            }
        }
    }

    private void home() {
        List<Integer> rows = new ArrayList<>();
        for (int row = timelines.rows.size() - 1; row >= 0 && rows.size() < config.homeTimeline(); row--) {
            int author = timelines.rows.author(row);
            if ((author == 0 || social.following.contains(author)) && timelines.rows.visibility(row) != StatusTable.DIRECT) {
                rows.add(row);
            }
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            timelines.home.put(timelines.rows.id(rows.get(i)), rows.get(i));
        }
    }

    private void favouritesAndBookmarks() {
        pickStatuses(social.favourites, config.favourites());
        pickStatuses(social.bookmarks, config.bookmarks());
    }

    private void pickStatuses(Relations relations, int count) {
        int size = timelines.rows.size();
        for (int attempt = 0; attempt < size * 4 && relations.size() < Math.min(count, size); attempt++) {
            int row = random.nextInt(size);
            if (!timelines.rows.has(row, StatusTable.REBLOG) && timelines.rows.visibility(row) != StatusTable.DIRECT) {
                relations.add(row);
            }
        }
    }

    private void notifications() {
        long start = end - Duration.ofDays(60).toMillis();
        long gap = Math.max(2, Duration.ofDays(60).toMillis() / Math.max(1, config.notifications()));
        for (int i = 0; i < config.notifications(); i++) {
            long at = start + i * gap + random.nextLong(gap / 2 + 1);
            addNotification(at);
        }
    }

    /** Adds one notification of a random type at the given time; shared with {@link World#addNotifications}. */
    void addNotification(long at) {
        int[] weights = {25, 8, 15, 10, 5, 25, 5, 7};
        int roll = random.nextInt(100);
        int type = 0;
        while (roll >= weights[type]) {
            roll -= weights[type];
            type++;
        }
        int account = 2 + random.nextInt(social.accounts.size() - 2);
        int row = switch (Inbox.TYPES.get(type)) {
            case "mention", "status" -> randomRowBy(account);
            case "reblog", "favourite" -> randomRowBy(0);
            case "poll" -> randomRowWith(StatusTable.POLL);
            case "update" -> randomEditedRow();
            default -> -1;
        };
        boolean needsStatus = type != 3 && type != 4;
        if (needsStatus && row < 0) {
            type = 3;
        }
        inbox.addNotification(type, account, needsStatus ? row : -1, at);
    }

    private int randomRowBy(int account) {
        IdIndex index = timelines.byAuthor.get(account);
        for (int attempt = 0; attempt < 8 && index.size() > 0; attempt++) {
            int row = index.value(random.nextInt(index.size()));
            if (!timelines.rows.has(row, StatusTable.REBLOG) && timelines.rows.visibility(row) != StatusTable.DIRECT) {
                return row;
            }
        }
        return -1;
    }

    private int randomRowWith(int flag) {
        int size = timelines.rows.size();
        for (int attempt = 0; attempt < 200; attempt++) {
            int row = random.nextInt(size);
            if (timelines.rows.has(row, flag) && !timelines.rows.has(row, StatusTable.DELETED)) {
                return row;
            }
        }
        return -1;
    }

    private int randomEditedRow() {
        int size = timelines.rows.size();
        for (int attempt = 0; attempt < 200; attempt++) {
            int row = random.nextInt(size);
            if (timelines.rows.edits(row) > 0 && !timelines.rows.has(row, StatusTable.DELETED)) {
                return row;
            }
        }
        return -1;
    }

    private void lists() {
        List<Integer> followed = new ArrayList<>();
        for (int i = 0; i < social.following.size(); i++) {
            followed.add(social.following.index().value(i));
        }
        long nextMember = 1;
        for (int i = 0; i < config.lists(); i++) {
            Social.ListRow list = new Social.ListRow(i + 1, Character.toUpperCase(TextGen.word(random).charAt(0))
                    + TextGen.word(random).substring(1) + " people", i % 3 == 0 ? "followed" : "list", i % 4 == 3, nextMember);
            List<Integer> pool = followed.isEmpty() ? shuffledOthers() : new ArrayList<>(followed);
            java.util.Collections.shuffle(pool, new java.util.Random(random.nextLong()));
            for (int m = 0; m < Math.min(config.listMembers(), pool.size()); m++) {
                list.members.add(pool.get(m));
            }
            nextMember += config.listMembers();
            social.lists.add(list);
        }
    }

    private void moderation() {
        List<Integer> strangers = new ArrayList<>();
        for (int account : shuffledOthers()) {
            if (!social.following.contains(account)) {
                strangers.add(account);
            }
        }
        for (int i = 0; i < Math.min(config.blocks(), strangers.size()); i++) {
            social.blocks.add(strangers.get(i));
        }
        for (int i = 0; i < Math.min(config.mutes(), strangers.size()); i++) {
            social.mutes.add(strangers.get(strangers.size() - 1 - i));
        }
        for (int i = 0; i < config.domainBlocks(); i++) {
            social.domains.add(TextGen.word(random) + "-" + (i + 1) + ".spam.example");
            social.domainBlocks.add(i);
        }
        List<Integer> tags = new ArrayList<>();
        for (int i = 0; i < TextGen.TAGS.size(); i++) {
            tags.add(i);
        }
        java.util.Collections.shuffle(tags, new java.util.Random(random.nextLong()));
        for (int i = 0; i < config.followedTags(); i++) {
            social.followedTags.add(tags.get(i));
        }
        for (int i = 0; i < Math.min(3, strangers.size()); i++) {
            social.followRequests.add(strangers.get((strangers.size() / 2 + i) % strangers.size()));
        }
        for (int i = 0; i < Math.min(3, social.following.size()); i++) {
            social.endorsements.add(social.following.index().value(i));
        }
    }

    private void filtersAndScheduled() {
        String[] actions = {"warn", "hide", "blur"};
        for (int i = 0; i < config.filters(); i++) {
            Extras.FilterRow filter = extras.addFilter("Filter " + TextGen.word(random),
                    i % 2 == 0 ? List.of("home", "public") : List.of("home", "notifications", "public", "thread", "account"),
                    actions[i % actions.length]);
            extras.addKeyword(filter, TextGen.word(random), true);
            extras.addKeyword(filter, TextGen.word(random), false);
        }
        for (int i = 0; i < config.scheduledStatuses(); i++) {
            long scheduledAt = end + (i + 1) * DAY;
            extras.addScheduled(new Extras.Scheduled(Snowflake.of(end - (config.scheduledStatuses() - i) * 60_000L, i),
                    scheduledAt, TextGen.sentence(random, 8), "public"));
        }
        if (timelines.home.size() > 0) {
            inbox.homeMarker = timelines.home.key(timelines.home.size() / 2);
        }
        if (inbox.notificationIndex.size() > 0) {
            inbox.notificationsMarker = inbox.notificationIndex.key(inbox.notificationIndex.size() / 2);
        }
        inbox.markerMillis = end;
    }

    private void counters() {
        for (AccountRow account : social.accounts) {
            int accounts = social.accounts.size();
            account.followersCount = account.index == 0 ? social.followers.size()
                    : Graph.generatedSize(config.seed(), accounts, account.index, 0xF0110)
                    + (social.following.contains(account.index) ? 1 : 0);
            account.followingCount = account.index == 0 ? social.following.size()
                    : Graph.generatedSize(config.seed(), accounts, account.index, 0xF0111)
                    + (social.followers.contains(account.index) ? 1 : 0);
            IdIndex statuses = timelines.byAuthor.get(account.index);
            account.lastStatusMillis = statuses.size() == 0 ? -1 : Snowflake.millis(statuses.lastKey());
        }
    }

    private List<Integer> shuffledOthers() {
        List<Integer> others = new ArrayList<>();
        for (int i = 2; i < social.accounts.size(); i++) {
            others.add(i);
        }
        java.util.Collections.shuffle(others, new java.util.Random(random.nextLong()));
        return others;
    }
}
