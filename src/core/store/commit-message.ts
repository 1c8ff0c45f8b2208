import { auditEvent, type Fact } from '../model/fact.js';

/** A commit message a person can read in `git log`: what was recorded, where. */
export function commitMessage(facts: Fact[], subject?: string): string {
  const lines = facts.map((f) => {
    const where = f.trail === undefined ? f.flow : `${f.flow}/${f.trail}`;
    const what = f.kind === 'attestation' ? ` ${f.type} ${f.status}` : f.kind === 'artifact' ? ` ${f.artifact}` : '';
    return `${auditEvent(f)} ${where}${what} (${f.id.slice(0, 12)})`;
  });
  const first = subject ?? (lines.length === 1 ? lines[0] : `record ${facts.length} facts`);
  return `factstore: ${first}\n\n${lines.join('\n')}\n`;
}
