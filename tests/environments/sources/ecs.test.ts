import { describe, expect, it } from 'vitest';
import { readEcsTasks } from '../../../src/core/environments/sources/index.js';
import { fixtureText, refusal } from './fixtures.js';

const NO_DIGEST = 'ECS reported no imageDigest for it (not pulled yet, or an image ECS could not resolve to a digest)';

describe('readEcsTasks on aws ecs describe-tasks output', () => {
  it('reads the digest of a container whose image came from ECR', () => {
    expect(readEcsTasks(fixtureText('ecs', 'constructed__ecs-docs-task-state-change-detail.json'))).toEqual({
      artifacts: [
        {
          name: '111122223333.dkr.ecr.us-west-2.amazonaws.com/hello-repository',
          digest: 'sha256:74b2c688c700ec95a93e478cdb959737c148df3fbf5ea706abe0318726e885e6',
          image: '111122223333.dkr.ecr.us-west-2.amazonaws.com/hello-repository:latest',
          where: [
            {
              cluster: 'arn:aws:ecs:us-west-2:111122223333:cluster/FargateCluster',
              task: 'arn:aws:ecs:us-west-2:111122223333:task/FargateCluster/c13b4cb40f1f4fe4a2971f76ae5a47ad',
              container: 'FargateApp',
              containerId: 'ad64cbc71c7fb31c55507ec24c9f77947132b03d48d9961115cf24f3b7307e1e',
            },
          ],
        },
      ],
      skipped: [],
    });
  });

  it('skips the containers of the aws-cli examples, which carry no imageDigest', () => {
    expect(readEcsTasks(fixtureText('ecs', 'aws-cli__describe-tasks-example-1.json'))).toEqual({
      artifacts: [],
      skipped: [{ what: 'container simple-app of task arn:aws:ecs:us-east-1:123456789012:task/MyCluster/4d590253bb114126b7afa7b58eea9221', why: NO_DIGEST }],
    });
    const two = readEcsTasks(fixtureText('ecs', 'aws-cli__describe-tasks-example-2.json'));
    expect(two.artifacts).toEqual([]);
    expect(two.skipped.map((s) => s.what)).toEqual([
      'container web of task arn:aws:ecs:us-east-1:123456789012:task/MyCluster/74de0355a10a4f979ac495c14EXAMPLE',
      'container web of task arn:aws:ecs:us-east-1:123456789012:task/MyCluster/d789e94343414c25b9f6bd59eEXAMPLE',
    ]);
  });
});

describe('readEcsTasks rules', () => {
  const digest = `sha256:${'d'.repeat(64)}`;
  const container = (over: Record<string, unknown> = {}) => ({ name: 'web', image: 'acme/web:1', imageDigest: digest, lastStatus: 'RUNNING', runtimeId: 'r1', ...over });
  const task = (arn: string, lastStatus: string, containers: unknown[]) => ({ taskArn: arn, clusterArn: 'c', lastStatus, containers });

  it('skips stopped tasks and containers, and reports failures', () => {
    const text = JSON.stringify({
      tasks: [task('t1', 'STOPPED', [container()]), task('t2', 'RUNNING', [container({ name: 'sidecar', lastStatus: 'STOPPED' }), container()])],
      failures: [{ arn: 'arn:aws:ecs:us-east-1:1:task/c/t3', reason: 'MISSING' }, { reason: 'MISSING', detail: 'gone' }],
    });
    const reading = readEcsTasks(text);
    expect(reading.artifacts.map((a) => [a.name, a.digest, a.where])).toEqual([['acme/web', digest, [{ cluster: 'c', task: 't2', container: 'web', containerId: 'r1' }]]]);
    expect(reading.skipped).toEqual([
      { what: 'task t1', why: 'its lastStatus is STOPPED, not RUNNING' },
      { what: 'container sidecar of task t2', why: 'its lastStatus is STOPPED, not RUNNING' },
      { what: 'task arn:aws:ecs:us-east-1:1:task/c/t3', why: 'ECS could not describe it (MISSING)' },
      { what: 'task failures[1]', why: 'ECS could not describe it (MISSING: gone)' },
    ]);
  });

  it('skips an invalid imageDigest and groups a task listed twice', () => {
    const text = JSON.stringify({ tasks: [task('t1', 'RUNNING', [container(), container({ name: 'x', imageDigest: 'sha256:00' })]), task('t1', 'RUNNING', [container()])] });
    const reading = readEcsTasks(text);
    expect(reading.artifacts[0]?.where).toHaveLength(1);
    expect(reading.skipped).toEqual([{ what: 'container x of task t1', why: 'its imageDigest "sha256:00" is not sha256:<hex>' }]);
  });

  it('refuses what describe-tasks does not print, naming the command', () => {
    expect(refusal(() => readEcsTasks('[]'))).toMatch(/^not the output of aws ecs describe-tasks: the top level is an array/);
    expect(refusal(() => readEcsTasks('{"taskArns":[]}'))).toMatch(/it has no "tasks" array/);
    expect(refusal(() => readEcsTasks('{"tasks":["t"]}'))).toMatch(/tasks\[0\] is a string, not a task/);
    expect(refusal(() => readEcsTasks('{"tasks":[{"lastStatus":"RUNNING","containers":[1]}]}'))).toMatch(/containers\[0\] is a number, not a container/);
    expect(refusal(() => readEcsTasks('{"tasks":[],"failures":{}}'))).toMatch(/failures is an object, not an array/);
  });
});
