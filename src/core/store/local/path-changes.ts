/** A facts file one commit changed, against its first parent. */
export interface PathChange {
  path: string;
  /** the blob before the commit; `undefined` when the commit added the file */
  oldOid: string | undefined;
  /** the blob after the commit; `undefined` when the commit removed the file */
  newOid: string | undefined;
}

/** A commit of the facts branch that changed something under one path. */
export interface PathCommit {
  commit: string;
  /** committer time, seconds since the epoch */
  time: number;
  changes: PathChange[];
}
