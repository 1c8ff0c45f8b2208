import { describe, expect, it } from 'vitest';
import { readDocker } from '../../../src/core/environments/sources/index.js';
import { fixtureText, refusal } from './fixtures.js';

// `docker inspect a b c` prints one JSON array of what the Engine API returns for each container
const joined = (files: string[]): string => `[${files.map((f) => fixtureText('docker', f)).join(',')}]`;
const CONTAINERS = joined(['watchtower__container_running.json', 'watchtower__container_watchtower.json', 'watchtower__container_stopped.json']);
const IMAGES = joined(['watchtower__image_default.json', 'watchtower__image_running.json']);

const PORTAINER_LOCAL = 'sha256:19d07168491a3f9e2798a9bed96544e34d57ddc4757a4ac5bb199dea896c87fd';
const PORTAINER_REPO = 'sha256:d6cc2c20c0af38d8d557ab994c419c799a10fe825e4aa57fea2e2e507a13747d';
const WATCHTOWER_LOCAL = 'sha256:4dbc5f9c07028a985e14d1393e849ea07f68804c4293050d5a641b138db72daa';
const PORTAINER_WHERE = { container: 'portainer', containerId: 'b978af0b858aa8855cce46b628817d4ed58e58f2c4f66c9b9c5449134ed4c008' };
const WATCHTOWER_WHERE = { container: 'watchtower-running', containerId: '3d88e0e3543281c747d88b27e246578b65ae8964ba86c7cd7522cf84e0978134' };
const STOPPED = { what: 'docker container watchtower-stopped', why: 'it is not running (State.Status exited)' };

describe('readDocker on real Engine API output (watchtower test data)', () => {
  it('resolves a local image id to its registry digest through docker image inspect', () => {
    const reading = readDocker(CONTAINERS, IMAGES);
    expect(reading.artifacts).toEqual([
      { name: 'containrrr/watchtower', digest: WATCHTOWER_LOCAL, image: 'containrrr/watchtower:latest', where: [WATCHTOWER_WHERE] },
      { name: 'portainer/portainer', digest: PORTAINER_REPO, localId: PORTAINER_LOCAL, image: 'portainer/portainer:latest', where: [PORTAINER_WHERE] },
    ]);
    expect(reading.skipped).toEqual([
      { what: 'registry digest of docker container watchtower-running', why: expect.stringMatching(/no RepoDigests \(built or loaded on this host/) as unknown },
      STOPPED,
    ]);
  });

  it('without docker image inspect lists each image under its local id and says how to resolve it', () => {
    const reading = readDocker(CONTAINERS);
    expect(reading.artifacts.map((a) => [a.name, a.digest, a.localId])).toEqual([
      ['containrrr/watchtower', WATCHTOWER_LOCAL, undefined],
      ['portainer/portainer', PORTAINER_LOCAL, undefined],
    ]);
    expect(reading.skipped.map((s) => s.what)).toEqual([
      'registry digest of docker container portainer',
      'registry digest of docker container watchtower-running',
      'docker container watchtower-stopped',
    ]);
    expect(reading.skipped[0]?.why).toMatch(/pass the output of `docker image inspect`/);
  });

  it('accepts one container object (the Engine API answer) as well as the CLI array', () => {
    const reading = readDocker(fixtureText('docker', 'watchtower__container_running.json'), fixtureText('docker', 'watchtower__image_default.json'));
    expect(reading.artifacts.map((a) => a.digest)).toEqual([PORTAINER_REPO]);
    expect(reading.skipped).toEqual([]);
  });

  it('says when the image output does not hold the container image', () => {
    const reading = readDocker(fixtureText('docker', 'watchtower__container_running.json'), fixtureText('docker', 'watchtower__image_running.json'));
    expect(reading.skipped[0]?.why).toMatch(/has no such image: inspect that image too/);
  });
});

describe('readDocker rules', () => {
  const id = `sha256:${'c'.repeat(64)}`;
  const container = (over: Record<string, unknown>) => ({ Id: 'f'.repeat(64), Name: '/web', Image: id, Config: { Image: 'ghcr.io/acme/web:2' }, State: { Running: true, Status: 'running' }, ...over });
  const image = (repoDigests: string[]) => JSON.stringify([{ Id: id, RepoTags: [], RepoDigests: repoDigests }]);

  it('picks the RepoDigest of the repository the container was started from', () => {
    const other = `docker.io/acme/web@sha256:${'1'.repeat(64)}`;
    const mine = `ghcr.io/acme/web@sha256:${'2'.repeat(64)}`;
    const reading = readDocker(JSON.stringify([container({})]), image([other, mine]));
    expect(reading.artifacts[0]?.digest).toBe(`sha256:${'2'.repeat(64)}`);
    expect(reading.artifacts[0]?.localId).toBe(id);
  });

  it('does not guess between RepoDigests of other repositories that disagree', () => {
    const reading = readDocker(JSON.stringify([container({})]), image([`a/x@sha256:${'1'.repeat(64)}`, `b/y@sha256:${'2'.repeat(64)}`]));
    expect(reading.artifacts[0]?.digest).toBe(id);
    expect(reading.skipped[0]?.why).toMatch(/several repositories/);
  });

  it('skips a container whose Image is not an image id', () => {
    const reading = readDocker(JSON.stringify([container({ Image: 'nginx' })]));
    expect(reading).toEqual({ artifacts: [], skipped: [{ what: 'docker container web', why: 'its Image "nginx" is not an image id sha256:<hex>' }] });
  });

  it('groups the same image run by two containers', () => {
    const reading = readDocker(JSON.stringify([container({}), container({ Name: '/web-2', Id: 'e'.repeat(64) })]), image([`ghcr.io/acme/web@sha256:${'2'.repeat(64)}`]));
    expect(reading.artifacts).toHaveLength(1);
    expect(reading.artifacts[0]?.where.map((w) => w.container)).toEqual(['web', 'web-2']);
  });

  it('refuses what docker inspect does not print, naming the command', () => {
    expect(refusal(() => readDocker('{"kind":"List"}'))).toMatch(/^not the output of docker inspect <container…>/);
    expect(refusal(() => readDocker('[1]'))).toMatch(/\[0\] is a number, not a container/);
    expect(refusal(() => readDocker(image([])))).toMatch(/is an image \(docker image inspect\), not a container/);
    expect(refusal(() => readDocker('[]', '[{"Id":"abc"}]'))).toMatch(/^not the output of docker image inspect <image…>: \[0\]\.Id is "abc"/);
    expect(refusal(() => readDocker('[]', `[{"Id":"${id}","RepoDigests":"x"}]`))).toMatch(/RepoDigests is a string, not an array/);
  });
});
