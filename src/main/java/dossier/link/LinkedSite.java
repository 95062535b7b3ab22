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
 */
public record LinkedSite(Content content, Map<String, Target> targets, Map<String, List<Reference>> outgoing,
                         Map<String, List<Reference>> incoming, Map<String, String> aliases) {

    public LinkedSite {
        targets = Map.copyOf(targets);
        outgoing = Map.copyOf(outgoing);
        incoming = Map.copyOf(incoming);
        aliases = Map.copyOf(aliases);
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
