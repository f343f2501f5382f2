// Types of scripts/es7.mjs, for test/yaml/server.ts.
export declare const es7TargetDir: string
export declare function es7Built(): boolean
export declare function buildEs7(log?: (line: string) => void): void
