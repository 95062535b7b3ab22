package dossier.passage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A source's plain text read as a reader cites it: sections from its headings, paragraphs from
 * blank lines, endnotes from the numbered lines at its end.
 *
 * <p>A heading is a line of at most 15 words standing alone between blank lines that does not end as
 * a sentence does ("." ":" ";" ","; a question or exclamation may be a heading). The lines of that
 * kind before the first paragraph are the title block
 * (title, publication line, caption) and are not counted. Paragraphs before the first heading form
 * the "Introduction"; a part after the last section that is set off by two blank lines and has no
 * heading is the "Conclusion". A text without headings has numbered paragraphs only. An endnote's
 * text keeps its number, which tells two notes apart that say the same ("5. Ibid.", "7. Ibid.").
 *
 * @param passages every paragraph and endnote, in the order of the text
 * @param sections the section names, in order ("" for a text without headings)
 * @param headings the lines of the title block and the headings, which no citation can point into
 */
public record SourceDocument(List<Passage> passages, List<String> sections, List<String> headings) {
    public static final String INTRODUCTION = "Introduction";
    public static final String CONCLUSION = "Conclusion";
    private static final Pattern NOTE = Pattern.compile("\\s*\\d{1,4}\\.[\\s\\u00A0].*");
    private static final int LONGEST_HEADING = 150;
    private static final int MOST_HEADING_WORDS = 15;

    /** @param text the passage with its lines joined by single spaces */
    public record Passage(Locator locator, String text, int line) {}

    private record Block(List<String> lines, int line, int blanksBefore) {
        boolean headingLike() {
            String only = lines.get(0).strip();
            return lines.size() == 1 && only.length() <= LONGEST_HEADING && only.chars().anyMatch(Character::isLetter)
                    && TextSearch.words(only) <= MOST_HEADING_WORDS && ".:;,".indexOf(lastSignificant(only)) < 0;
        }

        boolean numbered() {
            return NOTE.matcher(lines.get(0)).matches();
        }
    }

    public SourceDocument {
        passages = List.copyOf(passages);
        sections = List.copyOf(sections);
        headings = List.copyOf(headings);
    }

    public static SourceDocument parse(String text) {
        List<Block> blocks = blocks(text);
        int notesFrom = blocks.size();
        while (notesFrom > 0 && blocks.get(notesFrom - 1).numbered()) {
            notesFrom--;
        }
        int bodyFrom = 0;
        while (bodyFrom < notesFrom && blocks.get(bodyFrom).headingLike()) {
            bodyFrom++;
        }
        List<Block> body = blocks.subList(bodyFrom, notesFrom);
        List<Passage> passages = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        blocks.subList(0, notesFrom).stream().filter(Block::headingLike)
                .forEach(block -> headings.add(TextSearch.collapsed(block.lines().get(0))));
        boolean headed = body.stream().anyMatch(Block::headingLike);
        int lastHeading = -1;
        for (int i = 0; i < body.size(); i++) {
            lastHeading = body.get(i).headingLike() ? i : lastHeading;
        }
        String section = headed ? INTRODUCTION : "";
        int paragraph = 0;
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            if (block.headingLike()) {
                section = block.lines().get(0).strip();
                paragraph = 0;
                continue;
            }
            boolean setOff = i > lastHeading + 1 && block.blanksBefore() >= 2;
            if (headed && setOff && !section.equals(CONCLUSION)) {
                section = CONCLUSION;
                paragraph = 0;
            }
            if (paragraph == 0) {
                sections.add(section);
            }
            passages.add(new Passage(new Locator.Paragraph(section, ++paragraph), joined(block.lines()), block.line()));
        }
        for (Block block : blocks.subList(notesFrom, blocks.size())) {
            notes(block, passages);
        }
        return new SourceDocument(passages, sections, headings);
    }

    /** The paragraph or endnote a locator names, if the text has it. */
    public Optional<Passage> at(Locator locator) {
        return passages.stream().filter(passage -> same(passage.locator(), locator)).findFirst();
    }

    private static boolean same(Locator found, Locator wanted) {
        if (found instanceof Locator.Paragraph here && wanted instanceof Locator.Paragraph there) {
            return here.number() == there.number() && there.sameSection(here.section());
        }
        return found.equals(wanted);
    }

    /** How many endnotes the text has. */
    public long endnotes() {
        return passages.stream().filter(passage -> passage.locator() instanceof Locator.Endnote).count();
    }

    /** How many paragraphs a section has. */
    public long paragraphs(String section) {
        return passages.stream().filter(p -> p.locator() instanceof Locator.Paragraph here
                && here.section().equals(section)).count();
    }

    private static void notes(Block block, List<Passage> passages) {
        for (int i = 0; i < block.lines().size(); i++) {
            String line = block.lines().get(i).strip();
            if (NOTE.matcher(line).matches()) {
                int dot = line.indexOf('.');
                passages.add(new Passage(new Locator.Endnote(Integer.parseInt(line.substring(0, dot))),
                        TextSearch.collapsed(line), block.line() + i));
            } else if (!passages.isEmpty()) {
                // A note's wrapped line continues it.
                Passage last = passages.remove(passages.size() - 1);
                passages.add(new Passage(last.locator(), TextSearch.collapsed(last.text() + " " + line), last.line()));
            }
        }
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        List<String> current = new ArrayList<>();
        int blanks = 0;
        int blanksBefore = 0;
        for (int i = 0; i <= lines.length; i++) {
            boolean blank = i == lines.length || lines[i].isBlank();
            if (!blank) {
                if (current.isEmpty()) {
                    blanksBefore = blanks;
                }
                current.add(lines[i]);
                blanks = 0;
            } else {
                if (!current.isEmpty()) {
                    blocks.add(new Block(List.copyOf(current), i - current.size() + 1, blanksBefore));
                    current.clear();
                }
                blanks++;
            }
        }
        return blocks;
    }

    private static String joined(List<String> lines) {
        return TextSearch.collapsed(String.join(" ", lines));
    }

    /** The last character that is not a closing quote or bracket: what says whether a line ends a sentence. */
    private static char lastSignificant(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if ("\"'”’»)]".indexOf(c) < 0) {
                return c;
            }
        }
        return ' ';
    }
}
