package dev.permafrost.camel.crawl;

import dev.permafrost.client.http.Redactor;
import dev.permafrost.store.PendingMedia;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads media files into a folder, each named by the SHA-256 of its content
 * ({@code ab/ab12….jpg}), so a file met twice is kept once. A download goes to
 * {@code .partial/} first, under a name derived from the instance and media ID (never from
 * server text), and resumes from where it stopped with an HTTP {@code Range} request when the
 * server honours one. No token is sent: media files are public, and often on another host.
 * Not thread-safe: one downloader per thread.
 */
public final class MediaDownloader {
    private static final Pattern EXTENSION = Pattern.compile("\\.([A-Za-z0-9]{1,8})$");
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-\\d+/(\\d+|\\*)");
    private static final int CHUNK = 64 * 1024;

    private final HttpClient http;
    private final Path folder;
    private final boolean allowHttp;
    private final String userAgent;
    private final BooleanSupplier stop;

    /**
     * @param folder where the files go; created when needed
     * @param allowHttp whether plain-http URLs are fetched (only when the instance itself is http)
     * @param stop asked between chunks; true leaves the partial file for the next run
     */
    public MediaDownloader(Path folder, boolean allowHttp, String userAgent, BooleanSupplier stop) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.allowHttp = allowHttp;
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.stop = Objects.requireNonNull(stop, "stop");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * A downloaded file.
     *
     * @param localFile the file, relative to the folder, with {@code /} separators
     * @param sha256 its SHA-256 in lower-case hex
     * @param bytes its size
     * @param requests HTTP requests it took
     */
    public record Downloaded(String localFile, String sha256, long bytes, int requests) {}

    /**
     * Downloads one attachment's file, resuming a partial download of it.
     *
     * @return the file, or empty when a stop was asked for before it was complete
     * @throws IOException when there is no usable URL, the server refuses, or the file cannot be written
     */
    public Optional<Downloaded> download(PendingMedia media) throws IOException {
        URI uri = address(media);
        Path partial = folder.resolve(".partial").resolve(partialName(media));
        Files.createDirectories(partial.getParent());
        int requests = 0;
        while (true) {
            long have = Files.exists(partial) ? Files.size(partial) : 0;
            requests++;
            HttpResponse<InputStream> response = send(uri, have);
            int status = response.statusCode();
            try (InputStream body = response.body()) {
                if (status == 416 && have > 0) {
                    if (response.headers().firstValue("Content-Range").orElse("").equals("bytes */" + have)) {
                        return Optional.of(keep(partial, extension(uri), requests)); // stopped after the last byte
                    }
                    Files.delete(partial); // the partial file is not a prefix of this file: start again
                    continue;
                }
                if (status != 200 && status != 206) {
                    throw new IOException("HTTP " + status + " for " + Redactor.url(uri));
                }
                boolean append = status == 206 && resumesAt(response, have);
                if (status == 206 && !append) {
                    throw new IOException("HTTP 206 with an unexpected Content-Range for " + Redactor.url(uri));
                }
                if (!copy(body, partial, append)) {
                    return Optional.empty();
                }
            }
            return Optional.of(keep(partial, extension(uri), requests));
        }
    }

    private URI address(PendingMedia media) throws IOException {
        String text = media.url().or(media::remoteUrl)
                .orElseThrow(() -> new IOException("media " + media.id() + " has no URL"));
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IOException("media " + media.id() + " has an invalid URL", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http") && allowHttp)) {
            throw new IOException("media " + media.id() + " has a URL that is not https: " + Redactor.url(uri));
        }
        return uri;
    }

    private HttpResponse<InputStream> send(URI uri, long from) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("User-Agent", userAgent).GET();
        if (from > 0) {
            request.header("Range", "bytes=" + from + "-");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading " + Redactor.url(uri), e);
        }
    }

    private static boolean resumesAt(HttpResponse<?> response, long have) {
        Matcher range = CONTENT_RANGE.matcher(response.headers().firstValue("Content-Range").orElse(""));
        return range.matches() && Long.parseLong(range.group(1)) == have;
    }

    /** Copies the body; false when stopped before its end (the partial file stays). */
    private boolean copy(InputStream body, Path partial, boolean append) throws IOException {
        try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buffer = new byte[CHUNK];
            int read;
            while ((read = body.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                if (stop.getAsBoolean()) {
                    return false;
                }
            }
        }
        return true;
    }

    private Downloaded keep(Path partial, String extension, int requests) throws IOException {
        String sha256 = sha256(partial);
        String name = sha256.substring(0, 2) + "/" + sha256 + extension;
        Path target = folder.resolve(name);
        long size = Files.size(partial);
        Files.createDirectories(target.getParent());
        if (Files.exists(target) && Files.size(target) == size) {
            Files.delete(partial); // the same content was downloaded before
        } else {
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return new Downloaded(name, sha256, size, requests);
    }

    /** The extension of the URL's file name when it is short and plain, with its dot; else none. */
    static String extension(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String file = path.substring(path.lastIndexOf('/') + 1);
        Matcher matcher = EXTENSION.matcher(file);
        return matcher.find() ? "." + matcher.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** A file name for the partial download that no server text can shape. */
    static String partialName(PendingMedia media) {
        return hex(digest().digest((media.instance() + "\n" + media.id()).getBytes(StandardCharsets.UTF_8))) + ".part";
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return hex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
