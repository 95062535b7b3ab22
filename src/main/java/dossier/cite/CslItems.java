package dossier.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import dossier.link.PageKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * What a page cites, as one Citation Style Language item: the texts of the panel, cite.json,
 * cite.bib and cite.ris are all made from it, so the page, the downloads and any CSL processor agree.
 */
public final class CslItems {
    private CslItems() {}

    /**
     * The dossier's page itself: a web page of the dossier, or a dataset for collection and chart pages
     * (what they publish is data), by the dossier's authors, dated by its last change.
     */
    public static CSLItemData entry(Citation c) {
        return entry(c, Optional.empty());
    }

    /** @param undated the date of a page that neither git nor its content dates */
    public static CSLItemData entry(Citation c, Optional<LocalDate> undated) {
        CSLItemDataBuilder item = new CSLItemDataBuilder()
                .id(c.key())
                .type(c.kind() == PageKind.COLLECTION || c.kind() == PageKind.CHART ? CSLType.DATASET : CSLType.WEBPAGE)
                .title(c.title())
                .author(names(c.authors()))
                .containerTitle(c.container())
                .URL(c.citedUrl())
                .language(c.language())
                .version(c.revision());
        // A publisher that is only the site's title again would be printed twice.
        if (!c.publisher().isEmpty() && !c.publisher().equals(c.container())) {
            item.publisher(c.publisher());
        }
        c.lastChanged().or(() -> undated).ifPresent(d -> item.issued(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
        if (!c.keywords().isEmpty()) {
            item.keyword(String.join(", ", c.keywords()));
        }
        if (!c.version().isEmpty()) {
            // The URL is this revision's, which never changes; the permalink always shows the latest.
            item.note("Permalink (latest revision): " + c.permalink());
        }
        return item.build();
    }

    /** A person as family and given name; an organisation as one literal name, never split. */
    static CSLName[] names(List<Citation.Author> authors) {
        return authors.stream().map(a -> a.isPerson()
                ? new CSLNameBuilder().family(a.family()).given(a.given()).build()
                : new CSLNameBuilder().literal(a.name()).build()).toArray(CSLName[]::new);
    }

    /** The item as CSL-JSON, field names and shapes as the CSL schema has them. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> json(CSLItemData item) {
        Map<String, Object> json = new java.util.LinkedHashMap<>(
                (Map<String, Object>) item.toJson(new MapJsonBuilderFactory().createJsonBuilder()));
        // The map holds the type as its enum constant; CSL-JSON spells it as the CSL does ("webpage").
        json.put("type", item.getType().toString());
        return json;
    }
}
