import { openDB, type IDBPDatabase } from "idb";
import { emptyStore, parseStore, serializeStore, type IndicatorStore } from "../../src/indicators/store";

/** Prior-period data lives in IndexedDB, one store document per organisation, as the same JSON the CLI reads. */
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
  const json = (await (await open()).get(STORE, organisation)) as string | undefined;
  return json ? parseStore(json) : emptyStore();
}

export async function saveStore(organisation: string, store: IndicatorStore): Promise<void> {
  await (await open()).put(STORE, serializeStore(store), organisation);
}
