package dossier.output;

import dossier.problem.Position;
import dossier.problem.Problem;
import dossier.problem.Problems;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every file a build writes, claimed with its owner before anything is written: pages, records,
 * aliases, static files, assets and generated files all pass through here. Two owners of one file,
 * or a file where another output needs a folder ({@code sitemap.xml} and {@code sitemap.xml/index.html}),
 * is a content error at the later owner that names both, so the build stops before writing.
 */
public final class OutputPaths {
    /**
     * Who writes a file.
     *
     * @param at   where a reader fixes a clash: the content file, alias or declaration
     * @param what      how messages name it: "the page content/about.md", "the build's sitemap"
     * @param generated the build writes it whatever the content, so only the other side can move
     */
    public record Owner(Position at, String what, boolean generated) {
        public Owner(Position at, String what) {
            this(at, what, false);
        }

        public static Owner generated(String what) {
            return new Owner(Position.start("content/dossier.yaml"), what, true);
        }
    }

    private final Map<String, Owner> files = new HashMap<>();
    /** Each folder that claimed files lie in, to one of those files. */
    private final Map<String, String> folders = new HashMap<>();
    private final Problems problems;

    public OutputPaths(Problems problems) {
        this.problems = problems;
    }

    /** Claims a file ("data/items.json"); when another output has it, the clash is reported instead. */
    public synchronized void claim(String file, Owner owner) {
        Owner same = files.get(file);
        if (same != null) {
            clash(owner, file, same, file);
            return;
        }
        for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
            String folder = file.substring(0, slash);
            if (files.containsKey(folder)) {
                clash(owner, file, files.get(folder), folder);
                return;
            }
        }
        String inside = folders.get(file);
        if (inside != null) {
            clash(owner, file, files.get(inside), inside);
            return;
        }
        files.put(file, owner);
        for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
            folders.putIfAbsent(file.substring(0, slash), file);
        }
    }

    /** Every file claimed so far: what the build means to write, whether or not each write succeeds. */
    public synchronized Set<String> files() {
        return Set.copyOf(files.keySet());
    }

    /** Who claimed exactly this file, if anyone did. */
    public synchronized java.util.Optional<Owner> owner(String file) {
        return java.util.Optional.ofNullable(files.get(file));
    }

    /** True when {@code file} could be claimed without a clash: nothing has it, a folder of it, or a file inside it. */
    public synchronized boolean free(String file) {
        if (files.containsKey(file) || folders.containsKey(file)) {
            return false;
        }
        for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
            if (files.containsKey(file.substring(0, slash))) {
                return false;
            }
        }
        return true;
    }

    /** Claims a file unless it is claimed already: a dossier's own asset replaces a built-in one of that name. */
    public synchronized void claimUnlessTaken(String file, Owner owner) {
        if (!files.containsKey(file)) {
            claim(file, owner);
        }
    }

    /** Fails (a bug) when the build wrote a file that nothing claimed: the claims must be the whole site. */
    public synchronized void requireClaimed(Set<String> written) {
        Set<String> unclaimed = new TreeSet<>(written);
        unclaimed.removeAll(files.keySet());
        if (!unclaimed.isEmpty()) {
            throw new IllegalStateException("written without a claim: " + unclaimed);
        }
    }

    /**
     * Reports that {@code owner} cannot have {@code file} because {@code other} has {@code otherFile}
     * (the same file, a folder of it, or a file inside it), at the side an editor can move: the
     * later one, unless only the earlier one is content.
     */
    private void clash(Owner owner, String file, Owner other, String otherFile) {
        if (owner.generated() && !other.generated()) {
            report(other, otherFile, owner, file);
        } else {
            report(owner, file, other, otherFile);
        }
    }

    private void report(Owner owner, String file, Owner other, String otherFile) {
        String where;
        if (file.equals(otherFile)) {
            where = "where " + other.what() + " is published too";
        } else if (file.startsWith(otherFile + "/")) {
            where = "inside /" + otherFile + ", where " + other.what() + " is published as a file";
        } else {
            where = "where " + other.what() + " needs a folder for /" + otherFile;
        }
        problems.add(Problem.at(owner.at(), owner.what() + " would be published as /" + file + ", " + where,
                other.generated() ? "rename or move it: the build writes that path itself"
                        : "rename or move one of the two: each published path has one source"));
    }
}
