package dossier.content;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date as content writes it, at the precision its source gives: yyyy, yyyy-MM or yyyy-MM-dd.
 * The schemas check only the shape; this checks the calendar, so that "2010-02-30" is an error
 * at its place rather than a failure wherever the date is worded or parsed.
 */
public final class CalendarDate {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private CalendarDate() {}

    /** True for text shaped like a date, valid or not. */
    public static boolean looksLikeOne(String text) {
        return SHAPE.matcher(text).matches();
    }

    /** Why text shaped like a date is no day or month of the calendar; empty when it is one. */
    public static Optional<String> whyNot(String text) {
        if (!looksLikeOne(text) || text.length() == 4) {
            return Optional.empty();
        }
        int month = Integer.parseInt(text.substring(5, 7));
        if (month < 1 || month > 12) {
            return Optional.of("there is no month " + month);
        }
        if (text.length() == 7) {
            return Optional.empty();
        }
        YearMonth yearMonth = YearMonth.of(Integer.parseInt(text.substring(0, 4)), month);
        int day = Integer.parseInt(text.substring(8, 10));
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            return Optional.of(Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                    + yearMonth.getYear() + " has " + yearMonth.lengthOfMonth() + " days");
        }
        return Optional.empty();
    }

    /** True for a real yyyy, yyyy-MM or yyyy-MM-dd date. */
    public static boolean isValid(String text) {
        return looksLikeOne(text) && whyNot(text).isEmpty();
    }

    /** The day of a valid yyyy-MM-dd text. */
    public static Optional<LocalDate> day(String text) {
        return text.length() == 10 && isValid(text) ? Optional.of(LocalDate.parse(text)) : Optional.empty();
    }
}
