package dossier.content;

import dossier.config.CollectionConfig;
import dossier.schema.RecordSchema;
import java.util.List;
import java.util.Optional;

/**
 * A collection with its schema and records, in file-name order.
 *
 * @param intro the optional {@code content/<collection>/_index.md} shown on the collection page
 */
public record Collection(CollectionConfig config, RecordSchema schema, String schemaFile, List<Record> records,
                         Optional<Page> intro) {

    public Collection {
        records = List.copyOf(records);
    }

    /** The collection as published: its records without the drafts. */
    public Collection withoutDrafts() {
        return new Collection(config, schema, schemaFile, records.stream().filter(r -> !r.isDraft()).toList(), intro);
    }

    public String name() {
        return config.name();
    }
}
