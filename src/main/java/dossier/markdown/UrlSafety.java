package dossier.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a URL may reach a reader: relative, or with a scheme from a short list, however the
 * scheme is spelt. An allowlist rather than a list of bad schemes: a scheme nobody thought of
 * (an operating system's protocol handler, say) is refused too.
 */
public final class UrlSafety {
    /** The schemes a link may use; {@code ref:} is resolved to a site path before any HTML is written. */
    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "ref");
    /** A scheme as the URL standard reads it: a letter, then letters, digits, "+", "-" or ".", then ":". */
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    /** Browsers skip ASCII whitespace and control characters around and inside a scheme. */
    private static final Pattern SKIPPED = Pattern.compile("[\\x00-\\x20\\x7f]");
    /**
     * %XX of a character a scheme is made of, one browsers skip, or "%" itself (for "%256A"); not
     * "%3A": an encoded ":" ends no scheme, and "a%3Ab" is a relative link.
     */
    private static final Pattern PERCENT =
            Pattern.compile("%([01][0-9a-fA-F]|2[05bBdDeE]|3[0-9]|[46][1-9a-fA-F]|[57][0-9aA])");
    /** Enough rounds for any nesting a reader's software could still decode; more only costs time. */
    private static final int DECODING_ROUNDS = 4;

    private UrlSafety() {}

    /** What the build says of a link whose scheme {@link #isSafe} refuses, with {@link #REFUSED_HINT}. */
    public static String refused(String asWritten) {
        return "the link \"" + asWritten + "\" uses a refused scheme";
    }

    public static final String REFUSED_HINT = "only http:, https:, mailto: and ref: links and relative links are "
            + "published; link to a page instead";

    public static boolean isSafe(String url) {
        return scheme(url).map(ALLOWED::contains).orElse(true);
    }

    /** An absolute http(s) address: what a link to a work's original may be. */
    public static boolean isWeb(String url) {
        return url.regionMatches(true, 0, "https://", 0, 8) || url.regionMatches(true, 0, "http://", 0, 7);
    }

    /**
     * The scheme of a URL in lower case, or empty for a relative URL. It is read after decoding
     * HTML entities ("jav&amp;#x61;script:", as in an attribute), percent-encoding ("%6Aavascript:")
     * and removing the whitespace and control characters browsers skip ("java\tscript:"), each
     * repeated while it changes something, so no spelling hides a scheme.
     */
    public static Optional<String> scheme(String url) {
        // Most URLs hold nothing to decode or skip: read their scheme as they are (the link check asks
        // for every link of every page, on every build).
        String text = isPlain(url) ? url : decoded(url);
        Matcher scheme = SCHEME.matcher(text);
        return scheme.find() ? Optional.of(scheme.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** True when no decoding below changes the URL: no "&", no "%", nothing a browser skips. */
    private static boolean isPlain(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '&' || c == '%' || c <= 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static String decoded(String url) {
        String text = url;
        for (int round = 0; round < DECODING_ROUNDS; round++) {
            String decoded = percentDecoded(HtmlEntities.decoded(text));
            decoded = SKIPPED.matcher(decoded).replaceAll("");
            if (decoded.equals(text)) {
                break;
            }
            text = decoded;
        }
        return text;
    }

    /** Decodes the %XX that {@link #PERCENT} matches; the rest of the URL does not matter here. */
    private static String percentDecoded(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        Matcher escape = PERCENT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (escape.find()) {
            char decoded = (char) Integer.parseInt(escape.group(1), 16);
            escape.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(decoded)));
        }
        escape.appendTail(out);
        return out.toString();
    }
}
