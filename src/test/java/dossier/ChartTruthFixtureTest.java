package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The charts of the {@code truth-charts} fixture as the build writes them: spans from start to end,
 * one colour per place in every chart with the record's and the spec's overrides, whole-number
 * counts with their singular unit, and no chart box before the script draws.
 */
class ChartTruthFixtureTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path temp;
    static Document page;

    @BeforeAll
    static void build() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("truth-charts"), root);
        Path out = temp.resolve("site");
        BuildRun run = BuildRun.build(root, out);
        assertEquals(0, run.exitCode(), run.err());
        page = Jsoup.parse(Files.readString(out.resolve("report/index.html")));
    }

    private static JsonNode data(String chart) throws IOException {
        return JSON.readTree(page.selectFirst("#chart-" + chart + " script.chart-data").data());
    }

    /** The colour of each bar of a chart, as "category=colour". */
    private static List<String> colours(String chart) throws IOException {
        List<String> found = new ArrayList<>();
        JsonNode data = data(chart);
        for (JsonNode set : data.path("datasets")) {
            for (int i = 0; i < set.path("data").size(); i++) {
                if (set.path("data").get(i).isNull()) {
                    continue;
                }
                String category = data.path("type").asText().equals("span") ? set.path("label").asText()
                        : data.path("labels").get(i).asText();
                String colour = set.has("colours") ? set.path("colours").get(i).asText() : set.path("colour").asText();
                found.add(category + "=" + colour);
            }
        }
        return found;
    }

    @Test
    void aSpanChartDrawsEachRecordFromItsFirstToPastItsLastYear() throws IOException {
        JsonNode north = data("grants-over-time").path("datasets").get(0);
        assertEquals("North", north.path("label").asText());
        assertEquals("[1993,2009]", north.path("data").get(0).path("x").toString(), "1993–2008 covers 16 years");
        assertEquals("[2009,2010]", north.path("data").get(1).path("x").toString(), "April 2009 is one year long");
        assertEquals(15000000, north.path("data").get(0).path("value").asLong());
        String description = page.selectFirst("#chart-grants-over-time canvas").attr("aria-label");
        assertTrue(description.contains("North, 1993–2008: $15 million; North, April 2009: $1.5 million"), description);
        assertTrue(description.contains("West, 2007: more than $25 billion"), description);
    }

    @Test
    void aPlaceHasOneColourInEveryChartAndItsRecordCanChooseIt() throws IOException {
        List<String> all = new ArrayList<>(colours("grants-over-time"));
        all.addAll(colours("grants-by-place"));
        assertTrue(all.contains("South=#AA0000"), "South's own colour: " + all);
        for (String place : List.of("North", "South", "West")) {
            assertEquals(1, all.stream().filter(c -> c.startsWith(place + "=")).distinct().count(),
                    place + " has one colour: " + all);
        }
        assertEquals(3, all.stream().distinct().count(), "three places, three colours: " + all);
    }

    @Test
    void aChartSpecRecoloursWhatItNames() throws IOException {
        JsonNode loan = data("grants-by-kind").path("datasets").get(1);
        assertEquals("loan", loan.path("label").asText());
        assertEquals("#123456", loan.path("colour").asText());
    }

    @Test
    void countsHaveWholeNumberTicksAndASingularUnit() throws IOException {
        JsonNode counts = data("grants-by-kind");
        assertTrue(counts.path("integer").asBoolean(), "a count's axis has whole-number ticks");
        assertEquals("grant", counts.path("unitSingular").asText());
        assertEquals("1 grant", page.selectFirst("#chart-grants-by-kind td.number").text());
        assertTrue(!data("grants-over-time").path("integer").asBoolean(), "money is not counted");
    }

    @Test
    void theChartBoxIsHiddenUntilTheScriptDrawsItAndTheTableIsNot() {
        for (Element figure : page.select("figure.chart")) {
            assertTrue(figure.selectFirst(".chart-canvas").hasAttr("hidden"), figure.id());
            assertTrue(!figure.selectFirst(".chart-table").hasAttr("hidden"), figure.id());
        }
    }
}
