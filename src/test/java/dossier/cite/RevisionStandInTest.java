package dossier.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Items that differ only in their revision share one rendering per style: every text is exactly what
 * an engine that never saw the other items makes of it, whatever the revision's shape.
 */
class RevisionStandInTest {
    /** The built-in styles and some that print the version or the URL otherwise. */
    private static final List<String> STYLES = List.of("chicago-author-date", "apa", "modern-language-association",
            "ieee", "vancouver", "harvard-cite-them-right", "american-medical-association", "nature");

    private static CSLItemData item(String revision, CSLType type) {
        return new CSLItemDataBuilder().id("dossier-aid-x").type(type).title("Aid to Kazakhstan")
                .author(new CSLNameBuilder().literal("Steppe Research Group").build())
                .containerTitle("A Dossier").URL("https://example.org/d/aid/x/v/" + revision + "/")
                .version(revision).issued(2024, 5, 7).note("Permalink (latest revision): https://example.org/d/aid/x/")
                .build();
    }

    @Test
    void itemsThatDifferOnlyInTheirRevisionReadAsEachWouldAlone() {
        CitationStyles shared = new CitationStyles(STYLES, "en", true);
        // Letters first, digits first, numeric (digits with letters around them), all digits, and back.
        List<String> revisions = List.of("a1b2c3d4e5f6", "9f8e7d6c5b4a", "0123456789ab", "123456789012",
                "c0ffee15bad0", "a1b2c3d4e5f7", "deadbeef0042", "abcdefabcdef");
        for (CSLType type : List.of(CSLType.WEBPAGE, CSLType.DATASET)) {
            for (String revision : revisions) {
                CSLItemData item = item(revision, type);
                List<CitationStyles.Text> alone = new CitationStyles(STYLES, "en").render(item);
                assertEquals(alone, shared.render(item), revision + " as a " + type);
                assertTrue(alone.stream().anyMatch(text -> text.html().contains(revision)), "some style prints it");
            }
        }
    }

    @Test
    void theStandInTakesTheRevisionsPlaceInTheVersionAndTheUrl() {
        RevisionStandIn standIn = RevisionStandIn.of(item("a1b2c3d4e5f6", CSLType.WEBPAGE)).orElseThrow();
        assertEquals("qqqqqqqqqqqq", standIn.standIn());
        assertEquals("qqqqqqqqqqqq", standIn.item().getVersion());
        assertEquals("https://example.org/d/aid/x/v/qqqqqqqqqqqq/", standIn.item().getURL());
        assertEquals(standIn.item(), RevisionStandIn.of(item("f0e9d8c7b6a5", CSLType.WEBPAGE)).orElseThrow().item(),
                "two revisions share the item");
    }

    @Test
    void aRevisionReadAsANumberOrAStandInTheItemHoldsElsewhereIsNotStoodIn() {
        assertEquals(Optional.empty(), RevisionStandIn.of(item("123456789012", CSLType.WEBPAGE)));
        assertEquals(Optional.empty(), RevisionStandIn.of(item("ab1234567890", CSLType.WEBPAGE)), "letters, digits");
        assertEquals(Optional.empty(), RevisionStandIn.of(new CSLItemDataBuilder(item("a1b2c3d4e5f6", CSLType.WEBPAGE))
                .title("Code qqqqqqqqqqqq").build()));
        assertEquals(Optional.empty(), RevisionStandIn.of(new CSLItemDataBuilder().id("x").title("No revision").build()));
    }

    @Test
    void aStandInWhoseCaseTheStyleChangedIsNotTakenForTheRevision() {
        RevisionStandIn standIn = RevisionStandIn.of(item("a1b2c3d4e5f6", CSLType.WEBPAGE)).orElseThrow();
        assertEquals(Optional.of("Version a1b2c3d4e5f6, https://example.org/d/aid/x/v/a1b2c3d4e5f6/"),
                standIn.restore("Version qqqqqqqqqqqq, https://example.org/d/aid/x/v/qqqqqqqqqqqq/"));
        assertEquals(Optional.empty(), standIn.restore("Version QQQQQQQQQQQQ"));
        assertEquals(Optional.empty(), standIn.restore("Version Qqqqqqqqqqqq"), "capitalised");
        assertEquals(Optional.empty(), standIn.restore("Version qqqqqqqqqqqq and Qqqqqqqqqqqq"));
    }
}
