package dossier.cite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Google's Dataset structured-data requirements (developers.google.com/search/docs/appearance/
 * structured-data/dataset), as far as a page's JSON-LD alone shows them: the faults, none when it passes.
 */
public final class GoogleDataset {
    private GoogleDataset() {}

    public static List<String> check(JsonNode dataset) {
        List<String> faults = new ArrayList<>();
        if (!dataset.path("@type").asText().equals("Dataset")) {
            faults.add("@type is not Dataset");
        }
        if (dataset.path("name").asText().isBlank()) {
            faults.add("no name");
        }
        int length = dataset.path("description").asText().length();
        if (length < 50 || length > 5000) {
            faults.add("description of " + length + " characters, not 50 to 5000");
        }
        JsonNode license = dataset.path("license");
        if (!license.asText().startsWith("https://") && !license.path("@type").asText().equals("CreativeWork")) {
            faults.add("license is neither a URL nor a CreativeWork: " + license);
        }
        if (dataset.path("creator").isEmpty()) {
            faults.add("no creator");
        }
        for (JsonNode creator : dataset.path("creator")) {
            if (!List.of("Person", "Organization").contains(creator.path("@type").asText())
                    || creator.path("name").asText().isBlank()) {
                faults.add("creator is not a named Person or Organization: " + creator);
            }
        }
        if (dataset.path("distribution").isEmpty()) {
            faults.add("no distribution");
        }
        for (JsonNode download : dataset.path("distribution")) {
            if (!download.path("contentUrl").asText().startsWith("https://")
                    || download.path("encodingFormat").asText().isBlank()) {
                faults.add("distribution without contentUrl or encodingFormat: " + download);
            }
        }
        if (!dataset.path("url").asText().startsWith("https://")) {
            faults.add("no url");
        }
        return faults;
    }
}
