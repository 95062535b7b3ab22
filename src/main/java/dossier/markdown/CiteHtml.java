package dossier.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import dossier.link.CitedPassage;

/** A page's cite as HTML: the work linked to its page, the locator, a quote, and a link to the passage. */
final class CiteHtml {
    /** Starts the word that holds a cite's place while flexmark parses the text. */
    static final String TOKEN = "DOSSIERCITE";

    private CiteHtml() {}

    /** A word unique to the n-th cite, as long as the cite was written where it can be. */
    static String token(int n, int length) {
        String token = TOKEN + n + "Q";
        return token + "Q".repeat(Math.max(0, length - token.length()));
    }

    static String of(CitedPassage cite, CitedWork work) {
        StringBuilder html = new StringBuilder("<a href=\"").append(escape(work.href())).append("\">")
                .append(escape(work.title())).append("</a>, ").append(escape(cite.locator().text().strip()));
        cite.quote().ifPresent(quote -> html.append(": <q>").append(escape(quote.text())).append("</q>"));
        if (UrlSafety.isWeb(work.url())) {
            html.append(" (<a class=\"passage\" href=\"")
                    .append(escape(cite.fragment().map(f -> f.on(work.url())).orElse(work.url())))
                    .append("\">").append(cite.fragment().isPresent() ? "passage" : "original").append("</a>)");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return Escaping.escapeHtml(text, false);
    }
}
