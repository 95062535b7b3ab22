package dossier.cite;

import dossier.config.Licences;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of a page's head tags that reference managers and Google Scholar read: Highwire
 * {@code citation_*}, Dublin Core and Open Graph. What Zotero saves follows from how its Embedded
 * Metadata translator reads them:
 * <ul>
 * <li>{@code citation_title} alone makes it guess a journal article; {@code og:type} "website" overrides
 *     the guess with a web page, whose website title it takes from {@code og:site_name};</li>
 * <li>{@code DC.type} "Dataset" (the DCMI type) makes a dataset, but only when no {@code og:type} is
 *     there, which it would rank higher: a dataset page has none;</li>
 * <li>it splits a {@code citation_author} at its last space unless the name has a comma, in which case
 *     the part before the comma is the family name: a person is written "Family, Given" (a form Google
 *     Scholar reads too), an organisation "Name," so that the whole name stays one field.</li>
 * </ul>
 */
public final class MetaTags {
    private MetaTags() {}

    /**
     * @param dataset whether the page is a dataset (a collection or a chart, with downloads)
     */
    public static Map<String, Object> of(Citation c, boolean dataset) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("citationAuthors", c.authors().stream().map(MetaTags::citationAuthor).toList());
        map.put("dcCreators", c.authors().stream().map(MetaTags::dcCreator).toList());
        map.put("dataset", dataset);
        map.put("licenseUrl", Licences.url(c.license()).orElse(""));
        return map;
    }

    /** "Family, Given" for a person, "Name," for an organisation: see the class comment. */
    static String citationAuthor(Citation.Author author) {
        if (!author.isPerson()) {
            return author.name() + ",";
        }
        return author.given().isEmpty() ? author.family() + "," : author.family() + ", " + author.given();
    }

    /** Dublin Core's creator: a person inverted, an organisation by its name. */
    static String dcCreator(Citation.Author author) {
        if (!author.isPerson()) {
            return author.name();
        }
        return author.given().isEmpty() ? author.family() : author.family() + ", " + author.given();
    }

}
