package dossier.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.markdown.NestingGuard.TooDeep;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where the nesting guard says Markdown goes past 100 levels, and that it lets 100 pass: each kind of
 * nesting at the boundary, and the text that looks like nesting but is not (code, escapes, void tags).
 */
class NestingGuardTest {
    private static final Optional<TooDeep> FINE = Optional.empty();

    private static Optional<TooDeep> at(int offset, int depth) {
        return Optional.of(new TooDeep(offset, depth));
    }

    private static Optional<TooDeep> check(String text) {
        return NestingGuard.check(text);
    }

    @Test
    void quotesCountOneLevelEachWithOrWithoutTheirSpace() {
        assertEquals(FINE, check(">".repeat(100) + " deep\n"));
        assertEquals(at(100, 101), check(">".repeat(101) + " deep\n"), "at the 101st \">\"");
        assertEquals(at(100, 101), check(">".repeat(101)), "a line of markers only, at the end of the text");
        assertEquals(FINE, check("> ".repeat(100) + "deep\n"), "the space after \">\" is no indentation");
        assertEquals(at(200, 101), check("> ".repeat(101) + "deep\n"));
        assertEquals(at(100, 150), check(">".repeat(101) + "\n\n" + ">".repeat(150) + "\n"),
                "the first place too deep, the deepest level");
        assertEquals(at(103, 101), check("x\n\n" + ">".repeat(101)), "offsets count from the start of the text");
    }

    @Test
    void listItemsCountTheirMarkersAndTwoColumnsOfIndentEach() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            list.append("  ".repeat(i)).append("- item\n");
        }
        assertEquals(FINE, check(list + "  ".repeat(100) + "deep\n"));
        assertEquals(at(list.length() + 200, 101), check(list + "  ".repeat(100) + "- item\n"));
        assertEquals(at(50, 101), check("\t".repeat(50) + "- x\n"), "a tab is four columns");
        assertEquals(FINE, check("\t".repeat(49) + "  - x\n"));
        assertEquals(FINE, check(" ".repeat(300) + "x\n"), "indentation without a marker is code, not nesting");
        assertEquals(FINE, check("\t".repeat(300) + "x\n"));
        for (String marker : new String[] {"- ", "* ", "+ ", "-\t", "1. ", "1) ", "123456789. "}) {
            assertEquals(FINE, check(marker.repeat(100) + "x\n"), marker);
            assertEquals(at(100 * marker.length(), 101), check(marker.repeat(101) + "x\n"), marker);
        }
        assertEquals(at(200, 101), check("- ".repeat(100) + "-"), "a marker at the end of the text");
        assertEquals(at(200, 101), check("- ".repeat(100) + "-\nx"), "a marker at the end of its line");
        assertEquals(at(200, 101), check("- ".repeat(100) + "1."), "a number at the end of the text");
        assertEquals(FINE, check("1234567890. ".repeat(101) + "x\n"), "ten digits make no list item");
        assertEquals(FINE, check("-".repeat(300) + "\n"), "a rule is no list");
        assertEquals(FINE, check("1.x ".repeat(300) + "\n"), "nor a number without its space");
        assertEquals(FINE, check("1 ".repeat(300) + "\n"), "nor a number without its stop");
        assertEquals(FINE, check("1".repeat(300)), "nor digits to the end of the text");
    }

    @Test
    void codeFencesHideWhatIsInThem() {
        String code = ">".repeat(200) + "\n";
        assertEquals(FINE, check("```\n" + code + "```\n" + ">".repeat(100) + "\n"));
        assertEquals(at(4 + code.length() + 4 + 100, 101), check("```\n" + code + "```\n" + ">".repeat(101) + "\n"),
                "after the fence closes, nesting counts again");
        assertEquals(FINE, check("~~~\n" + code + "~~~\n"));
        assertEquals(FINE, check("~~~\n" + code + "```\n" + code + "~~~\n"), "only the same fence closes it");
        assertEquals(at(6 + 100, 200), check("x ```\n" + code), "a fence starts its line");
    }

    @Test
    void aParagraphKeepsTheDepthOfItsDeepestLineUntilABlankLine() {
        assertEquals(at(63 + 40, 101), check(">".repeat(60) + " x\n" + "[".repeat(41) + "\n"),
                "a lazy line goes on in the quote");
        assertEquals(FINE, check(">".repeat(60) + " x\n\n" + "[".repeat(41) + "\n"));
        assertEquals(FINE, check(">".repeat(60) + " x\n>\n" + "[".repeat(41) + "\n"), "a line of markers only ends it");
        assertEquals(FINE, check(">".repeat(60) + " x\n   \n" + "[".repeat(41) + "\n"), "so does a line of spaces");
        assertEquals(at(61 + 40, 101), check("[".repeat(60) + "\n" + "[".repeat(41)));
        assertEquals(FINE, check("[".repeat(60) + "\n\n" + "[".repeat(60)));
        assertEquals(FINE, check("*a ".repeat(60) + "\n\n" + "*a ".repeat(60)));
        assertEquals(FINE, check("<b>".repeat(60) + "\n\n" + "<b>".repeat(60)));
    }

    @Test
    void bracketsCountUntilTheyClose() {
        assertEquals(FINE, check("[".repeat(100) + "x"));
        assertEquals(at(100, 101), check("[".repeat(101) + "x"));
        assertEquals(FINE, check("[]".repeat(200)));
        assertEquals(at(150, 101), check("]".repeat(50) + "[".repeat(101)), "a \"]\" with nothing open closes nothing");
        assertEquals(FINE, check("\\[".repeat(200)), "escaped");
        assertEquals(FINE, check("[".repeat(100) + "\\"), "a last lone backslash");
    }

    @Test
    void codeSpansHideWhatIsInThemWhenTheyCloseOnTheirLine() {
        assertEquals(FINE, check("`" + "[".repeat(200) + "`"));
        assertEquals(FINE, check("``" + "[".repeat(200) + "``\n"));
        assertEquals(FINE, check("`x``" + "[".repeat(200) + "`"), "a longer run does not close it, the next one does");
        assertEquals(at(101, 101), check("`" + "[".repeat(101) + "``"), "a longer run does not close it");
        assertEquals(at(101, 101), check("`" + "[".repeat(101) + "``x"));
        assertEquals(at(102, 101), check("``" + "[".repeat(101) + "`"));
        assertEquals(at(101, 101), check("`" + "[".repeat(101) + "\nx`"), "closed on the next line");
        assertEquals(at(3 + 100, 101), check("`x`" + "[".repeat(101)), "after the span, nesting counts");
    }

    @Test
    void emphasisCountsALevelForOneOrTwoDelimitersAndTwoForThree() {
        assertEquals(FINE, check("*a ".repeat(100) + "deep" + " a*".repeat(100)));
        assertEquals(at(300, 101), check("*a ".repeat(101) + "deep" + " a*".repeat(101)));
        assertEquals(at(400, 101), check("**a ".repeat(101)));
        assertEquals(at(300, 101), check("_a ".repeat(101)));
        assertEquals(FINE, check("***a ".repeat(50)));
        assertEquals(at(250, 102), check("***a ".repeat(51)));
        assertEquals(at(0, 25_000), check("*".repeat(50_000) + "deep" + "*".repeat(50_000)));
        assertEquals(at(401, 101), check("(*a ".repeat(101)), "after punctuation, before a letter: it opens");
        assertEquals(at(400, 101), check("*(a ".repeat(101)), "after a space, before punctuation: it opens");
        assertEquals(FINE, check("a*(b ".repeat(300)), "after a letter, before punctuation: it only closes");
    }

    @Test
    void emphasisClosesWhatIsOpen() {
        String open = "*a ".repeat(100);
        assertEquals(FINE, check(open + "b* ["), "closing");
        assertEquals(FINE, check(open + "b*) ["), "closing before punctuation");
        assertEquals(FINE, check(open + "b*c ["), "inside a word \"*\" closes what is open");
        assertEquals(at(103, 101), check("a*b " + "[".repeat(100)), "inside a word \"*\" opens when nothing is open");
        assertEquals(at(304, 101), check("_a ".repeat(100) + "b_c ["), "inside a word \"_\" does nothing");
        assertEquals(FINE, check(".*.".repeat(300)), "between punctuation it opens and closes in turn");
        assertEquals(FINE, check("a* ".repeat(300)), "closing with nothing open");
        assertEquals(at(300 + 300, 101), check("a* ".repeat(100) + "*a ".repeat(101)));
    }

    @Test
    void everyKindAddsUpAtTheDelimiterThatGoesTooDeep() {
        assertEquals(at(100, 101), check("[".repeat(100) + "*a"));
        assertEquals(at(300, 101), check("<b>".repeat(100) + "*a"));
        assertEquals(at(101, 101), check(">".repeat(100) + " *a"));
        assertEquals(at(101, 101), check(">".repeat(100) + " [a"));
    }

    @Test
    void htmlTagsCountUntilTheirClosingTag() {
        assertEquals(FINE, check("<b>".repeat(100) + "deep" + "</b>".repeat(100)));
        assertEquals(at(300, 101), check("<b>".repeat(101) + "deep" + "</b>".repeat(101)));
        assertEquals(at(400, 101), check("<h1>".repeat(101)), "digits in a name");
        assertEquals(FINE, check("<b></b>".repeat(200)));
        assertEquals(at(200 + 300, 101), check("</b>".repeat(50) + "<b>".repeat(101)), "a lone closing tag");
        assertEquals(at(300, 101), check("<b ".repeat(100) + "<b"), "a tag cut off at the end of the text");
        assertEquals(at(600, 101), check("<b\n/>\n".repeat(101)), "a \"/>\" on the next line closes nothing");
        assertEquals(at(700, 102), check("<b x=1>".repeat(100) + "<b x=\"/\">".repeat(2)), "a \"/\" inside it neither");
    }

    @Test
    void voidTagsSelfClosingTagsAndAutolinksOpenNothing() {
        for (String notOpening : new String[] {"<br>", "<BR>", "<img src=x>", "<hr/>", "<b/>", "<b />",
                "<https://a.org/>", "<a@b.org>", "<1b>", "< b>", "<>", "</>", "< /b>", "a < b "}) {
            assertEquals(FINE, check(notOpening.repeat(101) + "[".repeat(100)), notOpening);
        }
        assertEquals(FINE, check("[".repeat(100) + " <"), "a \"<\" at the end of the text");
    }
}
