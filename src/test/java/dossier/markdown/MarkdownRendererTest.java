package dossier.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.problem.Position;
import dossier.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Markdown as a reader sees it (the exact HTML) and as an author is told about it (the exact error lines). */
class MarkdownRendererTest {
    private static final Map<String, String> HREFS = Map.of("items/alpha", "/d/items/alpha/", "items", "/d/items/",
            "about", "/d/about/", "", "/d/");
    private static final String NAMES_NOTHING = " names nothing; write ref:<collection>/<id> for a record, "
            + "ref:<collection> for a collection, or ref:<page path> for a page";

    private final MarkdownRenderer renderer = new MarkdownRenderer(name -> Optional.ofNullable(HREFS.get(name)),
            id -> id.equals("trade") ? Optional.of("<figure id=\"chart-trade\"></figure>") : Optional.empty());

    private String html(String markdown) {
        RenderedMarkdown rendered = renderer.render("content/p.md", markdown, 5);
        assertEquals(List.of(), rendered.problems());
        return rendered.html();
    }

    private List<String> errors(String markdown) {
        return renderer.render("content/p.md", markdown, 5).problems().stream().sorted(Problem.ORDER)
                .map(Problem::format).toList();
    }

    @Test
    void plainMarkdown() {
        assertEquals("<p>Plain <em>text</em> and <strong>bold</strong>, 1 &lt; 2.</p>\n",
                html("Plain *text* and **bold**, 1 < 2.\n"));
        assertEquals("<p>inline <b>bold</b> html</p>\n", html("inline <b>bold</b> html\n"));
    }

    @Test
    void headingsGetIdsAndQuotesAndDashesAreTypographic() {
        assertEquals("<h1 id=\"title-more\">Title &amp; more</h1>\n<h2 id=\"second-part\">Second &ndash; part</h2>\n"
                + "<p>Text &ldquo;quoted&rdquo; and it&rsquo;s&hellip;</p>\n",
                html("# Title & more\n\n## Second -- part\n\nText \"quoted\" and it's...\n"));
        assertEquals("<p>it&rsquo;s</p>\n", html("it's\n"));
        assertEquals("<p>&ldquo;a&rdquo;</p>\n", html("\"a\"\n"));
        assertEquals("<p>a &ndash; b</p>\n", html("a -- b\n"));
        assertEquals("<p>a &hellip;</p>\n", html("a ...\n"));
        assertEquals("<p>&laquo;a&raquo;</p>\n", html("<<a>>\n"));
        assertEquals("<p>a - b. c</p>\n", html("a - b. c\n"), "a single dash or stop stays as it is");
    }

    @Test
    void tables() {
        assertEquals("<table class=\"table\">\n<thead>\n<tr><th>a</th><th>b</th></tr>\n</thead>\n<tbody>\n"
                + "<tr><td>1</td><td>2</td></tr>\n</tbody>\n</table>\n", html("| a | b |\n|---|---|\n| 1 | 2 |\n"));
    }

    @Test
    void footnotes() {
        assertEquals("<p>Noted.<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup></p>\n"
                + "<div class=\"footnotes\">\n<h2 id=\"notes\">Notes</h2>\n<ol>\n<li id=\"fn-1\">\n"
                + "<p>The note. <a href=\"#fnref-1\" class=\"footnote-backref\">&#8617;</a></p>\n</li>\n</ol>\n</div>\n",
                html("Noted.[^1]\n\n[^1]: The note.\n"));
        assertEquals("<p>[1] and [link]</p>\n", html("[1] and [link]\n"), "a bracket without ^ is no footnote");
    }

    @Test
    void addressesBecomeLinks() {
        assertEquals("<p>See <a href=\"https://example.org/x\">https://example.org/x</a>.</p>\n",
                html("See https://example.org/x.\n"));
        assertEquals("<p>See <a href=\"http://www.example.org\">www.example.org</a>.</p>\n",
                html("See www.example.org.\n"));
        assertEquals("<p>Write to <a href=\"mailto:a@example.org\">a@example.org</a></p>\n",
                html("Write to a@example.org\n"));
        assertEquals("<p>Note: a wall; a www page</p>\n", html("Note: a wall; a www page\n"));
    }

    @Test
    void refLinksLeadToTheirTargetKeepingTheAnchor() {
        assertEquals("<p><a href=\"/d/items/alpha/\">Alpha</a> <a href=\"/d/items/alpha/#history\">anchored</a> "
                + "<a href=\"/d/items/alpha/\">slash</a> <a href=\"/d/items/\">items</a> <a href=\"/d/\">home</a> "
                + "<a href=\"/d/about/#x\">about</a> <a href=\"https://example.org/\">out</a></p>\n",
                html("[Alpha](ref:items/alpha) [anchored](ref:items/alpha#history) [slash](ref:items/alpha/) "
                        + "[items](ref:items) [home](ref:) [about](ref:about/#x) [out](https://example.org/)\n"));
        assertEquals("<p><img src=\"/d/items/alpha/\" alt=\"img\" /></p>\n", html("![img](ref:items/alpha)\n"));
        assertEquals("<p><a href=\"/d/#top\">top</a></p>\n", html("[top](ref:#top)\n"), "an anchor on the home page");
    }

    @Test
    void everyLinkRemembersWhereItWasWritten() {
        RenderedMarkdown rendered = renderer.render("content/p.md",
                "Intro.\n\n[Alpha](ref:items/alpha) and [again](ref:items/alpha)\n\n[r][1]\n\n[1]: https://example.org/\n", 5);
        // A ref is also remembered as the href it becomes: the output's link checker finds that one.
        assertEquals(Map.of("ref:items/alpha", new Position("content/p.md", 7, 1),
                "/d/items/alpha/", new Position("content/p.md", 7, 1),
                "https://example.org/", new Position("content/p.md", 11, 1)), rendered.linkPositions());
    }

    @Test
    void aLinkThatNamesNothingIsAnErrorAtItsLine() {
        assertEquals(List.of(
                "content/p.md:7:8: the link \"ref:nothing\"" + NAMES_NOTHING,
                "content/p.md:9:1: the link \"ref:items/omega#x\"" + NAMES_NOTHING,
                "content/p.md:13:1: the link \"ref:gone\"" + NAMES_NOTHING),
                errors("Intro.\n\nA link [broken](ref:nothing).\n\n[anchored](ref:items/omega#x)\n\n[r][1]\n\n[1]: ref:gone\n"));
    }

    @Test
    void aBodyThatStartsWithBlankLinesKeepsItsLineNumbers() {
        assertEquals(List.of("content/p.md:9:3: the link \"ref:nothing\"" + NAMES_NOTHING),
                errors("\n\nFirst.\n\n- [broken](ref:nothing)\n"));
    }

    @Test
    void aRefusedSchemeIsAnErrorAndIsNotPublished() {
        RenderedMarkdown rendered = renderer.render("content/p.md", "Text.\n\n[bad](javascript:alert(1))\n", 5);
        assertEquals(List.of("content/p.md:7:1: the link \"javascript:alert(1)\" uses a refused scheme; only http:, "
                + "https:, mailto: and ref: links and relative links are published; link to a page instead"),
                rendered.problems().stream().map(Problem::format).toList());
        assertFalse(rendered.html().contains("javascript"), rendered.html());
    }

    @Test
    void aChartDirectivePlacesItsFigure() {
        assertEquals("<p>Intro.</p>\n<figure id=\"chart-trade\"></figure>\n<p>After.</p>\n",
                html("Intro.\n\n{{< chart trade >}}\n\nAfter.\n"));
        assertEquals("<p>Intro.</p>\n<figure id=\"chart-trade\"></figure>\n<p>After.</p>\n",
                html("Intro.\n{{<chart   trade>}}  \nAfter.\n"), "alone on its line, between other lines");
        assertEquals("<pre><code>{{&lt; chart trade &gt;}}\n</code></pre>\n", html("    {{< chart trade >}}\n"),
                "indented, it is code");
        assertEquals("<p>See {{&lt; chart trade &gt;}} here.</p>\n", html("See {{< chart trade >}} here.\n"));
    }

    @Test
    void errorsAfterChartDirectivesKeepTheirLines() {
        assertEquals(List.of(
                "content/p.md:5:1: the link \"ref:first\"" + NAMES_NOTHING,
                "content/p.md:10:7: the link \"ref:gone\"" + NAMES_NOTHING,
                "content/p.md:13:1: no chart \"missing\"; create content/charts/missing.yaml or correct the name",
                "content/p.md:14:1: the link \"ref:gone2\"" + NAMES_NOTHING,
                "content/p.md:18:1: the link \"ref:gone3\"" + NAMES_NOTHING),
                errors("""
                        [first](ref:first)

                        {{< chart trade >}}


                        After [x](ref:gone).


                        {{< chart missing >}}
                        [y](ref:gone2)
                        {{< chart trade >}}


                        [z](ref:gone3)
                        """));
    }

    /** A ref: to nothing names the nearest name the site has, keeping the anchor as written. */
    @Test
    void aRefToNothingSuggestsTheNearestName() {
        MarkdownRenderer suggesting = renderer.onSite("", name -> name.equals("abuot") ? Optional.of("about")
                : Optional.empty());
        assertEquals(List.of("content/p.md:7:1: no chart \"trad\"; did you mean \"trade\"? create content/charts/trad.yaml "
                + "or correct the name"), renderer.onSite("", name -> name.equals("charts/trad") ? Optional.of("charts/trade")
                : Optional.of("about")).render("content/p.md", "Text.\n\n{{< chart trad >}}\n", 5).problems().stream()
                .map(Problem::format).toList());
        assertEquals(List.of("content/p.md:5:1: the link \"ref:abuot#team\" names nothing; did you mean ref:about#team? "
                + "write ref:<collection>/<id> for a record, ref:<collection> for a collection, or ref:<page path> for a "
                + "page", "content/p.md:5:25: the link \"ref:zzz\"" + NAMES_NOTHING),
                suggesting.render("content/p.md", "[a](ref:abuot#team) and [b](ref:zzz)\n", 5).problems().stream()
                        .map(Problem::format).toList());
    }

    /** An image from another host would be blocked by the site's Content-Security-Policy: an error at its place. */
    @Test
    void anImageFromAnotherHostIsAnError() {
        String offSite = " is on another host, and the site loads nothing from other hosts (its Content-Security-Policy"
                + " would block it); save the image in content/ (content/images/map.png, say) and give its path "
                + "(/images/map.png), or link to it instead of showing it";
        assertEquals(List.of("content/p.md:5:1: the image \"https://example.org/p.png\"" + offSite,
                "content/p.md:7:1: the image \"//cdn.example/p.png\"" + offSite,
                "content/p.md:8:1: the image \"http://example.org/m.png\"" + offSite,
                "content/p.md:9:11: the image \"https://example.org/i.png\"" + offSite),
                errors("![a](https://example.org/p.png)\n\n![b](//cdn.example/p.png)\n![c][map]\n"
                        + "<img src=\"https://example.org/i.png\" alt=\"\">\n\n[map]: http://example.org/m.png\n"
                        + "[a link, not an image](https://example.org/) ![own](/p.png)\n"));
        MarkdownRenderer onSite = renderer.onSite("https://example.org/d/");
        assertEquals(List.of("content/p.md:6:1"), onSite.render("content/p.md",
                "![own](https://EXAMPLE.org/d/p.png)\n![other](https://example.org/p.png)\n", 5).problems().stream()
                .map(p -> p.file() + ":" + p.line() + ":" + p.column()).toList());
    }

    /** What the sanitiser drops is an error at its place; the page, were it written, would not hold it. */
    @Test
    void rawHtmlKeepsWhatIsSafeAndNamesWhatItDrops() {
        assertEquals("<details><summary>More</summary><a href=\"/ok/\" title=\"t\">ok</a></details>\n",
                html("<details><summary>More</summary><a href=\"/ok/\" title=\"t\">ok</a></details>\n"));
        String hostile = "<details><summary>More</summary><script>alert(1)</script>"
                + "<a href=\"javascript:x\" onclick=\"y\">z</a></details>\n";
        assertEquals(List.of("content/p.md:5:33: the HTML element <script> is not published: HTML in Markdown keeps "
                + "only safe elements (text, links, images, lists, tables, figures); remove it, or put it in a template "
                + "(templates/), which is published as written", "content/p.md:5:67: the link \"javascript:x\" uses a "
                + "refused scheme; only http:, https:, mailto: and ref: links and relative links are published; link to a"
                + " page instead", "content/p.md:5:81: the HTML attribute onclick of <a> is not published: HTML in "
                + "Markdown keeps only safe attributes (no event handlers, no style); remove it (a class is kept, for the"
                + " site's CSS to style)"), errors(hostile));
        String cleaned = renderer.render("content/p.md", hostile, 5).html();
        assertFalse(cleaned.contains("script"), cleaned);
        assertFalse(cleaned.contains("onclick"), cleaned);
        assertTrue(cleaned.startsWith("<details><summary>More</summary>"), cleaned);
    }

    @Test
    void anUnclosedBracketWithManyEscapesIsRefusedAtItsPlace() {
        String thirteen = "\\!".repeat(13);
        assertEquals(List.of("content/p.md:7:6: a \"[\" that is not closed on its own line is followed by more than 12 "
                + "backslashes, which the Markdown parser cannot read in reasonable time; close the bracket with \"]\" on "
                + "the same line, or write the characters without backslashes"), errors("Intro.\n\nText [" + thirteen + " end\n"));
        assertEquals("", renderer.render("content/p.md", "Text [" + thirteen + "\n", 5).html());
        assertEquals("<p>Text [!!!!!!!!!!!! end</p>\n", html("Text [" + "\\!".repeat(12) + " end\n"));
    }

    @Test
    void theBracketGuardCountsOnlyRunsThatStayOpen() {
        String thirteen = "\\!".repeat(13);
        assertEquals(OptionalInt.of(2), BracketGuard.risky("a [" + thirteen));
        assertEquals(OptionalInt.empty(), BracketGuard.risky("a [" + "\\!".repeat(12)));
        assertEquals(OptionalInt.empty(), BracketGuard.risky("a [" + thirteen + "]"), "closed");
        assertEquals(OptionalInt.empty(), BracketGuard.risky("a [" + "\\!".repeat(6) + "\n\n" + "\\!".repeat(7)),
                "a paragraph ends the run");
        assertEquals(OptionalInt.of(0), BracketGuard.risky("[" + "\\!".repeat(6) + "\n" + "\\!".repeat(7)),
                "a single line end does not");
        assertEquals(OptionalInt.of(8), BracketGuard.risky("[\\!\\!\\! [" + thirteen), "a new bracket starts a new run");
        // Found by fuzzing: the "]" lies in the HTML block that "<hr" starts, and 18 escapes took 50 s.
        assertEquals(OptionalInt.of(0), BracketGuard.risky("[" + "\\\\!".repeat(7) + "\n<hr ]]"),
                "a \"]\" on a later line may close nothing");
        assertEquals(OptionalInt.empty(), BracketGuard.risky("[" + "\\\\!".repeat(7) + "]\n<hr ]]"),
                "one on the bracket's own line does");
        assertEquals(OptionalInt.of(0), BracketGuard.risky("[" + "\\\\".repeat(7)), "a double backslash counts twice");
        assertEquals(OptionalInt.empty(), BracketGuard.risky("[" + "\\\\".repeat(6)));
        assertEquals(OptionalInt.of(0), BracketGuard.risky("[" + "\\\\!".repeat(7)), "each double backslash counts twice");
        assertEquals(OptionalInt.empty(), BracketGuard.risky("[\\]" + "\\!".repeat(12) + "]"),
                "an escaped bracket closes nothing");
        assertEquals(OptionalInt.empty(), BracketGuard.risky("no bracket " + thirteen));
        assertEquals(OptionalInt.empty(), BracketGuard.risky("[" + "\\!".repeat(11) + "\\"), "a last lone backslash");
    }
}
