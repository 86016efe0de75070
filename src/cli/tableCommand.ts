import { existsSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { createContext } from "../engine/check";
import type { IndicatorRecord } from "../indicators/types";
import {
  INDICATORS,
  addValues,
  buildComparisonTable,
  changeCheck,
  checkChangePct,
  confirmMatch,
  emptyStore,
  findValue,
  formatPeriod,
  importSource,
  IndicatorDataError,
  matchCandidates,
  nameSimilarity,
  normalizeIndicatorName,
  parsePeriod,
  parseStore,
  planCheck,
  samePeriodLastYear,
  serializeStore,
  type ArithmeticCheck,
  type IndicatorStore,
  type IndicatorTable,
  type Period,
  type TableMapping,
} from "../indicators/index";
import { parseVietnameseNumber } from "../text/numbers";
import { withFileLock, writeFileAtomic } from "./fileSafety";
import { DATA_USAGE, TABLE_USAGE } from "./usage";
import { describeError, EXIT_BAD_INPUT, EXIT_OK, readInputFile, readSnapshotFile, type CliIO } from "./io";


function usage(io: CliIO, vi: string, en: string, text: string): number {
  io.err(`Lỗi: ${vi}\nError: ${en}\nUsage: ${text}`);
  return EXIT_BAD_INPUT;
}

export async function loadStore(path: string, mustExist: boolean): Promise<IndicatorStore> {
  if (!existsSync(path)) {
    if (!mustExist) return emptyStore();
    throw new IndicatorDataError("corrupt-store", { vi: `Không tìm thấy tệp dữ liệu "${path}".`, en: `Data file "${path}" not found.` });
  }
  return parseStore(new TextDecoder().decode(await readInputFile(path)));
}

/** Writes next to the target then renames: an interrupted write never leaves a truncated store. */
async function saveStore(path: string, store: IndicatorStore): Promise<void> {
  await writeFileAtomic(path, serializeStore(store));
}

// ---- table ----

interface CheckLine {
  name: string;
  check: ArithmeticCheck;
}

export async function runTable(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: "string" },
      period: { type: "string" },
      select: { type: "string", multiple: true },
      json: { type: "boolean", default: false },
    },
  });
  if (positionals.length !== 1) return usage(io, "cần đúng một tệp báo cáo", "exactly one report file expected", TABLE_USAGE);
  let period: Period | null = null;
  if (values.period !== undefined) {
    period = parsePeriod(values.period);
    if (!period || period.year === null) {
      return usage(io, `kỳ "${values.period}" không đọc được hoặc thiếu năm`, `period "${values.period}" cannot be read or has no year`, TABLE_USAGE);
    }
  }
  const file = positionals[0];
  let store: IndicatorStore;
  let records: readonly IndicatorRecord[];
  try {
    store = values.data ? await loadStore(values.data, true) : emptyStore();
    records = createContext(await readSnapshotFile(file)).ctx.get(INDICATORS);
  } catch (error) {
    io.err(`${file}: ${describeError(error)}`);
    return EXIT_BAD_INPUT;
  }

  const main = records.filter((r) => r.footnote === null && r.value !== null && r.period !== null);
  period ??= mostCommonPeriod(main);
  if (!period) {
    io.err(`Lỗi: không tìm thấy chỉ tiêu có kỳ báo cáo trong "${file}"; hãy chỉ định --period.\nError: no indicator with a period found in "${file}"; give --period.`);
    return EXIT_BAD_INPUT;
  }
  const label = formatPeriod(period);
  const selected = selectRecords(main.filter((r) => r.period === label), values.select ?? []);
  const table = buildComparisonTable({
    period,
    store,
    currentFile: basename(file),
    rows: [
      ...selected.map((record) => ({ name: record.name, unit: record.unit, record })),
      ...(values.select ?? []).filter((name) => !selected.some((r) => nameSimilarity(r.name, name) >= 0.6)).map((name) => ({ name })),
    ],
  });
  const checks = arithmeticChecks(selected, store, period);

  if (values.json) {
    io.out(JSON.stringify({ file, ...tableJson(table), checks: checks.map((c) => ({ name: c.name, ...c.check })) }, null, 2));
  } else {
    io.out(renderTable(table));
    for (const c of checks) io.out(`${c.check.ok ? "✓" : "⚠"} ${c.name}: ${c.check.computation}`);
  }
  return EXIT_OK;
}

function mostCommonPeriod(records: readonly IndicatorRecord[]): Period | null {
  const counts = new Map<string, number>();
  for (const r of records) if (r.period) counts.set(r.period, (counts.get(r.period) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  const period = best ? parsePeriod(best[0]) : null;
  return period && period.year !== null ? period : null;
}

/** One row per indicator (the first statement of it); with --select only the named ones. */
function selectRecords(records: readonly IndicatorRecord[], names: readonly string[]): IndicatorRecord[] {
  const seen = new Set<string>();
  // Without --select: the statements a report writes as indicators (a qualifier, a plan share, a change or a prior figure).
  const isIndicator = (r: IndicatorRecord) =>
    r.qualifier != null || r.planPct !== null || r.changePct !== null || r.changeAmount != null || r.priorValue !== null;
  const chosen = records.filter((r) => (names.length === 0 ? isIndicator(r) : names.some((n) => nameSimilarity(r.name, n) >= 0.6)));
  return chosen.filter((r) => {
    const key = normalizeIndicatorName(r.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function arithmeticChecks(records: readonly IndicatorRecord[], store: IndicatorStore, period: Period): CheckLine[] {
  const lines: CheckLine[] = [];
  for (const record of records) {
    let change = changeCheck(record);
    if (!change && record.value !== null && record.changePct !== null && record.stated?.change) {
      const prior = findValue(store, { name: record.name, unit: record.unit, period: samePeriodLastYear(period), kind: "actual" });
      if (prior) change = checkChangePct(record.value, prior.value, record.changePct, record.stated.change.decimals);
    }
    if (change) lines.push({ name: record.name, check: change });
    const plan = planCheck(record, store);
    if (plan) lines.push({ name: record.name, check: plan.check });
  }
  return lines;
}

function tableJson(table: IndicatorTable) {
  const keys = ["tt", "name", "unit", "prior", "current", "compare", "plan", "planPct"] as const;
  return {
    period: table.period,
    priorPeriod: table.priorPeriod,
    planPeriod: table.planPeriod,
    columns: table.headerRows[0].map((c) => c.text),
    rows: table.rows.map((row) => Object.fromEntries(row.map((cell, i) => [keys[i], cell.missing ? null : cell.text]))),
    table,
    sourceNote: table.sourceNote,
  };
}

function renderTable(table: IndicatorTable): string {
  const all = [...table.headerRows, ...table.rows];
  const widths = all[0].map((_, c) => Math.min(48, Math.max(...all.map((row) => [...row[c].text].length))));
  const fit = (text: string, width: number, align: string) => {
    const chars = [...text];
    const cut = chars.length > width ? chars.slice(0, width - 1).join("") + "…" : text;
    const pad = " ".repeat(Math.max(0, width - [...cut].length));
    return align === "right" ? pad + cut : cut + pad;
  };
  const line = (row: typeof all[number]) => row.map((cell, c) => fit(cell.text, widths[c], cell.align)).join(" | ");
  const rule = widths.map((w) => "-".repeat(w)).join("-+-");
  return [line(table.headerRows[0]), line(table.headerRows[1]), rule, ...table.rows.map(line), "", table.sourceNote].join("\n");
}

// ---- data ----

export async function runData(argv: string[], io: CliIO): Promise<number> {
  const [action, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      data: { type: "string" },
      mapping: { type: "string" },
      json: { type: "boolean", default: false },
      name: { type: "string" },
      unit: { type: "string" },
      period: { type: "string" },
      value: { type: "string" },
      plan: { type: "boolean", default: false },
    },
  });
  if (!values.data) return usage(io, "thiếu --data", "--data is required", DATA_USAGE);
  const path = values.data;
  try {
    switch (action) {
      case "import": {
        if (positionals.length === 0) return usage(io, "chưa chỉ định tệp nguồn", "no source file given", DATA_USAGE);
        const mapping = values.mapping ? (JSON.parse(new TextDecoder().decode(await readInputFile(values.mapping))) as TableMapping) : undefined;
        // Read, import and write under the lock: a concurrent import waits instead of being lost.
        const summary = await withFileLock(path, async () => {
          let store = await loadStore(path, false);
          const lines: string[] = [];
          // All files or none: the store is written once, after every source was read.
          for (const file of positionals) {
            const result = await importFile(store, file, mapping);
            store = result.store;
            lines.push(`${file}: +${result.added} mới / new, ${result.replaced} thay thế / replaced`);
          }
          await saveStore(path, store);
          return lines;
        });
        io.out(summary.join("\n"));
        return EXIT_OK;
      }
      case "list": {
        const store = await loadStore(path, true);
        if (values.json) io.out(JSON.stringify(store.values, null, 2));
        else for (const v of store.values) io.out(`${v.name} | ${v.unit ?? "—"} | ${v.period} | ${v.kind === "plan" ? "kế hoạch" : "thực hiện"} | ${v.value} | ${v.source.file}`);
        return EXIT_OK;
      }
      case "add": {
        const number = values.value === undefined ? null : parseVietnameseNumber(values.value);
        if (!values.name || !values.period || !number) {
          return usage(io, "cần --name, --period và --value (số)", "--name, --period and a numeric --value are required", DATA_USAGE);
        }
        const typed = {
          name: values.name,
          unit: values.unit ?? null,
          period: values.period,
          kind: values.plan ? ("plan" as const) : ("actual" as const),
          value: number.value,
          source: { file: "nhập tay / typed", text: `${values.name} ${values.period}: ${values.value} ${values.unit ?? ""}`.trim() },
        };
        await withFileLock(path, async () => saveStore(path, addValues(await loadStore(path, false), [typed]).store));
        return EXIT_OK;
      }
      case "match": {
        const store = await loadStore(path, true);
        for (const c of matchCandidates(store, positionals.join(" "), { minScore: 0.3 })) {
          io.out(`${c.score.toFixed(2)}${c.confirmed ? " (đã xác nhận / confirmed)" : ""} | ${c.name} | key: ${c.key}`);
        }
        return EXIT_OK;
      }
      case "confirm": {
        if (positionals.length !== 2) return usage(io, "cần NAME và KEY", "NAME and KEY expected", DATA_USAGE);
        await withFileLock(path, async () => {
          const store = await loadStore(path, true);
          await saveStore(path, confirmMatch(store, positionals[0], positionals[1] === "-" ? null : positionals[1]));
        });
        return EXIT_OK;
      }
      default:
        return usage(io, `thao tác "${action ?? ""}" không hợp lệ`, `unknown action "${action ?? ""}"`, DATA_USAGE);
    }
  } catch (error) {
    io.err(describeError(error));
    return EXIT_BAD_INPUT;
  }
}

async function importFile(store: IndicatorStore, file: string, mapping: TableMapping | undefined) {
  return importSource(store, basename(file), await readInputFile(file), mapping);
}
