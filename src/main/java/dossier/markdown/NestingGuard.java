package dossier.markdown;

import java.util.Optional;

/**
 * Finds Markdown nested too deep to render. flexmark parses, post-processes and renders nested
 * blocks and inlines by recursion, one set of stack frames a level, so a line of 20,000 ">" or
 * 50,000 nested "*" overflows a thread's stack, and jsoup takes minutes over thousands of nested
 * inline HTML tags. The text is measured before it is parsed, in one pass: at the start of each line
 * the quote and list markers and the indentation (a nested list item needs two more columns than
 * its parent), and within a paragraph the brackets, emphasis and HTML tags still open. The measure
 * never counts less than the real nesting, and counts exactly for a plain run of any one of them.
 */
final class NestingGuard {
    /** Far more than any document needs, and far less than a render thread's stack holds (tested at this depth). */
    static final int MAX_DEPTH = 100;
    private static final String VOID_TAGS = " area base br col embed hr img input link meta param source track wbr ";

    /** Where the nesting first goes past {@link #MAX_DEPTH}, and the deepest it goes. */
    record TooDeep(int offset, int depth) {}

    private NestingGuard() {}

    static Optional<TooDeep> check(String text) {
        Scan scan = new Scan(text);
        scan.run();
        return scan.firstTooDeep < 0 ? Optional.empty() : Optional.of(new TooDeep(scan.firstTooDeep, scan.deepest));
    }

    private static final class Scan {
        private final String text;
        private int firstTooDeep = -1;
        private int deepest;
        private int paragraphBlocks; // the deepest line start of the current paragraph
        private int brackets;
        private int emphasis;
        private int tags;
        private String fence = "";

        Scan(String text) {
            this.text = text;
        }

        void run() {
            int start = 0;
            while (start <= text.length()) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                line(start, end);
                start = end + 1;
            }
        }

        private void line(int start, int end) {
            int columns = 0;
            int markers = 0;
            int i = start;
            while (i < end) {
                char c = text.charAt(i);
                int at = i;
                if (c == ' ' || c == '\t') {
                    columns += c == ' ' ? 1 : 4;
                    i++;
                } else if (c == '>') {
                    markers++;
                    i += i + 1 < end && text.charAt(i + 1) == ' ' ? 2 : 1; // "> " is one marker
                } else if (listMarkerEnd(i, end) > i) {
                    markers++;
                    i = listMarkerEnd(i, end);
                    while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                        i++; // the item's own indent, not a level
                    }
                } else {
                    break;
                }
                if (markers > 0 && fence.isEmpty()) {
                    measure(markers + columns / 2, at);
                }
            }
            String rest = text.substring(i, Math.min(end, i + 3));
            if (!fence.isEmpty()) {
                if (rest.equals(fence)) {
                    fence = "";
                }
                return; // code: nothing in it nests
            }
            if (rest.equals("```") || rest.equals("~~~")) {
                fence = rest;
            }
            // The markers were measured one by one above: what is left is the paragraph they open.
            if (text.substring(i, end).isBlank()) {
                paragraphBlocks = 0;
                brackets = 0;
                emphasis = 0;
                tags = 0;
                return;
            }
            paragraphBlocks = Math.max(paragraphBlocks, markers == 0 ? 0 : markers + columns / 2);
            inlines(i, end);
        }

        /** The end of a list marker ("-", "*", "+", "1.", "1)") and the space after it at {@code i}, or i. */
        private int listMarkerEnd(int i, int end) {
            char c = text.charAt(i);
            int after = i;
            if (c == '-' || c == '*' || c == '+') {
                after = i + 1;
            } else {
                while (after < end && after - i < 9 && Character.isDigit(text.charAt(after))) {
                    after++;
                }
                if (after == i || after >= end || (text.charAt(after) != '.' && text.charAt(after) != ')')) {
                    return i;
                }
                after++;
            }
            return after == end || text.charAt(after) == ' ' || text.charAt(after) == '\t' ? after : i;
        }

        private void inlines(int start, int end) {
            int i = start;
            while (i < end) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '`') {
                    i = afterCodeSpan(i, end);
                    continue;
                }
                if (c == '[') {
                    brackets++;
                } else if (c == ']') {
                    brackets = Math.max(0, brackets - 1);
                } else if (c == '<') {
                    tag(i, end);
                } else if (c == '*' || c == '_') {
                    int run = i;
                    while (run < end && text.charAt(run) == c) {
                        run++;
                    }
                    delimiters(c, i, run, end);
                    measure(paragraphBlocks + brackets + emphasis + tags, i);
                    i = run;
                    continue;
                }
                measure(paragraphBlocks + brackets + emphasis + tags, i);
                i++;
            }
        }

        /** A run of "*" or "_" opens emphasis when it can open, and closes what is open when it can close. */
        private void delimiters(char c, int from, int to, int end) {
            char before = from == 0 ? ' ' : text.charAt(from - 1);
            char after = to >= end ? ' ' : text.charAt(to);
            boolean left = !Character.isWhitespace(after)
                    && (!isPunctuation(after) || Character.isWhitespace(before) || isPunctuation(before));
            boolean right = !Character.isWhitespace(before)
                    && (!isPunctuation(before) || Character.isWhitespace(after) || isPunctuation(after));
            int levels = (to - from + 1) / 2; // "*" and "**" are one level (emphasis, strong), "***" two
            if (left && right) {
                if (c == '_') {
                    return; // inside a word "_" neither opens nor closes
                }
                emphasis = emphasis > 0 ? Math.max(0, emphasis - levels) : levels;
            } else if (left) {
                emphasis += levels;
            } else if (right) {
                emphasis = Math.max(0, emphasis - levels);
            }
        }

        /** An HTML tag opens a level unless it is void or closes itself; a closing tag ends one. */
        private void tag(int i, int end) {
            boolean closing = i + 1 < end && text.charAt(i + 1) == '/';
            int name = closing ? i + 2 : i + 1;
            int nameEnd = name;
            while (nameEnd < end && Character.isLetterOrDigit(text.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == name || !Character.isLetter(text.charAt(name))) {
                return;
            }
            char next = nameEnd < end ? text.charAt(nameEnd) : ' ';
            if (next != '>' && next != '/' && !Character.isWhitespace(next)) {
                return; // an autolink such as <https://…> or <name@example.org>
            }
            if (closing) {
                tags = Math.max(0, tags - 1);
                return;
            }
            int close = text.indexOf('>', nameEnd);
            boolean selfClosing = close > 0 && close < end && text.charAt(close - 1) == '/';
            if (!selfClosing && !VOID_TAGS.contains(" " + text.substring(name, nameEnd).toLowerCase() + " ")) {
                tags++;
            }
        }

        /** After a code span that opens at {@code i} and closes on the same line; else after its backticks. */
        private int afterCodeSpan(int i, int end) {
            int run = i;
            while (run < end && text.charAt(run) == '`') {
                run++;
            }
            String ticks = text.substring(i, run);
            int close = text.indexOf(ticks, run);
            while (close >= 0 && close < end) {
                int closeEnd = close + ticks.length();
                if (closeEnd >= end || text.charAt(closeEnd) != '`') {
                    return closeEnd;
                }
                while (closeEnd < end && text.charAt(closeEnd) == '`') {
                    closeEnd++;
                }
                close = text.indexOf(ticks, closeEnd);
            }
            return run;
        }

        private void measure(int depth, int offset) {
            if (depth > deepest) {
                deepest = depth;
            }
            if (depth > MAX_DEPTH && firstTooDeep < 0) {
                firstTooDeep = offset;
            }
        }

        private static boolean isPunctuation(char c) {
            return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
        }
    }
}
