package dossier.config;

import dossier.problem.Position;
import java.util.List;

/**
 * One collection of records, as declared in {@code content/dossier.yaml}.
 *
 * @param permalink  pattern with {@code {id}}, for example {@code /exercises/{id}/}
 * @param template   the record template; {@code <name>.ftlh} if present, else {@code record.ftlh}
 * @param schema     path of the JSON Schema under {@code content/}
 * @param titleField the field that names a record in links and lists
 * @param sortBy     the field that orders the collection's index, then the title
 * @param declaredAt where dossier.yaml declares it, for errors about the collection as a whole
 * @param citesWorks {@code cites: works}: each record describes a published work, which its page cites
 * @param columns    the fields the collection's table shows, in order; empty: the schema chooses
 * @param sortByAt   where dossier.yaml names {@code sortBy}, for an unknown field
 */
public record CollectionConfig(String name, String title, String description, String permalink, String template,
                               String schema, String titleField, String sortBy, Position declaredAt,
                               boolean citesWorks, List<Column> columns, Position sortByAt) {

    /** A field named in {@code columns:}, with where dossier.yaml names it. */
    public record Column(String field, Position at) {}

    public CollectionConfig {
        columns = List.copyOf(columns);
    }

    public CollectionConfig(String name, String title, String description, String permalink, String template,
                            String schema, String titleField, String sortBy, Position declaredAt,
                            boolean citesWorks) {
        this(name, title, description, permalink, template, schema, titleField, sortBy, declaredAt, citesWorks,
                List.of(), declaredAt);
    }

    public CollectionConfig(String name, String title, String description, String permalink, String template,
                            String schema, String titleField, String sortBy, Position declaredAt) {
        this(name, title, description, permalink, template, schema, titleField, sortBy, declaredAt, false);
    }

    public String url() {
        return "/" + name + "/";
    }

    public String permalinkOf(String id) {
        return permalink.replace("{id}", id);
    }
}
