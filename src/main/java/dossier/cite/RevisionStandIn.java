package dossier.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An item whose revision (its version, and its URL's part) is replaced by a stand-in of as many
 * letters q. Items that differ in nothing but their revision, as a page's item does from one save to
 * the next in {@code serve} or from one of its versions to the next, then share one rendering by a
 * style, and the stand-in becomes the revision in its text.
 *
 * <p>A style prints a text variable as it is, or changes its case; it formats a number. So only a
 * revision that CSL reads as text stands in: citeproc-java calls a value numeric when it is one run of
 * digits with letters before or after it (its own pattern is below), and the stand-in, all letters, is
 * text too. Every change of case a style can make changes the stand-in (its letters are lower case,
 * and the first is a letter), and a stand-in changed in any way is not recognised ({@link #restore}
 * then gives nothing): the item is rendered as it is.
 */
record RevisionStandIn(CSLItemData item, String revision, String standIn) {
    /** citeproc-java's test for a numeric value (NumberHelper), which a number variable's rendering follows. */
    private static final Pattern NUMERIC = Pattern.compile(
            "^\\s*([a-zA-Z]*[0-9]+[a-zA-Z]*)(\\s*([,\\-&])\\s*([a-zA-Z]*[0-9]+[a-zA-Z]*))*\\s*$");
    /** Neither a hex digit nor a Roman numeral, so never part of a real revision. */
    private static final String LETTER = "q";

    /** The item with its revision stood in for, or empty when it has none to stand in for. */
    static Optional<RevisionStandIn> of(CSLItemData item) {
        String revision = item.getVersion();
        String url = item.getURL();
        if (revision == null || revision.isEmpty() || !revision.chars().allMatch(c -> c < 128
                && Character.isLetterOrDigit(c)) || NUMERIC.matcher(revision).matches()) {
            return Optional.empty();
        }
        String standIn = LETTER.repeat(revision.length());
        // A stand-in that the item already holds elsewhere (a title) would be taken for the revision.
        if (json(item).contains(standIn)) {
            return Optional.empty();
        }
        CSLItemDataBuilder masked = new CSLItemDataBuilder(item).version(standIn);
        if (url != null) {
            masked.URL(url.replace(revision, standIn));
        }
        return Optional.of(new RevisionStandIn(masked.build(), revision, standIn));
    }

    /**
     * The text of the real item, from the text of the stood-in one; empty when the style changed the
     * stand-in (its case) and the real item must be rendered instead.
     */
    Optional<String> restore(String rendered) {
        String restored = rendered.replace(standIn, revision);
        return restored.toLowerCase(java.util.Locale.ROOT).contains(standIn) ? Optional.empty()
                : Optional.of(restored);
    }

    private static String json(CSLItemData item) {
        return String.valueOf(item.toJson(new StringJsonBuilderFactory().createJsonBuilder()));
    }
}
