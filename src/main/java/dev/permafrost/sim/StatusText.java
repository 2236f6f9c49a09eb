package dev.permafrost.sim;

import java.util.SplittableRandom;

/**
 * The plain text (the "source") of a generated status revision, derived from the world's seed and
 * the status ID: a mention, sentences, hashtags from the row's tag bits, a link when the row has a
 * card, sometimes a custom emoji. {@link Html#fromText} turns it into the content HTML.
 */
final class StatusText {
    private StatusText() {
    }

    static String generated(long seed, StatusTable rows, int row, int revision, Social social) {
        long id = rows.id(row);
        SplittableRandom r = new SplittableRandom(TextGen.mix(seed, id * 4 + revision));
        StringBuilder text = new StringBuilder(400);
        int mention = rows.mention(row);
        if (mention >= 0 && mention < social.accounts.size()) {
            text.append('@').append(social.accounts.get(mention).acct()).append(' ');
        }
        int sentences = 1 + r.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            text.append(i == 0 ? "" : " ").append(TextGen.sentence(r, 5 + r.nextInt(14)));
        }
        if (revision > 0) {
            text.append(" (edit ").append(revision).append(')');
        }
        if (emoji(seed, id)) {
            text.append(" :").append(TextGen.EMOJIS.get((int) Math.floorMod(id, TextGen.EMOJIS.size()))).append(':');
        }
        if (rows.has(row, StatusTable.CARD)) {
            text.append(' ').append(cardUrl(seed, id));
        }
        int tags = rows.tags(row);
        for (int bit = 0; bit < TextGen.TAGS.size(); bit++) {
            if ((tags & (1 << bit)) != 0) {
                text.append(" #").append(TextGen.TAGS.get(bit));
            }
        }
        return text.toString();
    }

    static boolean emoji(long seed, long id) {
        return Math.floorMod(TextGen.mix(seed, id ^ 0xE30), 10) == 0;
    }

    static String cardUrl(long seed, long id) {
        SplittableRandom r = new SplittableRandom(TextGen.mix(seed, id ^ 0xCA4D));
        return "https://" + TextGen.LINK_DOMAINS.get(r.nextInt(TextGen.LINK_DOMAINS.size())) + "/"
                + TextGen.word(r) + "/" + TextGen.word(r) + "-" + r.nextInt(10_000);
    }

    static String spoiler(long seed, long id) {
        SplittableRandom r = new SplittableRandom(TextGen.mix(seed, id ^ 0x5B01));
        return "CW: " + TextGen.word(r) + " " + TextGen.word(r);
    }
}
