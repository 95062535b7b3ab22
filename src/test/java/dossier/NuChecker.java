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

    /** Each error as "page:line:column: message", the page named relative to {@code site} when it lies there. */
    static List<String> errors(Path site, List<Path> pages) throws Exception {
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            String name = page.startsWith(site) ? site.relativize(page).toString() : page.toString();
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
}
