package dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** Where the browser tests leave what they saw, for a person to look at: target/screenshots/. */
final class Screenshots {
    static final Path FOLDER = Path.of("target/screenshots");

    private Screenshots() {}

    /** A PNG of the page's viewport or of one element, as {@code <name>.png}. */
    static void take(TakesScreenshot what, String name) {
        save(name + ".png", what.getScreenshotAs(OutputType.BYTES));
    }

    /** Any file the test made (a download, a printed PDF) under its own name. */
    static void save(String fileName, byte[] bytes) {
        try {
            Files.createDirectories(FOLDER);
            Files.write(FOLDER.resolve(fileName), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
