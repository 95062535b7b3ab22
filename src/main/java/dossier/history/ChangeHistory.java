package dossier.history;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * When each content file last changed, from the dossier's git history ({@link GitHistory#lastChanged()}).
 * A root outside git has no history, and pages fall back on the dates their content gives.
 */
public final class ChangeHistory {
    private final Map<String, LocalDate> lastChanged;

    private ChangeHistory(Map<String, LocalDate> lastChanged) {
        this.lastChanged = Map.copyOf(lastChanged);
    }

    public static ChangeHistory none() {
        return new ChangeHistory(Map.of());
    }

    /** @param lastChanged each file's last change, by its path relative to the root ("content/aid/x.yaml") */
    public static ChangeHistory of(Map<String, LocalDate> lastChanged) {
        return new ChangeHistory(lastChanged);
    }

    /** True when git dates nothing: the root is outside a git work tree, or nothing in it is committed. */
    public boolean isEmpty() {
        return lastChanged.isEmpty();
    }

    /** The last commit date of a file given relative to the root ("content/aid/x.yaml"). */
    public Optional<LocalDate> lastChanged(String file) {
        return Optional.ofNullable(lastChanged.get(file));
    }
}
