package dossier.cite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A git work tree for tests: files committed on given dates, as an editor's history would have them. */
final class GitFolder {
    private final Path root;

    private GitFolder(Path root) {
        this.root = root;
    }

    static GitFolder init(Path root) {
        GitFolder folder = new GitFolder(root);
        folder.git("2000-01-01", "init", "-q");
        return folder;
    }

    /** Writes each file (relative path, then text) and commits them all on {@code date} (yyyy-MM-dd). */
    GitFolder commit(String date, String... pathsAndTexts) {
        try {
            for (int i = 0; i < pathsAndTexts.length; i += 2) {
                Path file = root.resolve(pathsAndTexts[i]);
                Files.createDirectories(file.getParent());
                Files.writeString(file, pathsAndTexts[i + 1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        git(date, "add", "-A");
        git(date, "commit", "-q", "-m", "change of " + date);
        return this;
    }

    private void git(String date, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString(), "-c", "user.name=Test",
                "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(root);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("GIT_AUTHOR_DATE", date + "T12:00:00+00:00");
            builder.environment().put("GIT_COMMITTER_DATE", date + "T12:00:00+00:00");
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("git " + command + " failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
