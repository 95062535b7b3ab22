package dossier.check;

import dossier.io.AtomicFiles;
import dossier.io.RealPaths;
import dossier.io.SourceText;
import dossier.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code content/published-urls.txt}: every URL the site has published, one a line. A URL that
 * disappears without an alias to cover it fails the build, so citations keep resolving.
 */
public final class PermalinkLedger {
    public static final String FILE = "content/published-urls.txt";
    /** A version URL ("/aid/x/v/199b642b0628/") or a file published with it (a chart's CSV as it was). */
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile(".*/v/[0-9a-f]{12}/.*");
    /** The ledger's first lines, also what `dossier init` writes as the empty ledger of a new dossier. */
    public static final String HEADER = """
            # Every URL this dossier has published. Researchers cite them: each must keep working.
            # `dossier build --update-ledger` adds new ones; a URL that is no longer produced fails the
            # build unless a page or record lists it under `aliases:`. Do not remove lines.
            """;

    private final Path root;
    private final Path file;

    public PermalinkLedger(Path root) {
        this.root = root;
        this.file = root.resolve(FILE);
    }

    /**
     * The URLs listed that the build no longer produces, each at its line; or why the ledger cannot
     * be read or written: a link out of content/ (a pull request could make the build read or
     * overwrite any file) or something that is no file.
     */
    public List<Problem> check(Set<String> published) {
        return check(published, true, url -> new Lost("the git history here does not hold the commit that made it",
                "restore the history that has it"));
    }

    /** Why a version listed in the ledger is no longer produced, and what to do. */
    public record Lost(String why, String fix) {}

    /**
     * @param versionsBuilt false outside git, where no version pages are built: the ledger's version
     *                      URLs are then not checked (the build says so)
     * @param whyLost       why a listed version (its site path) is no longer produced
     */
    public List<Problem> check(Set<String> published, boolean versionsBuilt,
                               java.util.function.Function<String, Lost> whyLost) {
        Optional<Problem> outside = RealPaths.leavesFolder(root, file, root.resolve("content"));
        if (outside.isPresent()) {
            return List.of(outside.get());
        }
        if (!Files.exists(file)) {
            return List.of();
        }
        if (!Files.isRegularFile(file)) {
            return List.of(Problem.inFile(FILE, "the ledger is not a regular file",
                    "remove it; `dossier build --update-ledger` writes a new one"));
        }
        List<Problem> problems = new ArrayList<>();
        SourceText.Result text = SourceText.read(file, FILE);
        if (text instanceof SourceText.Unreadable unreadable) {
            return List.of(unreadable.problem());
        }
        List<String> lines = ((SourceText.Text) text).text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String url = lines.get(i).strip();
            if (url.isEmpty() || url.startsWith("#")) {
                continue;
            }
            boolean version = VERSION.matcher(url).matches();
            if (version && !versionsBuilt) {
                continue;
            }
            if (!published.contains(url) && version) {
                Lost lost = whyLost.apply(url);
                problems.add(new Problem(FILE, i + 1, 1, "the published version " + url + " is no longer produced: "
                        + lost.why(), lost.fix()));
            } else if (!published.contains(url)) {
                problems.add(new Problem(FILE, i + 1, 1, "the published URL " + url + " is no longer produced",
                        "add `aliases: [" + url + "]` to the page or record that replaces it, or restore it"));
            }
        }
        return problems;
    }

    /**
     * Adds the URLs not listed yet; keeps every line already there. Returns how many were added.
     * Call it only after {@link #check} found nothing: the ledger's real path is then inside content/.
     */
    public int update(Set<String> published) {
        List<String> lines = Files.isRegularFile(file) ? new ArrayList<>(read()) : new ArrayList<>();
        Set<String> listed = new TreeSet<>();
        lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(listed::add);
        Set<String> all = new TreeSet<>(listed);
        all.addAll(published);
        int added = all.size() - listed.size();
        StringBuilder text = new StringBuilder(HEADER);
        all.forEach(url -> text.append(url).append('\n'));
        try {
            AtomicFiles.replace(RealPaths.of(file), text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return added;
    }

    /** The lines of a ledger that {@link #check} has read without a problem. */
    private List<String> read() {
        if (SourceText.read(file, FILE) instanceof SourceText.Text text) {
            return text.text().lines().toList();
        }
        throw new IllegalStateException(FILE + " is updated only after it was checked");
    }
}
