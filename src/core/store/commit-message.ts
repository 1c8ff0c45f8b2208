import { auditEvent, type Fact } from '../model/fact.js';
import { factWhere } from '../model/fact-where.js';
import { formatClaims, type AppendClaim } from '../trust/append-claims.js';

/**
 * A commit message a person can read in `git log`: what was recorded, where; then what the commit
 * appended to each facts file (see append-claims.ts), which its signature covers.
 */
export function commitMessage(facts: Fact[], subject?: string, claims: readonly AppendClaim[] = []): string {
  const lines = facts.map((f) => {
    const where = factWhere(f);
    const what = f.kind === 'attestation' ? ` ${f.type} ${f.status}` : f.kind === 'artifact' ? ` ${f.artifact}` : '';
    return `${auditEvent(f)} ${where}${what} (${f.id.slice(0, 12)})`;
  });
  const first = subject ?? (lines.length === 1 ? lines[0] : `record ${facts.length} facts`);
  const trailer = claims.length === 0 ? '' : `\n${formatClaims(claims)}\n`;
  return `factstore: ${first}\n\n${lines.join('\n')}\n${trailer}`;
}
