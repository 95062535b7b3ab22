package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The whole site passes the Nu HTML Checker with zero errors, and builds byte for byte the same twice. */
class HtmlValidityTest {
    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() {
        site = RealDossier.buildInto(temp);
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        List<Path> pages = htmlFiles();
        List<String> errors = validate(pages);
        assertEquals(List.of(), errors, errors.size() + " errors in " + pages.size() + " pages");
        assertTrue(pages.size() >= 40);
    }

    @Test
    void theCheckerCatchesAnInvalidPage() throws Exception {
        Path bad = temp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><img src=\"a.png\"></p></body></html>");
        assertEquals(2, validate(List.of(bad)).size(), "missing alt, stray end tag");
    }

    private static List<String> validate(List<Path> pages) throws Exception {
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            String name = page.getFileName().toString().equals("index.html") ? site.relativize(page).toString()
                    : page.toString();
            ErrorHandler handler = new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // Warnings are advice, not errors.
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            };
            SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
            validator.setUpValidatorAndParsers(handler, true, false);
            validator.checkHtmlFile(page.toFile(), true);
        }
        return errors;
    }

    @Test
    void twoBuildsOfTheDossierAreByteIdentical() {
        Path again = RealDossier.buildInto(temp.resolve("again"));
        Map<String, String> first = SiteFiles.snapshot(site);
        assertEquals(first, SiteFiles.snapshot(again));
        assertTrue(first.size() > 500, "files compared: " + first.size());
    }

    private static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> SiteFiles.inSlowCheckSample(site.relativize(f))).sorted().toList();
        }
    }
}
