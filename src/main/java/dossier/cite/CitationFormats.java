package dossier.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import dossier.io.Jackson;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A page's CSL item as the files reference managers import: BibTeX (biblatex's data model, still read
 * by BibTeX), RIS and CSL-JSON. The texts of the panel come from the same item (see {@link CitationStyles}).
 */
public final class CitationFormats {
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cntrl}\\u0080-\\u009f\\u2028\\u2029]+");

    private CitationFormats() {}

    /** The entry type of biblatex and the type of RIS for each CSL type the dossier writes. */
    private record Types(String biblatex, String subtype, String ris) {}

    private static Types types(CSLType type) {
        return switch (type) {
            case WEBPAGE -> new Types("online", "", "ELEC");
            case DATASET -> new Types("dataset", "", "DATA");
            case BOOK -> new Types("book", "", "BOOK");
            case ARTICLE_JOURNAL -> new Types("article", "", "JOUR");
            case ARTICLE -> new Types("article", "", "GEN");
            case ARTICLE_NEWSPAPER -> new Types("article", "newspaper", "NEWS");
            case ARTICLE_MAGAZINE -> new Types("article", "magazine", "MGZN");
            case REPORT -> new Types("report", "", "RPRT");
            default -> new Types("misc", "", "GEN");
        };
    }

    public static String bibtex(CSLItemData item) {
        Types types = types(item.getType());
        // biblatex's article, book and report need an author: a work without one is a misc entry.
        boolean authored = item.getAuthor() != null && item.getAuthor().length > 0;
        String entryType = authored || Set.of("online", "dataset").contains(types.biblatex()) ? types.biblatex()
                : "misc";
        StringBuilder out = new StringBuilder("@").append(entryType).append("{").append(item.getId())
                .append(",\n");
        field(out, "author", names(item.getAuthor()));
        field(out, "title", braced(item.getTitle()));
        switch (entryType) {
            case "article" -> {
                field(out, "entrysubtype", types.subtype());
                field(out, "journaltitle", braced(item.getContainerTitle()));
                field(out, "volume", tex(item.getVolume()));
                field(out, "number", tex(item.getIssue()));
                field(out, "pages", tex(item.getPage()));
            }
            case "book" -> {
                field(out, "publisher", list(item.getPublisher()));
                field(out, "location", list(item.getPublisherPlace()));
                field(out, "volume", tex(item.getVolume()));
                field(out, "pages", tex(item.getPage()));
            }
            case "report" -> {
                field(out, "type", "report");
                field(out, "institution", list(item.getPublisher()));
                field(out, "location", list(item.getPublisherPlace()));
            }
            case "misc" -> {
                field(out, "howpublished", braced(item.getContainerTitle()));
                field(out, "organization", list(item.getPublisher()));
                field(out, "location", list(item.getPublisherPlace()));
                // @misc has no volume, number or pages: cite.json keeps them.
            }
            default -> {
                // The site's title and its publisher: @online and @dataset have no publisher or
                // container field, and "organization" is the one that pandoc and citation-js read.
                field(out, "organization", String.join(" and ", Arrays.asList(list(item.getContainerTitle()),
                        list(item.getPublisher())).stream().filter(v -> !v.isEmpty()).toList()));
                field(out, "location", list(item.getPublisherPlace()));
            }
        }
        // biblatex needs a date; "XXXX" is its (ISO 8601-2) year that is not known, for a work the
        // record leaves undated: no year is made up.
        field(out, "date", date(item.getIssued()).map(d -> d.replace('/', '-')).orElse("XXXX"));
        field(out, "url", tex(item.getURL()));
        field(out, "version", tex(item.getVersion()));
        field(out, "langid", babel(item.getLanguage()));
        field(out, "keywords", tex(item.getKeyword()));
        field(out, "note", tex(item.getNote()));
        out.setLength(out.length() - 2);
        return out.append("\n}\n").toString();
    }

    /**
     * RIS in the tags of the original RIS specification only (T1 and Y1; not PY, DA, LA or ET): citation-js
     * reads a file with any tag of the 2011 revision by that revision, which maps no tag of a web page
     * to its container, while by the original one T2 is the container of a web page, a dataset, a book
     * or a report, and JF a periodical's. Zotero reads both: T2 as a web page's website title, JF as
     * a periodical's publication title.
     */
    public static String ris(CSLItemData item) {
        StringBuilder out = new StringBuilder();
        Types types = types(item.getType());
        line(out, "TY", types.ris());
        for (CSLName name : nonNull(item.getAuthor())) {
            line(out, "AU", name.getLiteral() != null ? name.getLiteral() : family(name)
                    + (name.getGiven() == null ? "" : ", " + name.getGiven()));
        }
        line(out, "T1", item.getTitle());
        line(out, types.biblatex().equals("article") ? "JF" : "T2", item.getContainerTitle());
        line(out, "VL", item.getVolume());
        line(out, "IS", item.getIssue());
        line(out, "SP", item.getPage());
        line(out, "PB", item.getPublisher());
        line(out, "CY", item.getPublisherPlace());
        // "2024/05/07/", "2024/05//", "2024///": year, month, day and other info, each ended by a slash.
        date(item.getIssued()).ifPresent(d -> line(out, "Y1", d + "/".repeat(3 - d.split("/").length + 1)));
        line(out, "UR", item.getURL());
        if (item.getKeyword() != null) {
            for (String keyword : item.getKeyword().split(", ")) {
                line(out, "KW", keyword);
            }
        }
        if (item.getVersion() != null) {
            line(out, "N1", "Revision " + item.getVersion());
        }
        line(out, "N1", item.getNote());
        out.append("ER  - \n");
        return out.toString();
    }

    /** The item as CSL-JSON: an array of one item, as pandoc and citation-js read it. */
    public static String cslJson(CSLItemData item) {
        try {
            return Jackson.JSON_INDENTED.writeValueAsString(List.of(CslItems.json(item))) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language as biblatex's langid names it ("en" is "english", "de" is "german"), as babel does. */
    private static String babel(String language) {
        if (language == null || language.isEmpty()) {
            return "";
        }
        String name = java.util.Locale.forLanguageTag(language).getDisplayLanguage(java.util.Locale.ENGLISH);
        return name.isEmpty() || name.equals(language) ? "" : tex(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** "2024/05/07", "2024/05" or "2024" (RIS's form; biblatex's is the same with hyphens). */
    private static Optional<String> date(CSLDate date) {
        if (date == null || date.getDateParts() == null || date.getDateParts().length == 0) {
            return Optional.empty();
        }
        int[] parts = date.getDateParts()[0];
        StringBuilder out = new StringBuilder(String.format("%04d", parts[0]));
        for (int i = 1; i < parts.length; i++) {
            out.append('/').append(String.format("%02d", parts[i]));
        }
        return Optional.of(out.toString());
    }

    /** Names as BibTeX reads them: "Family, Given" for a person, a braced literal for an organisation. */
    private static String names(CSLName[] names) {
        return nonNull(names).stream()
                .map(n -> n.getLiteral() != null ? "{" + tex(n.getLiteral()) + "}"
                        : namePart(family(n)) + (n.getGiven() == null ? "" : ", " + namePart(n.getGiven())))
                .collect(Collectors.joining(" and "));
    }

    /** The family name with its particles ("de Haas", "van Beethoven"), as BibTeX and RIS write it. */
    private static String family(CSLName name) {
        return Stream.of(name.getDroppingParticle(), name.getNonDroppingParticle(), name.getFamily())
                .filter(part -> part != null && !part.isEmpty()).collect(Collectors.joining(" "));
    }

    private static List<CSLName> nonNull(CSLName[] names) {
        return names == null ? List.of() : Arrays.asList(names);
    }

    /** A value of a biblatex list field: braced whole, so an " and " in it separates nothing. */
    private static String list(String value) {
        return value == null || value.isEmpty() ? "" : "{" + tex(value) + "}";
    }

    /** A title, braced so that styles keep its letter case. */
    private static String braced(String value) {
        return value == null || value.isEmpty() ? "" : "{" + tex(value) + "}";
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value != null && !value.isEmpty()) {
            out.append("  ").append(name).append(" = {").append(value).append("},\n");
        }
    }

    /** One RIS line: a value is one line, so no line break in it can end the record or start a tag. */
    private static void line(StringBuilder out, String tag, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        out.append(tag).append("  - ").append(oneLine(value)).append("\n");
    }

    /**
     * Line breaks, tabs and other control characters (C0, DEL, C1, U+2028, U+2029) become one space:
     * RIS is read line by line, and in BibTeX a blank line ends a paragraph inside a field.
     */
    private static String oneLine(String text) {
        return BREAKS.matcher(text).replaceAll(" ");
    }

    /**
     * Escapes the characters LaTeX treats specially, on one line. BibTeX counts braces whatever stands
     * before them, so a brace escaped as "\}" still closes the field: braces that pair up are
     * escaped (both halves count, and balance), any other becomes "\textbraceleft{}" or
     * "\textbraceright{}", which holds no lone brace. No value can then close its field or the entry.
     */
    static String tex(String text) {
        if (text == null) {
            return "";
        }
        String line = oneLine(text);
        boolean[] paired = pairedBraces(line);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{' -> out.append(paired[i] ? "\\{" : "\\textbraceleft{}");
                case '}' -> out.append(paired[i] ? "\\}" : "\\textbraceright{}");
                case '&', '%', '$', '#', '_' -> out.append('\\').append(ch);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(ch);
            }
            // "--", "``" and "''" are ligatures in LaTeX (a dash, curly quotes): "{}" between them keeps
            // the text as written.
            if ("-`'".indexOf(ch) >= 0 && i + 1 < line.length() && line.charAt(i + 1) == ch) {
                out.append("{}");
            }
        }
        return out.toString();
    }

    /** A family or given name; braced when it holds what BibTeX reads as a separator (" and ", a comma). */
    private static String namePart(String name) {
        String escaped = tex(name);
        return escaped.contains(",") || escaped.matches("(?i).*\\sand\\s.*") ? "{" + escaped + "}" : escaped;
    }

    /** Which braces of the text have a partner ("{" before its "}", properly nested). */
    private static boolean[] pairedBraces(String text) {
        boolean[] paired = new boolean[text.length()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                open.push(i);
            } else if (text.charAt(i) == '}' && !open.isEmpty()) {
                paired[open.pop()] = true;
                paired[i] = true;
            }
        }
        return paired;
    }
}
