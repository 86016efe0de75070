import { useCallback, useEffect, useMemo, useState } from "react";
import { emptyStore, type IndicatorStore } from "../../../src/indicators/index";
import { loadStore, saveStore } from "../indicatorDb";

export interface IndicatorData {
  organisation: string;
  setOrganisation(name: string): void;
  store: IndicatorStore;
  /** False until IndexedDB answered: the first check waits for it so plans are never missed. */
  loaded: boolean;
  /** Saves a new version of the store (after an import) and re-checks against it. */
  commit(store: IndicatorStore): Promise<void>;
}

/** The organisation's prior-period data, from IndexedDB (the same JSON the CLI's --data reads). */
export function useIndicatorStore(organisation: string, setOrganisation: (name: string) => void, fail: (error: unknown) => void): IndicatorData {
  const [state, setState] = useState<{ organisation: string; store: IndicatorStore } | null>(null);
  useEffect(() => {
    let current = true;
    loadStore(organisation).then(
      (store) => current && setState({ organisation, store }),
      (error: unknown) => {
        if (!current) return;
        setState({ organisation, store: emptyStore() });
        fail(error);
      },
    );
    return () => {
      current = false;
    };
  }, [organisation, fail]);
  const commit = useCallback(
    async (store: IndicatorStore) => {
      await saveStore(organisation, store);
      setState({ organisation, store });
    },
    [organisation],
  );
  const loaded = state !== null && state.organisation === organisation;
  return useMemo(
    () => ({ organisation, setOrganisation, store: loaded ? state.store : emptyStore(), loaded, commit }),
    [organisation, setOrganisation, state, loaded, commit],
  );
}
