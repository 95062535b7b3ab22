package dossier;

import dossier.serve.StaticServer;
import java.io.IOException;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;

/** The built real dossier served on 127.0.0.1 and open in headless Chromium, for browser tests. */
record ServedDossier(Path site, StaticServer server, ChromeDriver browser) implements AutoCloseable {

    static ServedDossier start(Path site) throws IOException {
        ChromeDriver browser = Browser.start(1280, 900);
        return new ServedDossier(site, StaticServer.start(site, RealDossier.BASE_PATH, 0), browser);
    }

    String url(String page) {
        return server.url() + page;
    }

    @Override
    public void close() {
        browser.quit();
        server.close();
    }
}
