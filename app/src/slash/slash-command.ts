/** A `/factstore` command of a pull request comment, as parsed (nothing checked against the config yet). */
export type SlashCommand = ApprovalCommand | BypassCommand | StatusCommand | ClearAlarmCommand;

export interface ApprovalCommand {
  name: 'approve' | 'reject';
  flow: string;
  comment?: string;
}

export interface BypassCommand {
  name: 'bypass';
  flow: string;
  reason: string;
  /** the TTL as written (`7d`) and in milliseconds */
  ttl: string;
  ttlMs: number;
  evidenceUrl?: string;
  comment?: string;
}

export interface StatusCommand {
  name: 'status';
}

/** Clears the facts branch's tamper alarm (an admin of `trust.admins`, on a pull request or an issue). */
export interface ClearAlarmCommand {
  name: 'clear-alarm';
  /** why the facts branch can be trusted again */
  comment: string;
}

/** What a comment holds: no command, a command, or a command line that could not be parsed. */
export type ParsedComment =
  | { kind: 'none' }
  | { kind: 'command'; line: string; command: SlashCommand }
  | { kind: 'invalid'; line: string; problem: string };

export const SLASH_PREFIX = '/factstore';

/** The syntax, as the reply to a malformed command shows it. */
export const SLASH_USAGE = [
  '/factstore approve <flow> [comment]',
  '/factstore reject <flow> <comment>',
  '/factstore bypass <flow> <reason-id> --ttl <duration, e.g. 7d> [--evidence <https link>] [comment]',
  '/factstore status',
  '/factstore clear-alarm <why the facts branch can be trusted again>',
];
