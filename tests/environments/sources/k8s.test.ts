import { describe, expect, it } from 'vitest';
import { readK8sPods } from '../../../src/core/environments/sources/index.js';
import { fixtureText, refusal } from './fixtures.js';

const SKIPPER = 'sha256:65e409ae5b2d553181bd086cc59aaaaa19c9b5b6e9aadd3c7b8122606f03744a';
// the nine pods of the skipper-ingress DaemonSet, counted by reading the fixture
const SKIPPER_PODS = ['03zmn', '6dk5n', '7sx08', 'bmtrt', 'g20js', 'lm8sv', 'n9hz6', 'vr2tx', 'xwm65'].map((s) => `skipper-ingress-${s}`);

function pod(name: string, phase: string, status: Record<string, unknown> = {}): Record<string, unknown> {
  return { kind: 'Pod', metadata: { name, namespace: 'prod' }, spec: { nodeName: 'node-1' }, status: { phase, ...status } };
}

describe('readK8sPods on real kubectl output', () => {
  it('reads the running kuard pod of a minikube List (dockershim imageID)', () => {
    const reading = readK8sPods(fixtureText('k8s', 'kubectl__kuard-minikube-pods.json'));
    expect(reading).toEqual({
      artifacts: [
        {
          name: 'gcr.io/kuar-demo/kuard-amd64',
          digest: 'sha256:bd17153e9a3319f401acc7a27759243f37d422c06cbbf01cb3e1f54bbbfe14f4',
          image: 'gcr.io/kuar-demo/kuard-amd64:1',
          where: [
            {
              namespace: 'default',
              pod: 'queue-l4dv8',
              container: 'queue',
              containerId: 'docker://d8e1e33309272b4a4267e15f995ff7b6612532240cb61dc03a118659620226f2',
              host: 'minikube',
            },
          ],
        },
      ],
      skipped: [],
    });
  });

  it('groups the nine pods of one DaemonSet into one artifact with nine places, sorted', () => {
    const reading = readK8sPods(fixtureText('k8s', 'k8s-api__skipper-kube-system-podlist.json'));
    expect(reading.skipped).toEqual([]);
    expect(reading.artifacts).toHaveLength(1);
    const [artifact] = reading.artifacts;
    expect(artifact?.name).toBe('registry.opensource.zalan.do/pathfinder/skipper');
    expect(artifact?.digest).toBe(SKIPPER);
    expect(artifact?.where.map((w) => w.pod)).toEqual(SKIPPER_PODS);
    expect(new Set(artifact?.where.map((w) => w.namespace))).toEqual(new Set(['kube-system']));
  });

  it('gives the same reading whatever order the pods come in', () => {
    const doc = JSON.parse(fixtureText('k8s', 'k8s-api__skipper-kube-system-podlist.json')) as { items: unknown[] };
    const reversed = JSON.stringify({ ...doc, items: [...doc.items].reverse() });
    expect(readK8sPods(reversed)).toEqual(readK8sPods(fixtureText('k8s', 'k8s-api__skipper-kube-system-podlist.json')));
  });

  it('reads a single Pod (kubectl get pod NAME -o json)', () => {
    const doc = JSON.parse(fixtureText('k8s', 'kubectl__kuard-minikube-pods.json')) as { items: unknown[] };
    expect(readK8sPods(JSON.stringify(doc.items[0])).artifacts).toHaveLength(1);
  });
});

describe('readK8sPods rules', () => {
  const digest = 'a'.repeat(64);

  it('skips pods that are not Running and says why', () => {
    const text = JSON.stringify({ kind: 'List', items: [pod('pending-1', 'Pending'), pod('done-1', 'Succeeded'), pod('odd', '')] });
    expect(readK8sPods(text)).toEqual({
      artifacts: [],
      skipped: [
        { what: 'pod prod/pending-1', why: 'its phase is Pending, not Running' },
        { what: 'pod prod/done-1', why: 'its phase is Succeeded, not Running' },
        { what: 'pod prod/odd', why: 'its phase is missing, not Running' },
      ],
    });
  });

  it('reads init and ephemeral containers, and skips a container still being created', () => {
    const status = {
      containerStatuses: [{ name: 'app', image: 'ghcr.io/acme/app:1', imageID: '', state: { waiting: { reason: 'ContainerCreating' } } }],
      initContainerStatuses: [{ name: 'migrate', image: 'docker.io/library/postgres:16', imageID: `docker.io/library/postgres@sha256:${digest}` }],
      ephemeralContainerStatuses: [{ name: 'debug', image: 'busybox', imageID: `docker-pullable://busybox@sha256:${'b'.repeat(64)}` }],
    };
    const reading = readK8sPods(JSON.stringify({ kind: 'List', items: [pod('web-1', 'Running', status)] }));
    expect(reading.artifacts.map((a) => [a.name, a.digest])).toEqual([
      ['busybox', `sha256:${'b'.repeat(64)}`],
      ['postgres', `sha256:${digest}`],
    ]);
    expect(reading.skipped).toEqual([{ what: 'container prod/web-1/app', why: expect.stringMatching(/^no image digest yet \(ContainerCreating\)/) as unknown }]);
  });

  it('names Docker Hub images the same whether the runtime is dockershim or containerd', () => {
    const status = {
      containerStatuses: [
        { name: 'a', image: 'nginx:1.25', imageID: `docker-pullable://nginx@sha256:${digest}` },
        { name: 'b', image: 'docker.io/library/nginx:1.25', imageID: `docker.io/library/nginx@sha256:${digest}` },
      ],
    };
    const reading = readK8sPods(JSON.stringify(pod('web-1', 'Running', status)));
    expect(reading.artifacts).toHaveLength(1);
    expect(reading.artifacts[0]?.name).toBe('nginx');
    expect(reading.artifacts[0]?.where.map((w) => w.container)).toEqual(['a', 'b']);
  });

  it('keeps a bare sha256 imageID (a loaded image) under that id and says it is not a registry digest', () => {
    for (const imageID of [`sha256:${digest}`, `docker://sha256:${digest}`]) {
      const status = { containerStatuses: [{ name: 'app', image: 'acme/app:dev', imageID }] };
      const reading = readK8sPods(JSON.stringify(pod('web-1', 'Running', status)));
      expect(reading.artifacts.map((a) => [a.name, a.digest])).toEqual([['acme/app', `sha256:${digest}`]]);
      expect(reading.skipped).toHaveLength(1);
      expect(reading.skipped[0]?.what).toBe('registry digest of container prod/web-1/app');
      expect(reading.skipped[0]?.why).toMatch(/local id, not a registry digest/);
    }
  });

  it('groups a container listed twice into one place', () => {
    const one = { name: 'app', image: 'acme/app:1', imageID: `acme/app@sha256:${digest}`, containerID: 'containerd://1' };
    const reading = readK8sPods(JSON.stringify({ kind: 'List', items: [pod('web-1', 'Running', { containerStatuses: [one, one] }), pod('web-1', 'Running', { containerStatuses: [one] })] }));
    expect(reading.artifacts).toHaveLength(1);
    expect(reading.artifacts[0]?.where).toHaveLength(1);
  });

  it('skips an imageID without a sha256 digest', () => {
    const status = { containerStatuses: [{ name: 'app', image: 'acme/app:1', imageID: 'acme/app@sha256:123' }] };
    expect(readK8sPods(JSON.stringify(pod('web-1', 'Running', status))).skipped[0]?.why).toMatch(/holds no sha256 digest/);
  });

  it('refuses what kubectl does not print, naming the command', () => {
    expect(refusal(() => readK8sPods('[]'))).toMatch(/^not the output of kubectl get pods -A -o json: the top level is an array/);
    expect(refusal(() => readK8sPods('{"kind":"Deployment"}'))).toMatch(/its kind is "Deployment", not List or Pod/);
    expect(refusal(() => readK8sPods('{"kind":"List","items":{}}'))).toMatch(/List\.items is an object, not an array/);
    expect(refusal(() => readK8sPods('{"kind":"List","items":[{"kind":"Service"}]}'))).toMatch(/items\[0\] is a "Service", not a Pod/);
    expect(refusal(() => readK8sPods('{"kind":"List","items":[7]}'))).toMatch(/items\[0\] is a number, not a Pod/);
    const badStatuses = JSON.stringify(pod('p', 'Running', { containerStatuses: 'x' }));
    expect(refusal(() => readK8sPods(badStatuses))).toMatch(/status\.containerStatuses is a string, not an array/);
    const badEntry = JSON.stringify(pod('p', 'Running', { containerStatuses: [null] }));
    expect(refusal(() => readK8sPods(badEntry))).toMatch(/containerStatuses\[0\] is null, not an object/);
  });
});
