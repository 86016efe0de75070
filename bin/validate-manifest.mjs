#!/usr/bin/env node
// Offline validation of the XML add-in manifest against Microsoft's XSDs, using libxml2 compiled
// to WebAssembly (no network, no native xmllint needed).
// Usage: node bin/validate-manifest.mjs [manifest.xml] [--schemas DIR]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { validateXML } from "xmllint-wasm";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The schemas live beside the repository, not in it: ../shared/office-manifest-schemas. */
export const defaultSchemaDir = path.resolve(repoRoot, "..", "shared", "office-manifest-schemas");
export const mainSchemaFile = "OfficeAppManifestV1_1.xsd";

export class SchemaDirError extends Error {}

/** Reads every .xsd of the folder so that xs:import by relative name resolves in memory. */
export function loadSchemas(schemaDir = defaultSchemaDir) {
  const mainPath = path.join(schemaDir, mainSchemaFile);
  if (!existsSync(mainPath)) {
    throw new SchemaDirError(
      `Manifest schemas not found: ${mainPath} does not exist. ` +
        "Put the Office manifest XSDs in ../shared/office-manifest-schemas (beside the repository) or pass --schemas DIR.",
    );
  }
  const others = readdirSync(schemaDir)
    .filter((name) => name.endsWith(".xsd") && name !== mainSchemaFile)
    .sort();
  const read = (name) => ({ fileName: name, contents: readFileSync(path.join(schemaDir, name), "utf8") });
  return { main: read(mainSchemaFile), preload: others.map(read) };
}

/**
 * Validates manifest text. Resolves to { valid, errors: [{ line, message }] }; line is null when
 * libxml2 did not report one (e.g. the schema itself failed to compile).
 */
export async function validateManifest(xmlText, { schemaDir = defaultSchemaDir, fileName = "manifest.xml" } = {}) {
  const schemas = loadSchemas(schemaDir);
  const result = await validateXML({
    xml: [{ fileName, contents: xmlText }],
    schema: [schemas.main],
    preload: schemas.preload,
  });
  const errors = result.errors
    .map((error) => ({ line: error.loc?.lineNumber ?? null, message: error.message.trim() }))
    .filter((error) => error.message !== "");
  if (!result.valid && errors.length === 0) {
    errors.push({ line: null, message: result.rawOutput.trim() || "xmllint reported the manifest invalid" });
  }
  return { valid: result.valid, errors };
}

function parseArgs(argv) {
  const options = { manifest: "manifest.xml", schemaDir: defaultSchemaDir };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--schemas") options.schemaDir = path.resolve(argv[++i] ?? "");
    else options.manifest = argv[i];
  }
  return options;
}

async function main() {
  const { manifest, schemaDir } = parseArgs(process.argv.slice(2));
  if (!existsSync(manifest)) {
    console.error(`Manifest not found: ${manifest}`);
    return 2;
  }
  try {
    const { valid, errors } = await validateManifest(readFileSync(manifest, "utf8"), {
      schemaDir,
      fileName: path.basename(manifest),
    });
    if (valid) {
      console.log(`OK ${manifest} validates against ${mainSchemaFile}`);
      return 0;
    }
    for (const { line, message } of errors) console.error(`${manifest}:${line ?? "?"}: ${message}`);
    console.error(`INVALID ${manifest}: ${errors.length} error(s)`);
    return 1;
  } catch (error) {
    if (error instanceof SchemaDirError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await main();
}
