package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.serve.StaticServer;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No request can put a line break into a response header of `serve` and so add a header of its own. */
class ServeHeadersTest {
    @TempDir
    Path temp;

    @Test
    void theRedirectToAFoldersSlashKeepsThePathEncoded() throws Exception {
        Path site = temp.resolve("site");
        // A folder whose name holds CR LF: content can name one, and a request can name it encoded.
        Files.createDirectories(site.resolve("a\r\nX-Injected: yes"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>Home</title>");
        try (StaticServer server = StaticServer.start(site, "/", 0)) {
            String address = server.url().substring("http://".length(), server.url().length() - 1);
            String[] hostPort = address.split(":");
            List<String> head = request(hostPort[0], Integer.parseInt(hostPort[1]),
                    "GET /a%0D%0AX-Injected:%20yes HTTP/1.1\r\nHost: " + address + "\r\nConnection: close\r\n\r\n");
            assertTrue(head.get(0).startsWith("HTTP/1.1 301"), head.toString());
            assertFalse(head.stream().anyMatch(line -> line.toLowerCase().startsWith("x-injected")), head.toString());
            assertTrue(head.contains("Location: /a%0D%0AX-Injected:%20yes/"), head.toString());
            URI.create(head.stream().filter(line -> line.startsWith("Location: ")).findFirst().orElseThrow()
                    .substring("Location: ".length()));
        }
    }

    /** The response's status line and header lines, as sent. */
    private static List<String> request(String host, int port, String request) throws Exception {
        try (Socket socket = new Socket(host, port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = response.indexOf("\r\n\r\n");
            return List.of((end < 0 ? response : response.substring(0, end)).split("\r\n"));
        }
    }
}
