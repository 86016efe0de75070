import type { Rule } from "../lint/types";
import { changeMismatch } from "./rules/changeMismatch";
import { planShareMismatch } from "./rules/planShareMismatch";
import { shareMismatch } from "./rules/shareMismatch";

export { extractIndicators } from "./extract";

export const indicatorRules: Rule<never>[] = [changeMismatch, shareMismatch, planShareMismatch] as unknown as Rule<never>[];
