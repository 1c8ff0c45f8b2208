export { appJwt } from './app-jwt.js';
export type { ConfigSource } from './check-config.js';
export type { SigningKeySource } from './check-signing-key.js';
export type { DoctorCheck, DoctorCheckId, DoctorStatus } from './doctor-check.js';
export { runDoctor, type DoctorGitHub, type DoctorInput, type DoctorReport } from './run-doctor.js';
