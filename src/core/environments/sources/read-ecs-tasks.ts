import { isRecord, typeName } from '../../evidence/json-text.js';
import { ArtifactCollector } from './artifact-collector.js';
import { parseImageReference } from './image-reference.js';
import { expectRecord, listAt, textAt } from './json-fields.js';
import type { SourceReading, Skipped } from './running-artifact.js';
import { sha256Digest } from './sha256-digest.js';
import { parseSnapshotJson } from './snapshot-json.js';
import { wrongShape } from './wrong-shape.js';

const TOOL = 'aws ecs describe-tasks';

/**
 * What runs in ECS, from `aws ecs describe-tasks --cluster C --tasks …`. Each container's
 * `imageDigest` is the manifest digest the agent resolved when it pulled the image; tasks and
 * containers not RUNNING, containers without a digest and the response's `failures` are skipped.
 */
export function readEcsTasks(text: string): SourceReading {
  const doc = parseSnapshotJson(text, TOOL);
  if (!isRecord(doc) || !Array.isArray(doc.tasks)) {
    throw wrongShape(TOOL, isRecord(doc) ? 'it has no "tasks" array' : `the top level is ${typeName(doc)}, not an object with "tasks"`);
  }
  const collector = new ArtifactCollector();
  const skipped: Skipped[] = [];
  for (const [i, item] of doc.tasks.entries()) {
    const task = expectRecord(item, `tasks[${i}]`, 'a task', TOOL);
    const taskArn = textAt(task, 'taskArn') ?? `tasks[${i}]`;
    const cluster = textAt(task, 'clusterArn');
    if (task.lastStatus !== 'RUNNING') {
      skipped.push({ what: `task ${taskArn}`, why: `its lastStatus is ${textAt(task, 'lastStatus') ?? 'missing'}, not RUNNING` });
      continue;
    }
    for (const [j, entry] of listAt(task, 'containers', `tasks[${i}]`, TOOL).entries()) {
      const c = expectRecord(entry, `tasks[${i}].containers[${j}]`, 'a container', TOOL);
      const container = textAt(c, 'name') ?? `containers[${j}]`;
      const label = `container ${container} of task ${taskArn}`;
      if (c.lastStatus !== undefined && c.lastStatus !== 'RUNNING') {
        skipped.push({ what: label, why: `its lastStatus is ${textAt(c, 'lastStatus') ?? 'missing'}, not RUNNING` });
        continue;
      }
      const digest = sha256Digest(textAt(c, 'imageDigest'));
      if (digest === undefined) {
        const why = c.imageDigest === undefined ? 'ECS reported no imageDigest for it (not pulled yet, or an image ECS could not resolve to a digest)' : `its imageDigest ${JSON.stringify(c.imageDigest)} is not sha256:<hex>`;
        skipped.push({ what: label, why });
        continue;
      }
      const image = textAt(c, 'image');
      const name = (image !== undefined ? parseImageReference(image).repository : undefined) ?? digest;
      collector.add({ name, digest, ...(image !== undefined ? { image } : {}), where: { cluster, task: taskArn, container, containerId: textAt(c, 'runtimeId') } });
    }
  }
  for (const [i, failure] of listAt(doc, 'failures', 'the response', TOOL).entries()) {
    const f = isRecord(failure) ? failure : {};
    const detail = [textAt(f, 'reason'), textAt(f, 'detail')].filter((s) => s !== undefined).join(': ');
    skipped.push({ what: `task ${textAt(f, 'arn') ?? `failures[${i}]`}`, why: `ECS could not describe it (${detail || 'no reason given'})` });
  }
  return { artifacts: collector.list(), skipped };
}
