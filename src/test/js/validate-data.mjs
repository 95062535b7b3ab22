// Validates a built site's data downloads as a reader would: with ajv's draft 2020-12 validator and
// ajv-formats, in ajv's default (strict) mode. For each data/<name>.schema.json it checks the schema
// against the 2020-12 meta-schema, compiles it, and validates data/<name>.json against it.
// Usage: node validate-data.mjs <site>/data
// Prints one line per file ("ok <file>" or the errors) and exits 1 when anything failed; strict-mode
// warnings (which ajv only logs) count as failures too.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const folder = process.argv[2];
if (!folder) {
  console.error("usage: node validate-data.mjs <site>/data");
  process.exit(2);
}
const warnings = [];
console.warn = (...parts) => warnings.push(parts.join(" "));

let failed = false;
const report = (file, problems) => {
  if (problems.length === 0) {
    console.log(`ok ${file}`);
    return;
  }
  failed = true;
  for (const problem of problems) {
    console.log(`${file}: ${problem}`);
  }
};
const read = (file) => JSON.parse(readFileSync(join(folder, file), "utf8"));
const describe = (errors) => (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message} (${e.schemaPath})`);

const schemas = readdirSync(folder).filter((name) => name.endsWith(".schema.json")).sort();
if (schemas.length === 0) {
  console.log(`${folder}: no *.schema.json`);
  process.exit(1);
}
for (const schemaFile of schemas) {
  const dataFile = schemaFile.replace(/\.schema\.json$/, ".json");
  const ajv = new Ajv2020({});
  addFormats(ajv);
  const schema = read(schemaFile);
  warnings.length = 0;
  let validate;
  try {
    if (!ajv.validateSchema(schema)) {
      report(schemaFile, describe(ajv.errors).map((line) => "not a valid 2020-12 schema: " + line));
      continue;
    }
    validate = ajv.compile(schema);
  } catch (e) {
    report(schemaFile, [String(e.message).split("\n")[0]]);
    continue;
  }
  report(schemaFile, warnings.map((line) => "strict mode: " + line));
  warnings.length = 0;
  const valid = validate(read(dataFile));
  report(dataFile, valid ? warnings.map((line) => "strict mode: " + line) : describe(validate.errors));
}
process.exit(failed ? 1 : 0);
