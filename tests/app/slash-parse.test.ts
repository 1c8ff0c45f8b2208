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

describe('parseSlashComment, word by word', () => {
  it('takes several spaces between words as one, and keeps the comment\'s own spacing', () => {
    expect(parseSlashComment('/factstore approve  payments   looks  good')).toStrictEqual({
      kind: 'command',
      line: '/factstore approve  payments   looks  good',
      command: { name: 'approve', flow: 'payments', comment: 'looks  good' },
    });
  });

  it('records no comment at all on an approval without one', () => {
    expect(parseSlashComment('/factstore approve payments')).toStrictEqual({ kind: 'command', line: '/factstore approve payments', command: { name: 'approve', flow: 'payments' } });
  });

  it('reads a bypass without --evidence or a comment as just its flow, reason and TTL', () => {
    expect(parseSlashComment('/factstore bypass payments r1 --ttl 2h')).toStrictEqual({
      kind: 'command',
      line: '/factstore bypass payments r1 --ttl 2h',
      command: { name: 'bypass', flow: 'payments', reason: 'r1', ttl: '2h', ttlMs: 2 * 3_600_000 },
    });
  });

  it('takes a word with -- inside it for comment text, not for a flag', () => {
    expect(parseSlashComment('/factstore approve payments fixed in run--fast')).toMatchObject({ command: { name: 'approve', comment: 'fixed in run--fast' } });
    expect(parseSlashComment('/factstore bypass payments r1 --ttl 1d a--b')).toMatchObject({ command: { name: 'bypass', comment: 'a--b' } });
  });

  it('says exactly which word is missing or is not a name', () => {
    expect(problemOf('/factstore bypass')).toBe('bypass needs the flow.');
    expect(problemOf('/factstore bypass ../x r1 --ttl 1d')).toBe('flow "../x" is not a name: use 1-128 letters, digits, \'.\', \'_\' or \'-\', starting with a letter or digit.');
    expect(problemOf('/factstore bypass payments ../r --ttl 1d')).toBe('reason "../r" is not a name: use 1-128 letters, digits, \'.\', \'_\' or \'-\', starting with a letter or digit.');
    // not a name by its characters alone, with no ".." in it
    expect(problemOf('/factstore approve pay$ments')).toBe('flow "pay$ments" is not a name: use 1-128 letters, digits, \'.\', \'_\' or \'-\', starting with a letter or digit.');
    expect(problemOf('/factstore status now please')).toBe('status takes no arguments (got "now please").');
  });

  it('refuses an empty inline flag value as missing, not as a bad duration', () => {
    expect(problemOf('/factstore bypass payments r1 --ttl=')).toBe('--ttl needs a value.');
    expect(problemOf('/factstore bypass payments r1 --ttl 1d --evidence=')).toBe('--evidence needs a value.');
  });

  it('takes an http or https evidence link up to 2048 characters, and nothing else', () => {
    const at = (url: string) => parseSlashComment(`/factstore bypass payments r1 --ttl 1d --evidence ${url}`);
    expect(at('http://ci.example.com/run/7')).toMatchObject({ command: { evidenceUrl: 'http://ci.example.com/run/7' } });
    const longest = `https://e.example.com/${'a'.repeat(2048 - 'https://e.example.com/'.length)}`;
    expect(longest).toHaveLength(2048);
    expect(at(longest)).toMatchObject({ command: { evidenceUrl: longest } });
    const notLink = (url: string) => `--evidence ${JSON.stringify(url)} is not an http(s) link: give the address of the evidence (an incident, a run, a ticket).`;
    expect(problemOf(`/factstore bypass payments r1 --ttl 1d --evidence ${longest}a`)).toBe(notLink(`${longest}a`));
    expect(problemOf('/factstore bypass payments r1 --ttl 1d --evidence not-a-link')).toBe(notLink('not-a-link'));
    expect(problemOf('/factstore bypass payments r1 --ttl 1d --evidence ftp://files.example.com/x')).toBe(notLink('ftp://files.example.com/x'));
  });
});

describe('slashEventOf, who and where', () => {
  const base: IssueCommentPayload = {
    repository: { name: 'Hello-World', owner: { login: 'Codertocat' }, default_branch: 'master' },
    issue: { number: 2, pull_request: { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/2' } },
    comment: { body: '/factstore status', user: { login: 'Codertocat', type: 'User' } },
  };

  it('ignores a comment whose author is gone (a deleted account) or whose body is empty', () => {
    expect(slashEventOf({ ...base, comment: { body: '/factstore status', user: null } })).toBeUndefined();
    expect(slashEventOf({ ...base, comment: { body: null, user: { login: 'Codertocat', type: 'User' } } })).toBeUndefined();
  });

  it('takes an issue whose pull_request is null for an issue', () => {
    expect(slashEventOf({ ...base, issue: { number: 2, pull_request: null } })).toBeUndefined();
  });

  it('on an issue, answers clear-alarm only: a malformed command there is not answered', () => {
    const onIssue = { ...base, issue: { number: 9 } };
    expect(slashEventOf({ ...onIssue, comment: { body: '/factstore merge it', user: { login: 'Codertocat', type: 'User' } } })).toBeUndefined();
    expect(slashEventOf({ ...onIssue, comment: { body: '/factstore clear-alarm restored from the mirror', user: { login: 'Codertocat', type: 'User' } } })).toMatchObject({
      pullNumber: 9,
      onPullRequest: false,
      parsed: { command: { name: 'clear-alarm', comment: 'restored from the mirror' } },
    });
  });
});
