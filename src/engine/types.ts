import type { Finding, KindId, Mode, ProfileId } from "../core/types";
import type { OutlineEntry } from "../structure/types";
import type { CitationRecord, CitedDocument } from "../citations/types";
import type { IndicatorRecord } from "../indicators/types";

/** What one check of one document gives the CLI, the task pane and the tests. */
export interface CheckResult {
  profile: ProfileId;
  kind: KindId;
  mode: Mode;
  paragraphs: number;
  findings: Finding[];
  outline: OutlineEntry[];
  citations: CitationRecord[];
  documents: CitedDocument[];
  indicators: IndicatorRecord[];
  /** The issuer named in the header ("THÀNH ỦY ĐÔNG HÀ"), null without one: prior-period data is kept under it. */
  issuer: string | null;
}
