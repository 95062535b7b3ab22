package dossier.content;

import dossier.config.CollectionConfig;
import dossier.problem.Problem;
import dossier.schema.DidYouMean;
import dossier.schema.SchemaField;
import java.util.List;
import java.util.Optional;

/**
 * Checks a collection's {@code sortBy}: a field its records have, since an unknown one would leave
 * the collection, its previous and next links and the pages listing it in title order, silently.
 */
public final class SortByField {
    private SortByField() {}

    /** The problem of a {@code sortBy} that names no property of the schema, at its place in dossier.yaml. */
    public static Optional<Problem> unknown(CollectionConfig config, List<SchemaField> fields) {
        List<String> names = fields.stream().map(SchemaField::name).toList();
        if (config.sortBy().isEmpty() || names.contains(config.sortBy())) {
            return Optional.empty();
        }
        String valid = String.join(", ", names);
        return Optional.of(Problem.at(config.sortByAt(), "the collection \"" + config.name()
                        + "\" has no field \"" + config.sortBy() + "\" to sort by",
                DidYouMean.nearest(config.sortBy(), names)
                        .map(name -> "did you mean \"" + name + "\"? (its fields: " + valid + ")")
                        .orElse("sort by one of its fields: " + valid)));
    }
}
