import { parseCommandLine } from './args/parse-command-line.js';
import { COMMANDS } from './commands/index.js';
import { CliContext } from './context/context.js';
import { errorDocument, errorText, EXIT_OK, EXIT_USAGE, exitCodeFor } from './exit-codes.js';
import { helpText } from './help.js';
import type { CliIo } from './io.js';
import { ProgressLine } from './output/progress-line.js';
import { packageVersion } from './version.js';

export type { CliIo } from './io.js';

/** Runs one `factstore` command line; returns the exit code. Never throws. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    const line = parseCommandLine(argv, COMMANDS);
    if (line.kind === 'version') {
      io.stdout(`factstore ${packageVersion()}\n`);
      return EXIT_OK;
    }
    if (line.kind === 'help') {
      const text = helpText(line.words, COMMANDS);
      if (line.requested) {
        io.stdout(text);
        return EXIT_OK;
      }
      io.stderr(`factstore: no command given.\n\n${text}`);
      return EXIT_USAGE;
    }
    const progress =
      io.stderrIsTTY === true
        ? new ProgressLine((t) => io.stderr(t), `factstore ${line.command.path.join(' ')}`, io.progressAfterMs !== undefined ? { afterMs: io.progressAfterMs } : {})
        : undefined;
    const ctx = new CliContext(progress === undefined ? io : besideProgress(io, progress), line.globals, run, progress);
    try {
      return await line.command.run(ctx, { values: line.values, positionals: line.positionals });
    } finally {
      progress?.stop();
      ctx.close();
    }
  } catch (error) {
    const code = exitCodeFor(error);
    io.stderr(errorText(error));
    // with --json, a script reads the error from stdout too, as one document (schemas/cli/error.schema.json)
    if (wantsJson(argv)) io.stdout(`${JSON.stringify(errorDocument(error, code))}\n`);
    return code;
  }
}

/** The command's own output wipes the progress line first, so the two never mix on one screen line. */
function besideProgress(io: CliIo, progress: ProgressLine): CliIo {
  const { stdoutBytes } = io;
  return {
    ...io,
    stdout: (text) => {
      progress.clear();
      io.stdout(text);
    },
    stderr: (text) => {
      progress.clear();
      io.stderr(text);
    },
    ...(stdoutBytes !== undefined
      ? {
          stdoutBytes: (bytes: Uint8Array) => {
            progress.clear();
            stdoutBytes(bytes);
          },
        }
      : {}),
  };
}

function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
}
