import type { EnvironmentType } from '../model/fact.js';
import type { SnapshotSourceNames } from './snapshot-source-names.js';

const READS: Record<EnvironmentType, (n: SnapshotSourceNames) => string> = {
  k8s: (n) => `${n.file}: the output of kubectl get pods -A -o json`,
  docker: (n) => `${n.file}: docker inspect of the containers; ${n.images}: docker image inspect of their images (resolves registry digests)`,
  ecs: (n) => `${n.file}: the output of aws ecs describe-tasks`,
  lambda: (n) => `${n.file}: the output of aws lambda get-function (one function or a JSON array of them)`,
  s3: (n) => `${n.dir}: a local folder synced from the bucket (${n.bucket} names it); or ${n.file}: a JSON array of {Key, ChecksumSHA256} from the S3 API`,
  server: (n) => `${n.paths}: files or folders, each fingerprinted as an artifact file is`,
  list: (n) => `${n.file}: a JSON array of {"name", "sha256"}`,
};

/** What a snapshot of `type` reads, named as the edge names its inputs (for help and errors). */
export function whatTypeReads(type: EnvironmentType, names: SnapshotSourceNames): string {
  return READS[type](names);
}
