import type { Snapshot } from "../document/snapshot";
import type { ParagraphText } from "../text/normalize";
import type { KindId, OutlineEntry, SystemId } from "../engine/types";
import type { Profile } from "../profile/profile";
import type { Rule } from "../lint/types";

// Placeholder wiring: the structure checker (outline recovery, kind detection, rules) plugs in here.
export function detectKind(_text: readonly ParagraphText[], system: SystemId): KindId {
  return system === "state" ? "state-report" : "other";
}

export function recoverOutline(_snapshot: Snapshot, _text: readonly ParagraphText[], _profile: Profile): OutlineEntry[] {
  return [];
}

export const structureRules: Rule<never>[] = [];
