package dossier.cache;

import dossier.history.Change;
import dossier.link.PageKind;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one commit did, compared with its first parent: the pages whose state changed (with their
 * new state), those that went away, and the revisions it made. A commit whose content does not
 * build says why in {@code problem}. The history cache keeps one for each commit it has walked.
 */
public record CommitRecord(String problem, Map<String, PageState> changed, List<String> removed,
                           List<NewRevision> revisions) {
    public CommitRecord {
        changed = new TreeMap<>(changed);
        removed = List.copyOf(removed);
        revisions = List.copyOf(revisions);
    }

    public boolean builds() {
        return problem == null || problem.isEmpty();
    }

    /**
     * A page as one state of the content has it.
     *
     * @param source the content file the page comes from ("content/aid/x.yaml")
     * @param inputs the git blob of each file the page shows, "-" for none; empty when it shows all content
     * @param tree   the content tree of the state, to find what changed for a page that shows all content
     */
    public record PageState(String revision, PageKind kind, String title, String source, Map<String, String> inputs,
                            String tree) {
        public PageState {
            // By path, not Map.copyOf: its iteration order changes from one JVM to the next, and the
            // history cache stores these maps as they iterate.
            inputs = Collections.unmodifiableSortedMap(new TreeMap<>(inputs));
        }

        public boolean showsAll() {
            return inputs.isEmpty();
        }
    }

    /** A new revision of a page, and what changed since its revision in the parent commit. */
    public record NewRevision(String sitePath, String revision, boolean first, List<Change> changes) {
        public NewRevision {
            changes = List.copyOf(changes);
        }
    }
}
