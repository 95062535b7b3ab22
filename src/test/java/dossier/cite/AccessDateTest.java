package dossier.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** How a style prints an access date, learnt from the style itself, and the span the browser fills in. */
class AccessDateTest {
    private static final List<String> LONG = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final List<String> SHORT = List.of("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.",
            "Sept.", "Oct.", "Nov.", "Dec.");

    /** A style that prints the access date as {@code form} does from year, month and day. */
    private static Function<CSLItemData, String> style(Function<int[], String> form) {
        return item -> "Probe. https://probe.invalid/. " + form.apply(item.getAccessed().getDateParts()[0]) + " End.";
    }

    @Test
    void aMonthDayYearStyleGivesItsSentinelTemplateAndMonths() {
        AccessDate date = AccessDate.probe(style(d -> "Accessed " + LONG.get(d[1] - 1) + " " + d[2] + ", " + d[0] + "."));
        assertEquals(new AccessDate("December 22, 1111", "{m} {d}, {y}", LONG), date);
    }

    @Test
    void aDayMonthYearStyleWithAbbreviatedMonths() {
        AccessDate date = AccessDate.probe(style(d -> "Accessed " + d[2] + " " + SHORT.get(d[1] - 1) + " " + d[0] + "."));
        assertEquals(new AccessDate("22 Dec. 1111", "{d} {m} {y}", SHORT), date);
    }

    @Test
    void aNumericStyleGivesTwoDigitMonths() {
        AccessDate date = AccessDate.probe(style(d -> "(" + d[0] + "-" + String.format("%02d", d[1]) + "-" + d[2] + ")"));
        assertEquals("1111-12-22", date.sentinel());
        assertEquals("{y}-{m}-{d}", date.template());
        assertEquals(List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"), date.months());
    }

    @Test
    void aStyleThatPrintsNoAccessDateOrOnlyPartOfItHasNone() {
        assertSame(AccessDate.NONE, AccessDate.probe(style(d -> "")));
        assertSame(AccessDate.NONE, AccessDate.probe(style(d -> "Read in " + LONG.get(d[1] - 1) + " " + d[0])),
                "no day beside the month: not a date the script can write");
        assertSame(AccessDate.NONE, AccessDate.probe(style(d -> LONG.get(d[1] - 1) + " " + d[2] + " and, far from"
                + " them, the year " + d[0])), "a year more than three characters away is not part of the date");
    }

    @Test
    void theSentinelBecomesASpanTheBrowserFillsIn() {
        AccessDate date = new AccessDate("December 22, 1111", "{m} {d}, {y}", List.of("Jan", "Feb & \"Mar\""));
        assertEquals("Read <span class=\"cite-accessed\" data-template=\"{m} {d}, {y}\" data-months=\"Jan|Feb &amp;"
                + " &quot;Mar&quot;\">[the date you read this]</span>.", date.mark("Read December 22, 1111."));
        assertEquals("Dated March 3, 2020.", date.mark("Dated March 3, 2020."), "a page with a date of its own");
        assertEquals("Read December 22, 1111.", AccessDate.NONE.mark("Read December 22, 1111."));
    }

    @Test
    void theItemIsRenderedWithTheSentinelDate() {
        CSLItemData item = AccessDate.withSentinel(CslItems.entry(CitationFormatsTest.HOME));
        assertEquals(List.of(1111, 12, 22), java.util.Arrays.stream(item.getAccessed().getDateParts()[0]).boxed().toList());
    }
}
