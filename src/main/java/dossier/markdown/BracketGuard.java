package dossier.markdown;

import java.util.OptionalInt;

/**
 * Finds text that would make flexmark 0.64's link-label regular expression backtrack without end:
 * a "[" that is not closed on its own line, followed by many backslash escapes ("[\!\!\!…" takes
 * seconds at 20 escapes and years at 40; "[\\!\\!…" followed by a line "<hr ]]" that starts an HTML
 * block, 50 s at 18). Such a text is refused with a content error instead of hanging the build.
 * Found by fuzzing ({@code ContentFuzzTest}).
 */
final class BracketGuard {
    /**
     * Up to this many backslashes after an unclosed "[" the parser stays fast: each backslash can
     * be read two or three ways, so the work grows as 2^n (about a millisecond at 12).
     */
    static final int MAX_ESCAPES = 12;

    private BracketGuard() {}

    /** The offset of the first "[" that opens such a run, if any. */
    static OptionalInt risky(String text) {
        int length = text.length();
        for (int open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
            int backslashes = 0;
            boolean closed = false;
            boolean nextLine = false;
            int i = open + 1;
            while (i < length) {
                char c = text.charAt(i);
                if (c == '\\') {
                    backslashes += i + 1 < length && text.charAt(i + 1) == '\\' ? 2 : 1;
                    i += 2; // the escaped character never opens or closes anything
                    continue;
                }
                if (c == ']') {
                    // On a later line the "]" may lie in another block (a line starting "<hr" ends the
                    // paragraph), where it closes nothing: only one on the bracket's own line surely does.
                    closed = !nextLine;
                    break;
                }
                nextLine |= c == '\n';
                if (c == '[' || (c == '\n' && i + 1 < length && text.charAt(i + 1) == '\n')) {
                    break;
                }
                i++;
            }
            if (!closed && backslashes > MAX_ESCAPES) {
                return OptionalInt.of(open);
            }
        }
        return OptionalInt.empty();
    }
}
