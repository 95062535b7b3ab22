package dossier.format;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.content.CalendarDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a date stands in time, as a key that sorts as text: the order people expect of dates given
 * at different precisions. A key is {@code yyyy-MM-dd} in which a month or day the date leaves open
 * is a slot: {@code 00} for the start of the period ("early 2009", "beginning of May 2009"), which
 * sorts before the period's precise dates, {@code 98} for its end ("late 2009"), after them, and
 * {@code 99} for the period itself ("2009", "May 2009"), after everything inside it. So 2009 reads:
 * beginning of 2009, April 2009, 17–19 July 2009, December 2009, late 2009, 2009. A period is its
 * start's key, then {@code /} and its end's ({@code 1997-99-00/2003-99-00}), so it follows a date
 * that starts where it does; "since 2000" is open-ended, after every period that starts in 2000.
 */
public final class DateOrder {
    private static final String START = "00";
    private static final String END = "98";
    private static final String WHOLE = "99";
    private static final String OPEN_END = "9999-99-99";
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern QUALIFIED = Pattern.compile(
            "(beginning of|start of|early|mid|middle of|late|end of)[\\s-]+(.*)");
    private static final Pattern ISO_RANGE = Pattern.compile("(\\d{4}(?:-\\d{2}){0,2})\\s*[-–/]\\s*(\\d{4}(?:-\\d{2}){0,2})");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(\\d{4})");
    private static final Pattern MONTH_DAYS_YEAR = Pattern.compile(
            MONTH + "\\s+(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?,?\\s+(\\d{4})");
    private static final Pattern DAYS_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+" + MONTH + ",?\\s+(\\d{4})");

    private DateOrder() {}

    /** The key of a date object {@code {start, end?, qualifier?}}; empty when its start is no date. */
    public static String key(JsonNode when) {
        String start = when.path("start").asText("");
        if (!CalendarDate.isValid(start)) {
            return "";
        }
        String qualifier = when.path("qualifier").asText("");
        String end = when.path("end").asText("");
        String key = point(start, qualifier);
        if (CalendarDate.isValid(end)) {
            return key + "/" + point(end, "");
        }
        return qualifier.equals("since") ? key + "/" + OPEN_END : key;
    }

    /**
     * The key of a date as text: ISO ({@code 2009}, {@code 2009-05}, {@code 2009-05-04}) or as people
     * write it ("April 5, 2006", "9 August 2007", "July 17-19, 2009", "October 2009", "late May
     * 2007", "1997–2003"), a note in brackets after it ignored; empty when it names no year ("May 4
     * (no year given)", "no date") or is no date at all.
     */
    public static String key(String text) {
        String plain = text.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip().toLowerCase(Locale.ROOT);
        Matcher qualified = QUALIFIED.matcher(plain);
        String qualifier = qualified.matches() ? qualified.group(1) : "";
        String rest = qualified.matches() ? qualified.group(2) : plain;
        Matcher range = ISO_RANGE.matcher(rest);
        if (range.matches() && CalendarDate.isValid(range.group(1)) && CalendarDate.isValid(range.group(2))) {
            return point(range.group(1), qualifier) + "/" + point(range.group(2), "");
        }
        String key = iso(rest).map(iso -> point(iso, qualifier)).orElse("");
        return key.isEmpty() ? key : lastDay(rest).map(end -> key + "/" + end).orElse(key);
    }

    /** The last day of a range of days in one month ("July 17-19, 2009", "9–17 August 2007"). */
    private static Optional<String> lastDay(String text) {
        Matcher m = MONTH_DAYS_YEAR.matcher(text);
        if (m.matches() && m.group(3) != null) {
            return day(m.group(4), m.group(1), m.group(3));
        }
        m = DAYS_MONTH_YEAR.matcher(text);
        return m.matches() && m.group(2) != null ? day(m.group(4), m.group(3), m.group(2)) : Optional.empty();
    }

    /** The key of a single date at its precision, placed by its qualifier within its period. */
    private static String point(String iso, String qualifier) {
        if (iso.length() == 10) {
            return iso;
        }
        String slot = switch (qualifier) {
            case "beginning of", "start of", "early" -> START;
            case "late", "end of" -> END;
            case "mid", "middle of" -> "mid";
            default -> WHOLE;
        };
        if (iso.length() == 7) {
            return iso + "-" + (slot.equals("mid") ? "15" : slot);
        }
        // The middle of a year falls where July begins.
        return slot.equals("mid") ? iso + "-07-" + START : iso + "-" + slot + "-" + START;
    }

    /** A single date written in words or ISO, as ISO at its precision. */
    private static Optional<String> iso(String text) {
        if (CalendarDate.isValid(text)) {
            return Optional.of(text);
        }
        Matcher m = MONTH_YEAR.matcher(text);
        if (m.matches()) {
            return Optional.of(m.group(2) + "-" + month(m.group(1)));
        }
        m = MONTH_DAYS_YEAR.matcher(text);
        if (m.matches()) {
            return day(m.group(4), m.group(1), m.group(2));
        }
        m = DAYS_MONTH_YEAR.matcher(text);
        if (m.matches()) {
            return day(m.group(4), m.group(3), m.group(1));
        }
        return Optional.empty();
    }

    private static Optional<String> day(String year, String month, String day) {
        String iso = year + "-" + month(month) + "-" + (day.length() == 1 ? "0" + day : day);
        return CalendarDate.isValid(iso) ? Optional.of(iso) : Optional.empty();
    }

    private static String month(String name) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT)
                    .startsWith(name.replace(".", "").substring(0, 3))) {
                return String.format(Locale.ROOT, "%02d", month.getValue());
            }
        }
        throw new IllegalArgumentException("no month " + name); // the pattern admits only month names
    }
}
