import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic dossier for the benchmark: {@code pages N DIR} makes N Markdown pages (and the
 * same pages as a Hugo site in DIR/hugo), {@code records N DIR} makes N YAML records with references,
 * and {@code shared N DIR} makes N records that all reference the first one (and their next record),
 * the case where each record has the whole collection as neighbours through one target.
 * Deterministic: the same N gives the same files.
 *
 * <p>Run with {@code java src/bench/GenerateContent.java pages 4000 /tmp/bench-4000}.
 */
public final class GenerateContent {
    private static final String[] WORDS = ("cooperation exercise border training aid agreement pipeline "
            + "security officer region partner trade energy doctrine language treaty mission drill").split(" ");

    public static void main(String[] args) throws IOException {
        String kind = args[0];
        int count = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        if (kind.equals("pages")) {
            pages(count, dir);
        } else {
            records(count, dir, kind.equals("shared"));
        }
    }

    private static void pages(int count, Path dir) throws IOException {
        Path dossier = dir.resolve("dossier");
        Path hugo = dir.resolve("hugo");
        Files.createDirectories(dossier.resolve("content/posts"));
        Files.createDirectories(dossier.resolve("templates"));
        Files.createDirectories(hugo.resolve("content/posts"));
        Files.createDirectories(hugo.resolve("layouts/_default"));
        Files.writeString(dossier.resolve("content/dossier.yaml"), "title: Benchmark\nbaseUrl: https://example.org/\n");
        Files.writeString(dossier.resolve("templates/page.ftlh"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>${page.title} | ${site.title}</title></head>
                <body><h1>${page.title}</h1><p>${page.date} ${page.params.author!""}</p>
                ${page.content}
                </body></html>
                """);
        Files.writeString(hugo.resolve("hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'Benchmark'\n"
                + "disableKinds = ['taxonomy', 'term']\n");
        Files.writeString(hugo.resolve("layouts/_default/single.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
                <body><h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }} {{ .Params.author }}</p>
                {{ .Content }}
                </body></html>
                """);
        Files.writeString(hugo.resolve("layouts/_default/list.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
                <body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
                """);
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            String page = page(i, count, random);
            String name = String.format("page-%05d.md", i);
            Files.writeString(dossier.resolve("content/posts").resolve(name), page);
            Files.writeString(hugo.resolve("content/posts").resolve(name), page);
        }
    }

    private static String page(int i, int count, Random random) {
        StringBuilder text = new StringBuilder();
        text.append("---\ntitle: \"Page ").append(i).append(": ").append(words(random, 4)).append("\"\n")
                .append("date: 2010-").append(String.format("%02d-%02d", 1 + i % 12, 1 + i % 28)).append('\n')
                .append("author: Writer ").append(i % 17).append("\n---\n\n");
        for (int section = 0; section < 3; section++) {
            text.append("## ").append(words(random, 3)).append("\n\n");
            for (int paragraph = 0; paragraph < 2; paragraph++) {
                text.append(words(random, 60)).append(" *").append(words(random, 3)).append("* and **")
                        .append(words(random, 2)).append("**.\n\n");
            }
            text.append("- ").append(words(random, 5)).append("\n- ").append(words(random, 5)).append("\n\n");
        }
        text.append("| year | value |\n|---|---|\n| 2008 | ").append(i).append(" |\n\n");
        text.append("See also [page ").append((i + 1) % count).append("](/posts/page-")
                .append(String.format("%05d", (i + 1) % count)).append("/).\n");
        return text.toString();
    }

    private static void records(int count, Path dir, boolean shared) throws IOException {
        Path root = dir.resolve("dossier");
        Files.createDirectories(root.resolve("content/items"));
        Files.createDirectories(root.resolve("content/schemas"));
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("content/dossier.yaml"),
                "title: Benchmark\nbaseUrl: https://example.org/\ncollections:\n  - name: items\n");
        Files.writeString(root.resolve("content/schemas/items.schema.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "additionalProperties": false, "required": ["title", "year"],
                 "properties": {"title": {"type": "string"}, "year": {"type": "integer"},
                   "summary": {"type": "string"}, "related": {"type": "array", "items": {"type": "string", "x-ref": "items"}}}}
                """);
        Files.writeString(root.resolve("templates/record.ftlh"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>${record.title}</title></head>
                <body><h1>${record.title}</h1><p>${record.fields.year?c}: ${record.fields.summary}</p>
                <ul><#list record.refs.related![] as r><li><a href="${r.url}">${r.title}</a></li></#list></ul>
                <ul><#list record.backlinks.items![] as r><li><a href="${r.url}">${r.title}</a></li></#list></ul>
                </body></html>
                """);
        Files.writeString(root.resolve("templates/collection.ftlh"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>${collection.title}</title></head>
                <body><p>${collection.records?size} records</p></body></html>
                """);
        Random random = new Random(7);
        for (int i = 0; i < count; i++) {
            int other = shared ? 0 : (i * 7 + 3) % count;
            String record = "title: \"Item " + i + " " + words(random, 3) + "\"\nyear: " + (1990 + i % 20) + "\nsummary: \""
                    + words(random, 30) + "\"\nrelated: [" + String.format("item-%05d, item-%05d", (i + 1) % count,
                    other) + "]\n";
            Files.writeString(root.resolve("content/items").resolve(String.format("item-%05d.yaml", i)), record);
        }
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
