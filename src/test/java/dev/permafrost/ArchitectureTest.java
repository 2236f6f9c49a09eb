package dev.permafrost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packages' arrows point one way: cli -> camel -> store / client -> model; sim stands alone. */
class ArchitectureTest {
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of("model"),
            "client", Set.of("client", "model"),
            "store", Set.of("store", "model"),
            "sim", Set.of("sim"),
            "camel", Set.of("camel", "client", "store", "model"),
            "cli", Set.of("cli", "camel", "client", "store", "model", "sim"));
    private static final Pattern REFERENCE = Pattern.compile("dev\\.permafrost\\.([a-z]+)\\.");

    @Test
    void everyPackageDependsOnlyOnThePackagesBelowIt() throws IOException {
        Path sources = Path.of("src/main/java/dev/permafrost");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String capability = sources.relativize(file).getName(0).toString();
                Set<String> allowed = ALLOWED.get(capability);
                assertThat(allowed).as("a known capability package for %s", file).isNotNull();
                Matcher reference = REFERENCE.matcher(Files.readString(file));
                while (reference.find()) {
                    if (!allowed.contains(reference.group(1))) {
                        violations.add(file + " uses dev.permafrost." + reference.group(1));
                    }
                }
            }
        }

        assertThat(violations).isEmpty();
    }
}
