package dossier.markdown;

import java.util.OptionalInt;

/**
 * Finds long runs of characters that flexmark 0.64's regular expressions read in time that grows
 * with the square of the run (found with jstack on the red-team texts):
 * <ul>
 *   <li>a line that starts with a long run of "`" or "~" with more of them later on the line: the
 *   code-fence opener backtracks over every length of the run ("~~" × 25,000 + "x" + "~~" ×
 *   25,000, 100 KB: 10 s);</li>
 *   <li>a long run of characters without a space in a text that has bare URLs to link: the autolink
 *   post-processor tries a match at every character of it ("http://" + "a." × 40,000, 80 KB: 11 s).</li>
 * </ul>
 * Bounding the runs bounds the work, and no real document comes near the bounds.
 */
final class RunGuard {
    /** Longer than any code fence (three characters open one, a few more nest one inside another). */
    static final int MAX_FENCE = 100;
    /** Longer than any URL a browser keeps; a 200 KB text of such runs links in well under a second. */
    static final int MAX_WORD = 2000;

    private RunGuard() {}

    /** The offset of the first line that opens with more than {@link #MAX_FENCE} "`" or "~", if any. */
    static OptionalInt longFence(String text) {
        int start = 0;
        while (start < text.length()) {
            int i = start;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int run = i;
            if (run < text.length() && (text.charAt(run) == '`' || text.charAt(run) == '~')) {
                char fence = text.charAt(run);
                while (run < text.length() && text.charAt(run) == fence) {
                    run++;
                }
                if (run - i > MAX_FENCE) {
                    return OptionalInt.of(i);
                }
            }
            int end = text.indexOf('\n', run);
            start = end < 0 ? text.length() : end + 1;
        }
        return OptionalInt.empty();
    }

    /** The offset of the first run of more than {@link #MAX_WORD} characters without white space, if any. */
    static OptionalInt longWord(String text) {
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                if (i - start > MAX_WORD) {
                    return OptionalInt.of(start);
                }
                start = i + 1;
            }
        }
        return OptionalInt.empty();
    }
}
