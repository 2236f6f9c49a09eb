package dev.permafrost.sim;

import java.util.SplittableRandom;

/**
 * Collections of accounts other than the main user, derived from the seed when asked for: their
 * followers and following, and who boosted or favourited a status. Each list has its own hidden
 * relation IDs (follow IDs, reblog status IDs, favourite IDs), as on Mastodon. Call under the
 * world's read lock.
 */
final class Graph {
    private static final int MAX_GENERATED = 40;

    private Graph() {
    }

    /** Followers of an account; the main user's come from its relations. */
    static IdIndex followers(World world, int account) {
        if (account == 0) {
            return world.social.followers.index();
        }
        IdIndex index = generated(world, account, 0xF0110);
        if (world.social.following.contains(account)) {
            index.put(followId(account, MAX_GENERATED), 0);
        }
        return index;
    }

    /** Accounts an account follows; the main user's come from its relations. */
    static IdIndex following(World world, int account) {
        if (account == 0) {
            return world.social.following.index();
        }
        IdIndex index = generated(world, account, 0xF0111);
        if (world.social.followers.contains(account)) {
            index.put(followId(account, MAX_GENERATED + 1), 0);
        }
        return index;
    }

    static int generatedSize(long seed, int accounts, int account, long salt) {
        SplittableRandom random = new SplittableRandom(TextGen.mix(seed, account * 31L + salt));
        return random.nextInt(Math.max(1, Math.min(MAX_GENERATED, accounts - 2)));
    }

    private static IdIndex generated(World world, int account, long salt) {
        int accounts = world.social.accounts.size();
        int size = generatedSize(world.config.seed(), accounts, account, salt);
        SplittableRandom random = new SplittableRandom(TextGen.mix(world.config.seed(), account * 31L + salt + 1));
        IdIndex index = new IdIndex(size + 1);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; seen.size() < size && i < size * 10; i++) {
            int other = 1 + random.nextInt(accounts - 1);
            if (other != account && seen.add(other)) {
                index.put(followId(account, seen.size() - 1), other);
            }
        }
        return index;
    }

    private static long followId(int account, int position) {
        return 100_000L + account * 64L + position;
    }

    /** Accounts that boosted a status, keyed by the (hidden) IDs of their boosts. */
    static IdIndex rebloggedBy(World world, int row, int count) {
        long id = world.timelines.rows.id(row);
        SplittableRandom random = new SplittableRandom(TextGen.mix(world.config.seed(), id ^ 0x4EB));
        IdIndex index = new IdIndex(count + 1);
        long millis = Snowflake.millis(id);
        int position = 0;
        for (int account : distinctAccounts(world, random, count, world.timelines.rows.author(row))) {
            millis += 1 + random.nextInt(3_600_000);
            index.put(Snowflake.of(millis, position++), account);
        }
        return index;
    }

    /** Accounts that favourited a status, keyed by the (hidden) IDs of their favourites. */
    static IdIndex favouritedBy(World world, int row, int count) {
        SplittableRandom random = new SplittableRandom(TextGen.mix(world.config.seed(), world.timelines.rows.id(row) ^ 0xFA7));
        IdIndex index = new IdIndex(count + 1);
        long favouriteId = 1_000_000L + row * 64L;
        for (int account : distinctAccounts(world, random, count, world.timelines.rows.author(row))) {
            index.put(favouriteId++, account);
        }
        return index;
    }

    private static int[] distinctAccounts(World world, SplittableRandom random, int count, int author) {
        int accounts = world.social.accounts.size();
        java.util.LinkedHashSet<Integer> chosen = new java.util.LinkedHashSet<>();
        for (int i = 0; chosen.size() < count && i < count * 20; i++) {
            int account = 1 + random.nextInt(accounts - 1);
            if (account != author) {
                chosen.add(account);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }
}
