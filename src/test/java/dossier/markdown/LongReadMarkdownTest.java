package dossier.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.render.TableOfContents;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The headings a text gives its table of contents, and its footnotes as a reader expects them. */
class LongReadMarkdownTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(name -> Optional.empty());

    private RenderedMarkdown render(String text) {
        return renderer.render("content/x.md", text, 1);
    }

    @Test
    void headingsAreTheTextsOwnSectionsAndItsNotes() {
        RenderedMarkdown rendered = render("""
                Intro.[^n]

                ## Russia's *role*

                ### Below

                > ## Quoted, not a section

                - ## Listed, not a section

                [^n]: A note.
                """);
        assertEquals(List.of(new Heading(2, "russias-role", "Russia\u2019s role"), new Heading(3, "below", "Below"),
                new Heading(2, "notes", "Notes")), rendered.headings());
    }

    @Test
    void theNotesHeadingTakesAnIdNoOtherHeadingHas() {
        RenderedMarkdown rendered = render("## Notes\n\nText.[^n]\n\n[^n]: A note.\n");
        assertEquals(List.of("notes", "notes-1"), rendered.headings().stream().map(Heading::id).toList());
    }

    @Test
    void aTableOfContentsNeedsFourSectionsAndNestsTheirSubsections() {
        List<Heading> three = List.of(new Heading(2, "a", "A"), new Heading(3, "a1", "A1"), new Heading(2, "b", "B"),
                new Heading(3, "b1", "B1"), new Heading(2, "c", "C"));
        assertEquals(List.of(), TableOfContents.of(three));
        List<Heading> four = new java.util.ArrayList<>(three);
        four.add(0, new Heading(3, "early", "Early"));
        four.add(new Heading(2, "d", "D"));
        List<Object> toc = TableOfContents.of(four);
        assertEquals(List.of("Early", "A", "B", "C", "D"), values(toc, "title"));
        Map<?, ?> a = (Map<?, ?>) toc.get(1);
        assertEquals("#a", a.get("url"));
        assertEquals(List.of("#a1"), values((List<?>) a.get("children"), "url"));
        assertEquals(List.of(), ((Map<?, ?>) toc.get(0)).get("children"),
                "a subsection before any section stands alone");
    }

    private static List<Object> values(List<?> entries, String key) {
        return entries.stream().map(entry -> (Object) ((Map<?, ?>) entry).get(key)).toList();
    }

    @Test
    void theBackLinkEndsTheLastParagraphOfItsNote() {
        String html = render("One.[^a] Two.[^a]\n\n[^a]: The note.\n").html();
        assertTrue(html.contains("<p>The note. <a href=\"#fnref-1\" class=\"footnote-backref\">&#8617;</a> "
                + "<a href=\"#fnref-1-1\" class=\"footnote-backref\">&#8617;</a></p>\n</li>"), html);
        assertTrue(html.contains("<div class=\"footnotes\">\n<h2 id=\"notes\">Notes</h2>"), html);
    }

    @Test
    void theBackLinkStaysInlineWhenRawHtmlIsCleaned() {
        String html = render("Text <em>raw</em>.[^a]\n\n[^a]: The note.\n").html();
        assertTrue(html.matches("(?s).*<p>The note\\. <a href=\"#fnref-1\" class=\"footnote-backref\">\u21a9</a></p>"
                + "\\s*</li>.*"), html);
    }

    @Test
    void aNoteThatEndsWithAListKeepsItsBackLinkAfterIt() {
        String html = render("Text.[^a]\n\n[^a]: The note:\n\n    - one\n    - two\n").html();
        assertTrue(html.contains("class=\"footnote-backref\""), html);
    }
}
