package dossier.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.problem.Problem;
import java.util.List;

/** What every fuzz test asks of the problems an input gave: documented content errors with a position. */
final class FuzzProblems {
    private FuzzProblems() {}

    static void wellFormed(List<Problem> problems) {
        for (Problem problem : problems) {
            assertTrue(problem.line() >= 1 && problem.column() >= 1, problem.format());
            assertFalse(problem.message().isBlank(), problem.format());
            assertFalse(problem.format().contains("\n"), problem.format());
        }
    }
}
