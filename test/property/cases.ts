/**
 * Runs per property. Together more than 10,000 cases per `npm test`, sized so the three files
 * finish in about two minutes on two cores (a check of a random document costs ~15–30 ms, of a
 * whole seed ~300 ms).
 */
export const RUNS = {
  locations: 4500,
  invisible: 1000,
  fixAll: 2500,
  idempotence: 2000,
  mutatedSeeds: 60,
} as const;

