package dev.permafrost.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.permafrost.client.Cursor;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.MastodonException;
import dev.permafrost.client.api.Catalog;
import dev.permafrost.client.api.Endpoint;
import dev.permafrost.client.api.EndpointTable;
import dev.permafrost.client.ratelimit.RateLimiters;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code permafrost api}: calls any endpoint of the instance and prints its JSON, like
 * {@code gh api}; its subcommands list the endpoints the client implements and compare them with
 * the endpoint table.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        subcommands = {ApiCommand.Endpoints.class, ApiCommand.Coverage.class},
        description = {"Calls an endpoint of the instance and prints the JSON answer, indented.",
            "METHOD is GET, POST, PUT, PATCH or DELETE; PATH a path on the instance,",
            "e.g. /api/v1/accounts/verify_credentials. Each KEY=VALUE becomes a query",
            "parameter for GET and DELETE and a form field otherwise; a key ending in []",
            "may repeat (types[]=mention types[]=follow).",
            "Exit codes: 0 success; 1 failure (for an HTTP 4xx or 5xx answer, its status",
            "and the server's error go to stderr); 2 usage error."})
final class ApiCommand implements Callable<Integer> {
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", arity = "0..1", paramLabel = "METHOD", description = "The HTTP method.")
    String method;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATH", description = "The path on the instance.")
    String path;

    @Parameters(index = "2..*", arity = "0..*", paramLabel = "KEY=VALUE", description = "Parameters of the call.")
    List<String> pairs = new ArrayList<>();

    @Mixin
    ClientOptions client;

    @Option(names = {"-i", "--include"}, description = "Also print the HTTP status and the page links (next, prev) on stderr.")
    boolean include;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Logins logins;

    ApiCommand(Logins logins) {
        this.logins = logins;
    }

    @Override
    public Integer call() {
        if (method == null || path == null) {
            throw new UsageException("give METHOD and PATH (e.g. permafrost api GET /api/v1/instance), "
                    + "or a subcommand: endpoints, coverage");
        }
        String verb = method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(verb)) {
            throw new UsageException("METHOD must be one of " + METHODS + ", not " + method);
        }
        if (!path.startsWith("/")) {
            throw new UsageException("PATH must be a path on the instance starting with /, not " + path
                    + " (the instance comes from --instance)");
        }
        Map<String, Object> params = params(pairs);
        Mastodon mastodon = client.client(new RateLimiters(), logins.token(client));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Mastodon.RawResult result;
        try {
            result = mastodon.call(verb, path, params);
        } catch (MastodonException e) {
            if (e.status().isEmpty()) {
                throw e;
            }
            err.println("permafrost: HTTP " + e.status().getAsInt() + ": "
                    + e.error().orElse("(no error message)") + e.errorDescription().map(d -> " (" + d + ")").orElse(""));
            err.flush();
            return 1;
        }
        if (include) {
            err.println("HTTP " + result.status());
            result.next().map(Cursor::uri).ifPresent(uri -> err.println("next: " + uri));
            result.previous().map(Cursor::uri).ifPresent(uri -> err.println("prev: " + uri));
            err.flush();
        }
        if (!result.json().isNull()) {
            try {
                out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result.json()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot print the answer", e);
            }
        }
        out.flush();
        return 0;
    }

    /** {@code key=value} pairs as call parameters: a key ending in {@code []} collects its values. */
    static Map<String, Object> params(List<String> pairs) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new UsageException("parameters are key=value, not " + pair);
            }
            String key = pair.substring(0, equals);
            String value = pair.substring(equals + 1);
            if (key.endsWith("[]")) {
                @SuppressWarnings("unchecked")
                List<String> values = (List<String>) params.computeIfAbsent(key, k -> new ArrayList<String>());
                values.add(value);
            } else if (params.putIfAbsent(key, value) != null) {
                throw new UsageException("parameter " + key + " is given twice; to send several values, name it " + key + "[]");
            }
        }
        return params;
    }

    /** {@code permafrost api endpoints}: the endpoints the client implements. */
    @Command(name = "endpoints", mixinStandardHelpOptions = true,
            description = {"Prints the endpoints the client implements.",
                "One METHOD PATH a line, in the table's :id style, sorted by path."})
    static final class Endpoints implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (Endpoint endpoint : Catalog.endpoints()) {
                out.println(endpoint.signature());
            }
            out.flush();
            return 0;
        }
    }

    /** {@code permafrost api coverage}: which current endpoints of the table the client implements. */
    @Command(name = "coverage", mixinStandardHelpOptions = true,
            description = {"Compares the client's endpoints with the endpoint table.",
                "Lists each current endpoint the client lacks (missing: METHOD PATH [family])",
                "and ends with the line: covered N of M current endpoints. Current endpoints",
                "are the rows whose deprecated column does not start with \"removed\", except",
                "the streaming API (/api/v1/streaming...), which comes with the streaming",
                "client. Paths match with placeholders ignored (:id equals :account_id).",
                "Exit codes: 0 whatever the coverage; 1 failure; 2 usage error."})
    static final class Coverage implements Callable<Integer> {
        @Option(names = "--against", paramLabel = "FILE",
                description = "A table (TSV with method, path and deprecated columns) instead of the project's copy.")
        Path against;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            EndpointTable.Coverage coverage = table().coverage(Catalog.endpoints());
            PrintWriter out = spec.commandLine().getOut();
            for (EndpointTable.Row row : coverage.missing()) {
                out.println("missing: " + row.signature() + (row.family().isEmpty() ? "" : " [" + row.family() + "]"));
            }
            out.println(coverage.summary());
            out.flush();
            return 0;
        }

        private EndpointTable table() {
            if (against == null) {
                return EndpointTable.bundled();
            }
            try {
                return EndpointTable.read(against);
            } catch (NoSuchFileException e) {
                throw new UsageException("--against " + against + ": no such file");
            } catch (IOException e) {
                throw new UsageException("--against " + against + ": cannot read it: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--against: " + e.getMessage());
            }
        }
    }
}
