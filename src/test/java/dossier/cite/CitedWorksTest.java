package dossier.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A record of a {@code cites: works} collection as the CSL item of the work: only what it says. */
class CitedWorksTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String item(String yamlAsJson) throws Exception {
        return JSON.writeValueAsString(CslItems.json(CitedWorks.item("w", JSON.readTree(yamlAsJson))));
    }

    @Test
    void aBookByItsAuthorWithPlaceAndPublisher() throws Exception {
        assertEquals("{\"id\":\"w\",\"type\":\"book\",\"language\":\"ru\",\"author\":[{\"family\":\"Syroezhkin\","
                + "\"given\":\"K. L.\"}],\"issued\":{\"date-parts\":[[2003]]},\"publisher\":\"Dajk-Press\","
                + "\"publisher-place\":\"Almaty\",\"title\":\"Mify\"}", item("{\"title\": \"Mify\", \"authors\": "
                + "[\"K. L. Syroezhkin\"], \"publisher\": \"Dajk-Press\", \"place\": \"Almaty\", \"date\": \"2003\", "
                + "\"language\": \"Russian\"}"));
    }

    @Test
    void theTypeFollowsFromTheFields() throws Exception {
        assertEquals("article-journal", JSON.readTree(item("{\"title\": \"T\", \"publication\": \"China Brief\", "
                + "\"issue\": \"5\"}")).path("type").asText());
        assertEquals("article", JSON.readTree(item("{\"title\": \"T\", \"publication\": \"Daily Time\"}"))
                .path("type").asText(), "the record does not say which kind of periodical");
        assertEquals("webpage", JSON.readTree(item("{\"title\": \"T\", \"url\": \"https://e.org/\"}"))
                .path("type").asText());
        assertEquals("document", JSON.readTree(item("{\"title\": \"KNR\"}")).path("type").asText());
    }

    @Test
    void datesAreReadOnlyWhereTheyReadAsOne() {
        assertEquals("[[2009, 1, 26]]", parts("January 26, 2009"));
        assertEquals("[[2009, 10]]", parts("October 2009"));
        assertEquals("[[2003]]", parts("2003"));
        assertEquals("February 21 (no year given)",
                CitedWorks.date("February 21 (no year given)").orElseThrow().getLiteral(), "kept as written");
        assertEquals(Optional.empty(), CitedWorks.date("no date"));
    }

    @Test
    void languagesByNameOrCode() {
        assertEquals(Optional.of("ru"), CitedWorks.languageCode("Russian"));
        assertEquals(Optional.of("en"), CitedWorks.languageCode("English"));
        assertEquals(Optional.of("kk"), CitedWorks.languageCode("kk"));
        assertEquals(Optional.empty(), CitedWorks.languageCode("Russian and French"));
    }

    private static String parts(String date) {
        return java.util.Arrays.deepToString(CitedWorks.date(date).orElseThrow().getDateParts());
    }

    /** The panel's texts of a source's page: the work, in every default style. */
    @Test
    void theWorkInEveryDefaultStyle() throws Exception {
        CitationStyles styles = new CitationStyles(dossier.config.SiteConfig.DEFAULT_STYLES, "en");
        de.undercouch.citeproc.csl.CSLItemData book = CitedWorks.item("syroezhkin-2003", JSON.readTree(
                "{\"title\": \"Mify i real'nost' etnicheskogo separatizma v Kitae i bezopasnost' Tsentral'noi Azii\", "
                + "\"authors\": [\"K. L. Syroezhkin\"], \"publisher\": \"Dajk-Press\", \"place\": \"Almaty\", "
                + "\"date\": \"2003\", \"language\": \"Russian\"}"));
        assertEquals(java.util.List.of(
                "Syroezhkin, K. L. 2003. <i>Mify i real’nost’ etnicheskogo separatizma v Kitae i bezopasnost’ Tsentral’noi Azii</i>. Almaty: Dajk-Press.",
                "Syroezhkin, K. L. (2003). <i>Mify i real’nost’ etnicheskogo separatizma v Kitae i bezopasnost’ Tsentral’noi Azii</i>. Dajk-Press.",
                "Syroezhkin, K. L. <i>Mify i real’nost’ etnicheskogo separatizma v Kitae i bezopasnost’ Tsentral’noi Azii</i>. Dajk-Press, 2003."), styles.render(book).stream().map(CitationStyles.Text::html).toList());
        de.undercouch.citeproc.csl.CSLItemData article = CitedWorks.item("brief-2010", JSON.readTree(
                "{\"title\": \"Military Cooperation between China and Central Asia\", \"authors\": [\"Jane Doe\"], "
                + "\"publication\": \"China Brief\", \"volume\": \"10\", \"issue\": \"5\", \"pages\": \"7-10\", "
                + "\"date\": \"March 5, 2010\", \"language\": \"English\"}"));
        assertEquals(java.util.List.of(
                "Doe, Jane. 2010. “Military Cooperation between China and Central Asia.” <i>China Brief</i> 10 (5): 7–10.",
                "Doe, J. (2010). Military Cooperation between China and Central Asia. <i>China Brief</i>, <i>10</i>(5), 7–10.",
                "Doe, Jane. “Military Cooperation between China and Central Asia.” <i>China Brief</i>, vol. 10, no. 5, Mar. 2010, pp. 7–10."), styles.render(article).stream().map(CitationStyles.Text::html).toList());
    }
}
