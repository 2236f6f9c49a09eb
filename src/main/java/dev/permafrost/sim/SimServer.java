package dev.permafrost.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A Mastodon-compatible HTTP server on loopback, for tests, demos and benchmarks: real HTTP on
 * 127.0.0.1 (an ephemeral port by default), a generated {@link World}, Mastodon's pagination, rate
 * limits and errors, a log of every request, and injectable faults. Start it with
 * {@link #start(SimConfig)} and close it when done. Thread-safe.
 */
public final class SimServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SimServer.class.getName());

    private final HttpServer http;
    private final ExecutorService executor;
    private final World world;
    private final SimContext context;
    private final Router router;
    private final RequestLog requests;
    private final Faults faults = new Faults();
    private final RateLimiter rateLimits;
    private final Clock clock = Clock.systemUTC();

    private SimServer(SimConfig config, int port) throws IOException {
        this.world = World.generate(config);
        this.requests = new RequestLog(config.maxRecordedRequests());
        this.rateLimits = new RateLimiter(config.rateLimits(), clock);
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        this.context = new SimContext(world, "http://127.0.0.1:" + http.getAddress().getPort());
        this.router = Routes.all(context);
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        http.setExecutor(executor);
        http.createContext("/", this::handle);
        http.start();
    }

    /** Generates the world and starts serving on an ephemeral port. */
    public static SimServer start(SimConfig config) {
        return start(config, 0);
    }

    /** Generates the world and starts serving on the given port (0 for an ephemeral one). */
    public static SimServer start(SimConfig config, int port) {
        try {
            return new SimServer(config, port);
        } catch (IOException e) {
            throw new IllegalStateException("could not listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public URI baseUri() {
        return URI.create(context.baseUrl);
    }

    /** {@code 127.0.0.1:PORT}, as an instance's domain. */
    public String authority() {
        return context.domain();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public World world() {
        return world;
    }

    public RequestLog requests() {
        return requests;
    }

    public Faults faults() {
        return faults;
    }

    public RateLimiter rateLimits() {
        return rateLimits;
    }

    /** Stops listening at once and ends the worker threads (open streams are cut). */
    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "SimServer[" + context.baseUrl + "]";
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            Instant at = clock.instant();
            String path = exchange.getRequestURI().getPath();
            Params query = Params.parse(exchange.getRequestURI().getRawQuery());
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            byte[] body = readBody(exchange.getRequestBody());
            Optional<String> bearer = bearer(headers);
            Optional<Fault> fault = faults.take(path);
            if (fault.isPresent() && fault.get().kind() == Fault.Kind.CONNECTION_RESET) {
                record(exchange, path, query, headers, body, 0, bearer, fault, at);
                return;
            }
            if (fault.isPresent() && fault.get().kind() == Fault.Kind.SLOW) {
                pause(fault.get().duration());
            }
            SimResponse response = answer(exchange.getRequestMethod(), path, query, headers, body, bearer, fault);
            record(exchange, path, query, headers, body, response.status, bearer, fault, at);
            send(exchange, response, fault);
        } catch (IOException e) {
            LOG.log(Level.FINE, "client went away", e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sim failed on " + exchange.getRequestURI().getPath(), e);
        }
    }

    private SimResponse answer(String method, String path, Params query, Map<String, List<String>> headers, byte[] body,
                               Optional<String> bearer, Optional<Fault> fault) {
        Optional<Fault.Kind> kind = fault.map(Fault::kind);
        boolean api = path.startsWith("/api/");
        Optional<RateLimiter.Decision> decision = api ? spend(method, path, query, bearer) : Optional.empty();
        SimResponse response;
        if (kind.isPresent() && replaces(kind.get())) {
            response = FaultPages.answer(fault.get());
        } else if (kind.equals(Optional.of(Fault.Kind.TOO_MANY_REQUESTS)) || decision.isPresent() && !decision.get().allowed()) {
            response = SimResponse.error(429, "Too many requests");
            decision = decision.map(d -> new RateLimiter.Decision(false, d.limit(), 0, d.resetMillis()));
        } else {
            response = route(method, path, query, headers, body, bearer);
        }
        if (decision.isPresent() && !kind.equals(Optional.of(Fault.Kind.NO_RATE_LIMIT_HEADERS))
                && !(kind.isPresent() && replaces(kind.get()))) {
            RateLimiter.Decision d = decision.get();
            Duration skew = kind.equals(Optional.of(Fault.Kind.CLOCK_SKEW)) ? fault.get().duration() : Duration.ZERO;
            response.header("X-RateLimit-Limit", Integer.toString(d.limit()));
            response.header("X-RateLimit-Remaining", Integer.toString(d.remaining()));
            rateLimits.formatReset(d.resetMillis(), skew).ifPresent(reset -> response.header("X-RateLimit-Reset", reset));
        }
        return response;
    }

    private static boolean replaces(Fault.Kind kind) {
        return kind == Fault.Kind.SERVER_ERROR || kind == Fault.Kind.PROXY_ERROR || kind == Fault.Kind.HTML_PAGE;
    }

    private Optional<RateLimiter.Decision> spend(String method, String path, Params query, Optional<String> bearer) {
        Optional<Auth.Token> token = bearer.flatMap(world.auth::token);
        String tokenKey = token.map(t -> "token:" + t.value()).orElse("ip:127.0.0.1");
        String userKey = token.filter(Auth.Token::user).map(t -> "user:" + t.account()).orElse(tokenKey);
        List<RateLimiter.Family> families = new ArrayList<>();
        if (token.filter(Auth.Token::user).isPresent()) {
            families.add(RateLimiter.Family.USER);
        }
        if (query.entries().stream().anyMatch(e -> Paginator.CURSOR_PARAMS.contains(e.getKey()))) {
            families.add(RateLimiter.Family.PAGING);
        }
        if (method.equals("POST") && (path.startsWith("/api/v1/media") || path.startsWith("/api/v2/media"))) {
            families.add(RateLimiter.Family.MEDIA);
        }
        if (method.equals("DELETE") && path.startsWith("/api/v1/statuses/")
                || method.equals("POST") && path.startsWith("/api/v1/statuses/") && path.endsWith("/unreblog")) {
            families.add(RateLimiter.Family.DELETIONS);
        }
        return rateLimits.spend(tokenKey, userKey, families);
    }

    private SimResponse route(String method, String path, Params query, Map<String, List<String>> headers, byte[] body,
                              Optional<String> bearer) {
        try {
            Optional<Auth.Token> token = Optional.empty();
            if (bearer.isPresent()) {
                token = world.auth.token(bearer.get());
                if (token.isEmpty() && (path.startsWith("/api/") || path.startsWith("/oauth/userinfo"))) {
                    throw ApiError.invalidToken();
                }
            }
            Optional<Router.Match> match = router.match(method, path);
            if (match.isEmpty()) {
                throw ApiError.notFound();
            }
            authorize(match.get().route().access(), token);
            Params params = query.plus(Bodies.params(headers, body));
            return match.get().route().handler().handle(
                    new SimRequest(method, path, query, params, headers, body, match.get().pathParams(), token));
        } catch (ApiError e) {
            return SimResponse.error(e.status, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "handler failed on " + method + " " + path, e);
            return SimResponse.error(500, "We're sorry, but something went wrong on our end.");
        }
    }

    private void authorize(Access access, Optional<Auth.Token> token) {
        switch (access.kind()) {
            case OPEN -> {
            }
            case ANY_TOKEN -> token.orElseThrow(ApiError::invalidToken);
            case PUBLIC_FEED -> {
                if (world.config.publicTimelinesRequireAuth() && token.isEmpty()) {
                    throw ApiError.userRequired();
                }
            }
            case USER -> {
                Auth.Token t = token.orElseThrow(ApiError::invalidToken);
                if (!t.user()) {
                    throw ApiError.userRequired();
                }
                if (!grantedAny(t, access.scope())) {
                    throw ApiError.outsideScopes();
                }
            }
            case ADMIN -> {
                Auth.Token t = token.orElseThrow(ApiError::invalidToken);
                if (!t.user()) {
                    throw ApiError.userRequired();
                }
                // Mastodon checks the token's scopes before the account's role.
                if (!grantedAny(t, access.scope())) {
                    throw ApiError.outsideScopes();
                }
                if (!world.read(() -> world.social.accounts.get(t.account()).admin)) {
                    throw ApiError.forbidden();
                }
            }
        }
    }

    /** A scope written "a|b" is satisfied by either. */
    private static boolean grantedAny(Auth.Token token, String scopes) {
        for (String scope : scopes.split("\\|")) {
            if (Auth.grants(token.scopes(), scope)) {
                return true;
            }
        }
        return false;
    }

    private void record(HttpExchange exchange, String path, Params query, Map<String, List<String>> headers, byte[] body,
                        int status, Optional<String> bearer, Optional<Fault> fault, Instant at) {
        RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), path, query.entries(), headers, body,
                status, bearer, fault.map(Fault::kind), at);
        requests.add(request);
        world.fireRequest(request);
    }

    private static void send(HttpExchange exchange, SimResponse response, Optional<Fault> fault) throws IOException {
        response.headers.forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        if (response.stream.isPresent()) {
            exchange.sendResponseHeaders(response.status, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                response.stream.get().write(out);
            }
            return;
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        boolean empty = response.body.length == 0 || response.status == 204 || response.status == 304;
        exchange.sendResponseHeaders(response.status, head || empty ? -1 : response.body.length);
        if (head || empty) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        if (fault.isPresent() && fault.get().kind() == Fault.Kind.TRUNCATED_BODY) {
            // Closing the exchange (not the stream) with bytes missing makes the JDK drop the connection.
            out.write(response.body, 0, response.body.length / 2);
            out.flush();
            return;
        }
        out.write(response.body);
        out.close();
    }

    private static Optional<String> bearer(Map<String, List<String>> headers) {
        List<String> values = headers.get("Authorization");
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        String value = values.get(0).trim();
        return value.regionMatches(true, 0, "Bearer ", 0, 7) ? Optional.of(value.substring(7).trim()) : Optional.empty();
    }

    private static byte[] readBody(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "sim-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
