package dossier.content;

import dossier.config.CollectionConfig;
import dossier.problem.Problem;
import dossier.schema.DidYouMean;
import dossier.schema.SchemaField;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The columns of a collection's table: its {@code columns:}, else the first scalar fields of its schema. */
public final class TableColumns {
    /** Columns a table shows by default after the title: enough to compare rows, few enough for a phone. */
    static final int DEFAULT_COUNT = 4;

    private TableColumns() {}

    public static List<SchemaField> of(CollectionConfig config, List<SchemaField> fields) {
        if (!config.columns().isEmpty()) {
            Map<String, SchemaField> byName = fields.stream()
                    .collect(Collectors.toMap(SchemaField::name, Function.identity()));
            return config.columns().stream().map(column -> byName.get(column.field()))
                    .filter(Objects::nonNull).toList();
        }
        return fields.stream()
                .filter(field -> field.scalar() && !field.name().equals("id")
                        && !field.name().equals(config.titleField()))
                .limit(DEFAULT_COUNT).toList();
    }

    /** Each name in {@code columns:} that the schema does not have, at its place in dossier.yaml. */
    public static List<Problem> unknown(CollectionConfig config, List<SchemaField> fields) {
        List<String> names = fields.stream().map(SchemaField::name).toList();
        return config.columns().stream().filter(column -> !names.contains(column.field()))
                .map(column -> Problem.at(column.at(), "the collection \"" + config.name()
                                + "\" has no field \"" + column.field() + "\" for its columns",
                        DidYouMean.nearest(column.field(), names).map(name -> "did you mean \"" + name + "\"?")
                                .orElse("name a property of its schema: " + String.join(", ", names))))
                .toList();
    }
}
