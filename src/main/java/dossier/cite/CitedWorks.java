package dossier.cite;

import com.fasterxml.jackson.databind.JsonNode;
import de.undercouch.citeproc.bibtex.NameParser;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A record that describes a published work ({@code cites: works}) as the CSL item of that work. Only
 * what the record says goes in, from fields of these names: {@code title}, {@code authors} (names as
 * written, "K. L. Syroezhkin"), {@code publication} (the journal, newspaper or series), {@code publisher},
 * {@code place}, {@code date} ("2003", "October 2009", "January 26, 2009"; any other wording is kept
 * as written), {@code volume}, {@code issue}, {@code pages}, {@code url}, {@code language} (a name such
 * as "Russian", or a code). The type follows from the fields: a publication with a volume or an issue
 * is a journal article, any other publication an article; without one, a publisher or a place make
 * a book, a URL a web page, and anything else a document.
 */
public final class CitedWorks {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private CitedWorks() {}

    public static CSLItemData item(String id, JsonNode fields) {
        CSLItemDataBuilder item = new CSLItemDataBuilder().id(id).type(type(fields)).title(text(fields, "title"));
        List<CSLName> authors = new ArrayList<>();
        fields.path("authors").forEach(name -> authors.addAll(List.of(NameParser.parse(name.asText()))));
        if (!authors.isEmpty()) {
            item.author(authors.toArray(CSLName[]::new));
        }
        optional(fields, "publication").ifPresent(item::containerTitle);
        optional(fields, "publisher").ifPresent(item::publisher);
        optional(fields, "place").ifPresent(item::publisherPlace);
        optional(fields, "volume").ifPresent(item::volume);
        optional(fields, "issue").ifPresent(item::issue);
        optional(fields, "pages").ifPresent(item::page);
        optional(fields, "url").ifPresent(item::URL);
        optional(fields, "language").flatMap(CitedWorks::languageCode).ifPresent(item::language);
        optional(fields, "date").ifPresent(date -> date(date).ifPresent(item::issued));
        return item.build();
    }

    private static CSLType type(JsonNode fields) {
        if (fields.hasNonNull("publication")) {
            return fields.hasNonNull("volume") || fields.hasNonNull("issue") ? CSLType.ARTICLE_JOURNAL
                    : CSLType.ARTICLE;
        }
        if (fields.hasNonNull("publisher") || fields.hasNonNull("place")) {
            return CSLType.BOOK;
        }
        return fields.hasNonNull("url") ? CSLType.WEBPAGE : CSLType.DOCUMENT;
    }

    /** A date as parts where it reads as one; other wording as written; "no date" as none. */
    static Optional<de.undercouch.citeproc.csl.CSLDate> date(String text) {
        String date = text.strip();
        if (date.equalsIgnoreCase("no date") || date.equalsIgnoreCase("n.d.")) {
            return Optional.empty();
        }
        if (date.matches("[0-9]{4}")) {
            return Optional.of(new CSLDateBuilder().dateParts(Integer.parseInt(date)).build());
        }
        try {
            LocalDate day = LocalDate.parse(date, DAY);
            return Optional.of(new CSLDateBuilder().dateParts(day.getYear(), day.getMonthValue(), day.getDayOfMonth())
                    .build());
        } catch (DateTimeParseException notADay) {
            try {
                YearMonth month = YearMonth.parse(date, MONTH);
                return Optional.of(new CSLDateBuilder().dateParts(month.getYear(), month.getMonthValue()).build());
            } catch (DateTimeParseException notAMonth) {
                return Optional.of(new CSLDateBuilder().literal(date).build());
            }
        }
    }

    /** "Russian" is "ru"; a code stays as it is; anything else ("Russian and French") gives none. */
    static Optional<String> languageCode(String language) {
        if (language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            return Optional.of(language);
        }
        for (String code : Locale.getISOLanguages()) {
            if (new Locale(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(language.strip())) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> optional(JsonNode fields, String name) {
        JsonNode value = fields.path(name);
        return value.isValueNode() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static String text(JsonNode fields, String name) {
        return optional(fields, name).orElse("");
    }
}
