import type { Rule } from "../lint/rule";
import { numberingDuplicate } from "./rules/numberingDuplicate";
import { numberingSkipped } from "./rules/numberingSkipped";
import { numberingLevelJump } from "./rules/numberingLevelJump";
import { numberingPrefix } from "./rules/numberingPrefix";
import { numberingMixedStyle } from "./rules/numberingMixedStyle";
import { numberingTrailingDot } from "./rules/numberingTrailingDot";
import { numberingMarkerSpace } from "./rules/numberingMarkerSpace";
import { numberingDoubleMarker } from "./rules/numberingDoubleMarker";
import { headingPunctuation } from "./rules/headingPunctuation";
import { headerMissing } from "./rules/headerMissing";
import { headerIssuer } from "./rules/headerIssuer";
import { headerMotto } from "./rules/headerMotto";
import { headerNumber } from "./rules/headerNumber";
import { headerDate } from "./rules/headerDate";
import { headerTitle } from "./rules/headerTitle";
import { closingSentence } from "./rules/closingSentence";
import { closingSummary } from "./rules/closingSummary";
import { closingEndMark } from "./rules/closingEndMark";
import { closingRecipients } from "./rules/closingRecipients";
import { closingSignature } from "./rules/closingSignature";
import { fixedBlockTypo } from "./rules/blocksFixedTypo";
import { sectionsMissing } from "./rules/sectionsMissing";
import { sectionsOrder } from "./rules/sectionsOrder";
import { sectionsDuplicate } from "./rules/sectionsDuplicate";
import { presentationFont } from "./rules/presentationFontFamily";
import { presentationSize } from "./rules/presentationFontSize";
import { presentationHeadingBold } from "./rules/presentationHeadingBold";
import { presentationHeadingCaps } from "./rules/presentationHeadingCaps";
import { presentationAlignment } from "./rules/presentationAlignment";
import { consistencyToneStyle } from "./rules/consistencyToneStyle";
import { consistencyUnicode } from "./rules/consistencyUnicode";
import { consistencySpacing } from "./rules/consistencySpacing";
import { consistencyDecimal } from "./rules/consistencyDecimalPoint";
import { consistencyNumberSpacing } from "./rules/consistencyNumberSpacing";
import { consistencyUnitSpacing } from "./rules/consistencyUnitSpacing";
import { consistencyYearRange } from "./rules/consistencyYearRange";
import { consistencyMonthCount } from "./rules/consistencyMonthCount";
import { consistencyProperNames } from "./rules/consistencyProperNames";
import { consistencyParagraphBreak } from "./rules/consistencyParagraphBreak";
import { consistencyAbbreviation } from "./rules/consistencyAbbreviation";

export { detectKind } from "./kind";
export { loadTemplate, templateFor, TEMPLATE, type Template } from "./templates";
export { OUTLINE, STRUCTURE } from "./analysis";

export const structureRules: readonly Rule[] = [
  numberingDuplicate,
  numberingSkipped,
  numberingLevelJump,
  numberingPrefix,
  numberingMixedStyle,
  numberingTrailingDot,
  numberingMarkerSpace,
  numberingDoubleMarker,
  headingPunctuation,
  headerMissing,
  headerIssuer,
  headerMotto,
  headerNumber,
  headerDate,
  headerTitle,
  closingSentence,
  closingSummary,
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
  consistencyUnitSpacing,
  consistencyYearRange,
  consistencyMonthCount,
  consistencyProperNames,
  consistencyParagraphBreak,
  consistencyAbbreviation,
];
