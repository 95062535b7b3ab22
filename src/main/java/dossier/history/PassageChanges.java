package dossier.history;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import org.jsoup.nodes.Entities;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The passages that differ between two texts (Markdown bodies, YAML files), paragraph by paragraph
 * with the changed words marked, by java-diff-utils. The result is HTML-escaped: history pages
 * print it as it is.
 */
public final class PassageChanges {
    // Markers the diff puts around changed words (U+0001 to U+0004, taken out of the texts first),
    // swapped for tags as the text is escaped: escaping first would let the word splitter cut an
    // entity ("&lt;") in two.
    private static final char DEL_START = '\u0001';
    private static final char DEL_END = '\u0002';
    private static final char INS_START = '\u0003';
    private static final char INS_END = '\u0004';

    private PassageChanges() {}

    /** Prose (a Markdown body): paragraph by paragraph. */
    public static List<Change> between(String before, String after) {
        return rows(paragraphs(before), paragraphs(after));
    }

    /** Data or code (a YAML file, a schema): line by line, as each line says one thing. */
    public static List<Change> lineByLine(String before, String after) {
        return rows(lines(before), lines(after));
    }

    private static List<Change> rows(List<String> before, List<String> after) {
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffByWord(true)
                .mergeOriginalRevised(false)
                .lineNormalizer(Function.identity())
                .oldTag(start -> String.valueOf(start ? DEL_START : DEL_END))
                .newTag(start -> String.valueOf(start ? INS_START : INS_END))
                .build();
        List<DiffRow> rows = generator.generateDiffRows(before, after);
        List<Change> changes = new ArrayList<>();
        for (DiffRow row : rows) {
            if (row.getTag() != DiffRow.Tag.EQUAL) {
                changes.add(new Change.Passage(html(row.getOldLine()), html(row.getNewLine())));
            }
        }
        return changes;
    }

    static List<String> lines(String text) {
        return text.replaceAll("[\\u0001-\\u0004]", "").replace("\r\n", "\n").lines().map(String::stripTrailing)
                .toList();
    }

    /** Paragraphs, each on one line: a paragraph re-wrapped without other change is no change. */
    static List<String> paragraphs(String text) {
        String clean = text.replaceAll("[\\u0001-\\u0004]", "").replace("\r\n", "\n");
        return Arrays.stream(clean.split("\\n\\s*\\n")).map(p -> p.strip().replaceAll("\\s*\\n\\s*", " "))
                .filter(p -> !p.isEmpty()).toList();
    }

    /**
     * The text escaped, piece by piece between the markers, which become tags. The diff may leave a
     * marker unpaired (a change that runs to the end of a long paragraph); each tag is opened once and
     * closed by the end, so the HTML stays well formed.
     */
    private static String html(String marked) {
        StringBuilder html = new StringBuilder();
        boolean[] open = new boolean[2];
        int from = 0;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c < DEL_START || c > INS_END) {
                continue;
            }
            html.append(Entities.escape(marked.substring(from, i)));
            from = i + 1;
            int kind = c <= DEL_END ? 0 : 1;
            boolean starts = c == DEL_START || c == INS_START;
            if (starts != open[kind]) {
                html.append(starts ? "<" : "</").append(kind == 0 ? "del" : "ins").append('>');
                open[kind] = starts;
            }
        }
        html.append(Entities.escape(marked.substring(from)));
        for (int kind = 1; kind >= 0; kind--) {
            if (open[kind]) {
                html.append(kind == 0 ? "</del>" : "</ins>");
            }
        }
        return html.toString();
    }

}
