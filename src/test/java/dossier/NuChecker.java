package dossier;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker (the W3C validator's engine), run on built pages. */
final class NuChecker {
    private NuChecker() {}

    /** Collects the errors of the page being checked, named as the caller set it. */
    private static final class Errors implements ErrorHandler {
        final List<String> found = new ArrayList<>();
        String page;

        @Override
        public void warning(SAXParseException e) {
            // Warnings are advice, not errors.
        }

        @Override
        public void error(SAXParseException e) {
            found.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    /**
     * Each error as "page:line:column: message", the page named relative to {@code site} when it lies
     * there. One validator checks every page, as the checker's own command line does: reading its
     * schema costs more than checking a page.
     */
    static List<String> errors(Path site, List<Path> pages) throws Exception {
        Errors errors = new Errors();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
        validator.setUpValidatorAndParsers(errors, true, false);
        for (Path page : pages) {
            errors.page = page.startsWith(site) ? site.relativize(page).toString() : page.toString();
            validator.checkHtmlFile(page.toFile(), true);
        }
        return errors.found;
    }
}
