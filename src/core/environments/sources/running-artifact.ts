import type { RunningLocation } from '../../model/fact.js';

/** One place an artifact runs, as a snapshot records it: only the fields that make sense for its source are set. */
export type Location = RunningLocation;

export interface RunningArtifact {
  /** stable name used to compare snapshots: the image repository without tag/digest (ghcr.io/acme/payments), the Lambda function name, the object key or file path */
  name: string;
  /** sha256:<64 lowercase hex>: the registry/content digest CI recorded for the artifact */
  digest: string;
  /** docker only: the local image id (sha256:…) when it differs from `digest`, so an artifact can be matched by either */
  localId?: string;
  /** the image reference as configured (nginx:1.25), when there is one */
  image?: string;
  /** every place it runs (duplicates of the same name+digest are grouped here, sorted) */
  where: Location[];
}

/** Something a reader left out (or could not fully resolve), worded for the user. */
export interface Skipped {
  what: string;
  why: string;
}

export interface SourceReading {
  artifacts: RunningArtifact[];
  /** what was left out and why, said to the user */
  skipped: Skipped[];
}
