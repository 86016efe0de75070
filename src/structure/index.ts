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
import { headerMissing } from "./rules/headerMissing";
import { headerIssuer } from "./rules/headerIssuer";
import { headerMotto } from "./rules/headerMotto";
import { headerNumber } from "./rules/headerNumber";
import { headerDate } from "./rules/headerDate";
import { headerTitle } from "./rules/headerTitle";
import { closingSentence } from "./rules/closingSentence";
import { closingEndMark } from "./rules/closingEndMark";
import { closingRecipients } from "./rules/closingRecipients";
import { closingSignature } from "./rules/closingSignature";
import { fixedBlockTypo } from "./rules/fixedBlockTypo";
import { sectionsMissing } from "./rules/sectionsMissing";
import { sectionsOrder } from "./rules/sectionsOrder";
import { sectionsDuplicate } from "./rules/sectionsDuplicate";
import { presentationFont } from "./rules/presentationFont";
import { presentationSize } from "./rules/presentationSize";
import { presentationHeadingBold } from "./rules/presentationHeadingBold";
import { presentationHeadingCaps } from "./rules/presentationHeadingCaps";
import { presentationAlignment } from "./rules/presentationAlignment";
import { consistencyToneStyle } from "./rules/consistencyToneStyle";
import { consistencyUnicode } from "./rules/consistencyUnicode";
import { consistencySpacing } from "./rules/consistencySpacing";
import { consistencyDecimal } from "./rules/consistencyDecimal";
import { consistencyNumberSpacing } from "./rules/consistencyNumberSpacing";
import { consistencyYearRange } from "./rules/consistencyYearRange";
import { consistencyMonthCount } from "./rules/consistencyMonthCount";
import { consistencyAbbreviation } from "./rules/consistencyAbbreviation";

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
  headerMissing,
  headerIssuer,
  headerMotto,
  headerNumber,
  headerDate,
  headerTitle,
  closingSentence,
  closingEndMark,
  closingRecipients,
  closingSignature,
  fixedBlockTypo,
  sectionsMissing,
  sectionsOrder,
  sectionsDuplicate,
  presentationFont,
  presentationSize,
  presentationHeadingBold,
  presentationHeadingCaps,
  presentationAlignment,
  consistencyToneStyle,
  consistencyUnicode,
  consistencySpacing,
  consistencyDecimal,
  consistencyNumberSpacing,
  consistencyYearRange,
  consistencyMonthCount,
  consistencyAbbreviation,
] as Rule<never>[];
