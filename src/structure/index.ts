import type { Snapshot } from "../document/snapshot";
import type { ParagraphText } from "../text/normalize";
import type { OutlineEntry } from "../engine/types";
import type { Profile } from "../profile/profile";
import type { Rule } from "../lint/types";
import { analyzeStructure, toOutlineEntries } from "./analysis";
import { numberingDuplicate } from "./rules/numberingDuplicate";
import { numberingSkipped } from "./rules/numberingSkipped";
import { numberingLevelJump } from "./rules/numberingLevelJump";
import { numberingPrefix } from "./rules/numberingPrefix";
import { numberingMixedStyle } from "./rules/numberingMixedStyle";
import { numberingTrailingDot } from "./rules/numberingTrailingDot";
import { numberingMarkerSpace } from "./rules/numberingMarkerSpace";
import { headingPunctuation } from "./rules/headingPunctuation";

export { detectKind } from "./kind";
export { loadTemplate, templateFor, type Template } from "./templates";

export function recoverOutline(snapshot: Snapshot, text: readonly ParagraphText[], _profile: Profile): OutlineEntry[] {
  return toOutlineEntries(analyzeStructure(snapshot, text).entries);
}

export const structureRules: Rule<never>[] = [
  numberingDuplicate,
  numberingSkipped,
  numberingLevelJump,
  numberingPrefix,
  numberingMixedStyle,
  numberingTrailingDot,
  numberingMarkerSpace,
  headingPunctuation,
] as Rule<never>[];
