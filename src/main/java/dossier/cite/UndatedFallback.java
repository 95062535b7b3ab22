package dossier.cite;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The date of a citation that neither git nor the content dates (a build from a release tarball, a
 * page not yet committed): the reproducible-builds {@code SOURCE_DATE_EPOCH} when the build is given
 * one, else the day of the build. Either way no citation is left undated ("n.d.").
 *
 * @param source what the date is, as the build's note names it
 */
public record UndatedFallback(LocalDate date, String source) {
    public static final String VARIABLE = "SOURCE_DATE_EPOCH";

    /** From the environment's SOURCE_DATE_EPOCH (seconds since 1970, UTC), else from the clock. */
    public static UndatedFallback of(Map<String, String> environment, Clock clock) {
        String epoch = environment.getOrDefault(VARIABLE, "").strip();
        if (epoch.matches("[0-9]{1,12}")) {
            return new UndatedFallback(Instant.ofEpochSecond(Long.parseLong(epoch)).atOffset(ZoneOffset.UTC)
                    .toLocalDate(), VARIABLE);
        }
        String unusable = epoch.isEmpty() ? "" : " (" + VARIABLE + " is not a number of seconds, so it was ignored)";
        return new UndatedFallback(LocalDate.now(clock.withZone(ZoneOffset.UTC)), "the build's date" + unusable);
    }

    /** The line a build prints when git dates nothing. */
    public String note() {
        return "dossier: not a git work tree, so citations are dated by each page's front matter `date`, else by "
                + source + ": " + date;
    }
}
