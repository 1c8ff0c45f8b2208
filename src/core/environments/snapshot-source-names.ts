/**
 * How an edge names the inputs a snapshot is read from (the CLI's flags, the Action's `with:` keys),
 * so the shared reading code words its errors in the user's own terms.
 */
export interface SnapshotSourceNames {
  type: string;
  file: string;
  images: string;
  dir: string;
  bucket: string;
  /** server: the files or folders that are deployed */
  paths: string;
  /** where each type's inputs are described, a full sentence */
  help: string;
}
