package dossier.content;

import dossier.config.SiteConfig;
import java.util.List;
import java.util.Map;

/**
 * Everything read from a site root: the result of the load stage.
 *
 * @param staticFiles other files under content/, copied as they are (paths relative to content/)
 * @param digests     the SHA-256 of each page's and record's file as it was read ("content/aid/x.yaml"
 *                    to its hex), for the fingerprints and revisions, which would otherwise read it again
 * @param unreadable  the pages and records whose files are there but could not be read (their problems
 *                    are reported), each by its {@code ref:} name with its file: a link or reference to
 *                    one is not reported as naming nothing as well
 */
public record Content(SiteConfig config, List<Collection> collections, List<Page> pages, List<ChartSpec> charts,
                      List<String> staticFiles, Map<String, String> digests, Map<String, String> unreadable) {

    public Content {
        collections = List.copyOf(collections);
        pages = List.copyOf(pages);
        charts = List.copyOf(charts);
        staticFiles = List.copyOf(staticFiles);
        digests = Map.copyOf(digests);
        unreadable = Map.copyOf(unreadable);
    }

    /** Content whose files' hashes are not known: they are read when asked for. */
    public Content(SiteConfig config, List<Collection> collections, List<Page> pages, List<ChartSpec> charts,
                   List<String> staticFiles) {
        this(config, collections, pages, charts, staticFiles, Map.of(), Map.of());
    }

    /** The content as published: without the pages and records marked {@code draft: true}. */
    public Content withoutDrafts() {
        return new Content(config, collections.stream().map(Collection::withoutDrafts).toList(),
                pages.stream().filter(page -> !page.isDraft()).toList(), charts, staticFiles, digests, unreadable);
    }

    /** The drafts, each by its {@code ref:} name ("collection/id", "page/path") with its file. */
    public java.util.Map<String, String> drafts() {
        java.util.Map<String, String> drafts = new java.util.TreeMap<>();
        collections.forEach(collection -> collection.records().stream().filter(Record::isDraft)
                .forEach(record -> drafts.put(record.key(), record.file())));
        // The home page is there in any case, made from the settings when content/index.md is a draft.
        pages.stream().filter(page -> page.isDraft() && !page.isHome())
                .forEach(page -> drafts.put(page.refName(), page.file()));
        return drafts;
    }
}
