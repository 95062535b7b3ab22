package dossier.config;

import dossier.problem.Position;

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
 */
public record CollectionConfig(String name, String title, String description, String permalink, String template,
                               String schema, String titleField, String sortBy, Position declaredAt,
                               boolean citesWorks) {

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
