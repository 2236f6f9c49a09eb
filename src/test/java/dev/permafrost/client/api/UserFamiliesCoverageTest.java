package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The families of the endpoint table that the user-facing groups own (accounts, statuses, media,
 * lists, relations...) are covered by the catalog, each with the table's {@code added_in}
 * version. The other families are covered by their own groups.
 */
class UserFamiliesCoverageTest {
    private static final Set<String> FAMILIES = Set.of("accounts", "statuses", "media", "polls", "scheduled_statuses",
            "timelines", "bookmarks", "favourites", "markers", "tags", "followed_tags", "reports", "preferences", "lists",
            "conversations", "mutes", "blocks", "domain_blocks", "endorsements", "follow_requests", "featured_tags",
            "suggestions");
    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /** {@code METHOD path} to {@code added_in}, for the current rows of these families. */
    private static Map<String, String> currentRows() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (InputStream in = UserFamiliesCoverageTest.class.getResourceAsStream("/fixtures/endpoints.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] columns = lines[i].split("\t", -1);
                if (columns.length < 8 || !FAMILIES.contains(columns[2]) || columns[7].startsWith("removed")
                        || columns[1].startsWith("/api/v1/streaming")) {
                    continue;
                }
                rows.put(columns[0] + " " + columns[1], version(columns[6]));
            }
        }
        return rows;
    }

    /** The table's version, {@code 0.0.0} when unknown. */
    private static String version(String addedIn) {
        Matcher matcher = VERSION.matcher(addedIn.trim());
        if (!matcher.find()) {
            return "0.0.0";
        }
        return matcher.group(1) + "." + matcher.group(2) + "." + (matcher.group(3) == null ? "0" : matcher.group(3));
    }

    @Test
    void everyCurrentRowOfTheseFamiliesHasAnEndpointWithTheTablesVersion() throws IOException {
        Map<String, String> table = currentRows();
        Map<String, String> catalog = new LinkedHashMap<>();
        Catalog.endpoints().forEach(endpoint -> catalog.put(endpoint.signature(), endpoint.addedIn()));

        List<String> missing = new ArrayList<>();
        List<String> wrongVersion = new ArrayList<>();
        table.forEach((signature, addedIn) -> {
            if (!catalog.containsKey(signature)) {
                missing.add(signature);
            } else if (!catalog.get(signature).equals(addedIn)) {
                wrongVersion.add(signature + " is " + catalog.get(signature) + ", the table says " + addedIn);
            }
        });

        assertThat(table).hasSize(109);
        assertThat(missing).as("rows without a method").isEmpty();
        assertThat(wrongVersion).as("added_in differing from the table").isEmpty();
    }
}
