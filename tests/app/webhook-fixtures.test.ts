// The trimmed payloads under tests/fixtures/webhooks/examples/ are exactly what
// scripts/fixtures/write-webhook-fixtures.js makes of @octokit/webhooks-examples: none is edited
// by hand, none is missing, and upgrading the package shows up here.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SUBSCRIBED, fixtureNames, trimPayload } from '../../scripts/fixtures/webhook-trim.js';

interface ExampleSet {
  name: string;
  examples: Record<string, unknown>[];
}

const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as ExampleSet[];
const dir = new URL('../fixtures/webhooks/examples/', import.meta.url);

describe('webhook fixtures', () => {
  const expected = new Map<string, unknown>();
  for (const event of SUBSCRIBED) {
    const set = examples.find((e) => e.name === event);
    if (set === undefined) throw new Error(`@octokit/webhooks-examples lost its ${event} examples`);
    const names = fixtureNames(event, set.examples);
    set.examples.forEach((p, i) => expected.set(names[i] ?? '', trimPayload(p)));
  }

  it('holds one trimmed copy of every example of every subscribed event, and nothing else', () => {
    expect(readdirSync(dir).sort()).toEqual([...expected.keys()].sort());
    expect(expected.size).toBeGreaterThan(60);
  });

  it.each([...expected.keys()])('%s is the trimmed example, unedited', (name) => {
    expect(JSON.parse(readFileSync(new URL(name, dir), 'utf8'))).toEqual(expected.get(name));
  });

  it('trimming drops addresses and node ids only', () => {
    const trimmed = trimPayload({ url: 'u', html_url: 'h', node_id: 'n', id: 1, user: { login: 'a', avatar_url: 'x' }, list: [{ _links: {}, sha: 's' }] });
    expect(trimmed).toEqual({ id: 1, user: { login: 'a' }, list: [{ sha: 's' }] });
  });
});
