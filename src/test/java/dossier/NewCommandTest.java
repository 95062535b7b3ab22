package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dossier new` starts a record an editor can fill in, and the build then names what is missing. */
class NewCommandTest {
    @TempDir
    Path temp;

    @Test
    void writesTheSchemaLineAndEveryRequiredField() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        BuildRun run = BuildRun.of("new", "events", "second-meeting", "--root", root.toString());
        assertEquals(0, run.exitCode(), run.err());
        String record = Files.readString(root.resolve("content/events/second-meeting.yaml"));
        assertEquals("""
                # yaml-language-server: $schema=../schemas/events.schema.json
                title:  # string
                year:  # integer
                where:  # string, the id of a record in places
                """, record);
        BuildRun build = BuildRun.build(root, temp.resolve("site"));
        assertEquals(1, build.exitCode());
        assertTrue(build.problems().contains("content/events/second-meeting.yaml:4:7: the reference is empty; "
                + "write the id of a record in \"places\", for example \"harbour\""), build.err());
    }

    @Test
    void refusesUnknownCollectionsBadIdsAndExistingRecords() {
        Path root = SiteFiles.fixture("records");
        BuildRun unknown = BuildRun.of("new", "meetings", "x", "--root", root.toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("no collection \"meetings\"; content/dossier.yaml declares: places, events"),
                unknown.err());
        assertEquals(2, BuildRun.of("new", "events", "Bad_Id", "--root", root.toString()).exitCode());
        BuildRun existing = BuildRun.of("new", "events", "meeting-one", "--root", root.toString());
        assertEquals(2, existing.exitCode());
        assertTrue(existing.err().contains("exists already"), existing.err());
    }
}
