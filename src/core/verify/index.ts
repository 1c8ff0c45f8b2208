/** `factstore verify`: tamper-evident checks of a local facts branch. */
export { verifyStore } from './verify-store.js';
export type { VerifyCode, VerifyInput, VerifyProblem, VerifyReport } from './types.js';
