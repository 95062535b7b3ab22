package dossier;

import java.nio.file.Path;

/** The real dossier built as CI builds it, shared by the tests of a run (see {@link SharedDossier}): read it, never write into it. */
record BuiltDossier(Path site) {}
