import { useCallback, useEffect, useMemo, useState } from "react";
import { emptyStore, type IndicatorStore } from "../../../src/indicators/index";
import { loadStore, saveStore } from "../indicatorDb";

export interface IndicatorData {
  /** Whose prior-period data is used: the user's choice, else the report's issuer, else the house style's name. */
  organisation: string;
  /** Where `organisation` comes from: typed by the user, the report's header, or the house style. */
  organisationFrom: "user" | "issuer" | "settings";
  /** Changes the organisation for this session; an empty name goes back to the report's issuer. */
  setOrganisation(name: string): void;
  store: IndicatorStore;
  /** False until IndexedDB first answered: the first check waits for it so plans are never missed. */
  loaded: boolean;
  /** Saves a new version of the store (after an import or a pick) and re-checks against it. */
  commit(store: IndicatorStore): Promise<void>;
}

/** The organisation's prior-period data, from IndexedDB (the same JSON the CLI's --data reads). */
export function useIndicatorStore(issuer: string | null, settingsOrganisation: string, fail: (error: unknown) => void): IndicatorData {
  const [typed, setTyped] = useState("");
  const organisationFrom = typed.trim() ? "user" : issuer ? "issuer" : "settings";
  const organisation = organisationFrom === "user" ? typed.trim() : (issuer ?? settingsOrganisation);
  const [state, setState] = useState<{ organisation: string; store: IndicatorStore } | null>(null);
  useEffect(() => {
    let current = true;
    // The same figures under another name (often: two empty stores) keep the store as it was, so the check does not run again.
    const settle = (store: IndicatorStore) =>
      setState((previous) => ({ organisation, store: previous && sameFigures(previous.store, store) ? previous.store : store }));
    loadStore(organisation).then(
      (store) => current && settle(store),
      (error: unknown) => {
        if (!current) return;
        settle(emptyStore());
        fail(error);
      },
    );
    return () => {
      current = false;
    };
  }, [organisation, fail]);
  const commit = useCallback(
    async (store: IndicatorStore) => {
      // A store learns whose it is at its first save (imports of spreadsheets name no one).
      const owned = { ...store, organisation: store.organisation ?? organisation };
      await saveStore(organisation, owned);
      setState({ organisation, store: owned });
    },
    [organisation],
  );
  // Loaded once the first store was read; when the organisation changes (the report's issuer is
  // known after its first check) the previous store serves the few milliseconds until the next is read.
  const loaded = state !== null;
  const store = useMemo(() => state?.store ?? emptyStore(), [state]);
  return useMemo(
    () => ({ organisation, organisationFrom, setOrganisation: setTyped, store, loaded, commit }),
    [organisation, organisationFrom, store, loaded, commit],
  );
}

function sameFigures(a: IndicatorStore, b: IndicatorStore): boolean {
  const figures = (s: IndicatorStore) => JSON.stringify([s.values, s.matches, s.conflicts ?? []]);
  return a === b || figures(a) === figures(b);
}
