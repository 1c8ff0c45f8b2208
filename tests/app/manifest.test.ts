// app/app.yml subscribes to exactly the events the App handles, and grants each the permission
// GitHub requires to deliver it and the App needs to act on it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Probot } from 'probot';
import { createFactstoreApp } from '../../app/src/index.js';

interface Manifest {
  default_events: string[];
  default_permissions: Record<string, string>;
  public?: boolean;
}

const manifest = parse(readFileSync(new URL('../../app/app.yml', import.meta.url), 'utf8')) as Manifest;

/** The events the App registers, read through a stand-in for Probot's `app.on`. */
function registeredEvents(): string[] {
  const names: string[] = [];
  const app = {
    on: (events: string | string[]) => names.push(...(Array.isArray(events) ? events : [events])),
    log: { warn: () => undefined },
  } as unknown as Probot;
  createFactstoreApp({ actor: 'factstore[bot]', serverUrl: 'https://github.com' })(app);
  return names;
}

/** What GitHub requires for each event, and what the App does with it (GitHub Docs, "Webhook events and payloads"). */
const NEEDS: Record<string, Record<string, 'read' | 'write'>> = {
  check_run: { checks: 'write' },
  check_suite: { checks: 'write' },
  deployment_protection_rule: { deployments: 'write' },
  issue_comment: { pull_requests: 'write', contents: 'write', members: 'read' },
  pull_request: { pull_requests: 'write' },
  push: { contents: 'write', issues: 'write' },
  workflow_run: { actions: 'read', checks: 'write' },
};

const LEVEL = { read: 1, write: 2 } as const;

describe('app/app.yml', () => {
  it('subscribes to exactly the events the App registers handlers for', () => {
    const events = [...new Set(registeredEvents().map((e) => e.split('.')[0] ?? e))].sort();
    expect(events).toEqual([...manifest.default_events].sort());
  });

  it.each(Object.entries(NEEDS))('grants what %s needs', (event, needs) => {
    for (const [permission, level] of Object.entries(needs)) {
      const granted = manifest.default_permissions[permission] as keyof typeof LEVEL | undefined;
      expect(granted === undefined ? 0 : LEVEL[granted], `${event} needs ${permission}: ${level}`).toBeGreaterThanOrEqual(LEVEL[level]);
    }
  });

  it('asks for nothing no handler needs, and stays private', () => {
    const needed = new Set(['metadata', ...Object.values(NEEDS).flatMap((n) => Object.keys(n))]);
    expect(Object.keys(manifest.default_permissions).filter((p) => !needed.has(p))).toEqual([]);
    expect(Object.values(manifest.default_permissions).every((v) => v === 'read' || v === 'write')).toBe(true);
    expect(manifest.public).toBe(false);
  });
});
