// The /factstore command parser: strict, pure, and silent on comments that hold no command.
import { describe, expect, it } from 'vitest';
import { parseSlashComment } from '../../app/src/slash/parse-slash-command.js';
import { slashEventOf, type IssueCommentPayload } from '../../app/src/slash/slash-event.js';

function problemOf(body: string): string {
  const parsed = parseSlashComment(body);
  if (parsed.kind !== 'invalid') throw new Error(`expected a problem, got ${JSON.stringify(parsed)}`);
  return parsed.problem;
}

describe('parseSlashComment', () => {
  it('finds no command in ordinary text, nor in words that only start like one', () => {
    expect(parseSlashComment("You are totally right! I'll get this fixed right away.")).toEqual({ kind: 'none' });
    expect(parseSlashComment('see /factstore approve payments')).toEqual({ kind: 'none' });
    expect(parseSlashComment('/factstorex approve payments')).toEqual({ kind: 'none' });
  });

  it('parses approve with a comment that keeps its spacing, on any line of the comment', () => {
    expect(parseSlashComment('Checked the SBOM.\r\n  /factstore approve payments  looks  good @bob\nthanks')).toEqual({
      kind: 'command',
      line: '/factstore approve payments  looks  good @bob',
      command: { name: 'approve', flow: 'payments', comment: 'looks  good @bob' },
    });
    expect(parseSlashComment('/factstore approve payments')).toMatchObject({ command: { name: 'approve', flow: 'payments' } });
  });

  it('parses reject, which needs a comment', () => {
    expect(parseSlashComment('/factstore reject payments wrong SBOM')).toMatchObject({ command: { name: 'reject', flow: 'payments', comment: 'wrong SBOM' } });
    expect(problemOf('/factstore reject payments')).toMatch(/rejection needs a comment/);
  });

  it('parses bypass with --ttl, --ttl=, --evidence and a free comment', () => {
    expect(parseSlashComment('/factstore bypass payments incident-hotfix --ttl 7d --evidence https://status.example.com/i/42 sev1 fix')).toMatchObject({
      command: { name: 'bypass', flow: 'payments', reason: 'incident-hotfix', ttl: '7d', ttlMs: 7 * 86_400_000, evidenceUrl: 'https://status.example.com/i/42', comment: 'sev1 fix' },
    });
    expect(parseSlashComment('/factstore bypass payments r1 --ttl=12h')).toMatchObject({ command: { name: 'bypass', ttl: '12h', ttlMs: 12 * 3_600_000 } });
  });

  it('parses status, which takes no argument', () => {
    expect(parseSlashComment('/factstore status')).toMatchObject({ command: { name: 'status' } });
    expect(problemOf('/factstore status now')).toMatch(/takes no arguments/);
  });

  it('names what is wrong: subcommand, flow, reason, flags, TTL, evidence link', () => {
    expect(problemOf('/factstore')).toMatch(/no subcommand/);
    expect(problemOf('/factstore merge payments')).toMatch(/"merge" is not a subcommand/);
    expect(problemOf('/factstore approve')).toMatch(/approve needs the flow/);
    expect(problemOf('/factstore approve ../etc')).toMatch(/flow "..\/etc" is not a name/);
    expect(problemOf('/factstore approve payments --force')).toMatch(/takes no flag \(got "--force"\)/);
    expect(problemOf('/factstore bypass payments')).toMatch(/needs a reason id/);
    expect(problemOf('/factstore bypass payments r1')).toMatch(/needs --ttl/);
    expect(problemOf('/factstore bypass payments r1 --ttl')).toMatch(/--ttl needs a value/);
    expect(problemOf('/factstore bypass payments r1 --ttl 7days')).toMatch(/--ttl "7days" is not a duration/);
    expect(problemOf('/factstore bypass payments r1 --ttl 1d --force')).toMatch(/"--force" is not a flag of bypass/);
    expect(problemOf('/factstore bypass payments r1 --ttl 1d --evidence javascript:alert(1)')).toMatch(/not an http\(s\) link/);
  });
});

describe('slashEventOf', () => {
  const base: IssueCommentPayload = {
    repository: { name: 'Hello-World', owner: { login: 'Codertocat' }, default_branch: 'master' },
    issue: { number: 2, pull_request: { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/2' } },
    comment: { body: '/factstore status', user: { login: 'Codertocat', type: 'User' } },
  };

  it('takes a person\'s command on a pull request', () => {
    expect(slashEventOf(base)).toEqual({ owner: 'Codertocat', repo: 'Hello-World', defaultBranch: 'master', pullNumber: 2, onPullRequest: true, actor: 'Codertocat', line: '/factstore status', parsed: { command: { name: 'status' } } });
  });

  it('ignores issues, bots and comments without a command', () => {
    expect(slashEventOf({ ...base, issue: { number: 2 } })).toBeUndefined();
    expect(slashEventOf({ ...base, comment: { body: '/factstore status', user: { login: 'factstore[bot]', type: 'Bot' } } })).toBeUndefined();
    expect(slashEventOf({ ...base, comment: { body: 'LGTM', user: { login: 'Codertocat', type: 'User' } } })).toBeUndefined();
  });
});
