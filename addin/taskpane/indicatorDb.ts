import { openDB, type IDBPDatabase } from "idb";
import { organisationKey } from "../../src/indicators/importSource";
import { emptyStore, parseStore, serializeStore, type IndicatorStore } from "../../src/indicators/store";

/**
 * Prior-period data lives in IndexedDB, one store document per organisation, as the same JSON the
 * CLI reads. Keyed by the organisation's folded name, so "THÀNH UỶ ĐÔNG HÀ" in one report's
 * header and "Thành ủy Đông Hà" typed by the user share one store.
 */
const DB_NAME = "soanchuan";
const STORE = "indicator-data";

let db: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> {
  db ??= openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  });
  return db;
}

export async function loadStore(organisation: string): Promise<IndicatorStore> {
  const database = await open();
  // Stores saved before the key was folded are under the name as typed.
  const json = ((await database.get(STORE, organisationKey(organisation))) ?? (await database.get(STORE, organisation))) as string | undefined;
  return json ? parseStore(json) : emptyStore();
}

export async function saveStore(organisation: string, store: IndicatorStore): Promise<void> {
  await (await open()).put(STORE, serializeStore(store), organisationKey(organisation));
}
