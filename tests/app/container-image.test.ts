// The App's container image and compose file, read as Docker reads them (Docker itself does not
// run here): a Node 24 base, an unprivileged user, a health check on /healthz, the entry command
// `npm start` runs, only files that exist and reach the build context, and compose settings that
// name the App's real settings and mount its secrets where those settings point.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyOf, envOf, execForm, inContext, layOutImage, parseDockerfile, ROOT } from './container.js';

const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const instructions = parseDockerfile(dockerfile);
const one = (keyword: string): string[] => instructions.filter((i) => i.keyword === keyword).map((i) => i.args);

describe('the Dockerfile', () => {
  it('builds on Node 24 and runs as the unprivileged `node` user', () => {
    expect(one('FROM')).toHaveLength(1);
    expect(one('FROM')[0]).toMatch(/^node:24(-|$)/);
    const users = one('USER');
    expect(users.at(-1)).toBe('node');
    // the user is set before the command runs, and after every COPY (files stay root's: the App cannot change them)
    const last = (k: string): number => instructions.map((i) => i.keyword).lastIndexOf(k);
    expect(last('USER')).toBeGreaterThan(last('COPY'));
  });

  it('checks /healthz with node (no curl in the image), in exec form', () => {
    const [check] = one('HEALTHCHECK');
    expect(check).toBeDefined();
    const command = /^(?:--\S+\s+)*CMD\s+(\[.*\])$/s.exec(check ?? '')?.[1];
    const argv = execForm(command ?? '');
    expect(argv[0]).toBe('node');
    expect(argv.join(' ')).toContain('/healthz');
  });

  it('starts the App as `npm start` does: the bundle, from the App folder, in production', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const image = layOutImage(dockerfile);
    expect(pkg.scripts.start).toBe(`cd app && ${image.cmd.join(' ')}`);
    expect(path.relative(image.root, image.workdir)).toBe(path.join('factstore', 'app'));
    expect(envOf(instructions)).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0', PORT: '3000' });
  });

  it('copies files that exist and that .dockerignore lets into the build context: the bundles, the schemas and the manifest only', () => {
    const ignore = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8');
    const sources = instructions.filter((i) => i.keyword === 'COPY').flatMap((i) => copyOf(i).sources);
    expect(sources.sort()).toEqual(['app/app.yml', 'dist/app', 'dist/jq-worker', 'schemas']);
    for (const s of sources) expect(existsSync(path.join(ROOT, s)), s).toBe(true);
    for (const needed of ['app/app.yml', 'dist/app/index.js', 'dist/jq-worker/index.js', 'schemas/config.schema.json', 'schemas/fact.schema.json']) {
      expect(inContext(needed, ignore), needed).toBe(true);
    }
    for (const secret of ['.env', 'app/.env', 'factstore-app.env', 'secrets/webhook-secret', 'node_modules/probot/package.json', 'src/cli/index.ts', 'schemas/fixtures/config/valid/minimal.yml']) {
      expect(inContext(secret, ignore), secret).toBe(false);
    }
  });
});

interface Compose {
  services: Record<string, { build: string; env_file: string; environment: Record<string, string>; secrets: string[]; read_only?: boolean }>;
  secrets: Record<string, { file: string }>;
}

describe('compose.yaml', () => {
  const compose = parse(readFileSync(path.join(ROOT, 'compose.yaml'), 'utf8')) as Compose;
  const service = compose.services['factstore-app'];

  it('builds the Dockerfile, in production, read-only, with plain settings from an env file', () => {
    expect(service?.build).toBe('.');
    expect(service?.environment.NODE_ENV).toBe('production');
    expect(service?.read_only).toBe(true);
    expect(service?.env_file).toBe('factstore-app.env');
  });

  it('gives each secret as a file under /run/secrets, named by the setting that reads it; no secret is written inline', () => {
    const settingOf: Record<string, string> = { app_private_key: 'PRIVATE_KEY_PATH', webhook_secret: 'WEBHOOK_SECRET_FILE', factstore_signing_key: 'FACTSTORE_SIGNING_KEY_FILE' };
    expect(service?.secrets.sort()).toEqual(Object.keys(settingOf).sort());
    for (const [secret, setting] of Object.entries(settingOf)) {
      expect(service?.environment[setting]).toBe(`/run/secrets/${secret}`);
      expect(compose.secrets[secret]?.file).toMatch(/^\.\/secrets\//);
    }
    for (const inline of ['PRIVATE_KEY', 'WEBHOOK_SECRET', 'FACTSTORE_SIGNING_KEY']) expect(service?.environment[inline]).toBeUndefined();
  });
});
