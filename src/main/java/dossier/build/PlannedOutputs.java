package dossier.build;

import dossier.content.Alias;
import dossier.content.ChartSpec;
import dossier.content.Collection;
import dossier.content.Page;
import dossier.content.Record;
import dossier.content.SitePaths;
import dossier.link.LinkedSite;
import dossier.link.Target;
import dossier.output.OutputPaths;
import dossier.pages.RenderJob;
import dossier.pages.RenderJobs;
import dossier.problem.Position;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.output.OutputPaths.Owner;
import dossier.publish.SiteOutput;
import dossier.versions.HistoryPages;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Claims every file of a build in {@link OutputPaths} before anything is written. Generated files
 * first (each {@link SiteOutput} claims its own), content after, so that a clash is reported where
 * an editor can fix it: at the page, alias or static file that lands on a generated file or on
 * another content file.
 */
final class PlannedOutputs {
    private PlannedOutputs() {}

    /** @param outputs the outputs that will write their files ({@link SiteOutput#all()}) */
    public static OutputPaths claim(Path root, LinkedSite site, List<Path> templateAssets, List<SiteOutput> outputs,
                                    Problems problems) {
        OutputPaths paths = new OutputPaths(problems);
        outputs.forEach(output -> output.claim(root, site, templateAssets, paths));
        paths.claim(SitePaths.outputFile(RenderJobs.NOT_FOUND), Owner.generated("the build's page-not-found page"));
        // Before the pages: a page at a chart's embed path is reported at the page, which can move.
        for (ChartSpec chart : site.content().charts()) {
            paths.claim(SitePaths.outputFile(RenderJobs.embedPath(chart)), new Owner(Position.start(chart.file()),
                    "the embed page of the chart " + chart.file(), true));
        }
        // By path, so that of two clashing pages the same one is reported on every run.
        for (Target target : site.targets().values().stream().sorted(Comparator.comparing(Target::path)
                .thenComparing(Target::key)).toList()) {
            Owner owner = new Owner(Position.start(target.source()), describe(target));
            paths.claim(SitePaths.outputFile(target.path()), owner);
            RenderJob.citeFiles(target.path(), site.config().citationFiles()).forEach(file -> paths.claim(file,
                    new Owner(owner.at(), "the citation downloads of " + owner.what())));
        }
        for (Page page : site.pages()) {
            claimAliases(paths, site, page.front().aliases(), page.isHome() ? "" : page.refName(), page.file());
        }
        for (Collection collection : site.collections()) {
            for (Record record : collection.records()) {
                claimAliases(paths, site, record.aliases(), record.key(), record.file());
            }
        }
        for (String file : site.content().staticFiles()) {
            paths.claim(file, new Owner(Position.start("content/" + file), "the file content/" + file));
        }
        return paths;
    }

    /**
     * Claims the history page of every page that can be cited, for a site in git; returns the pages
     * that have one. Content comes first: a page or record already published at a history's path
     * ({@code content/history.md} at the home page's {@code /history/}) keeps it, and that page's
     * history is not published, with a warning.
     */
    static java.util.Set<String> claimHistories(LinkedSite site, OutputPaths paths, Problems problems) {
        java.util.Set<String> withHistory = new java.util.HashSet<>();
        for (Target target : site.targets().values().stream().sorted(Comparator.comparing(Target::path)).toList()) {
            if (target.path().endsWith(".html")) {
                continue;
            }
            String file = SitePaths.outputFile(HistoryPages.path(target.path()));
            if (paths.free(file)) {
                paths.claim(file, new Owner(Position.start(target.source()), "the history page of " + describe(target),
                        true));
                withHistory.add(target.path());
            } else {
                // Said where the editor can act: at the page or record that has the history's path.
                Optional<Owner> taken = paths.owner(file);
                problems.warn(Problem.at(taken.map(Owner::at).orElse(Position.start(target.source())),
                        "the history of " + target.path() + " is not published: " + taken.map(Owner::what)
                                .orElse("content") + " is published at " + HistoryPages.path(target.path()),
                        "rename that page or record (with an alias for its old URL) to publish the history"));
            }
        }
        return java.util.Set.copyOf(withHistory);
    }

    /**
     * Claims a version of a page: its page and citation downloads at {@code versionPath}. A version
     * the history could not render is published from the work tree under the same claim.
     */
    static void claimVersion(OutputPaths paths, String versionPath, boolean citationFiles, List<String> data) {
        Owner owner = Owner.generated("the version " + versionPath);
        RenderJob.files(versionPath, citationFiles).forEach(file -> paths.claimUnlessTaken(file, owner));
        data.forEach(file -> paths.claimUnlessTaken(file, owner));
    }

    /** The aliases the link stage accepted for this target; the others are reported already. */
    private static void claimAliases(OutputPaths paths, LinkedSite site, List<Alias> aliases, String key,
                                     String source) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Alias alias : aliases) {
            // The same alias twice in one list is reported by the link stage already.
            if (key.equals(site.aliases().get(alias.path())) && seen.add(alias.path())) {
                paths.claim(SitePaths.outputFile(alias.path()), new Owner(alias.at(), "the alias " + alias.path()
                        + " of " + source));
            }
        }
    }

    private static String describe(Target target) {
        return switch (target.kind()) {
            case HOME -> "the home page";
            case COLLECTION -> "the page of the collection \"" + target.key() + "\"";
            case CHARTS -> "the page that lists the charts";
            case SEARCH -> "the search page";
            case CHART -> "the page of the chart " + target.source();
            default -> "the " + target.kind().key() + " " + target.source();
        };
    }
}
