export type { CheckRunOutput, CheckRunPayload, CheckRunTitle } from './check-run.js';
export { CHECK_RUN_TEXT_LIMIT } from './check-run.js';
export type { CheckRunOptions } from './check-run-for.js';
export { checkRunFor, checkRunName } from './check-run-for.js';
export { gateCheckRuns } from './gate-check-runs.js';
export { publishCheckRun, type CheckRunRepo, type PublishOptions } from './publish-check-run.js';
