/**
 * How an adapter names the inputs an error points at: the CLI's flags, or the Action's `with:` keys.
 * The shared evidence and status code words its errors through it, so each user reads their own terms.
 */
export interface InputNames {
  evidence: string;
  format: string;
  status: string;
  /** the reason a given status stands against the evidence's verdict */
  overrideReason: string;
  /** the file or directory an artifact digest is computed from */
  file: string;
  /** where to read more, a full sentence */
  help: string;
}

export const CLI_INPUT_NAMES: InputNames = {
  evidence: '--evidence',
  format: '--format',
  status: '--status',
  overrideReason: '--override-reason',
  file: '--file',
  help: 'See factstore attest --help.',
};
