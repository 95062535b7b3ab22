package dossier.link;

import java.nio.charset.StandardCharsets;

/**
 * A W3C text fragment ({@code #:~:text=start,end}): the first and last words of a passage, which a
 * browser highlights and scrolls to when it opens the link.
 *
 * @param start the passage's first words, verbatim
 * @param end   its last words, or empty when {@code start} is the whole passage
 */
public record TextFragment(String start, String end) {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    public TextFragment {
        end = end == null ? "" : end;
    }

    /** {@code url} (without any fragment of its own) linked to this passage. */
    public String on(String url) {
        int hash = url.indexOf('#');
        String page = hash < 0 ? url : url.substring(0, hash);
        return page + "#:~:text=" + encode(start) + (end.isEmpty() ? "" : "," + encode(end));
    }

    /**
     * Percent-encodes a text directive's term: UTF-8 bytes of everything but ASCII letters, digits
     * and {@code _.!~*'()}. That is encodeURIComponent's set less "-", which the Text Fragments
     * spec reserves (with "," and "&") for the directive's own syntax.
     */
    static String encode(String term) {
        StringBuilder encoded = new StringBuilder();
        // A browser matches the page's text with its white space collapsed; so is the term.
        for (byte b : term.replaceAll("[\\s\\u00A0]+", " ").strip().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "_.!~*'()".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return encoded.toString();
    }
}
