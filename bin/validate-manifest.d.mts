export declare const defaultSchemaDir: string;
export declare const mainSchemaFile: string;
export declare class SchemaDirError extends Error {}

export interface ManifestError {
  line: number | null;
  message: string;
}

export declare function validateManifest(
  xmlText: string,
  options?: { schemaDir?: string; fileName?: string },
): Promise<{ valid: boolean; errors: ManifestError[] }>;
