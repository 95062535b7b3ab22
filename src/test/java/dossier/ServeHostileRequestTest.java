package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.serve.LiveServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile requests to `serve`: every one gets a plain 400, 403, 404 or 405, never a 500, a dropped
 * connection or a file from outside the site; and nothing but 127.0.0.1 listens.
 */
class ServeHostileRequestTest {
    private static final String SECRET = "SECRET-OUTSIDE-THE-SITE";
    /** The connection closed without an answer. */
    private static final int NO_ANSWER = 0;

    @TempDir
    Path temp;

    @Test
    void hostileRequestsGetAPlainRefusal() throws Exception {
        Path root = temp.resolve("a/b/root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        Files.writeString(temp.resolve("secret.txt"), SECRET);
        Files.writeString(temp.resolve("a/secret.txt"), SECRET);
        StringWriter log = new StringWriter();
        try (LiveServer server = LiveServer.start(root, 0, "/sub/", new PrintWriter(log, true))) {
            int port = URI.create(server.url()).getPort();
            Map<String, Set<Integer>> expected = new LinkedHashMap<>();
            expected.put("GET /sub/%00 HTTP/1.1", Set.of(404));
            expected.put("GET /sub/events/%00/../meeting-one/ HTTP/1.1", Set.of(404));
            expected.put("GET /sub/..%2f..%2f..%2fsecret.txt HTTP/1.1", Set.of(404));
            expected.put("GET /sub/%2e%2e/%2e%2e/%2e%2e/secret.txt HTTP/1.1", Set.of(404));
            expected.put("GET /sub/..%5c..%5c..%5csecret.txt HTTP/1.1", Set.of(404));
            expected.put("GET /sub/%5c..%5c..%5csecret.txt HTTP/1.1", Set.of(404));
            expected.put("GET /sub//etc/passwd HTTP/1.1", Set.of(404));
            expected.put("GET /sub/%2fetc%2fpasswd HTTP/1.1", Set.of(404));
            expected.put("GET /sub/%zz HTTP/1.1", Set.of(400));
            expected.put("GET /sub/% HTTP/1.1", Set.of(400));
            expected.put("GET /sub/%e HTTP/1.1", Set.of(400));
            expected.put("GET /sub/%ff%fe%c0%af HTTP/1.1", Set.of(404));
            expected.put("GET /sub/" + "a".repeat(60_000) + " HTTP/1.1", Set.of(404));
            expected.put("GET /sub/" + "%2e%2e/".repeat(5_000) + "secret.txt HTTP/1.1", Set.of(404));
            expected.put("GET * HTTP/1.1", Set.of(400, 404)); // the JDK server answers some itself
            // The JDK server finds no context for a URI without a path and closes the connection itself.
            expected.put("GET mailto:someone HTTP/1.1", Set.of(400, NO_ANSWER));
            expected.put("GET http://example.org/sub/%zz HTTP/1.1", Set.of(400));
            expected.put("DELETE /sub/ HTTP/1.1", Set.of(405));
            expected.put("PUT /sub/evil.html HTTP/1.1", Set.of(405));
            expected.put("PROPFIND /sub/ HTTP/1.1", Set.of(405));
            expected.put("TRACE /sub/ HTTP/1.1", Set.of(405));
            expected.put("OPTIONS * HTTP/1.1", Set.of(404, 405));
            expected.put("BREW /sub/%zz HTTP/1.1", Set.of(400, 405));
            expected.put("POST /__dossier/live.js HTTP/1.1", Set.of(405));
            expected.put("DELETE /__dossier/events HTTP/1.1", Set.of(405));
            expected.put("GET /sub/events HTTP/1.1", Set.of(301));
            expected.put("GET /sub/events%0d%0aSet-Cookie:%20x=1 HTTP/1.1", Set.of(404));
            List<String> wrong = new java.util.ArrayList<>();
            for (var request : expected.entrySet()) {
                String answer = send(port, request.getKey().getBytes(StandardCharsets.ISO_8859_1));
                String shown = request.getKey().substring(0, Math.min(80, request.getKey().length()));
                if (request.getValue().stream().noneMatch(status -> status == NO_ANSWER ? answer.isEmpty()
                        : answer.startsWith("HTTP/1.1 " + status + " "))) {
                    wrong.add(shown + " -> " + firstLine(answer) + ", expected " + request.getValue());
                }
                assertFalse(answer.contains(SECRET), shown);
                assertFalse(answer.contains("root:x:0:0"), shown);
            }
            assertEquals(List.of(), wrong);
            for (byte[] raw : List.of("GET /sub/\u00ff\u00fe HTTP/1.1".getBytes(StandardCharsets.ISO_8859_1),
                    "GET /sub/\\..\\..\\..\\secret.txt HTTP/1.1".getBytes(StandardCharsets.ISO_8859_1),
                    "GET /sub/a b HTTP/1.1".getBytes(StandardCharsets.ISO_8859_1))) {
                String answer = send(port, raw);
                String status = firstLine(answer);
                assertTrue(Set.of("HTTP/1.1 400", "HTTP/1.1 404").contains(status.substring(0, Math.min(12,
                        status.length()))), new String(raw, StandardCharsets.ISO_8859_1) + " -> " + status);
                assertFalse(answer.contains(SECRET));
            }
            assertTrue(send(port, "GET /sub/events/meeting-one/ HTTP/1.1".getBytes(StandardCharsets.US_ASCII))
                    .startsWith("HTTP/1.1 200 "), "and it still serves the site");
        }
        assertFalse(log.toString().contains("Exception"), log.toString());
    }

    @Test
    void onlyTheLoopbackAddressListens() throws Exception {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        try (LiveServer server = LiveServer.start(root, 0, "/sub/", new PrintWriter(new StringWriter(), true))) {
            int port = URI.create(server.url()).getPort();
            assertEquals("127.0.0.1", URI.create(server.url()).getHost());
            for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
                for (InetAddress address : network.inetAddresses().toList()) {
                    if (address.isLoopbackAddress() || address.isLinkLocalAddress()) {
                        continue;
                    }
                    assertThrows(IOException.class, () -> {
                        try (Socket socket = new Socket()) {
                            socket.connect(new InetSocketAddress(address, port), 2_000);
                        }
                    }, "nothing answers on " + address);
                }
            }
        }
    }

    private static String firstLine(String answer) {
        int end = answer.indexOf("\r\n");
        return end < 0 ? answer : answer.substring(0, end);
    }

    /** Sends the request line as bytes, without any client normalising it; the whole answer, or "" when the connection was dropped. */
    private static String send(int port, byte[] requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.write(requestLine);
            request.write("\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(request.toByteArray());
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                in.transferTo(answer);
            } catch (IOException e) {
                // reset after the answer: what came is enough
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
