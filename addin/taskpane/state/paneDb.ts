import { openDB, type IDBPDatabase } from "idb";

/** The pane's own small IndexedDB (ignored findings per document), apart from the indicator data. */
const DB_NAME = "soanchuan-pane";
const IGNORES = "ignores";

let db: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> {
  db ??= openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(IGNORES);
    },
  });
  return db;
}

export async function readIgnores(documentId: string): Promise<string[]> {
  const value = (await (await open()).get(IGNORES, documentId)) as unknown;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export async function writeIgnores(documentId: string, keys: readonly string[]): Promise<void> {
  await (await open()).put(IGNORES, [...keys], documentId);
}
