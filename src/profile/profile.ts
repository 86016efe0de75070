import party2018 from "../../data/profiles/party-2018.json";
import party2026 from "../../data/profiles/party-2026.json";
import state from "../../data/profiles/state.json";
import type { ProfileId, SystemId } from "../engine/types";
import type { Localized } from "../lint/types";
import type { RulesConfig } from "../lint/config";

/**
 * A profile names the rule system a document follows. Domain data per profile (templates,
 * citation house style, fonts …) lives in each domain's own data files, keyed by profile id.
 */
export interface Profile {
  id: ProfileId;
  system: SystemId;
  label: Localized;
  /** ISO date from which the profile applies (inclusive); null = no lower bound. */
  validFrom: string | null;
  /** ISO date until which the profile applies (exclusive); null = no upper bound. */
  validUntil: string | null;
  sources: string[];
  /** Per-profile rule configuration, merged under the user's config. */
  rules: RulesConfig;
}

export const PROFILES: Readonly<Record<ProfileId, Profile>> = {
  "party-2018": party2018 as Profile,
  "party-2026": party2026 as Profile,
  state: state as Profile,
};

export const PROFILE_IDS = Object.keys(PROFILES) as ProfileId[];

export function isProfileId(value: string): value is ProfileId {
  return Object.prototype.hasOwnProperty.call(PROFILES, value);
}

/** The Party profile in force on an ISO date. */
export function partyProfileFor(isoDate: string): ProfileId {
  const candidates = PROFILE_IDS.filter((id) => PROFILES[id].system === "party");
  const match = candidates.find((id) => {
    const p = PROFILES[id];
    return (p.validFrom === null || isoDate >= p.validFrom) && (p.validUntil === null || isoDate < p.validUntil);
  });
  return match ?? "party-2026";
}
