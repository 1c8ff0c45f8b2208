import { describe, expect, it } from 'vitest';
import {
  MAX_SNAPSHOT_INPUT_BYTES,
  readArtifactList,
  readDocker,
  readEcsTasks,
  readK8sPods,
  readLambdaFunctions,
  readS3Checksums,
} from '../../../src/core/environments/sources/index.js';
import { MAX_NESTING_DEPTH } from '../../../src/core/evidence/limits.js';
import { refusal } from './fixtures.js';

const READERS: [string, (text: string) => unknown, string][] = [
  ['k8s', readK8sPods, 'kubectl get pods -A -o json'],
  ['docker', readDocker, 'docker inspect <container…>'],
  ['docker images', (text) => readDocker('[]', text), 'docker image inspect <image…>'],
  ['ecs', readEcsTasks, 'aws ecs describe-tasks'],
  ['lambda', readLambdaFunctions, 'aws lambda get-function'],
  ['s3', readS3Checksums, 'aws s3api head-object'],
  ['list', readArtifactList, 'an artifact list'],
];

describe.each(READERS)('%s reader refuses hostile input with BAD_INPUT naming the tool', (_source, read, tool) => {
  it('empty output', () => {
    expect(refusal(() => read('  \n'))).toMatch(new RegExp(`^not the output of ${escape(tool)}.*: the file is empty`));
  });

  it('malformed (truncated) JSON', () => {
    expect(refusal(() => read('{"items": [ {"kind": "Pod"'))).toMatch(new RegExp(`^not the output of ${escape(tool)}.*: not valid JSON`));
  });

  it('JSON nested deeper than any tool prints, refused before parsing', () => {
    const deep = '['.repeat(MAX_NESTING_DEPTH * 400) + ']'.repeat(MAX_NESTING_DEPTH * 400);
    expect(refusal(() => read(deep))).toMatch(/nests arrays\/objects deeper than 256 levels/);
  });

  it('scalars where a document belongs', () => {
    for (const text of ['null', '42', '"kubectl"', 'true']) expect(refusal(() => read(text))).toMatch(new RegExp(`^not the output of ${escape(tool)}`));
  });
});

describe('the size limit', () => {
  it('is 64 MiB', () => {
    expect(MAX_SNAPSHOT_INPUT_BYTES).toBe(64 * 1024 * 1024);
  });

  it('refuses a larger output before parsing it, naming the limit', () => {
    const big = `[${' '.repeat(MAX_SNAPSHOT_INPUT_BYTES)}]`;
    const start = performance.now();
    expect(refusal(() => readK8sPods(big))).toMatch(/^the output of kubectl get pods -A -o json is larger than 64\.0 MiB, the limit for one snapshot/);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('counts UTF-8 bytes, not characters', () => {
    const chars = Math.floor(MAX_SNAPSHOT_INPUT_BYTES / 2) + 10; // é is two bytes
    expect(refusal(() => readArtifactList(`["${'é'.repeat(chars)}"]`))).toMatch(/is larger than 64\.0 MiB/);
  });

  it('accepts an output just under the limit', () => {
    const padding = ' '.repeat(MAX_SNAPSHOT_INPUT_BYTES - 2);
    expect(readArtifactList(`[${padding}]`)).toEqual({ artifacts: [], skipped: [] });
  });
});

describe('wrong values inside the right shape never escape as a TypeError', () => {
  const junk = [null, 1, 'x', [], {}, true];
  it.each(junk.map((v) => [JSON.stringify(v), v]))('a Pod whose fields are %s', (_label, value) => {
    const pod = { kind: 'Pod', metadata: value, spec: value, status: { phase: 'Running', containerStatuses: [{ name: value, image: value, imageID: value, state: value }] } };
    expect(() => readK8sPods(JSON.stringify(pod))).not.toThrow(TypeError);
  });

  it.each(junk.map((v) => [JSON.stringify(v), v]))('containers, tasks, functions and objects whose fields are %s', (_label, value) => {
    const safely = (read: () => unknown) => {
      try {
        read();
      } catch (error) {
        expect(error).not.toBeInstanceOf(TypeError);
        expect((error as { code?: string }).code).toBe('BAD_INPUT');
      }
    };
    safely(() => readDocker(JSON.stringify([{ Id: 'x', Name: value, Image: value, Config: value, State: value }])));
    safely(() => readDocker('[]', JSON.stringify([{ Id: `sha256:${'a'.repeat(64)}`, RepoDigests: [value] }])));
    safely(() => readEcsTasks(JSON.stringify({ tasks: [{ lastStatus: 'RUNNING', taskArn: value, containers: [{ name: value, image: value, imageDigest: value, lastStatus: 'RUNNING' }] }], failures: [value] })));
    safely(() => readLambdaFunctions(JSON.stringify({ Configuration: { FunctionName: 'f', PackageType: value, CodeSha256: value }, Code: value })));
    safely(() => readS3Checksums(JSON.stringify([{ Key: 'k', ChecksumSHA256: value, Checksum: value, ChecksumType: value }])));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
