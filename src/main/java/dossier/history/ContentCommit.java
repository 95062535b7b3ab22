package dossier.history;

import java.time.LocalDate;

/**
 * A commit reachable from {@code HEAD} that changed {@code content/} from its first parent: each is
 * a state of the dossier that was (or could have been) published, on the main line or on a branch
 * merged into it.
 *
 * @param id         the commit's full id
 * @param tree       the id of its {@code content/} tree: two commits with the same tree hold the same content
 * @param parentTree the {@code content/} tree of its first parent; empty for a first commit (or the
 *                   first of a shallow clone)
 * @param date       the commit date, in the committer's time zone
 * @param subject    the first line of its message
 */
public record ContentCommit(String id, String tree, String parentTree, LocalDate date, String subject) {
    /** The first 12 characters of the id, as history pages show it. */
    public String shortId() {
        return id.substring(0, Math.min(12, id.length()));
    }
}
