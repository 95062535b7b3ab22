package dossier.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text in a BibTeX field reads in LaTeX as it was written: specials escaped, braces kept balanced. */
class CitationTexTest {
    @Test
    void specialCharactersAreEscaped() {
        assertEquals("\\textbackslash{} \\& \\% \\$ \\# \\_ \\textasciitilde{} \\textasciicircum{} é",
                CitationFormats.tex("\\ & % $ # _ ~ ^ é"));
    }

    @Test
    void pairedBracesStayBracesAndStrayOnesAreWrittenOut() {
        assertEquals("a\\{b\\}c", CitationFormats.tex("a{b}c"));
        assertEquals("\\textbraceright{}\\textbraceleft{}", CitationFormats.tex("}{"));
        assertEquals("\\textbraceleft{}\\{\\}", CitationFormats.tex("{{}"));
        assertEquals("\\{\\{\\}\\}\\textbraceright{}", CitationFormats.tex("{{}}}"));
    }

    @Test
    void ligaturesAreBrokenSoTheTextReadsAsWritten() {
        assertEquals("a-{}-b -{}-{}- `{}`q'{}' x-", CitationFormats.tex("a--b --- ``q'' x-"));
        assertEquals("-{}-", CitationFormats.tex("--"));
        assertEquals("a-b `q' '", CitationFormats.tex("a-b `q' '"));
    }
}
