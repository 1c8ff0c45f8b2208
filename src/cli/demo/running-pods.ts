import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * What `kubectl get pods -A -o json` prints for running pods of one image (the fields the k8s
 * snapshot reads), written where the demo's commands find it: the demo has no cluster to ask.
 */
export async function writeRunningPods(dir: string, as: string, pods: { name: string; image: string; digest: string }[]): Promise<string> {
  const items = pods.map((p) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: p.name, namespace: 'payments', labels: { app: 'payment-service' } },
    spec: { containers: [{ name: 'app', image: p.image }], nodeName: 'node-1' },
    status: {
      phase: 'Running',
      containerStatuses: [{ name: 'app', image: p.image, imageID: `${p.image.replace(/:[^:/]+$/, '')}@${p.digest}`, ready: true, restartCount: 0, containerID: `containerd://${p.digest.slice(7, 71)}` }],
    },
  }));
  await mkdir(path.join(dir, 'reports'), { recursive: true });
  await writeFile(path.join(dir, 'reports', as), `${JSON.stringify({ apiVersion: 'v1', kind: 'List', items, metadata: { resourceVersion: '' } }, null, 2)}\n`);
  return path.join('reports', as);
}
