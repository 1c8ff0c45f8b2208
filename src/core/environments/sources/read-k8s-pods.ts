import { isRecord, typeName } from '../../evidence/json-text.js';
import { ArtifactCollector } from './artifact-collector.js';
import { expectRecord, listAt, recordAt, textAt } from './json-fields.js';
import { readContainerStatus } from './k8s-container-status.js';
import type { SourceReading, Skipped } from './running-artifact.js';
import { parseSnapshotJson } from './snapshot-json.js';
import { wrongShape } from './wrong-shape.js';

const TOOL = 'kubectl get pods -A -o json';
// init containers that ran to completion were part of the rollout; ephemeral ones (kubectl debug) run beside it
const STATUS_LISTS = ['containerStatuses', 'initContainerStatuses', 'ephemeralContainerStatuses'] as const;

/**
 * What runs in a cluster, from `kubectl get pods -A -o json` (a List of Pods) or one Pod
 * (`kubectl get pod NAME -o json`). Only Running pods count; the others are listed in `skipped`.
 */
export function readK8sPods(text: string): SourceReading {
  const pods = podsOf(parseSnapshotJson(text, TOOL));
  const collector = new ArtifactCollector();
  const skipped: Skipped[] = [];
  for (const [i, item] of pods.entries()) {
    const pod = expectRecord(item, `items[${i}]`, 'a Pod', TOOL);
    if (pod.kind !== undefined && pod.kind !== 'Pod') throw wrongShape(TOOL, `items[${i}] is a ${JSON.stringify(pod.kind)}, not a Pod`);
    const metadata = recordAt(pod, 'metadata');
    const namespace = textAt(metadata, 'namespace');
    const podName = textAt(metadata, 'name') ?? `items[${i}]`;
    const podLabel = namespace !== undefined ? `${namespace}/${podName}` : podName;
    const status = recordAt(pod, 'status');
    const phase = textAt(status, 'phase');
    if (phase !== 'Running') {
      skipped.push({ what: `pod ${podLabel}`, why: `its phase is ${phase ?? 'missing'}, not Running` });
      continue;
    }
    const host = textAt(recordAt(pod, 'spec'), 'nodeName');
    for (const list of STATUS_LISTS) {
      for (const [j, entry] of listAt(status, list, `pod ${podLabel} status`, TOOL).entries()) {
        if (!isRecord(entry)) throw wrongShape(TOOL, `pod ${podLabel} status.${list}[${j}] is ${typeName(entry)}, not an object`);
        const container = textAt(entry, 'name') ?? `${list}[${j}]`;
        const where = { namespace, pod: podName, container, containerId: textAt(entry, 'containerID'), host };
        const outcome = readContainerStatus(entry, where, `${podLabel}/${container}`);
        if (outcome.sighting) collector.add(outcome.sighting);
        if (outcome.skip) skipped.push(outcome.skip);
      }
    }
  }
  return { artifacts: collector.list(), skipped };
}

function podsOf(doc: unknown): unknown[] {
  if (!isRecord(doc)) throw wrongShape(TOOL, `the top level is ${typeName(doc)}, not a List of Pods`);
  if (doc.kind === 'Pod') return [doc];
  if (doc.kind !== 'List' && doc.kind !== 'PodList') {
    throw wrongShape(TOOL, `its kind is ${JSON.stringify(doc.kind ?? null)}, not List or Pod`);
  }
  return listAt(doc, 'items', doc.kind, TOOL);
}
