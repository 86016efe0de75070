/**
 * The engine's layers (issue "One engine contract"): core ← text, document ← lint, profile ←
 * structure, citations, indicators ← engine ← cli. Nothing in src/ imports the add-in, and
 * nothing anywhere imports in a cycle. Checked by test/architecture/layers.test.ts.
 */
const LOWER = {
  core: [],
  text: ["core"],
  document: ["core", "text"],
  lint: ["core", "text", "document", "profile"],
  profile: ["core", "text", "document"],
  structure: ["core", "text", "document", "lint", "profile"],
  citations: ["core", "text", "document", "lint", "profile", "structure"],
  indicators: ["core", "text", "document", "lint", "profile", "structure", "citations"],
  engine: ["core", "text", "document", "lint", "profile", "structure", "citations", "indicators"],
  cli: ["core", "text", "document", "lint", "profile", "structure", "citations", "indicators", "engine"],
};

const layerRules = Object.entries(LOWER).map(([layer, allowed]) => ({
  name: `layer-${layer}`,
  comment: `src/${layer} may import only ${allowed.length ? allowed.map((l) => `src/${l}`).join(", ") : "nothing else in src"}`,
  severity: "error",
  from: { path: `^src/${layer}/` },
  to: { path: "^src/", pathNot: [`^src/${layer}/`, ...allowed.map((l) => `^src/${l}/`)] },
}));

module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
    { name: "engine-without-addin", severity: "error", from: { path: "^src/" }, to: { path: "^addin/" } },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "\\.d\\.ts$" },
  },
};
