import { parseArgs } from "node:util";
import { access } from "node:fs/promises";
import { CitationRegistry } from "../citations/registry";
import type { Snapshot } from "../document/snapshot";
import { checkDocument, createContext, loadConfig, type CheckOptions, type CheckOutput } from "../engine/check";
import { organisationKey } from "../indicators/match";
import { STRUCTURE } from "../structure/index";
import { documentIssuer } from "../structure/issuer";
import { loadTemplate } from "../structure/templates";
import { CHECK_USAGE } from "./usage";
import { isOneOf, PROFILE_IDS, type Finding, KIND_IDS, MODES, type KindId, type Mode, type ProfileId, type Severity } from "../core/types";
import type { LintConfig } from "../lint/config";
import { withFileLock, writeFileAtomic } from "./fileSafety";
import { describeError, describeFileError, EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, printJsonLine, readJsonFile, readSnapshotFile, type CliIO } from "./io";


type Lang = "vi" | "en";

/** The JSON object printed per file: the contract scripts rely on (see README). */
export function toJson(file: string, result: CheckOutput) {
  return {
    file,
    profile: result.profile,
    system: result.detection.system,
    kind: result.kind,
    mode: result.mode,
    paragraphs: result.paragraphs,
    issuer: result.issuer,
    findings: result.findings,
    outline: result.outline,
    citations: result.citations,
    documents: result.documents,
    indicators: result.indicators,
  };
}

export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      profile: { type: "string", default: "auto" },
      mode: { type: "string", default: "draft" },
      kind: { type: "string", default: "auto" },
      config: { type: "string" },
      lang: { type: "string", default: "vi" },
      registry: { type: "string" },
      template: { type: "string" },
      data: { type: "string" },
      "confirm-organisation": { type: "boolean", default: false },
    },
  });
  if (values.lang !== "vi" && values.lang !== "en") return usageError(io, `ngôn ngữ không hợp lệ / unknown language "${values.lang}" (vi|en)`);
  const lang: Lang = values.lang;
  if (positionals.length === 0) return usageError(io, "no file given / chưa chỉ định tệp");
  if (values.profile !== "auto" && !isOneOf(PROFILE_IDS, values.profile)) return usageError(io, `unknown profile "${values.profile}"`);
  if (!isOneOf(MODES, values.mode)) return usageError(io, `unknown mode "${values.mode}"`);
  if (values.kind !== "auto" && !isOneOf(KIND_IDS, values.kind)) return usageError(io, `unknown kind "${values.kind}"`);

  let config: LintConfig | undefined;
  if (values.config) {
    try {
      config = loadConfig(await readJsonFile(values.config, "Config"));
    } catch (error) {
      io.err(`${values.config}: ${describeError(error)}`);
      return EXIT_BAD_INPUT;
    }
  }
  const resources: NonNullable<CheckOptions["resources"]> = { registry: CitationRegistry.withBundled() };
  if (values.template) {
    try {
      resources.template = loadTemplate(await readJsonFile(values.template, "Template"));
    } catch (error) {
      io.err(`${values.template}: ${describeError(error)}`);
      return EXIT_BAD_INPUT;
    }
  }
  if (values.data) {
    try {
      // Loaded only with --data: the store brings the spreadsheet readers, which a plain check does without.
      const { loadStore } = await import("./tableCommand");
      resources.indicatorData = await loadStore(values.data, true);
    } catch (error) {
      io.err(`${values.data}: ${describeError(error)}`);
      return EXIT_BAD_INPUT;
    }
  }
  const options: CheckOptions = {
    profile: values.profile as ProfileId | "auto",
    mode: values.mode as Mode,
    kind: values.kind as KindId | "auto",
    config,
    resources,
  };
  const registryPath = values.registry;
  const checkAll = async (): Promise<number> => {
    if (registryPath && (await access(registryPath).then(() => true, () => false))) {
      try {
        resources.registry!.load(await readJsonFile(registryPath, "Registry"), registryPath);
      } catch (error) {
        io.err(describeError(error));
        return EXIT_BAD_INPUT;
      }
    }
    // One bad file does not stop the batch: it is reported with its name and the run ends with exit 2.
    let exit = EXIT_OK;
    for (const file of positionals) {
      let result: CheckOutput;
      let snapshot: Snapshot;
      try {
        snapshot = await readSnapshotFile(file);
        result = checkDocument(snapshot, values["confirm-organisation"] ? options : withOwnData(snapshot, options, file, io));
      } catch (error) {
        io.err(describeFileError(file, error));
        exit = EXIT_BAD_INPUT;
        continue;
      }
      if (values.json) printJsonLine(io, toJson(file, result));
      else io.out(formatHuman(file, snapshot, result, lang));
      if (exit === EXIT_OK && result.findings.some((f) => f.severity === "error")) exit = EXIT_FINDINGS;
    }
    if (registryPath) await writeFileAtomic(registryPath, JSON.stringify(resources.registry!.toJSON(), null, 2) + "\n");
    return exit;
  };
  // Concurrent checks sharing a registry take turns: each reads what the previous one saved.
  return registryPath ? withFileLock(registryPath, checkAll) : checkAll();
}

/** Another organisation's plans would make wrong findings: such a report is checked without the data, and told so. */
function withOwnData(snapshot: Snapshot, options: CheckOptions, file: string, io: CliIO): CheckOptions {
  const owner = options.resources?.indicatorData?.organisation;
  if (!owner) return options;
  const { ctx } = createContext(snapshot, options);
  const issuer = documentIssuer(ctx.text, ctx.get(STRUCTURE).layout);
  if (!issuer || organisationKey(issuer) === organisationKey(owner)) return options;
  io.err(
    `${file}: do ${issuer} ban hành, dữ liệu --data là của ${owner}: không dùng (thêm --confirm-organisation để dùng).\n` +
      `${file}: issued by ${issuer}, the --data belongs to ${owner}: not used (add --confirm-organisation to use it).`,
  );
  return { ...options, resources: { ...options.resources, indicatorData: undefined } };
}

function usageError(io: CliIO, message: string): number {
  io.err(`${message}\nUsage: ${CHECK_USAGE}`);
  return EXIT_BAD_INPUT;
}

const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  vi: { error: "lỗi", warning: "cảnh báo", info: "lưu ý" },
  en: { error: "error", warning: "warning", info: "info" },
};

/** Findings grouped by paragraph, each group headed by the paragraph's text. */
export function formatHuman(file: string, snapshot: Snapshot, result: CheckOutput, lang: Lang): string {
  const lines: string[] = [];
  const head =
    lang === "vi"
      ? `${file} — hồ sơ ${result.profile}, loại ${result.kind}, chế độ ${result.mode === "issued" ? "đã ban hành" : result.mode === "final" ? "trước khi ký" : "dự thảo"}, ${result.paragraphs} đoạn`
      : `${file} — profile ${result.profile}, kind ${result.kind}, mode ${result.mode}, ${result.paragraphs} paragraphs`;
  lines.push(head);
  const byParagraph = new Map<number, Finding[]>();
  for (const finding of result.findings) {
    const list = byParagraph.get(finding.paragraph) ?? [];
    list.push(finding);
    byParagraph.set(finding.paragraph, list);
  }
  for (const [paragraph, findings] of byParagraph) {
    lines.push("");
    lines.push(`  ${lang === "vi" ? "Đoạn" : "Paragraph"} ${paragraph + 1}: ${excerpt(snapshot.paragraphs[paragraph]?.text ?? "", findings[0].start)}`);
    for (const f of findings) {
      const where = `${f.start + 1}–${f.end}`;
      lines.push(`    ${SEVERITY_LABEL[lang][f.severity].padEnd(9)} ${f.message[lang]} [${f.ruleId}, ${lang === "vi" ? "cột" : "col"} ${where}]`);
      const fix = f.suggestions[0];
      if (fix) lines.push(`              → ${fix.label[lang]}`);
    }
  }
  const count = (s: Severity) => result.findings.filter((f) => f.severity === s).length;
  lines.push("");
  lines.push(
    lang === "vi"
      ? `  Tổng: ${count("error")} lỗi, ${count("warning")} cảnh báo, ${count("info")} lưu ý; ${result.citations.length} viện dẫn, ${result.indicators.length} chỉ tiêu.`
      : `  Total: ${count("error")} errors, ${count("warning")} warnings, ${count("info")} info; ${result.citations.length} citations, ${result.indicators.length} indicators.`,
  );
  return lines.join("\n");
}

/** The paragraph's text around a position, trimmed to one terminal line. */
function excerpt(text: string, at: number): string {
  const width = 100;
  const flat = text.replace(/[\t\v]/g, " ");
  if (flat.length <= width) return `"${flat}"`;
  const from = Math.max(0, Math.min(at - 30, flat.length - width));
  return `"${from > 0 ? "…" : ""}${flat.slice(from, from + width)}${from + width < flat.length ? "…" : ""}"`;
}
