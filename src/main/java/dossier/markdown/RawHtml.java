package dossier.markdown;

import java.util.Locale;
import java.util.function.ObjIntConsumer;

/**
 * The tags and attributes of HTML written into Markdown, each with where it starts: a raw
 * {@code <a href>} that breaks is reported in the Markdown, as a Markdown link is, rather than in the
 * page the build wrote, and so is what the sanitiser would drop.
 *
 * <p>Read tag by tag and attribute by attribute, in one pass: a comment, the text of a script or a
 * style, text that only looks like a tag ({@code &lt;a href=…&gt;}) and an {@code href=} inside
 * another attribute's value ({@code title="see href=/x/"}) are not links. No regular expression:
 * hostile Markdown must not make this slow.
 */
final class RawHtml {
    private RawHtml() {}

    /** What a read finds: each start tag, then each of its attributes. Names are in lower case. */
    interface Reader {
        /** A start tag; {@code at} is the offset of its "<". */
        void tag(String name, int at);

        /**
         * An attribute of the last tag, its name starting at {@code nameAt}; {@code value} is as
         * written (character references not read), null for an attribute without one, and
         * {@code valueAt} is where the value starts (the name's start, without a value).
         */
        void attribute(String tag, String name, int nameAt, String value, int valueAt);
    }

    /**
     * Tells {@code link} each URL of {@code html} (its {@code href} and {@code src} values) with the
     * offset of its value: as written, and as the page holds it once its character references are
     * read ({@code &amp;} is {@code &}).
     */
    static void forEachLink(CharSequence html, ObjIntConsumer<String> link) {
        forEachValue(html, (tag, name) -> name.equals("href") || name.equals("src"), (value, at) -> {
            link.accept(value, at);
            link.accept(org.jsoup.parser.Parser.unescapeEntities(value, true), at);
        });
    }

    /** Tells {@code image} the {@code src} of each {@code <img>} of {@code html}, as the page holds it, with its offset. */
    static void forEachImage(CharSequence html, ObjIntConsumer<String> image) {
        forEachValue(html, (tag, name) -> tag.equals("img") && name.equals("src"),
                (value, at) -> image.accept(org.jsoup.parser.Parser.unescapeEntities(value, true), at));
    }

    /** Tells {@code found} each value, as written, of the attributes {@code wanted} picks by tag and name. */
    private static void forEachValue(CharSequence html, java.util.function.BiPredicate<String, String> wanted,
                                     ObjIntConsumer<String> found) {
        read(html, new Reader() {
            @Override
            public void tag(String name, int at) {}

            @Override
            public void attribute(String tag, String name, int nameAt, String value, int valueAt) {
                if (value != null && wanted.test(tag, name)) {
                    found.accept(value, valueAt);
                }
            }
        });
    }

    /** Tells {@code reader} each start tag of {@code html} and its attributes, in order. */
    static void read(CharSequence html, Reader reader) {
        String text = html.toString();
        int at = 0;
        while ((at = text.indexOf('<', at)) >= 0) {
            if (text.startsWith("<!--", at)) {
                at = skipPast(text, "-->", at + 4);
            } else if (at + 1 < text.length() && isAsciiLetter(text.charAt(at + 1))) {
                at = tag(text, at + 1, reader);
            } else {
                at++;
            }
        }
    }

    /** Reads a tag's name and attributes from {@code start} (after "<"); the offset after the tag. */
    private static int tag(String text, int start, Reader reader) {
        int at = start;
        while (at < text.length() && !isSpace(text.charAt(at)) && text.charAt(at) != '>' && text.charAt(at) != '/') {
            at++;
        }
        String name = text.substring(start, at).toLowerCase(Locale.ROOT);
        reader.tag(name, start - 1);
        while (at < text.length()) {
            at = skipSpaces(text, at);
            if (at >= text.length() || text.charAt(at) == '>') {
                break;
            }
            if (text.charAt(at) == '/') {
                at++;
                continue;
            }
            int nameStart = at;
            while (at < text.length() && !isSpace(text.charAt(at)) && "=>/".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String attribute = text.substring(nameStart, at).toLowerCase(Locale.ROOT);
            int afterName = skipSpaces(text, at);
            if (afterName >= text.length() || text.charAt(afterName) != '=') {
                reader.attribute(name, attribute, nameStart, null, nameStart);
                continue; // an attribute without a value
            }
            int valueStart = skipSpaces(text, afterName + 1);
            int valueEnd;
            int next;
            if (valueStart < text.length() && (text.charAt(valueStart) == '"' || text.charAt(valueStart) == '\'')) {
                char quote = text.charAt(valueStart);
                valueStart++;
                valueEnd = text.indexOf(quote, valueStart);
                if (valueEnd < 0) {
                    return text.length(); // an unclosed quote: no tag after it
                }
                next = valueEnd + 1;
            } else {
                valueEnd = valueStart;
                while (valueEnd < text.length() && !isSpace(text.charAt(valueEnd)) && text.charAt(valueEnd) != '>') {
                    valueEnd++;
                }
                next = valueEnd;
            }
            reader.attribute(name, attribute, nameStart, text.substring(valueStart, valueEnd), valueStart);
            at = next;
        }
        // What a script or a style holds is not HTML.
        return name.equals("script") || name.equals("style") ? skipPast(text, "</" + name, at) : at + 1;
    }

    /** The offset after the first {@code end} from {@code from} (letter case ignored), or the end of the text. */
    private static int skipPast(String text, String end, int from) {
        for (int at = from; at + end.length() <= text.length(); at++) {
            if (text.regionMatches(true, at, end, 0, end.length())) {
                return at + end.length();
            }
        }
        return text.length();
    }

    private static int skipSpaces(String text, int from) {
        int at = from;
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
