import { Validator } from "@cfworker/json-schema";

/**
 * Bundled data checked against its JSON schema (draft 7) when its module loads; throws naming
 * the file and every problem. @cfworker/json-schema rather than ajv: it compiles nothing with
 * eval, so it also runs under the task pane's Content-Security-Policy.
 */
export function validatedData<T>(file: string, schema: object, data: unknown): T {
  const result = new Validator(schema as never, "7").validate(data);
  if (!result.valid) throw new Error(`${file}: ${result.errors.map((e) => `${e.instanceLocation} ${e.error}`).join("; ")}`);
  return data as T;
}
