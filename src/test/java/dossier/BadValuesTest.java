package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.format.Figures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Dates that are no day of the calendar and numbers that cannot be plotted or written out are
 * positioned content errors from {@code check} as from {@code build} (whose lines the fixtures
 * {@code error-values-*} hold), and the template functions that word dates never fail on them.
 */
class BadValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"error-values-dates", "error-values-numbers"})
    void checkReportsTheSameLinesAsBuild(String fixture) throws IOException {
        Path root = SiteFiles.fixture(fixture);
        List<String> expected = Files.readAllLines(root.resolve("expected-problems.txt"), StandardCharsets.UTF_8)
                .stream().filter(line -> !line.isBlank()).toList();
        BuildRun run = BuildRun.of("check", "--root", root.toString());
        assertEquals(expected, run.problems());
        assertEquals(1, run.exitCode());
        assertFalse(run.err().contains("Exception") || run.err().contains("Error"), run.err());
    }

    @Test
    void templatesWordOnlyRealDatesAndLeaveOtherTextAsItIs() throws IOException {
        assertEquals("29 February 2012", Figures.date("2012-02-29"));
        assertEquals("December 2010", Figures.date("2010-12"));
        assertEquals("2010-13", Figures.date("2010-13"));
        assertEquals("2010-02-30", Figures.date("2010-02-30"));
        assertEquals("2010-00-10", Figures.date("2010-00-10"));
        ObjectMapper json = new ObjectMapper();
        assertEquals("9–17 August 2007", Figures.when(json.readTree("{\"start\": \"2007-08-09\", \"end\": \"2007-08-17\"}")));
        assertEquals("2007-08-xx–2007-08-yy",
                Figures.when(json.readTree("{\"start\": \"2007-08-xx\", \"end\": \"2007-08-yy\"}")));
        assertEquals("2010-13–2011", Figures.when(json.readTree("{\"start\": \"2010-13\", \"end\": \"2011\"}")));
    }
}
