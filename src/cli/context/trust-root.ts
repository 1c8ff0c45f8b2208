/**
 * Where the config that decides came from (its `trust`, `flows` and `facts`): a commit of the
 * repository the CLI runs in, or a file given explicitly with --config (not reviewed config).
 */
export type TrustRoot =
  | {
      source: 'ref';
      /** the revision as given with --config-ref, or the default chosen (origin/HEAD, else HEAD) */
      ref: string;
      /** the commit it named (full id) */
      commit: string;
      /** the config's path in that commit, from the repository's root */
      path: string;
    }
  | {
      source: 'file';
      /** the file given with --config, resolved */
      path: string;
    };

/** How errors and `configFile` name it: git's `REF:PATH` notation, or the file. */
export function trustRootLabel(root: TrustRoot): string {
  return root.source === 'ref' ? `${root.ref}:${root.path}` : root.path;
}
