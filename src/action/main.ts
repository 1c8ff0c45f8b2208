import { badInput } from '../core/errors.js';
import type { ActionSession } from './session.js';

type Command = (session: ActionSession) => Promise<void>;

/**
 * Each entry point's module, loaded only when its step runs: the entry file stays small and the
 * step pays only for what it uses (the attest step never loads the assert code, a dry run never
 * loads the GitHub client).
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  attest: async () => (await import('./commands/attest.js')).attest,
  assert: async () => (await import('./commands/assert.js')).assert,
  begin: async () => (await import('./commands/begin.js')).begin,
  gate: async () => (await import('./commands/gate.js')).gate,
  snapshot: async () => (await import('./commands/snapshot.js')).snapshot,
  posture: async () => (await import('./commands/posture.js')).posture,
  'export-otlp': async () => (await import('./commands/export-otlp.js')).exportOtlp,
  doctor: async () => (await import('./commands/doctor.js')).doctor,
};

/**
 * Runs the step named by the hidden `command` input (each action.yml sets its own; default attest).
 * Anything thrown fails the step with a message that says what to do.
 */
export async function run(): Promise<void> {
  let session: ActionSession | undefined;
  try {
    const name = (process.env.INPUT_COMMAND ?? '').trim() || 'attest';
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (load === undefined) {
      throw badInput(`no command ${JSON.stringify(name)}: use attest, assert, begin, gate, snapshot, posture, export-otlp or doctor (the action.yml of each entry point sets it)`);
    }
    const [command, { ActionSession }] = await Promise.all([load(), import('./session.js')]);
    session = new ActionSession(process.env, process.cwd());
    await command(session);
  } catch (error) {
    await reportFailure(error);
  } finally {
    session?.close();
  }
}

async function reportFailure(error: unknown): Promise<void> {
  try {
    (await import('./fail.js')).failStep(error);
  } catch {
    // the failure reporter itself could not load: fail the step by hand, as @actions/core would
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(`::error::factstore: ${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
    process.exitCode = 1;
  }
}
