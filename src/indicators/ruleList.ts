/** The indicator rules, apart from the domain's index so that the engine does not load the spreadsheet readers with them. */
import type { Rule } from "../lint/rule";
import { changeMismatch } from "./rules/changeMismatch";
import { componentsTotal } from "./rules/componentsTotal";
import { duplicateStatement } from "./rules/duplicateStatement";
import { planShareMismatch } from "./rules/planShareMismatch";
import { shareMismatch } from "./rules/shareMismatch";

export const indicatorRules: readonly Rule[] = [changeMismatch, shareMismatch, planShareMismatch, componentsTotal, duplicateStatement];
