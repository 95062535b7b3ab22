package dossier.passage;

import dossier.io.SourceText;
import dossier.link.CitedPassage;
import dossier.link.LinkedSite;
import dossier.problem.Problem;
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
    public record Outcome(List<Problem> problems, Optional<String> note) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    private SourceTexts() {}

    /** @param folder the folder of texts, or empty when none was given */
    public static Outcome check(LinkedSite site, Optional<Path> folder) {
        Map<String, List<CitedPassage>> bySource = CitedPassages.of(site).stream()
                .collect(Collectors.groupingBy(CitedPassage::source, TreeMap::new, Collectors.toList()));
        if (folder.isEmpty()) {
            boolean anchored = bySource.values().stream().flatMap(List::stream).anyMatch(c -> c.start().isPresent());
            return new Outcome(List.of(), anchored ? Optional.of("dossier: the citations' passages were not checked "
                    + "against their sources (give --source-texts DIR, a folder of <source-id>.txt)") : Optional.empty());
        }
        List<Problem> problems = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        int citations = 0;
        for (Map.Entry<String, List<CitedPassage>> source : bySource.entrySet()) {
            String name = source.getKey() + ".txt";
            Path file = folder.get().resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            SourceText.Result text = SourceText.read(file, file.toString());
            if (text instanceof SourceText.Unreadable unreadable) {
                problems.add(unreadable.problem());
                continue;
            }
            PassageCheck check = new PassageCheck(SourceDocument.parse(((SourceText.Text) text).text()), name);
            source.getValue().forEach(cite -> problems.addAll(check.check(cite)));
            checked.add(source.getKey());
            citations += source.getValue().size();
        }
        return new Outcome(problems, Optional.of("dossier: checked " + citations + " citation(s) of "
                + (checked.isEmpty() ? "no source" : String.join(", ", checked)) + " against " + folder.get()
                + "; " + (bySource.size() - checked.size()) + " other cited source(s) have no text there"));
    }
}
