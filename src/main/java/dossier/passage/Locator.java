package dossier.passage;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a source a citation points: a paragraph of a section ("Joint Exercises …, paragraph 2",
 * "Introduction, paragraph 1"), a paragraph of a text without sections ("paragraph 3"), or an
 * endnote ("Endnote 6").
 */
public sealed interface Locator permits Locator.Paragraph, Locator.Endnote {
    Pattern ENDNOTE = Pattern.compile("endnote\\s+(\\d{1,4})", Pattern.CASE_INSENSITIVE);
    Pattern PARAGRAPH = Pattern.compile("(?:(.+?),\\s*)?paragraph\\s+(\\d{1,4})", Pattern.CASE_INSENSITIVE);

    /** How the locator is written, the form messages suggest. */
    String text();

    /** @param section the section's name, or empty in a text without headings */
    record Paragraph(String section, int number) implements Locator {
        @Override
        public String text() {
            return section.isEmpty() ? "paragraph " + number : section + ", paragraph " + number;
        }

        boolean sameSection(String name) {
            return section.strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT));
        }
    }

    record Endnote(int number) implements Locator {
        @Override
        public String text() {
            return "Endnote " + number;
        }
    }

    /** The locator a text names, if it has one of the forms above. */
    static Optional<Locator> parse(String text) {
        String written = text.strip();
        Matcher endnote = ENDNOTE.matcher(written);
        if (endnote.matches()) {
            return Optional.of(new Endnote(Integer.parseInt(endnote.group(1))));
        }
        Matcher paragraph = PARAGRAPH.matcher(written);
        if (paragraph.matches()) {
            String section = paragraph.group(1) == null ? "" : paragraph.group(1).strip();
            return Optional.of(new Paragraph(section, Integer.parseInt(paragraph.group(2))));
        }
        return Optional.empty();
    }
}
