import type { GateEventName } from '../../evaluate/types.js';

/** GitHub's limit on `output.summary` and `output.text` of a check run, in characters. */
export const CHECK_RUN_TEXT_LIMIT = 65_535;

export type CheckRunTitle = GateEventName | 'Waiting for evidence';

export interface CheckRunOutput {
  title: CheckRunTitle;
  summary: string;
  text?: string;
}

/** The body of GitHub's "Create a check run" (and, without `head_sha`, of "Update a check run"). */
export type CheckRunPayload = {
  name: string;
  head_sha: string;
  external_id: string;
  details_url?: string;
  output: CheckRunOutput;
} & ({ status: 'completed'; conclusion: 'success' | 'failure' } | { status: 'in_progress' });
