package dossier.cite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "Cite this page" in Chicago, APA and MLA, and as BibTeX, RIS and CSL-JSON. Each gives the
 * permalink, the last-changed date and the revision, and leaves the access date to the reader.
 */
public final class CitationFormats {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter APA = DateTimeFormatter.ofPattern("yyyy, MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter MLA = DateTimeFormatter.ofPattern("d MMM. yyyy", Locale.ENGLISH);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cntrl}\\u0080-\\u009f\\u2028\\u2029]+");

    private CitationFormats() {}

    public static String chicago(Citation c) {
        String changed = c.lastChanged().map(d -> " Last modified " + LONG.format(d) + ".").orElse("");
        return names(c, "and") + "\"" + c.title() + ".\" " + c.container() + ". " + c.publisher() + "." + changed
                + " Revision " + c.revision() + ". " + c.permalink() + ".";
    }

    public static String apa(Citation c) {
        String date = "(" + c.lastChanged().map(APA::format).orElse("n.d.") + "). ";
        String rest = ". In " + c.container() + ". " + c.publisher() + ". Revision " + c.revision() + ". "
                + c.permalink();
        // Without an author, APA puts the title first.
        return c.authors().isEmpty() ? c.title() + ". " + date.strip() + rest.substring(1)
                : names(c, "&") + date + c.title() + rest;
    }

    public static String mla(Citation c) {
        String date = c.lastChanged().map(d -> ", " + MLA.format(d).replace("May.", "May")).orElse("");
        return names(c, "and") + "\"" + c.title() + ".\" " + c.container() + ", " + c.publisher() + date + ", "
                + c.permalink() + ". Revision " + c.revision() + ".";
    }

    public static String bibtex(Citation c) {
        StringBuilder out = new StringBuilder("@online{").append(c.key()).append(",\n");
        field(out, "author", c.authors().stream()
                .map(a -> a.isPerson() ? namePart(a.family()) + ", " + namePart(a.given())
                        : "{" + tex(a.name()) + "}")
                .collect(Collectors.joining(" and ")));
        field(out, "title", "{" + tex(c.title()) + "}");
        field(out, "url", c.permalink());
        field(out, "publisher", tex(c.publisher()));
        c.lastChanged().ifPresent(d -> {
            field(out, "year", String.valueOf(d.getYear()));
            field(out, "month", d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT));
            field(out, "date", d.toString());
        });
        field(out, "language", c.language());
        field(out, "note", tex(c.container()) + ". Revision " + c.revision()
                + c.lastChanged().map(d -> ", last changed " + d).orElse(""));
        out.setLength(out.length() - 2);
        return out.append("\n}\n").toString();
    }

    public static String ris(Citation c) {
        StringBuilder out = new StringBuilder();
        line(out, "TY", "ELEC");
        for (Citation.Author author : c.authors()) {
            line(out, "AU", author.isPerson() ? author.family() + ", " + author.given() : author.name());
        }
        line(out, "TI", c.title());
        line(out, "T2", c.container());
        line(out, "PB", c.publisher());
        c.lastChanged().ifPresent(d -> {
            line(out, "PY", String.valueOf(d.getYear()));
            line(out, "DA", d.toString().replace('-', '/'));
        });
        line(out, "UR", c.permalink());
        line(out, "LA", c.language());
        line(out, "ET", "Revision " + c.revision());
        for (String keyword : c.keywords()) {
            line(out, "KW", keyword);
        }
        line(out, "ER", "");
        return out.toString();
    }

    public static String cslJson(Citation c) {
        ArrayNode root = JSON.createArrayNode();
        ObjectNode item = root.addObject();
        item.put("id", c.key());
        item.put("type", "webpage");
        item.put("title", c.title());
        ArrayNode authors = item.putArray("author");
        for (Citation.Author author : c.authors()) {
            ObjectNode name = authors.addObject();
            if (author.isPerson()) {
                name.put("family", author.family());
                name.put("given", author.given());
            } else {
                name.put("literal", author.name());
            }
        }
        item.put("container-title", c.container());
        item.put("publisher", c.publisher());
        item.put("URL", c.permalink());
        item.put("language", c.language());
        item.put("version", c.revision());
        c.lastChanged().ifPresent(d -> item.putObject("issued").putArray("date-parts").addArray()
                .add(d.getYear()).add(d.getMonthValue()).add(d.getDayOfMonth()));
        if (!c.keywords().isEmpty()) {
            item.put("keyword", String.join(", ", c.keywords()));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "Editors. " or "Doe, Jane, and John Roe. " */
    private static String names(Citation c, String conjunction) {
        List<String> names = c.authors().stream()
                .map(a -> a.isPerson() ? a.family() + ", " + a.given() : a.name()).toList();
        if (names.isEmpty()) {
            return "";
        }
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + ", " + conjunction + " "
                        + names.get(names.size() - 1);
        return joined.endsWith(".") ? joined + " " : joined + ". ";
    }

    private static void field(StringBuilder out, String name, String value) {
        if (!value.isEmpty()) {
            out.append("  ").append(name).append(" = {").append(value).append("},\n");
        }
    }

    /** One RIS line: a value is one line, so no line break in it can end the record or start a tag. */
    private static void line(StringBuilder out, String tag, String value) {
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
