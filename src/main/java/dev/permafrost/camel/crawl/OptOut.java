package dev.permafrost.camel.crawl;

import dev.permafrost.model.Account;
import dev.permafrost.model.Entity;
import dev.permafrost.model.Status;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Who opted out of being archived by crawlers: {@code #nobot} or {@code #noarchive} in their bio
 * (any case), {@code noindex: true}, or {@code discoverable: false} (an unset value does not count).
 */
public final class OptOut {
    /** A hashtag ends where a word character would go on; the bio is HTML, read without its tags. */
    private static final Pattern TAGS = Pattern.compile("#(nobot|noarchive)(?![\\p{L}\\p{N}_])");
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>");

    private OptOut() {}

    /** Whether the account asks not to be archived. */
    public static boolean optedOut(Account account) {
        if (account == null) {
            return false;
        }
        if (Boolean.TRUE.equals(account.noindex()) || Boolean.FALSE.equals(account.discoverable())) {
            return true;
        }
        String note = account.note();
        if (note == null || note.isEmpty()) {
            return false;
        }
        String text = MARKUP.matcher(note).replaceAll("").toLowerCase(Locale.ROOT);
        return TAGS.matcher(text).find();
    }

    /**
     * The item filter of a research crawl: leaves out accounts that opted out, and statuses whose
     * author opted out, or that boost the status of someone who did.
     */
    public static Predicate<Entity> notOptedOut() {
        return item -> {
            if (item instanceof Account account) {
                return !optedOut(account);
            }
            if (item instanceof Status status) {
                return !optedOut(status.account()) && (status.reblog() == null || !optedOut(status.reblog().account()));
            }
            return true;
        };
    }
}
