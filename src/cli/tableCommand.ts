import { existsSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { createContext } from "../engine/check";
import { STRUCTURE } from "../structure/index";
import { documentIssuer } from "../structure/issuer";
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
  organisationKey,
  resolveConflict,
  TYPED_SOURCE,
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
  SCALE_LIMIT,
  type ArithmeticCheck,
  type IndicatorStore,
  type ImportOutcome,
  type IndicatorTable,
  type Period,
  type StoredValue,
  type TableMapping,
  type ValueConflict,
} from "../indicators/index";
import { formatVietnameseNumber, parseVietnameseNumber } from "../text/numbers";
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
      "confirm-organisation": { type: "boolean", default: false },
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
  let issuer: string | null;
  try {
    store = values.data ? await loadStore(values.data, true) : emptyStore();
    const { ctx } = createContext(await readSnapshotFile(file));
    records = ctx.get(INDICATORS);
    issuer = documentIssuer(ctx.text, ctx.get(STRUCTURE).layout);
  } catch (error) {
    io.err(`${file}: ${describeError(error)}`);
    return EXIT_BAD_INPUT;
  }
  // Another organisation's figures would be compared as if they were this report's prior period.
  if (issuer && store.organisation && organisationKey(issuer) !== organisationKey(store.organisation) && !values["confirm-organisation"]) {
    io.err(
      `Lỗi: "${file}" do ${issuer} ban hành, còn dữ liệu "${values.data}" là của ${store.organisation}; thêm --confirm-organisation nếu vẫn muốn so sánh.\n` +
        `Error: "${file}" is issued by ${issuer} but the data "${values.data}" belongs to ${store.organisation}; add --confirm-organisation to compare anyway.`,
    );
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
      organisation: { type: "string" },
      "confirm-organisation": { type: "boolean", default: false },
      "confirm-scale": { type: "boolean", default: false },
      "skip-scale": { type: "boolean", default: false },
    },
  });
  if (!values.data) return usage(io, "thiếu --data", "--data is required", DATA_USAGE);
  const path = values.data;
  try {
    switch (action) {
      case "import": {
        if (positionals.length === 0) return usage(io, "chưa chỉ định tệp nguồn", "no source file given", DATA_USAGE);
        if (values["confirm-scale"] && values["skip-scale"]) {
          return usage(io, "chỉ chọn một trong --confirm-scale và --skip-scale", "give --confirm-scale or --skip-scale, not both", DATA_USAGE);
        }
        const mapping = values.mapping ? (JSON.parse(new TextDecoder().decode(await readInputFile(values.mapping))) as TableMapping) : undefined;
        const confirm = {
          organisation: values["confirm-organisation"],
          scale: values["confirm-scale"] ? ("import" as const) : values["skip-scale"] ? ("skip" as const) : undefined,
        };
        // Read, import and write under the lock: a concurrent import waits instead of being lost.
        const outcome = await withFileLock(path, async () => {
          let store = await loadStore(path, false);
          if (values.organisation) store = { ...store, organisation: values.organisation };
          const lines: string[] = [];
          const refusals: string[] = [];
          // All files or none: the store is written once, after every source was read and nothing was left to confirm.
          for (const file of positionals) {
            const result = await importSource(store, basename(file), await readInputFile(file), { mapping, confirm });
            if (result.questions) {
              refusals.push(...describeQuestions(file, result));
              continue;
            }
            store = result.store;
            lines.push(importSummary(file, result), ...result.conflicts.map((c) => describeConflict(c, (store.conflicts ?? []).indexOf(c) + 1)));
          }
          if (refusals.length === 0) await saveStore(path, store);
          return { lines, refusals, pending: store.conflicts?.length ?? 0 };
        });
        if (outcome.refusals.length > 0) {
          io.err([...outcome.refusals, `Chưa nhập gì vào "${path}". / Nothing was imported into "${path}".`].join("\n"));
          return EXIT_BAD_INPUT;
        }
        io.out(outcome.lines.join("\n"));
        if (outcome.pending > 0) {
          io.out(`${outcome.pending} xung đột chờ chọn; các số này chưa được dùng: soanchuan data pick N stored|incoming --data ${path}\n` +
            `${outcome.pending} conflict(s) to resolve; those figures are not used until then.`);
        }
        return EXIT_OK;
      }
      case "conflicts": {
        const store = await loadStore(path, true);
        const conflicts = store.conflicts ?? [];
        if (conflicts.length === 0) io.out("Không có xung đột. / No conflicts.");
        conflicts.forEach((c, i) => io.out(describeConflict(c, i + 1)));
        return EXIT_OK;
      }
      case "pick": {
        const [number, keep] = positionals;
        if (positionals.length !== 2 || (keep !== "stored" && keep !== "incoming") || !/^\d+$/.test(number)) {
          return usage(io, "cần N và stored|incoming", "N and stored|incoming expected", DATA_USAGE);
        }
        const picked = await withFileLock(path, async () => {
          const store = await loadStore(path, true);
          const conflict = store.conflicts?.[Number(number) - 1];
          if (!conflict) return false;
          await saveStore(path, resolveConflict(store, conflict, keep));
          return true;
        });
        if (!picked) return usage(io, `không có xung đột số ${number}`, `there is no conflict #${number}`, DATA_USAGE);
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
          source: { file: TYPED_SOURCE, text: `${values.name} ${values.period}: ${values.value} ${values.unit ?? ""}`.trim() },
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

function importSummary(file: string, r: ImportOutcome): string {
  return (
    `${file}: ${r.added} thêm mới, ${r.updated} cập nhật, ${r.conflicts.length} xung đột, ${r.unchanged} đã có${r.skipped ? `, ${r.skipped} bỏ qua` : ""}` +
    ` / ${r.added} added, ${r.updated} updated, ${r.conflicts.length} conflicting, ${r.unchanged} unchanged${r.skipped ? `, ${r.skipped} skipped` : ""}`
  );
}

function describeValue(v: StoredValue): string {
  const where = [v.source.file, v.source.sheet, v.source.row !== undefined ? `dòng/row ${v.source.row}` : null, v.source.paragraph !== undefined ? `đoạn/paragraph ${v.source.paragraph + 1}` : null];
  return `${formatVietnameseNumber(v.value, { maxDecimals: 3 })}${v.unit ? ` ${v.unit}` : ""} (${where.filter(Boolean).join(", ")})`;
}

/** Both values side by side, so the user can pick with `data pick`. */
function describeConflict(c: ValueConflict, number: number): string {
  const kind = c.stored.kind === "plan" ? "kế hoạch / plan" : "thực hiện / actual";
  return `  ⚠ [${number}] ${c.stored.name} — ${c.stored.period}, ${kind}:\n      stored:   ${describeValue(c.stored)}\n      incoming: ${describeValue(c.incoming)}`;
}

function describeQuestions(file: string, r: ImportOutcome): string[] {
  const lines: string[] = [];
  const q = r.questions!;
  if (q.organisation) {
    lines.push(
      `${file}: nguồn của ${q.organisation.source}, còn dữ liệu là của ${q.organisation.store}; thêm --confirm-organisation nếu đúng là muốn nhập.`,
      `${file}: the source is ${q.organisation.source}'s but the data belongs to ${q.organisation.store}; add --confirm-organisation to import it anyway.`,
    );
  }
  if (q.scale.length > 0) {
    lines.push(`${file}: ${q.scale.length} giá trị lệch hơn ${SCALE_LIMIT} lần so với số đã có; thêm --confirm-scale để nhập hoặc --skip-scale để bỏ qua chúng. / ${q.scale.length} value(s) differ more than ${SCALE_LIMIT}× from the figure they match; add --confirm-scale to import or --skip-scale to leave them out.`);
    for (const s of q.scale) lines.push(`  ${s.value.name} (${s.value.period}): ${describeValue(s.value)} ↔ ${formatVietnameseNumber(s.matched.value, { maxDecimals: 3 })}${s.matched.unit ? ` ${s.matched.unit}` : ""} (${s.matched.where}) — ×${formatVietnameseNumber(s.ratio, { decimals: 1 })}`);
  }
  return lines;
}
