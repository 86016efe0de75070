import { parseArgs } from "node:util";
import Papa from "papaparse";
import { CitationRegistry } from "../citations/registry";
import { authorityTableCells, tableOfAuthorities } from "../citations/index";
import { InputError } from "../document/errors";
import { checkDocument } from "../engine/check";
import { isOneOf, PROFILE_IDS, type ProfileId } from "../core/types";
import { AUTHORITIES_USAGE } from "./usage";
import { describeError, EXIT_BAD_INPUT, EXIT_OK, readSnapshotFile, type CliIO } from "./io";


/** Prints the table of cited documents of each file: aligned text, one JSON object per file, or CSV. */
export async function runAuthorities(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      csv: { type: "boolean", default: false },
      profile: { type: "string", default: "auto" },
      lang: { type: "string", default: "vi" },
    },
  });
  const lang = values.lang === "en" ? "en" : "vi";
  if (positionals.length === 0 || (values.json && values.csv) || (values.profile !== "auto" && !isOneOf(PROFILE_IDS, values.profile))) {
    io.err(`${positionals.length === 0 ? "no file given / chưa chỉ định tệp" : values.json && values.csv ? "--json or --csv, not both / chỉ chọn một" : `unknown profile "${values.profile}"`}\nUsage: ${AUTHORITIES_USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const registry = CitationRegistry.withBundled();
  let exit = EXIT_OK;
  for (const file of positionals) {
    let sections;
    try {
      const snapshot = await readSnapshotFile(file);
      sections = tableOfAuthorities(checkDocument(snapshot, { profile: values.profile as ProfileId | "auto", resources: { registry } }).citations);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.err(`${file}: ${describeError(error)}`);
      exit = EXIT_BAD_INPUT;
      continue;
    }
    if (values.json) {
      io.out(JSON.stringify({ file, sections }));
      continue;
    }
    const cells = authorityTableCells(sections, lang);
    if (values.csv) io.out(Papa.unparse(cells.map((row) => (row.length === 1 ? [row[0], "", "", "", "", "", ""] : row))));
    else io.out(`${file}\n${cells.map((row) => row.join(" | ")).join("\n")}`);
  }
  return exit;
}
