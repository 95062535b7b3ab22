package dossier.link;

import dossier.config.SiteConfig;
import dossier.content.Collection;
import dossier.content.Content;
import dossier.content.Page;
import dossier.content.Record;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of the link stage: content with every reference resolved, backlinks gathered and
 * every published path known.
 *
 * @param targets     everything addressable, by key: "countries/china", "countries", "about", ""
 * @param outgoing    each record's references, by record key, in document order
 * @param incoming    references that point at each record, by record key, sorted
 * @param aliases     old site paths that redirect, to the key of the target they now lead to
 * @param drafts      the drafts left out of the site, by the key a link names them with, to their file
 */
public record LinkedSite(Content content, Map<String, Target> targets, Map<String, List<Reference>> outgoing,
                         Map<String, List<Reference>> incoming, Map<String, String> aliases,
                         Map<String, String> drafts) {

    public LinkedSite {
        targets = Map.copyOf(targets);
        outgoing = Map.copyOf(outgoing);
        incoming = Map.copyOf(incoming);
        aliases = Map.copyOf(aliases);
        drafts = Map.copyOf(drafts);
    }

    /** A site that leaves no draft out. */
    public LinkedSite(Content content, Map<String, Target> targets, Map<String, List<Reference>> outgoing,
                      Map<String, List<Reference>> incoming, Map<String, String> aliases) {
        this(content, targets, outgoing, incoming, aliases, Map.of());
    }

    public SiteConfig config() {
        return content.config();
    }

    public List<Collection> collections() {
        return content.collections();
    }

    public List<Page> pages() {
        return content.pages();
    }

    /** The records of the collections marked {@code cites: works}: the works citations may name. */
    public java.util.stream.Stream<dossier.content.Record> works() {
        return collections().stream().filter(c -> c.config().citesWorks()).flatMap(c -> c.records().stream());
    }

    /** The file of the draft a {@code ref:} name leads to, when it names a draft left out of the site. */
    public Optional<String> draft(String key) {
        return Optional.ofNullable(drafts.get(key));
    }

    public Optional<Target> target(String key) {
        return Optional.ofNullable(targets.get(key));
    }

    public String pathOf(Record record) {
        return targets.get(record.key()).path();
    }

    public List<Reference> outgoing(Record record) {
        return outgoing.getOrDefault(record.key(), List.of());
    }

    public List<Reference> incoming(Record record) {
        return incoming.getOrDefault(record.key(), List.of());
    }
}
