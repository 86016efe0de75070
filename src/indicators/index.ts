import type { Rule } from "../lint/types";
import { changeMismatch } from "./rules/changeMismatch";
import { componentsTotal } from "./rules/componentsTotal";
import { duplicateStatement } from "./rules/duplicateStatement";
import { planShareMismatch } from "./rules/planShareMismatch";
import { shareMismatch } from "./rules/shareMismatch";

export { extractIndicators } from "./extract";

export const indicatorRules: Rule<never>[] = [changeMismatch, shareMismatch, planShareMismatch, componentsTotal, duplicateStatement] as unknown as Rule<never>[];
