/** Everything the CLI touches of its process, so tests and the demo can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** raw bytes to stdout (evidence get --out -); absent where only text is captured */
  stdoutBytes?: (bytes: Uint8Array) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** the clock facts are stamped with; default the system clock */
  now?: () => Date;
  /** standard input, read up to `maxBytes` + 1 bytes (`--file -`); absent where there is none */
  stdin?: (maxBytes: number) => Promise<Buffer>;
  /** stderr is a terminal: work over a second shows a progress line there (never in logs or pipes) */
  stderrIsTTY?: boolean;
  /** how long work runs before the progress line appears (default 1000 ms) */
  progressAfterMs?: number;
}
