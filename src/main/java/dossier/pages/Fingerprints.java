package dossier.pages;

import dossier.check.PermalinkLedger;
import dossier.io.FileMemo;
import dossier.io.Sha256;
import dossier.link.LinkedSite;
import dossier.link.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What a page's output depends on, as one hash: the site as a whole (the generator's code, config,
 * templates, every published path and title), the page's own inputs and dependencies, and its
 * citation. Two builds that give a page the same fingerprint write the same bytes for it.
 */
public final class Fingerprints {
    private final Path root;
    private final String site;
    private final String templatesAndCode;
    private String allContent; // made on first use, see allContent()
    private List<String> contentFiles; // listed on first use, see contentFiles()
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final FileMemo<String> hashes;
    /** The hashes of the pages and records as the build read them. */
    private final Map<String, String> digests;

    public Fingerprints(Path root, LinkedSite linked, String generator) {
        this(root, linked, generator, new FileMemo<>());
    }

    /** @param hashes the files' hashes that earlier builds made, kept while the files stay as they were */
    public Fingerprints(Path root, LinkedSite linked, String generator, FileMemo<String> hashes) {
        this.root = root;
        this.hashes = hashes;
        this.digests = linked.content().digests();
        MessageDigest code = Sha256.digest();
        Sha256.update(code, generator);
        // Every page and every version holds the baseUrl: one built for another (--base-url) is not reused.
        Sha256.update(code, linked.config().baseUrl());
        for (String template : filesUnder("templates")) {
            Sha256.update(code, template);
            Sha256.update(code, hashOf(template));
        }
        this.templatesAndCode = Sha256.hex(code);
        MessageDigest digest = Sha256.digest();
        Sha256.update(digest, templatesAndCode);
        Sha256.update(digest, hashOf("content/dossier.yaml"));
        linked.targets().values().stream().sorted(Comparator.comparing(Target::key))
                .forEach(t -> Sha256.update(digest, t.key() + "|" + t.kind().key() + "|" + t.path() + "|" + t.title()));
        new java.util.TreeMap<>(linked.aliases()).forEach((from, to) -> Sha256.update(digest, from + ">" + to));
        // Weights order each folder of pages, and so every page's previous and next links.
        linked.pages().stream().map(page -> page.path() + "~" + page.front().weight()).sorted()
                .forEach(line -> Sha256.update(digest, line));
        linked.collections().forEach(c -> Sha256.update(digest, c.name() + "#" + c.records().size()));
        this.site = Sha256.hex(digest);
    }

    /**
     * The hash of every content file, for the few pages that list content from all over the site.
     * Made when the first of them asks, with the files hashed in parallel: hashing them all before
     * rendering would leave the other cores idle while one reads the whole dossier.
     */
    private synchronized String allContent() {
        if (allContent == null) {
            List<String> hashed = contentFiles().parallelStream().map(file -> file + "=" + hashOf(file))
                    .toList();
            MessageDigest content = Sha256.digest();
            hashed.forEach(line -> Sha256.update(content, line));
            allContent = Sha256.hex(content);
        }
        return allContent;
    }

    /** What every page of the current site depends on: code, templates, config, every page's path and title. */
    public String site() {
        return site;
    }

    /** A hash of the generator's code and the templates: what every rendered page depends on. */
    public String templatesAndCode() {
        return templatesAndCode;
    }

    /**
     * The files under content/ that pages are made from (records, pages, schemas, chart specs), not
     * the ledger, which lists URLs, nor images and other files published as they are.
     */
    synchronized List<String> contentFiles() {
        if (contentFiles == null) {
            contentFiles = filesUnder("content").stream().filter(file -> !file.equals(PermalinkLedger.FILE))
                    .filter(dossier.history.Snapshot::isContent).toList();
        }
        return contentFiles;
    }

    /**
     * The files whose content a page shows, which its revision hashes: its inputs and the records it
     * shows something of (titles, amounts), or all content for a page that lists content from all
     * over the site. A version cited from the page then shows what the page showed.
     */
    public List<String> shownFiles(RenderJob job) {
        RenderJob.Provenance provenance = job.provenance();
        if (provenance.dependsOnAll()) {
            return contentFiles();
        }
        return Stream.concat(provenance.inputs().stream(), provenance.dependencies().stream()).distinct().sorted()
                .toList();
    }

    /** The fingerprint of one page. */
    public String of(RenderJob job, String citationState) {
        MessageDigest digest = Sha256.digest();
        Sha256.update(digest, site);
        Sha256.update(digest, job.sitePath() + "|" + job.template() + "|" + citationState);
        RenderJob.Provenance provenance = job.provenance();
        if (provenance.dependsOnAll()) {
            Sha256.update(digest, allContent());
        } else {
            Stream.concat(provenance.inputs().stream(), provenance.dependencies().stream()).distinct().sorted()
                    .forEach(file -> Sha256.update(digest, file + "=" + hashOf(file)));
        }
        return Sha256.hex(digest);
    }

    /** The SHA-256 of a file under the root, read once a build. */
    public String hashOf(String file) {
        // A page or record: hashed from the bytes the build parsed, as it read them.
        String read = digests.get(file);
        if (read != null) {
            return read;
        }
        // The memo reads the file's attributes first: an unchanged file costs that one call.
        return files.computeIfAbsent(file, name -> hashes.get(root.resolve(name), Fingerprints::sha256));
    }

    /** The file's SHA-256, or "-" for a path that is no regular file. */
    private static String sha256(Path file) {
        if (!Files.isRegularFile(file)) {
            return "-";
        }
        try {
            return Sha256.hex(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> filesUnder(String folder) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
