package dev.permafrost.sim;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The server-wide block lists admins manage: domain blocks and allows, canonical email blocks,
 * email domain blocks and IP blocks. Each has sequential IDs, as on Mastodon. Guarded by the
 * {@link World}'s lock.
 */
final class Blocklists {
    static final Set<String> DOMAIN_SEVERITIES = Set.of("silence", "suspend", "noop");
    static final Set<String> IP_SEVERITIES = Set.of("sign_up_requires_approval", "sign_up_block", "no_access");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** Rows with IDs 1, 2, 3... in creation order; deleted rows leave the index, not the list. */
    static final class Table<T> {
        private final List<T> rows = new ArrayList<>();
        /** Live IDs to their row position, for paging. */
        final IdIndex index = new IdIndex();

        long nextId() {
            return rows.size() + 1L;
        }

        T add(T row) {
            index.put(nextId(), rows.size());
            rows.add(row);
            return row;
        }

        /** The live row of an ID, or 404. */
        T get(long id) {
            int position = index.get(id);
            if (position < 0) {
                throw ApiError.notFound();
            }
            return rows.get(position);
        }

        /** The row at a position of {@link #index}. */
        T at(int position) {
            return rows.get(position);
        }

        void set(long id, T row) {
            get(id);
            rows.set((int) (id - 1), row);
        }

        void remove(long id) {
            get(id);
            index.remove(id);
        }

        /** The first live row that passes a test. */
        Optional<T> find(Predicate<T> test) {
            for (int i = 0; i < index.size(); i++) {
                T row = rows.get(index.value(i));
                if (test.test(row)) {
                    return Optional.of(row);
                }
            }
            return Optional.empty();
        }

        List<T> all(Predicate<T> test) {
            List<T> found = new ArrayList<>();
            for (int i = index.size() - 1; i >= 0; i--) {
                T row = rows.get(index.value(i));
                if (test.test(row)) {
                    found.add(row);
                }
            }
            return found;
        }
    }

    record DomainBlock(long id, String domain, long createdMillis, String severity, boolean rejectMedia,
                       boolean rejectReports, String privateComment, String publicComment, boolean obfuscate) {
    }

    record DomainAllow(long id, String domain, long createdMillis) {
    }

    record CanonicalEmailBlock(long id, String hash) {
    }

    record EmailDomainBlock(long id, String domain, long createdMillis, boolean allowWithApproval) {
    }

    /** An IP block; {@code ip} is the network address with its prefix, {@code expiresMillis} -1 for never. */
    record IpBlock(long id, String ip, String severity, String comment, long createdMillis, long expiresMillis) {
    }

    final Table<DomainBlock> domainBlocks = new Table<>();
    final Table<DomainAllow> domainAllows = new Table<>();
    final Table<CanonicalEmailBlock> canonicalEmailBlocks = new Table<>();
    final Table<EmailDomainBlock> emailDomainBlocks = new Table<>();
    final Table<IpBlock> ipBlocks = new Table<>();

    /** Whether a block of {@code blocked} applies to {@code domain} (the same domain or a subdomain). */
    static boolean covers(String blocked, String domain) {
        String lower = domain.toLowerCase(Locale.ROOT);
        return lower.equals(blocked) || lower.endsWith("." + blocked);
    }

    /** Mastodon's normal form of a domain: trimmed, lower case, no trailing dot; 422 when blank. */
    static String domain(String text) {
        String domain = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        if (domain.isEmpty()) {
            throw ApiError.validation("Domain can't be blank");
        }
        return domain;
    }

    /** The block that already covers a domain, if any (Mastodon's {@code DomainBlock.rule_for}). */
    Optional<DomainBlock> ruleFor(String domain) {
        return domainBlocks.find(block -> covers(block.domain(), domain));
    }

    /** Mastodon's canonical form of an address: lower case, dots and any {@code +suffix} removed from the local part. */
    static String canonicalEmail(String email) {
        String lower = email.trim().toLowerCase(Locale.ROOT);
        int at = lower.indexOf('@');
        String local = at < 0 ? lower : lower.substring(0, at);
        String domain = at < 0 ? "" : lower.substring(at + 1);
        local = local.replace(".", "");
        int plus = local.indexOf('+');
        if (plus >= 0) {
            local = local.substring(0, plus);
        }
        return local + "@" + domain;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The blocks an address falls under. */
    List<CanonicalEmailBlock> matching(String email) {
        String hash = sha256(canonicalEmail(email));
        return canonicalEmailBlocks.all(block -> block.hash().equals(hash));
    }

    /**
     * An address or CIDR range in Mastodon's rendering: the network address and its prefix
     * ({@code 192.0.2.7/24} becomes {@code 192.0.2.0/24}, a single address gets /32 or /128).
     * Only literals are parsed, never host names. 422 when it is not one.
     */
    static String network(String text) {
        String value = text == null ? "" : text.trim();
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
            throw ApiError.validation("Ip can't be blank");
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw ApiError.validation("Ip can't be blank");
        }
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(value.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw ApiError.validation("Ip can't be blank");
            }
            if (prefix < 0 || prefix > bits) {
                throw ApiError.validation("Ip can't be blank");
            }
        }
        for (int bit = prefix; bit < bits; bit++) {
            bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        try {
            String host = InetAddress.getByAddress(bytes).getHostAddress();
            return host + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a parsed address did not rebuild", e);
        }
    }
}
