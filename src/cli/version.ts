export { packageVersion } from '../core/package/package-version.js';
