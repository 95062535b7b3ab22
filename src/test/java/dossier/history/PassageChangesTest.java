package dossier.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The changed passages of a text, as safe HTML with the changed words marked. */
class PassageChangesTest {
    @Test
    void aChangedWordIsMarkedInItsParagraph() {
        assertEquals(List.of(new Change.Passage("Each record names its <del>source</del>.",
                        "Each record names its <ins>sources</ins>.")),
                PassageChanges.between("Intro.\n\nEach record names its source.\n",
                        "Intro.\n\nEach record names its sources.\n"));
    }

    @Test
    void markupInTheTextIsEscapedAndCannotForgeMarks() {
        List<Change> changes = PassageChanges.between("Plain.", "Plain <script>alert(1)</script> \u0003x\u0004.");
        Change.Passage passage = (Change.Passage) changes.get(0);
        assertEquals("Plain<ins> &lt;script&gt;alert(1)&lt;/script&gt; x</ins>.", passage.afterHtml());
    }

    @Test
    void aParagraphWrappedAnewIsNoChange() {
        assertEquals(List.of(), PassageChanges.between("One two\nthree four.", "One two three\nfour."));
    }

    @Test
    void anAddedParagraphHasNoBefore() {
        assertEquals(List.of(new Change.Passage("", "<ins>New one.</ins>")),
                PassageChanges.between("Old.", "Old.\n\nNew one."));
    }

    @Test
    void dataIsComparedLineByLine() {
        assertEquals(List.of(new Change.Passage("title: <del>A</del>", "title: <ins>B</ins>")),
                PassageChanges.lineByLine("title: A\nkind: x\n", "title: B\nkind: x\n"));
    }
}
