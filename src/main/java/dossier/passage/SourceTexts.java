package dossier.passage;

import dossier.io.SourceText;
import dossier.link.CitedPassage;
import dossier.link.LinkedSite;
import dossier.markdown.UrlSafety;
import dossier.problem.Problem;
import dossier.schema.DidYouMean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks every citation against plain-text copies of the cited works, {@code <dir>/<source-id>.txt}.
 * The copies stay outside the dossier and are never published: sources are usually copyrighted,
 * and only a fragment's few words appear on the site.
 */
public final class SourceTexts {
    /** The problems found, and a line saying what was checked. */
    public record Outcome(List<Problem> problems, List<Problem> warnings, Optional<String> note) {
        public Outcome {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }
    }

    private SourceTexts() {}

    /**
     * A work's {@code url} is where its passages are linked, and what reference managers save as its
     * address: an http(s) address, whatever a collection's schema allows.
     */
    private static List<Problem> originals(LinkedSite site) {
        return site.works()
                .filter(r -> r.fields().path("url").isTextual() && !UrlSafety.isWeb(r.fields().path("url").asText()))
                .map(r -> Problem.at(r.document().valueAt("/url"), "the url \"" + r.fields().path("url").asText()
                        + "\" of a cited work is not an http(s) address", "write the address of the original, "
                        + "https://…: pages link the cited passages there"))
                .toList();
    }

    /** @param folder the folder of texts, or empty when none was given */
    public static Outcome check(LinkedSite site, Optional<Path> folder) {
        CitedPassages.Found found = CitedPassages.of(site);
        List<Problem> problems = new ArrayList<>(found.problems());
        problems.addAll(originals(site));
        found.citations().forEach(cite -> problems.addAll(PassageCheck.words(cite)));
        Map<String, List<CitedPassage>> bySource = found.citations().stream()
                .collect(Collectors.groupingBy(CitedPassage::source, TreeMap::new, Collectors.toList()));
        if (folder.isEmpty()) {
            boolean anchored = found.citations().stream().anyMatch(c -> c.start().isPresent());
            return new Outcome(problems, List.of(), anchored ? Optional.of("dossier: the citations' passages were not checked "
                    + "against their sources (give --source-texts DIR, a folder of <source-id>.txt)") : Optional.empty());
        }
        List<String> checked = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        int citations = 0;
        for (Map.Entry<String, List<CitedPassage>> source : bySource.entrySet()) {
            String name = fileName(source.getKey());
            Path file = folder.get().resolve(name);
            if (!Files.exists(file)) {
                unchecked.add(source.getKey());
                continue;
            }
            Optional<SourceDocument> document = read(file, name, problems);
            if (document.isEmpty()) {
                continue;
            }
            PassageCheck check = new PassageCheck(document.get(), name);
            source.getValue().forEach(cite -> problems.addAll(check.check(cite)));
            checked.add(source.getKey());
            citations += source.getValue().size();
        }
        return new Outcome(problems, strays(folder.get(), bySource.keySet()), Optional.of("dossier: checked "
                + citations + " citation(s) of " + (checked.isEmpty() ? "no source" : String.join(", ", checked))
                + " against " + folder.get() + (unchecked.isEmpty() ? "" : "; no text there for " + unchecked.size()
                + " other cited source(s): " + String.join(", ", unchecked.subList(0, Math.min(5, unchecked.size())))
                + (unchecked.size() > 5 ? ", …" : ""))));
    }

    private static String fileName(String source) {
        return source.substring(source.indexOf('/') + 1) + ".txt";
    }

    /** A source's text read and parsed, or the problem that keeps it from being used. */
    /** @param name how messages name the text: its file name, as the folder is outside the dossier */
    private static Optional<SourceDocument> read(Path file, String name, List<Problem> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.inFile(name, "the source text is not a file",
                    "make it a plain-text file, <source-id>.txt"));
            return Optional.empty();
        }
        SourceText.Result text = SourceText.read(file, name);
        if (text instanceof SourceText.Unreadable unreadable) {
            problems.add(unreadable.problem());
            return Optional.empty();
        }
        SourceDocument document = SourceDocument.parse(((SourceText.Text) text).text());
        if (document.passages().isEmpty()) {
            problems.add(Problem.inFile(name, "the source text has no paragraph",
                    "put the source's text in it, paragraphs separated by blank lines"));
            return Optional.empty();
        }
        return Optional.of(document);
    }

    /** A warning for each text that no citation cites and whose name is close to a cited one: a misspelt id. */
    private static List<Problem> strays(Path folder, java.util.Set<String> cited) {
        List<String> names = cited.stream().map(SourceTexts::fileName).distinct().toList();
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            // Only a name close to a cited one: a folder may hold other texts too.
            return files.map(f -> f.getFileName().toString()).filter(n -> !names.contains(n)).sorted()
                    .flatMap(n -> DidYouMean.nearest(n.toLowerCase(java.util.Locale.ROOT), names).stream()
                            .map(near -> Problem.inFile(n, "no citation cites the source "
                                    + "of this text", "did you mean " + near + "? a text is named after the record "
                                    + "of the work it copies, <source-id>.txt")))
                    .toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
