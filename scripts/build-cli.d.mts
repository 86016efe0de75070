export declare const CLI_ENTRY: string;
export declare const CLI_OUT_DIR: string;
export declare const CLI_BUNDLE: string;
export declare const CLI_INPUTS: string;
export declare function buildCli(outDir?: string): Promise<string>;
export declare function isFresh(outDir?: string): boolean;
