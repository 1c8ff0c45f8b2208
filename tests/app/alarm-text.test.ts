// What the alarm issue says: what happened, then what to do.
import { describe, expect, it } from 'vitest';
import { alarmBody, alarmTitle, tamperIncidents, type TamperReport } from '../../app/src/alarm/tamper-incident.js';

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
  });

  it('a name with backticks cannot break out of its code span', () => {
    const body = alarmBody(report([{ kind: 'deleted' }], 'evil` **bold** `'));
    expect(body).toContain("`evil' **bold** '`");
  });
});
