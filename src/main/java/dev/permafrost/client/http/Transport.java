package dev.permafrost.client.http;

import dev.permafrost.client.CancelledException;
import dev.permafrost.client.MastodonException.ErrorContext;
import dev.permafrost.client.NetworkException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * Sends one request over {@link HttpClient} and reads the whole answer. Follows redirects itself
 * (at most {@value #MAX_REDIRECTS}) so that the {@code Authorization} header is never sent to
 * another host, and never from {@code https} down to {@code http}.
 */
public final class Transport {
    static final int MAX_REDIRECTS = 5;

    private final HttpClient http;
    private final Duration requestTimeout;
    private final String userAgent;

    public Transport(HttpClient http, Duration requestTimeout, String userAgent) {
        this.http = Objects.requireNonNull(http, "http");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    }

    /** Creates the shared {@link HttpClient}: HTTP/1.1 (what Mastodon's proxies speak best), no automatic redirects. */
    public static HttpClient newHttpClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
    }

    public ApiResponse send(ApiRequest request) {
        ApiRequest current = request;
        for (int hop = 0; ; hop++) {
            HttpResponse<byte[]> answer = exchange(current);
            if (!isRedirect(answer.statusCode()) || hop == MAX_REDIRECTS) {
                return new ApiResponse(current, answer.uri(), answer.statusCode(), answer.headers().map(), answer.body());
            }
            URI target = answer.headers().firstValue("Location").map(current.uri()::resolve).orElse(null);
            if (target == null) {
                return new ApiResponse(current, answer.uri(), answer.statusCode(), answer.headers().map(), answer.body());
            }
            current = redirect(current, answer.statusCode(), target);
        }
    }

    private static ApiRequest redirect(ApiRequest from, int status, URI target) {
        if ("https".equals(from.uri().getScheme()) && !"https".equals(target.getScheme())) {
            throw new NetworkException("Refused a redirect from https to " + Redactor.url(target)
                    + "; check the instance URL.", ErrorContext.request(from.method(), Redactor.url(from.uri())));
        }
        ApiRequest next = from.withUri(target);
        if (!sameOrigin(from.uri(), target)) {
            next = next.withoutHeader("Authorization");
        }
        if (status == 303 || ((status == 301 || status == 302) && from.method().equals("POST"))) {
            next = new ApiRequest("GET", target, next.headers(), RequestBody.NONE, next.family(), next.expectsJson());
        }
        return next;
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private HttpResponse<byte[]> exchange(ApiRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .timeout(requestTimeout)
                .header("User-Agent", userAgent)
                .header("Accept", request.expectsJson() ? "application/json" : "*/*");
        request.headers().forEach(builder::header);
        byte[] content = request.body().bytes();
        if (request.body().contentType() != null) {
            builder.header("Content-Type", request.body().contentType());
        }
        HttpRequest.BodyPublisher publisher = content.length == 0 && request.body() instanceof RequestBody.None
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(content);
        builder.method(request.method(), publisher);
        ErrorContext context = ErrorContext.request(request.method(), Redactor.url(request.uri()));
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new NetworkException("No answer within " + requestTimeout.toMillis()
                    + " ms; the server may be overloaded (raise the timeout, or try later).", context, e);
        } catch (IOException e) {
            throw new NetworkException("The connection failed: " + describe(e)
                    + ". Check the instance URL and the network.", context, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("Interrupted while waiting for the server.", context, e);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + Redactor.text(message) + ")");
    }
}
