package dev.permafrost.sim;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;

/** The HTML and date snippets Mastodon puts in its JSON: hashtag links, mentions, links, timestamps. */
final class Html {
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Html() {
    }

    static String hashtag(String base, String tag) {
        return "<a href=\"" + base + "/tags/" + tag + "\" class=\"mention hashtag\" rel=\"tag\">#<span>" + tag + "</span></a>";
    }

    static String mention(String url, String username) {
        return "<span class=\"h-card\" translate=\"no\"><a href=\"" + url + "\" class=\"u-url mention\">@<span>"
                + username + "</span></a></span>";
    }

    static String link(String url) {
        int scheme = url.indexOf("://") + 3;
        return "<a href=\"" + url + "\" target=\"_blank\" rel=\"nofollow noopener\" translate=\"no\"><span class=\"invisible\">"
                + url.substring(0, scheme) + "</span><span class=\"\">" + url.substring(scheme)
                + "</span><span class=\"invisible\"></span></a>";
    }

    /**
     * Turns status text into Mastodon-like HTML: paragraphs, hashtag links, mentions of known
     * accounts (the lookup answers {url, username} or nothing), links.
     */
    static String fromText(String base, String text, Function<String, Optional<String[]>> mentions) {
        StringBuilder html = new StringBuilder(text.length() * 2 + 64).append("<p>");
        String[] paragraphs = text.split("\n\n");
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                html.append("</p><p>");
            }
            String[] words = paragraphs[p].split(" ", -1);
            for (int w = 0; w < words.length; w++) {
                html.append(w == 0 ? "" : " ");
                word(base, words[w], mentions, html);
            }
        }
        return html.append("</p>").toString();
    }

    private static void word(String base, String word, Function<String, Optional<String[]>> mentions, StringBuilder html) {
        if (word.length() > 1 && word.charAt(0) == '#' && isTag(word, 1)) {
            html.append(hashtag(base, word.substring(1).toLowerCase()));
            return;
        }
        if (word.length() > 1 && word.charAt(0) == '@') {
            Optional<String[]> account = mentions.apply(word.substring(1));
            if (account.isPresent()) {
                html.append(mention(account.get()[0], account.get()[1]));
                return;
            }
        }
        if (word.startsWith("https://") || word.startsWith("http://")) {
            html.append(link(word));
            return;
        }
        html.append(TextGen.html(word).replace("\n", "<br />"));
    }

    private static boolean isTag(String word, int from) {
        for (int i = from; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    static String dateTime(long epochMillis) {
        return DATE_TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    static String date(long epochMillis) {
        return DATE.format(Instant.ofEpochMilli(epochMillis));
    }
}
