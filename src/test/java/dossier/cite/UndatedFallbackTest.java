package dossier.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outside git, an undated citation takes SOURCE_DATE_EPOCH, else the build's day; the note says which. */
class UndatedFallbackTest {
    private static final Clock BUILD_DAY = Clock.fixed(Instant.parse("2031-02-03T23:59:00Z"), ZoneOffset.UTC);

    @Test
    void sourceDateEpochComesFirst() {
        UndatedFallback fallback = UndatedFallback.of(Map.of("SOURCE_DATE_EPOCH", "1262390399"), BUILD_DAY);
        assertEquals(new UndatedFallback(LocalDate.of(2010, 1, 1), "SOURCE_DATE_EPOCH"), fallback,
                "the last second of 2010-01-01 in UTC");
        assertEquals("dossier: not a git work tree, so citations are dated by each page's front matter `date`, "
                + "else by SOURCE_DATE_EPOCH: 2010-01-01", fallback.note());
    }

    @Test
    void withoutItTheBuildsDay() {
        UndatedFallback fallback = UndatedFallback.of(Map.of(), BUILD_DAY);
        assertEquals(new UndatedFallback(LocalDate.of(2031, 2, 3), "the build's date"), fallback);
        assertEquals("dossier: not a git work tree, so citations are dated by each page's front matter `date`, "
                + "else by the build's date: 2031-02-03", fallback.note());
    }

    @Test
    void anEpochThatIsNoNumberIsIgnoredAndSaidSo() {
        assertEquals(new UndatedFallback(LocalDate.of(2031, 2, 3),
                "the build's date (SOURCE_DATE_EPOCH is not a number of seconds, so it was ignored)"),
                UndatedFallback.of(Map.of("SOURCE_DATE_EPOCH", "yesterday"), BUILD_DAY));
        assertEquals(LocalDate.of(2031, 2, 3), UndatedFallback.of(Map.of("SOURCE_DATE_EPOCH", " "), BUILD_DAY).date());
    }
}
