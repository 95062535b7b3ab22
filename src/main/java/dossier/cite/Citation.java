package dossier.cite;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a citation of one page says.
 *
 * @param authors     people or organisations, as written in the site config
 * @param container   the dossier's title
 * @param lastChanged when the page's inputs last changed, if known
 * @param revision    a short hash of the page's inputs: the same content gives the same id
 * @param kind        "page", "record", "collection", "chart" or "home"
 */
public record Citation(String key, String title, List<Author> authors, String container, String publisher,
                       String language, String permalink, Optional<LocalDate> lastChanged, String revision,
                       String kind, List<String> keywords, String license) {

    public Citation {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
    }

    /** The same citation under the page's title, which is known only once its model is built. */
    public Citation titled(String pageTitle) {
        return new Citation(key, pageTitle, authors, container, publisher, language, permalink, lastChanged, revision,
                kind, keywords, license);
    }

    /** A person ({@code family}, {@code given}) or an organisation (only {@code name}). */
    public record Author(String name, String family, String given) {
        public boolean isPerson() {
            return !family.isEmpty();
        }
    }
}
