package dossier.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceDocumentTest {
    private static List<String> places(String text) {
        return SourceDocument.parse(text).passages().stream()
                .map(p -> p.locator().text() + " @" + p.line() + ": " + p.text()).toList();
    }

    @Test
    void headingsMakeSectionsTheTitleBlockIsSkippedAndASetOffEndIsTheConclusion() {
        assertEquals(List.of("Introduction, paragraph 1 @5: Opening words.",
                        "Part One, paragraph 1 @9: First. Still first.", "Part One, paragraph 2 @12: Second.",
                        "Conclusion, paragraph 1 @15: Closing.", "Endnote 1 @17: 1. A note, wrapped here.",
                        "Endnote 2 @19: 2. Another."),
                places("The Title\n\nBy someone\n\nOpening words.\n\nPart One\n\nFirst.\nStill first.\n\n"
                        + "Second.\n\n\nClosing.\n\n1. A note,\nwrapped here.\n2.\u00A0Another.\n"));
    }

    @Test
    void aTextWithoutHeadingsHasNumberedParagraphsOnly() {
        SourceDocument document = SourceDocument.parse("One.\n\n\nTwo: a list follows;\n\nThree.");
        assertEquals(List.of("paragraph 1", "paragraph 2", "paragraph 3"),
                document.passages().stream().map(p -> p.locator().text()).toList());
        assertEquals(List.of(""), document.sections());
    }

    @Test
    void aSetOffPartBeforeTheLastHeadingStaysInItsSection() {
        assertEquals(List.of("Introduction, paragraph 1 @1: Intro.", "Introduction, paragraph 2 @3: A.",
                        "Introduction, paragraph 3 @6: B.", "Last, paragraph 1 @10: C."),
                places("Intro.\n\nA.\n\n\nB.\n\nLast\n\nC.\n"));
    }

    @Test
    void locatorsAreReadWhateverTheirCaseAndFoundInTheirSection() {
        SourceDocument document = SourceDocument.parse("Intro.\n\nPart One\n\nFirst.\n\n1. Note.");
        assertEquals("First.", document.at(Locator.parse("part one, Paragraph 1").orElseThrow()).orElseThrow().text());
        assertEquals("1. Note.", document.at(Locator.parse("endnote 1").orElseThrow()).orElseThrow().text());
        assertEquals(java.util.Optional.empty(), Locator.parse("Part One, first paragraph"));
        assertEquals(java.util.Optional.empty(), document.at(new Locator.Paragraph("Part One", 2)));
    }

    @Test
    void aQuestionIsAHeadingAndALongLineWithoutAFullStopIsAParagraph() {
        SourceDocument document = SourceDocument.parse("Intro.\n\nWhy Does It Matter?\n\n"
                + "One sentence that runs on for more than fifteen words and ends without any full stop (Reuters, May 4)\n");
        assertEquals(List.of("Introduction", "Why Does It Matter?"), document.sections());
        assertEquals("Why Does It Matter?, paragraph 1", document.passages().get(1).locator().text());
        assertEquals(List.of("Why Does It Matter?"), document.headings());
    }
}
