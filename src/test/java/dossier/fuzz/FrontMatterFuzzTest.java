package dossier.fuzz;

import static dossier.fuzz.FuzzProblems.wellFormed;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dossier.content.PageReader;
import dossier.problem.Problems;
import dossier.schema.BundledSchemas;
import dossier.yaml.YamlReader;

/**
 * Arbitrary text as a page's front matter: the only outcome besides a page is a documented content
 * error with a position, and no exception escapes (one fuzz test a class: see {@link RecordFuzzTest}).
 */
class FrontMatterFuzzTest {
    private static final PageReader PAGES = new PageReader(new YamlReader(), BundledSchemas.frontMatter());

    @FuzzTest(maxDuration = "20s")
    void frontMatterAnswersWithProblemsOnly(FuzzedDataProvider data) {
        Problems problems = new Problems();
        PAGES.parse(data.consumeRemainingAsString(), "content/p.md", "/p/", problems);
        wellFormed(problems.sorted());
    }
}
