package dossier.cite;

import dossier.link.PageKind;
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
 * @param version     the absolute URL of this revision ({@code <permalink>v/<revision>/}), empty
 *                    when the site publishes no versions (a dossier outside git)
 */
public record Citation(String key, String title, List<Author> authors, String container, String publisher,
                       String language, String permalink, Optional<LocalDate> lastChanged, String revision,
                       PageKind kind, List<String> keywords, String license, String version) {

    public Citation {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
    }

    /** A citation of a page whose revisions are not published. */
    public Citation(String key, String title, List<Author> authors, String container, String publisher,
                    String language, String permalink, Optional<LocalDate> lastChanged, String revision,
                    PageKind kind, List<String> keywords, String license) {
        this(key, title, authors, container, publisher, language, permalink, lastChanged, revision, kind, keywords,
                license, "");
    }

    /** The same citation under the page's title, which is known only once its model is built. */
    public Citation titled(String pageTitle) {
        return new Citation(key, pageTitle, authors, container, publisher, language, permalink, lastChanged, revision,
                kind, keywords, license, version);
    }

    /**
     * The citation a version page gives: dated by the commit that made the revision (when it is
     * committed), and keyed by the revision, so that two versions of a page cited in one
     * bibliography do not share a key.
     */
    public Citation ofVersion(Optional<LocalDate> date) {
        return new Citation(key + "-" + revision, title, authors, container, publisher, language, permalink,
                date.or(() -> lastChanged), revision, kind, keywords, license, version);
    }

    /** The URL a reader should cite: this revision's, where the site publishes revisions. */
    public String citedUrl() {
        return version.isEmpty() ? permalink : version;
    }

    /** A person ({@code family}, {@code given}) or an organisation (only {@code name}). */
    public record Author(String name, String family, String given) {
        public boolean isPerson() {
            return !family.isEmpty();
        }
    }
}
