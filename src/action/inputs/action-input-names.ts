import type { InputNames } from '../../core/evidence/files/input-names.js';

/** The Action's `with:` keys, as the shared evidence and status errors name them. */
export const ACTION_INPUT_NAMES: InputNames = {
  evidence: '`evidence:`',
  format: '`format:`',
  status: '`status:`',
  overrideReason: '`override-reason:`',
  file: '`artifact-file:`',
  help: 'See the inputs of the factstore action (action.yml).',
};
