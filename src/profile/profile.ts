import party2018 from "../../data/profiles/party-2018.json";
import party2026 from "../../data/profiles/party-2026.json";
import state from "../../data/profiles/state.json";
import { checkId, PROFILE_IDS, SYSTEM_IDS, type Localized, type ProfileId, type SystemId } from "../core/types";

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
}

export const PROFILES: Readonly<Record<ProfileId, Profile>> = Object.fromEntries(
  [party2018, party2026, state].map((data) => {
    const profile = loadProfile(data);
    return [profile.id, profile];
  }),
) as Record<ProfileId, Profile>;

function loadProfile(data: Omit<Profile, "id" | "system"> & { id: string; system: string }): Profile {
  const where = `data/profiles/${data.id}.json`;
  return { ...data, id: checkId(PROFILE_IDS, data.id, where), system: checkId(SYSTEM_IDS, data.system, where) };
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
