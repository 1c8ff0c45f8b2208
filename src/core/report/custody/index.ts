export type * from './custody-report.js';
export type { CustodyInput, CustodyStore } from './build-custody-report.js';
export { buildCustodyReport } from './build-custody-report.js';
export { custodyText } from './custody-text.js';
