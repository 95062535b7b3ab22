package dossier.pages;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A revision of a page, rendered at {@code <permalink>v/<revision>/}.
 *
 * @param revision    the revision id its citations give
 * @param date        the date of the commit that made it; empty for a revision not committed yet
 * @param commit      that commit's short id, or empty
 * @param currentPath where the page is now (its own path, or the page that took it over by an
 *                    alias); empty when it is no longer published
 * @param fingerprint what the rendered version depends on: the same fingerprint, the same bytes
 * @param data        the files published beside it (a chart's CSV as it was), by their path in the
 *                    site; its page links them instead of today's
 */
public record PageVersion(String revision, Optional<LocalDate> date, String commit, String currentPath, String fingerprint,
                   java.util.List<String> data) {

    public PageVersion {
        data = java.util.List.copyOf(data);
    }

    public PageVersion(String revision, Optional<LocalDate> date, String commit, String currentPath, String fingerprint) {
        this(revision, date, commit, currentPath, fingerprint, java.util.List.of());
    }
}
