export type { Framework, FrameworkControl, FrameworkApproval, FrameworkPolicy, FrameworkType } from './framework.js';
export { checkFrameworkValue, type FrameworkCheck } from './check-framework.js';
export { findFrameworksDir } from './frameworks-dir.js';
export { frameworkNames, getFramework, listFrameworks } from './load-frameworks.js';
export { controlsForType } from './controls-for-type.js';
export { frameworkFlow } from './framework-flow.js';
export { planFrameworkImport, type ImportOptions, type ImportPlan } from './plan-import.js';
export { unifiedDiff } from './unified-diff.js';
