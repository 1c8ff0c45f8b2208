import { badInput } from '../../core/errors.js';
import { searchFacts, SEARCH_KINDS, type SearchHit, type SearchKind } from '../../core/search/search-facts.js';
import { optionalString, stringList } from '../args/values.js';
import type { Command } from '../command.js';
import { openTrusted } from '../context/trusted-view.js';
import { EXIT_NOT_OK, EXIT_OK } from '../exit-codes.js';
import { withTrust } from '../output/render-trust.js';
import { short, table } from '../output/table.js';
import { parseLimit } from './log.js';

const HEADINGS: Record<SearchKind, string> = {
  flow: 'Flows',
  environment: 'Environments',
  trail: 'Trails',
  artifact: 'Artifacts',
  attestation: 'Attestations',
  approval: 'Approvals',
  commit: 'Commits',
};

export const search: Command = {
  path: ['search'],
  summary: 'find flows, environments, trails, artifacts, attestations, approvals and commits',
  usage: `search TERM [--kind ${SEARCH_KINDS.join('|')}]… [--limit N]`,
  positionals: ['TERM'],
  options: [
    { name: 'kind', type: 'string', multiple: true, value: 'KIND', description: `only these kinds (${SEARCH_KINDS.join(', ')}; repeatable)` },
    { name: 'limit', type: 'string', value: 'N', description: 'at most N hits per kind (default 20)' },
  ],
  details: `TERM is matched, case-insensitively, against the start of trail names, of artifact names (or of any
'/' part of one: web finds ghcr.io/acme/web), of attestation types and of the actors of attestations and
approvals; anywhere in flow and environment names; and, when it is 4 or more hex characters, against the start
of artifact digests (sha256: optional) and git commits. Hits are grouped by kind, newest first; past --limit,
the terms read first are the shortest (then in alphabetical order).
Only facts that count are shown: the indexes only say where to look, and a hint that no fact signed by a
trusted key bears out is left out (and counted). A query reads the same number of files whatever the store's
size. Facts recorded before the indexes existed are found after factstore reindex. Exit 1 when nothing matched (as grep).`,
  async run(ctx, { values, positionals }) {
    const config = await ctx.requireConfig();
    const kinds = stringList(values, 'kind').flatMap((k) => k.split(',')).map((k) => k.trim().toLowerCase());
    for (const k of kinds) {
      if (!(SEARCH_KINDS as readonly string[]).includes(k)) throw badInput(`--kind ${JSON.stringify(k)} is not a kind of search: use one of ${SEARCH_KINDS.join(', ')}.`);
    }
    const limit = parseLimit(optionalString(values, 'limit'));
    const facts = await openTrusted(config, ctx.openStore(config));
    const result = await searchFacts({ facts, config, query: positionals[0] ?? '', ...(kinds.length > 0 ? { kinds: kinds as SearchKind[] } : {}), ...(limit !== undefined ? { limit } : {}) });
    const trust = await facts.report();
    ctx.emit('cli/search', { ...result, trust }, () => {
      const parts = result.groups.map((g) => [`${HEADINGS[g.kind]}${g.more ? ` (the first ${g.hits.length}; narrow the term or raise --limit)` : ''}:`, table(g.hits.map(row), '  ')].join('\n'));
      if (parts.length === 0) parts.push(`nothing matches ${JSON.stringify(result.query)}.`);
      if (result.unconfirmed > 0) parts.push(`${result.unconfirmed} index hint(s) led to no fact that counts: left out (factstore verify tells why).`);
      return withTrust(parts.join('\n\n'), trust);
    });
    return result.groups.length > 0 ? EXIT_OK : EXIT_NOT_OK;
  },
};

function row(h: SearchHit): string[] {
  const at = h.flow !== undefined && h.trail !== undefined ? `${h.flow}/${h.trail}` : (h.flow ?? '');
  const when = h.ts?.slice(0, 19).replace('T', ' ') ?? '';
  switch (h.kind) {
    case 'flow':
      return [h.flow ?? '', h.description ?? ''];
    case 'environment':
      return [h.environment ?? '', h.type ?? '', h.description ?? ''];
    case 'trail':
      return [at, h.commit === undefined ? '' : short(h.commit), h.actor ?? '', when];
    case 'artifact':
      return [h.name ?? '', short(h.digest), at, when];
    case 'attestation':
      return [h.type ?? '', h.status ?? '', at, h.actor ?? '', when];
    case 'approval':
      return [h.status ?? '', at, h.actor ?? '', when];
    case 'commit':
      return [short(h.commit), at];
  }
}
