package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** A port `serve` cannot use is the user's mistake (exit 2), never an internal error. */
class ExitCodeServeTest {
    @Test
    void aPortOutOfRangeIsAUsageError() {
        for (String port : new String[] {"99999", "-1", "65536"}) {
            BuildRun run = BuildRun.of("serve", "--port", port, "--root", SiteFiles.fixture("minimal").toString());
            assertEquals(2, run.exitCode(), port + ": " + run.err());
            assertTrue(run.err().contains("--port " + port + " is not a port"), run.err());
            assertFalse(run.err().contains("dossier: internal error"), run.err());
        }
    }

    @Test
    void aPortInUseIsAUsageError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            String port = String.valueOf(taken.getLocalPort());
            BuildRun run = BuildRun.of("serve", "--port", port, "--root", SiteFiles.fixture("minimal").toString());
            assertEquals(2, run.exitCode(), run.err());
            // One line, said before any build: no usage text hiding it, nothing built first.
            assertEquals("dossier: port " + port + " on 127.0.0.1 is in use; stop what serves there or give another "
                    + "--port, such as --port 0 for any free one", run.err().strip());
            assertEquals("", run.out(), "nothing was built");
        }
    }
}
