// What the alarm issue says: what happened, then what to do.
import { describe, expect, it } from 'vitest';
import { alarmBody, alarmTitle } from '../../app/src/alarm/alarm-text.js';
import { factIncidents, tamperIncidents, type TamperReport } from '../../app/src/alarm/tamper-incident.js';

const untrusted = { sha: 'd'.repeat(40), trust: { status: 'untrusted' as const, detail: 'The signature is valid but key SHA256:abc is not listed under trust.signers in the config.' } };

function report(incidents: TamperReport['incidents'], pusher = 'octocat'): TamperReport {
  return { owner: 'acme', repo: 'payments', branch: 'factstore', before: 'b'.repeat(40), after: 'a'.repeat(40), pusher, incidents };
}

describe('tamperIncidents', () => {
  it('a deletion is not also a force-push; untrusted commits follow', () => {
    expect(tamperIncidents({ forced: true, deleted: true }, [])).toEqual([{ kind: 'deleted' }]);
    expect(tamperIncidents({ forced: true }, [untrusted])).toEqual([{ kind: 'forced' }, { kind: 'untrusted', commit: untrusted }]);
    expect(tamperIncidents({ forced: false, deleted: false }, [])).toEqual([]);
  });
});

describe('the alarm text', () => {
  it('names the branch, the shas, the pusher and the reason, then the steps', () => {
    const r = report([{ kind: 'forced' }, { kind: 'untrusted', commit: untrusted }]);
    expect(alarmTitle(r)).toBe('Factstore: the facts branch factstore was force-pushed');
    const body = alarmBody(r);
    expect(body).toContain(`**force-pushed** by \`octocat\` from \`${'b'.repeat(40)}\` to \`${'a'.repeat(40)}\``);
    expect(body).toContain(`Commit \`${'d'.repeat(40)}\` (pushed by \`octocat\`) is **untrusted**: The signature is valid but key SHA256:abc`);
    expect(body).toContain(`factstore verify --branch factstore --checkpoint ${'b'.repeat(40)}`);
    expect(body.indexOf('What to do')).toBeGreaterThan(body.indexOf('untrusted'));
    expect(body).toContain('The **tamper alarm** is open');
  });

  it('an untrusted commit alone is reported, not an alarm', () => {
    const body = alarmBody(report([{ kind: 'untrusted', commit: untrusted }]));
    expect(body).toContain('**do not count**');
    expect(body).not.toContain('tamper alarm** is open');
    expect(body).not.toContain('clear-alarm');
  });

  it('stays under GitHub\'s 65,536 characters however many commits a push brings: the rest are counted, not listed', () => {
    // 250 untrusted commits with GitHub-sized details already overflow an uncapped body
    const many = Array.from({ length: 3000 }, (_, i) => ({ kind: 'untrusted' as const, commit: { sha: i.toString(16).padStart(40, '0'), trust: { status: 'unsigned' as const, detail: 'The commit has no signature.'.padEnd(200, '.') } } }));
    const body = alarmBody(report([{ kind: 'forced' }, ...many]));
    expect(body.length).toBeLessThanOrEqual(65_536);
    const listed = body.match(/^- Commit /gm)?.length ?? 0;
    expect(listed).toBeGreaterThan(100);
    expect(body).toContain(`- … and ${3000 - listed} more incidents, not listed here`);
    expect(body).toContain('**What to do**');
    const uncapped = alarmBody(report([{ kind: 'forced' }, ...many.slice(0, 250)]), undefined, Number.MAX_SAFE_INTEGER);
    expect(uncapped.length).toBeGreaterThan(65_536);
  });

  it('an alarm fact lists at most 100 incidents and counts the rest', () => {
    const many = Array.from({ length: 130 }, (_, i) => ({ kind: 'untrusted' as const, commit: { sha: i.toString(16).padStart(40, '0'), trust: { status: 'unsigned' as const, detail: 'no signature' } } }));
    const { incidents, more } = factIncidents(report([{ kind: 'forced' }, ...many]));
    expect(incidents).toHaveLength(100);
    expect(incidents[0]).toMatchObject({ kind: 'force-push', commit: 'a'.repeat(40) });
    expect(more).toBe(31);
  });

  it('a name with backticks cannot break out of its code span', () => {
    const body = alarmBody(report([{ kind: 'deleted' }], 'evil` **bold** `'));
    expect(body).toContain("`evil' **bold** '`");
  });
});
