import { defineAnalysis, defineResource } from "../lint/context";
import { OUTLINE } from "../structure/analysis";
import { extractIndicators } from "./extract";
import type { IndicatorStore } from "./store";

/** Every indicator statement of the document, once per check. */
export const INDICATORS = defineAnalysis("indicators", (ctx) => extractIndicators(ctx.text, ctx.get(OUTLINE), ctx.snapshot.paragraphs));

/** Prior-period data the caller holds (the CLI's --data file, the task pane's store). */
export const INDICATOR_DATA = defineResource<IndicatorStore>("indicator-data");
