import { bypassFact } from '../../core/bypass/bypass-fact.js';
import { bypassVerdict } from '../../core/bypass/bypass-verdict.js';
import { parseDuration } from '../../core/config/parse-duration.js';
import { badInput } from '../../core/errors.js';
import { writerAuthorityProblem } from '../../core/trust/authority.js';
import { optionalString, requiredString } from '../args/values.js';
import type { Command } from '../command.js';
import { EXIT_NOT_OK, EXIT_OK } from '../exit-codes.js';
import { recordFacts, requireStartedTrail } from '../facts/record.js';
import { recordedText } from '../output/describe-fact.js';

export const bypass: Command = {
  path: ['bypass'],
  summary: "bypass a flow's gate for a trail's commit, for a reason of the taxonomy and a TTL; refusals are recorded too",
  usage: 'bypass --flow F [--trail T] --reason R --ttl DURATION [--evidence-url URL] [--comment TEXT]',
  options: [
    { name: 'flow', type: 'string', value: 'F', description: 'the flow whose gate is bypassed' },
    { name: 'trail', type: 'string', value: 'T', description: "the trail (default: the trail of HEAD's commit, as trails begin names it)" },
    { name: 'reason', type: 'string', value: 'R', description: 'a reason id of bypass.reasons in the config' },
    { name: 'ttl', type: 'string', value: 'DURATION', description: 'how long the bypass holds, e.g. 12h or 7d (at most bypass.max_ttl)' },
    { name: 'evidence-url', type: 'string', value: 'URL', description: 'the incident or ticket that justifies it' },
    { name: 'comment', type: 'string', value: 'TEXT', description: 'anything the audit should know' },
  ],
  details: `The same rules as the App's /factstore bypass: the actor must be listed under bypass.actors (by login;
@org/team entries need the App's membership check), the reason must be one of bypass.reasons, and the TTL at
most bypass.max_ttl. A granted bypass (BYPASS_GRANTED, with its expiry) opens the gate of the trail's commit
until it expires; a refused one is recorded as BYPASS_REFUSED with why (exit 1), so refusals are audited too.
It counts only when signed with the actor's own key (trust.signers with actors: [login]): another key is
refused and nothing is written.`,
  async run(ctx, { values }) {
    const config = await ctx.requireConfig();
    const flow = ctx.flow(config, requiredString(values, 'flow', this));
    const trail = await ctx.trailName(config, optionalString(values, 'trail'));
    const reason = requiredString(values, 'reason', this);
    const ttl = requiredString(values, 'ttl', this);
    const ttlMs = parseDuration(ttl);
    const evidenceUrl = optionalString(values, 'evidence-url');
    if (evidenceUrl !== undefined && !/^https?:\/\/\S+$/.test(evidenceUrl)) throw badInput(`--evidence-url ${JSON.stringify(evidenceUrl)} is not an http(s) URL: link the incident or ticket.`);
    const comment = optionalString(values, 'comment');
    const actor = ctx.actor();
    const signer = await ctx.writer(config);
    const store = ctx.openStore(config, signer);
    const { start } = await requireStartedTrail(store, flow.name, trail);
    // offline no team membership can be checked: only logins listed by name are allowed here
    const verdict = await bypassVerdict(config.bypass, { reason, ttl, ttlMs }, actor, () => Promise.resolve(false));
    const fact = bypassFact({
      verdict,
      flow: flow.name,
      trail,
      ...(start.commit !== undefined ? { commit: start.commit } : {}),
      reason,
      ttlMs,
      actor,
      now: ctx.now(),
      ...(evidenceUrl !== undefined ? { evidenceUrl } : {}),
      ...(comment !== undefined ? { comment } : {}),
    });
    const problem = writerAuthorityProblem(config.trust.signers, signer.publicKey, fact);
    if (problem !== undefined) {
      throw badInput(`${problem}. Nothing was recorded: sign with ${actor}'s own key (--key or FACTSTORE_SIGNING_KEY), listed under trust.signers with actors: [${actor}], or bypass through the App.`);
    }
    const result = await recordFacts(store, [fact]);
    ctx.emit('cli/bypass', fact, () => (verdict.refusal !== undefined ? `refused: ${verdict.refusal}\n${recordedText(fact, result)}` : recordedText(fact, result)));
    return verdict.refusal !== undefined ? EXIT_NOT_OK : EXIT_OK;
  },
};
