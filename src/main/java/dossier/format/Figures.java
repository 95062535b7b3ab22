package dossier.format;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.content.CalendarDate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * How figures read on every page, table, chart and download, keeping the source's wording:
 * dates at their precision ("August 2003"), periods ("1997–2003"), qualifiers ("about $700,000")
 * and currencies as stated ("30 million RMB"). One place, so a chart and a table never disagree.
 *
 * <p>Conventions: a date object is {@code {start, end?, qualifier?}} with yyyy, yyyy-mm or
 * yyyy-mm-dd; an amount is {@code {value, currency, qualifier?}}; a count {@code {value, qualifier?}}.
 */
public final class Figures {
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    private Figures() {}

    /** "2006", "August 2003" or "9 August 2007". */
    public static String date(String iso) {
        if (iso == null || iso.isEmpty()) {
            return "";
        }
        if (!CalendarDate.isValid(iso)) {
            return iso; // not a date: the load stage reports those it reads as dates
        }
        if (iso.length() == 4) {
            return iso;
        }
        String month = MONTHS.get(Integer.parseInt(iso.substring(5, 7)) - 1);
        if (iso.length() == 7) {
            return month + " " + iso.substring(0, 4);
        }
        return Integer.parseInt(iso.substring(8, 10)) + " " + month + " " + iso.substring(0, 4);
    }

    /** A date object: "late May 2007", "since 2000", "1997–2003", "9–17 August 2007". */
    public static String when(JsonNode when) {
        if (when == null || when.isMissingNode() || when.isNull()) {
            return "";
        }
        String start = when.path("start").asText("");
        String end = when.path("end").asText("");
        String text = date(start);
        if (!end.isEmpty()) {
            boolean sameMonth = start.length() == 10 && end.length() == 10 && CalendarDate.isValid(start)
                    && CalendarDate.isValid(end) && start.startsWith(end.substring(0, 7));
            text = sameMonth ? Integer.parseInt(start.substring(8, 10)) + "–" + date(end) : text + "–" + date(end);
        }
        String qualifier = when.path("qualifier").asText("");
        return qualifier.isEmpty() ? text : qualifier + " " + text;
    }

    /** True for a period rather than a point in time. */
    public static boolean isPeriod(JsonNode when) {
        return when.has("end") || when.path("qualifier").asText("").equals("since");
    }

    /** An amount as stated: "about $700,000", "$4.5 million", "30 million RMB". */
    public static String money(JsonNode amount) {
        return money(amount.path("value").decimalValue(), amount.path("currency").asText(""),
                amount.path("qualifier").asText(""));
    }

    public static String money(BigDecimal value, String currency, String qualifier) {
        String number = scaled(value);
        String body = currency.equals("USD") ? "$" + number : number + (currency.isEmpty() ? "" : " " + currency);
        return qualified(qualifier, body);
    }

    /** A count as stated: "more than 3,000", "30". */
    public static String quantity(JsonNode quantity) {
        return qualified(quantity.path("qualifier").asText(""), grouped(quantity.path("value").decimalValue()));
    }

    /** 1,500,000 reads "1.5 million"; 700,000 stays "700,000". */
    public static String scaled(BigDecimal value) {
        if (value.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
            return plain(value.divide(BigDecimal.valueOf(1_000_000_000), 2, RoundingMode.HALF_UP)) + " billion";
        }
        if (value.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            return plain(value.divide(BigDecimal.valueOf(1_000_000), 2, RoundingMode.HALF_UP)) + " million";
        }
        return grouped(value);
    }

    public static String grouped(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(value);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String qualified(String qualifier, String body) {
        return qualifier.isEmpty() || qualifier.equals("exactly") ? body : qualifier + " " + body;
    }
}
