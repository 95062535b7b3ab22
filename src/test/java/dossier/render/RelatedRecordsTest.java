package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dossier.config.ConfigLoader;
import dossier.config.SiteConfig;
import dossier.content.Collection;
import dossier.content.Content;
import dossier.content.Record;
import dossier.link.LinkedSite;
import dossier.link.PageKind;
import dossier.link.Reference;
import dossier.link.Target;
import dossier.problem.Position;
import dossier.problem.Problems;
import dossier.yaml.YamlDocument;
import dossier.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Related records: the same five as counting every shared reference, at a cost linear in the content. */
class RelatedRecordsTest {
    private static final List<String> COLLECTIONS = List.of("items", "places", "sources");

    @TempDir
    Path root;

    @Test
    void relatedRecordsAreThoseThatShareTheMostReferencesThenTheFirstByKey() throws IOException {
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            Map<String, List<String>> references = new LinkedHashMap<>();
            int count = 5 + random.nextInt(60);
            int hubs = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                List<String> to = new ArrayList<>();
                for (int j = random.nextInt(5); j > 0; j--) {
                    // Some targets are named by nearly everyone, most by a few.
                    int target = random.nextInt(4) == 0 ? random.nextInt(count) : random.nextInt(hubs);
                    to.add(COLLECTIONS.get(random.nextInt(3)) + "/r" + target);
                }
                references.put(COLLECTIONS.get(random.nextInt(2)) + "/r" + i, to);
            }
            LinkedSite site = site(references);
            SiteModel model = new SiteModel(site);
            for (Collection collection : site.collections()) {
                for (Record record : collection.records()) {
                    assertEquals(countingEveryReference(record.key(), references), related(model, record),
                            "seed " + seed + ", " + record.key());
                }
            }
        }
    }

    @Test
    @Tag("slow") // measures time or memory: left out of the mutation profile
    void manyRecordsNamingOneRecordTakeTimeLinearInTheirNumber() throws IOException {
        // 20,000 records that all name "items/r0": counting every pair would take minutes.
        Map<String, List<String>> references = new LinkedHashMap<>();
        for (int i = 0; i < 20_000; i++) {
            references.put("items/r" + i, List.of("items/r0", "items/r" + (i + 1) % 20_000));
        }
        LinkedSite site = site(references);
        List<String> related = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            SiteModel model = new SiteModel(site);
            List<String> last = List.of();
            for (Record record : site.collections().get(0).records()) {
                last = related(model, record);
            }
            return last;
        });
        assertEquals(List.of("items/r0", "items/r1", "items/r10", "items/r100", "items/r1000"), related);
    }

    /** The definition: every other record of the collection, by shared targets (sources left out), then key. */
    private static List<String> countingEveryReference(String key, Map<String, List<String>> references) {
        List<String> mine = references.getOrDefault(key, List.of()).stream().filter(to -> !to.startsWith("sources/")).distinct().toList();
        Map<String, Integer> shared = new HashMap<>();
        references.forEach((other, theirs) -> {
            if (!other.equals(key) && collection(other).equals(collection(key))) {
                long common = theirs.stream().distinct().filter(mine::contains).count();
                if (common > 0) {
                    shared.put(other, (int) common);
                }
            }
        });
        return shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5).map(Map.Entry::getKey).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> related(SiteModel model, Record record) {
        return ((List<Map<String, Object>>) model.record(record).get("related")).stream()
                .map(summary -> summary.get("collection") + "/" + summary.get("id")).toList();
    }

    private static String collection(String key) {
        return key.substring(0, key.indexOf('/'));
    }

    /** A linked site with these records and references; records named only as targets exist too. */
    private LinkedSite site(Map<String, List<String>> references) throws IOException {
        Files.createDirectories(root.resolve("content"));
        StringBuilder config = new StringBuilder("title: Test\nbaseUrl: https://example.org/\ncollections:\n");
        COLLECTIONS.forEach(name -> config.append("  - name: ").append(name).append('\n'));
        Files.writeString(root.resolve("content/dossier.yaml"), config);
        SiteConfig siteConfig = new ConfigLoader(new YamlReader()).load(root, new Problems()).orElseThrow();
        Map<String, List<Record>> records = new LinkedHashMap<>();
        COLLECTIONS.forEach(name -> records.put(name, new ArrayList<>()));
        Map<String, Target> targets = new HashMap<>();
        List<String> keys = new ArrayList<>(references.keySet());
        references.values().forEach(keys::addAll);
        for (String key : keys.stream().distinct().toList()) {
            String name = collection(key);
            String id = key.substring(name.length() + 1);
            var fields = JsonNodeFactory.instance.objectNode().put("title", "Title " + id);
            records.get(name).add(new Record(name, id, "content/" + key + ".yaml",
                    new YamlDocument("content/" + key + ".yaml", fields, Map.of(), Map.of())));
            targets.put(key, new Target(key, PageKind.RECORD, name, "Title " + id, "/" + key + "/", "content/" + key + ".yaml"));
        }
        List<Collection> collections = COLLECTIONS.stream().map(name -> new Collection(
                siteConfig.collection(name).orElseThrow(), null, "", records.get(name), Optional.empty())).toList();
        Map<String, List<Reference>> outgoing = new HashMap<>();
        Map<String, List<Reference>> incoming = new HashMap<>();
        references.forEach((from, to) -> {
            List<Reference> list = new ArrayList<>();
            for (int i = 0; i < to.size(); i++) {
                Reference reference = new Reference(from, "/related/" + i, to.get(i), new Position("x", 1, 1));
                list.add(reference);
                incoming.computeIfAbsent(to.get(i), k -> new ArrayList<>()).add(reference);
            }
            outgoing.put(from, list);
        });
        Content content = new Content(siteConfig, collections, List.of(), List.of(), List.of());
        return new LinkedSite(content, targets, outgoing, incoming, Map.of());
    }
}
