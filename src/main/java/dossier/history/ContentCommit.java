package dossier.history;

import java.time.LocalDate;

/**
 * A commit on the first-parent line of {@code HEAD} that changed {@code content/}: each is a state of
 * the dossier that was (or could have been) published.
 *
 * @param id      the commit's full id
 * @param tree    the id of its {@code content/} tree: two commits with the same tree hold the same content
 * @param date    the commit date, in the committer's time zone
 * @param subject the first line of its message
 */
public record ContentCommit(String id, String tree, LocalDate date, String subject) {
    /** The first 12 characters of the id, as history pages show it. */
    public String shortId() {
        return id.substring(0, Math.min(12, id.length()));
    }
}
