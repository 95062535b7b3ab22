package dossier.cite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * When each content file last changed, from git: one {@code git log} for the whole build. A root
 * outside git, or a machine without git, has no history, and pages fall back on their content.
 */
public final class ChangeHistory {
    private static final String COMMIT = "\u0001";

    private final Map<String, LocalDate> lastChanged;

    private ChangeHistory(Map<String, LocalDate> lastChanged) {
        this.lastChanged = Map.copyOf(lastChanged);
    }

    public static ChangeHistory none() {
        return new ChangeHistory(Map.of());
    }

    /** Reads the history of {@code root/content} and {@code root/templates}, if root is in a git work tree. */
    public static ChangeHistory of(Path root) {
        Optional<String> prefix = git(root, "rev-parse", "--show-prefix").map(String::strip);
        if (prefix.isEmpty()) {
            return none();
        }
        Optional<String> log = git(root, "-c", "core.quotepath=off", "log", "--format=" + COMMIT + "%cI",
                "--name-only", "--no-renames", "--", "content");
        if (log.isEmpty()) {
            return none();
        }
        Map<String, LocalDate> dates = new HashMap<>();
        LocalDate current = null;
        for (String line : log.get().split("\n")) {
            if (line.startsWith(COMMIT)) {
                current = OffsetDateTime.parse(line.substring(1).strip()).toLocalDate();
            } else if (!line.isBlank() && current != null && line.startsWith(prefix.get())) {
                // Newest commits come first: the first date seen for a file is its last change.
                dates.putIfAbsent(line.substring(prefix.get().length()), current);
            }
        }
        return new ChangeHistory(dates);
    }

    /** True when git dates nothing: the root is outside a git work tree, or nothing in it is committed. */
    public boolean isEmpty() {
        return lastChanged.isEmpty();
    }

    /** The last commit date of a file given relative to the root ("content/aid/x.yaml"). */
    public Optional<LocalDate> lastChanged(String file) {
        return Optional.ofNullable(lastChanged.get(file));
    }

    private static Optional<String> git(Path root, String... arguments) {
        String[] command = new String[arguments.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = root.toString();
        System.arraycopy(arguments, 0, command, 3, arguments.length);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            process.getErrorStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(out);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
