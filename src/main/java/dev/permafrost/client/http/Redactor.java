package dev.permafrost.client.http;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes secrets from URLs, headers and text before they reach a log or an error message. */
public final class Redactor {
    private static final Set<String> SECRET_PARAMS = Set.of(
            "access_token", "token", "code", "code_verifier", "client_secret", "password",
            "refresh_token", "secret", "auth", "p256dh", "subscription[keys][auth]", "subscription[keys][p256dh]");
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "cookie", "set-cookie", "proxy-authorization");
    private static final Pattern QUERY_PAIR = Pattern.compile("([?&])([^=&#]+)=([^&#]*)");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
    private static final String HIDDEN = "<redacted>";

    private Redactor() {}

    /** The URL with secret query values and user info replaced. */
    public static String url(URI uri) {
        if (uri == null) {
            return "null";
        }
        String text = uri.toString();
        if (uri.getRawUserInfo() != null) {
            text = text.replace(uri.getRawUserInfo() + "@", HIDDEN + "@");
        }
        return query(text);
    }

    /** Secret query values in a URL string replaced. */
    public static String query(String url) {
        Matcher matcher = QUERY_PAIR.matcher(url);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = java.net.URLDecoder.decode(matcher.group(2), java.nio.charset.StandardCharsets.UTF_8);
            String value = SECRET_PARAMS.contains(name.toLowerCase(Locale.ROOT)) ? HIDDEN : matcher.group(3);
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + matcher.group(2) + "=" + value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A header value fit to print. */
    public static String header(String name, String value) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? HIDDEN : text(value);
    }

    /** Free text with bearer tokens removed. */
    public static String text(String text) {
        return text == null ? null : BEARER.matcher(text).replaceAll("$1" + HIDDEN);
    }

    /** Whether a parameter name holds a secret. */
    public static boolean isSecretParam(String name) {
        return SECRET_PARAMS.contains(name.toLowerCase(Locale.ROOT));
    }
}
