// Types of scripts/s3.mjs, for the tests that start an S3-compatible server with it.
export declare const MOTO_VERSION: string
export declare function fetchMoto(): string
export declare function startS3(options?: { logFile?: string; timeoutMs?: number }): Promise<{
  url: string
  pid: number
  stop(): Promise<void>
}>
export declare function stopPid(pid: number): Promise<void>
