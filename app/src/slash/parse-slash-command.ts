import { parseDuration } from '../../../src/core/config/parse-duration.js';
import { NAME_PATTERN } from '../../../src/core/model/names.js';
import { SLASH_PREFIX, type BypassCommand, type ParsedComment, type SlashCommand } from './slash-command.js';

class SyntaxProblem extends Error {}

/**
 * The first line of a comment that starts with `/factstore`, parsed strictly: an unknown
 * subcommand, a missing or malformed name, an unknown flag or a bad TTL is a problem the reply
 * names, never a guess.
 */
export function parseSlashComment(body: string): ParsedComment {
  const line = body.split(/\r?\n/).map((l) => l.trim()).find(isCommandLine);
  if (line === undefined) return { kind: 'none' };
  try {
    return { kind: 'command', line, command: parseLine(line.slice(SLASH_PREFIX.length).trim()) };
  } catch (e) {
    if (e instanceof SyntaxProblem) return { kind: 'invalid', line, problem: e.message };
    throw e;
  }
}

function isCommandLine(line: string): boolean {
  return line.startsWith(SLASH_PREFIX) && (line.length === SLASH_PREFIX.length || /\s/.test(line.charAt(SLASH_PREFIX.length)));
}

function parseLine(rest: string): SlashCommand {
  const [sub, ...args] = rest === '' ? [] : rest.split(/\s+/);
  switch (sub) {
    case undefined:
      throw new SyntaxProblem('no subcommand was given.');
    case 'approve':
    case 'reject':
      return approval(sub, rest, args);
    case 'bypass':
      return bypass(args);
    case 'status':
      if (args.length > 0) throw new SyntaxProblem(`status takes no arguments (got ${JSON.stringify(args.join(' '))}).`);
      return { name: 'status' };
    case 'clear-alarm': {
      // the comment keeps its own spacing: everything after the subcommand
      const comment = rest.replace(/^\S+\s*/, '');
      if (comment === '') throw new SyntaxProblem('clear-alarm needs a comment saying why the facts branch can be trusted again (what was checked, what was restored).');
      return { name: 'clear-alarm', comment };
    }
    default:
      throw new SyntaxProblem(`${JSON.stringify(sub)} is not a subcommand: use approve, reject, bypass, status or clear-alarm.`);
  }
}

function approval(name: 'approve' | 'reject', rest: string, args: string[]): SlashCommand {
  const flow = checkedName('flow', args[0], `${name} needs the flow`);
  const flag = args.slice(1).find(isFlag);
  if (flag !== undefined) throw new SyntaxProblem(`${name} takes no flag (got ${JSON.stringify(flag)}): write the comment as plain text after the flow.`);
  // the comment keeps its own spacing: everything after the flow
  const comment = rest.replace(/^\S+\s+\S+\s*/, '');
  if (name === 'reject' && comment === '') throw new SyntaxProblem('a rejection needs a comment saying why, so the trail\'s owner knows what to fix.');
  return { name, flow, ...(comment !== '' ? { comment } : {}) };
}

function bypass(args: string[]): BypassCommand {
  const flow = checkedName('flow', args[0], 'bypass needs the flow');
  const reason = checkedName('reason', args[1], 'bypass needs a reason id from bypass.reasons of the config');
  let ttl: string | undefined;
  let evidenceUrl: string | undefined;
  const words: string[] = [];
  const rest = args.slice(2);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (!isFlag(arg)) {
      words.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag !== '--ttl' && flag !== '--evidence') throw new SyntaxProblem(`${JSON.stringify(flag)} is not a flag of bypass: use --ttl and --evidence.`);
    const value = inline ?? rest[++i];
    if (value === undefined || value === '' || isFlag(value)) throw new SyntaxProblem(`${flag} needs a value.`);
    if (flag === '--ttl') ttl = value;
    else evidenceUrl = checkedUrl(value);
  }
  if (ttl === undefined) throw new SyntaxProblem('bypass needs --ttl, how long it lasts (for example --ttl 7d).');
  const comment = words.join(' ');
  return { name: 'bypass', flow, reason, ttl, ttlMs: checkedTtl(ttl), ...(evidenceUrl !== undefined ? { evidenceUrl } : {}), ...(comment !== '' ? { comment } : {}) };
}

function isFlag(word: string): boolean {
  return /^--[A-Za-z]/.test(word);
}

function checkedName(what: string, value: string | undefined, missing: string): string {
  if (value === undefined || isFlag(value)) throw new SyntaxProblem(`${missing}.`);
  if (!NAME_PATTERN.test(value) || value.includes('..')) {
    throw new SyntaxProblem(`${what} ${JSON.stringify(value)} is not a name: use 1-128 letters, digits, '.', '_' or '-', starting with a letter or digit.`);
  }
  return value;
}

function checkedTtl(text: string): number {
  try {
    return parseDuration(text);
  } catch {
    throw new SyntaxProblem(`--ttl ${JSON.stringify(text)} is not a duration: write a whole number followed by s, m, h, d or w (for example 7d or 12h).`);
  }
}

function checkedUrl(text: string): string {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    // not a link at all: refused below
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:') || text.length > 2048) {
    throw new SyntaxProblem(`--evidence ${JSON.stringify(text)} is not an http(s) link: give the address of the evidence (an incident, a run, a ticket).`);
  }
  return text;
}
