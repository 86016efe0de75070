/**
 * Required-section templates: data per report kind and system (data/templates/*.json), and
 * organisation templates given as plain objects (the CLI reads them from a file).
 */
import type { KindId, Localized, SystemId } from "../core/types";
import { LocalizedError } from "../core/errors";
import { defineResource } from "../lint/context";
import partySixMonth from "../../data/templates/party-six-month.json";
import partyAnnual from "../../data/templates/party-annual.json";
import partyMidTerm from "../../data/templates/party-mid-term.json";
import partyConclusion from "../../data/templates/party-conclusion.json";
import stateReport from "../../data/templates/state-report.json";

export interface TemplateSection {
  id: string;
  label: Localized;
  required: boolean;
  /** Alternative wordings; a heading matches when its title contains one of them. */
  wordings: string[];
}

export interface Template {
  id: string;
  kind: string;
  system?: SystemId;
  label: Localized;
  source: string;
  sections: TemplateSection[];
}

export class TemplateError extends LocalizedError<"bad-template"> {
  constructor(why: Localized) {
    super("bad-template", { vi: `Mẫu đề mục: ${why.vi}`, en: `Template: ${why.en}` });
  }
}

/** An organisation's own template (same shape as data/templates/*.json), replacing the built-in one. */
export const TEMPLATE = defineResource<Template>("template");

export const BUILT_IN_TEMPLATES: readonly Template[] = [partySixMonth, partyAnnual, partyMidTerm, partyConclusion, stateReport].map((t) => loadTemplate(t));

/** Validates a template object (built-in data or an organisation's own file); throws TemplateError. */
export function loadTemplate(value: unknown): Template {
  const fail = (en: string, vi: string = en): never => {
    throw new TemplateError({ vi, en });
  };
  if (typeof value !== "object" || value === null) return fail("must be an object", "phải là một đối tượng");
  const t = value as Record<string, unknown>;
  if (typeof t.id !== "string" || t.id === "") fail('"id" must be a non-empty string', '"id" phải là chuỗi khác rỗng');
  if (typeof t.kind !== "string") fail('"kind" must be a report kind', '"kind" phải là một loại báo cáo');
  if (t.system !== undefined && t.system !== "party" && t.system !== "state") fail('"system" must be "party" or "state"', '"system" phải là "party" hoặc "state"');
  if (typeof t.source !== "string" || t.source === "") fail('"source" must say where the template comes from', '"source" phải ghi nguồn của mẫu');
  if (!Array.isArray(t.sections) || t.sections.length === 0) fail('"sections" must be a non-empty list', '"sections" phải là danh sách khác rỗng');
  const sections = (t.sections as unknown[]).map((s, i) => {
    const section = s as Record<string, unknown>;
    if (typeof section !== "object" || section === null) fail(`section ${i + 1} must be an object`, `mục ${i + 1} phải là một đối tượng`);
    if (typeof section.id !== "string") fail(`section ${i + 1}: "id" must be a string`, `mục ${i + 1}: "id" phải là chuỗi`);
    const wordings = section.wordings;
    if (!Array.isArray(wordings) || wordings.length === 0 || !wordings.every((w) => typeof w === "string" && w.trim() !== "")) {
      fail(`section "${String(section.id)}": "wordings" must be a non-empty list of strings`, `mục "${String(section.id)}": "wordings" phải là danh sách chuỗi khác rỗng`);
    }
    const label = (section.label as Localized | undefined) ?? { vi: String(section.id), en: String(section.id) };
    return { id: section.id as string, label, required: section.required !== false, wordings: wordings as string[] };
  });
  const label = (t.label as Localized | undefined) ?? { vi: t.id as string, en: t.id as string };
  return { id: t.id as string, kind: t.kind as string, ...(t.system ? { system: t.system as SystemId } : {}), label, source: t.source as string, sections };
}

/** The template for a kind and system: an exact match first, then one for the kind in any system. */
export function templateFor(kind: KindId, system: SystemId, templates: readonly Template[] = BUILT_IN_TEMPLATES): Template | null {
  return (
    templates.find((t) => t.kind === kind && t.system === system) ??
    templates.find((t) => t.kind === kind && t.system === undefined) ??
    null
  );
}
