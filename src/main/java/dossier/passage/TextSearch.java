package dossier.passage;

import java.util.OptionalInt;

/** Finding a fragment's words in a text as a browser does: verbatim, white space collapsed, whole words. */
final class TextSearch {
    private TextSearch() {}

    /** Runs of white space (no-break spaces too) as one space, trimmed: how a browser reads a page's text. */
    static String collapsed(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /**
     * The first place at or after {@code from} where {@code term} stands as whole words, in any letter
     * case: browsers match a text fragment so (Chromium found "the Central Asian governments" where a
     * fragment's "The Central Asian governments" was meant).
     */
    static OptionalInt find(String text, String term, int from) {
        return exact(lowered(text), lowered(term), from);
    }

    /** The first place at or after {@code from} where {@code term} stands as whole words, exactly as written. */
    static OptionalInt exact(String text, String term, int from) {
        if (term.isEmpty()) {
            return OptionalInt.empty();
        }
        for (int at = text.indexOf(term, from); at >= 0; at = text.indexOf(term, at + 1)) {
            if (boundary(text, at) && boundary(text, at + term.length())) {
                return OptionalInt.of(at);
            }
        }
        return OptionalInt.empty();
    }

    /** Whether a match may start or end here: not between two letters or digits. */
    private static boolean boundary(String text, int at) {
        return at == 0 || at == text.length() || !(word(text.charAt(at - 1)) && word(text.charAt(at)));
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c);
    }

    /**
     * The words of {@code text} that match {@code term} once case, quotes, apostrophes and dashes
     * are set aside: what the author most likely meant to copy, to show in a message.
     */
    static java.util.Optional<String> nearMatch(String text, String term) {
        String foldedText = folded(text);
        String foldedTerm = folded(term);
        int at = foldedText.indexOf(foldedTerm);
        return at < 0 || foldedTerm.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(text.substring(at, at + term.length()));
    }

    /** One character for each character, so that positions in the folded text are those of the text. */
    private static String folded(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            folded.append(switch (c) {
                case '\u2018', '\u2019', '\u02BC', '`' -> '\'';
                case '\u201C', '\u201D', '\u00AB', '\u00BB' -> '"';
                case '\u2013', '\u2014', '\u2012', '\u2212' -> '-';
                default -> Character.toLowerCase(c);
            });
        }
        return folded.toString();
    }

    /** Lower case, one character for each character, so that positions stay those of the text. */
    private static String lowered(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** How many words a term has. */
    static int words(String term) {
        String trimmed = collapsed(term);
        return trimmed.isEmpty() ? 0 : trimmed.split(" ").length;
    }
}
