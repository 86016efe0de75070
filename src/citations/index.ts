import type { Rule } from "../lint/rule";
import { defineAnalysis } from "../lint/context";
import { CITATIONS } from "./analysis";
import { listDocuments } from "./documents";
import { missingSo } from "./rules/missingSo";
import { symbolSpacing } from "./rules/symbolSpacing";
import { symbolSystem } from "./rules/symbolSystem";
import { typeCode } from "./rules/typeCode";
import { dateFormat } from "./rules/dateFormat";
import { dateComma } from "./rules/dateComma";
import { issuerAbbreviation } from "./rules/issuerAbbreviation";
import { firstMentionIncomplete } from "./rules/firstMentionIncomplete";
import { inconsistentMention } from "./rules/inconsistentMention";
import { registryConflict } from "./rules/registryConflict";
import { namedForm } from "./rules/namedForm";
import { citationSpacing } from "./rules/spacing";

export { CITATIONS, REGISTRY } from "./analysis";

/** The cited-documents table: one row per document, grouped central / provincial / local / State. */
export const CITED_DOCUMENTS = defineAnalysis("cited-documents", (ctx) => listDocuments(ctx.get(CITATIONS).records));

export const citationRules: readonly Rule[] = [
  missingSo,
  symbolSpacing,
  symbolSystem,
  typeCode,
  dateFormat,
  dateComma,
  issuerAbbreviation,
  firstMentionIncomplete,
  inconsistentMention,
  registryConflict,
  namedForm,
  citationSpacing,
];
