package dossier.markdown;

import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/** Tells whether a URL may reach a reader: no script or data schemes, however they are spelt. */
public final class UrlSafety {
    private static final Set<String> REFUSED = Set.of("javascript", "vbscript", "data", "file");

    private UrlSafety() {}

    public static boolean isSafe(String url) {
        // Browsers decode entities in attributes ("javascript&#58;") and ignore control characters
        // and whitespace inside a scheme ("java\tscript:"); so must the check.
        String decoded = Parser.unescapeEntities(url, true);
        String squeezed = decoded.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        int colon = squeezed.indexOf(':');
        return colon < 0 || !REFUSED.contains(squeezed.substring(0, colon));
    }
}
