import { FactstoreError } from '../../core/errors.js';
import type { CliContext } from '../context/context.js';
import { shellLine } from './shell-quote.js';

export interface DemoStep {
  title: string;
  command: string;
  exitCode: number;
  output: string;
}

/**
 * Runs the demo's steps through the real command line (in-process, output captured), shows each
 * one as a person would type it, and stops at the first step that does not end as expected.
 */
export class DemoSession {
  readonly steps: DemoStep[] = [];

  constructor(
    private readonly ctx: CliContext,
    readonly cwd: string,
    private readonly env: Record<string, string>,
  ) {}

  setEnv(name: string, value: string): void {
    this.env[name] = value;
  }

  /** Prose for the reader; nothing with --json, where stdout holds the summary alone. */
  say(text: string): void {
    if (!this.ctx.json) this.ctx.io.stdout(`${text}\n`);
  }

  /**
   * `factstore <args>` in the demo repository; `expected` is the exit code the story needs; `as`
   * replaces some of the environment for this step only (another person and their key).
   */
  async factstore(title: string, args: string[], expected: number, meaning?: string, as: Record<string, string> = {}): Promise<number> {
    let out = '';
    let err = '';
    const now = this.ctx.io.now;
    const exitCode = await this.ctx.runLine(args, {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      env: { ...this.env, ...as },
      cwd: this.cwd,
      ...(now !== undefined ? { now } : {}),
    });
    const command = `factstore ${shellLine(args)}`;
    this.steps.push({ title, command, exitCode, output: out });
    if (exitCode !== expected) {
      throw new FactstoreError('INTERNAL', `the demo step "${title}" (${command}) exited ${exitCode} instead of ${expected}:\n${err}${out}`);
    }
    this.say(`\n${this.steps.length}. ${title}\n$ ${command}\n${indent(out + err)}${exitCode !== 0 || meaning !== undefined ? `  -> exit ${exitCode}${meaning !== undefined ? `: ${meaning}` : ''}\n` : ''}`.trimEnd());
    return exitCode;
  }
}

function indent(text: string): string {
  return text === '' ? '' : `${text.trimEnd().split('\n').map((l) => `    ${l}`).join('\n')}\n`;
}
