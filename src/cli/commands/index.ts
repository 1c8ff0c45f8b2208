import type { Command } from '../command.js';
import { approve } from './approve.js';
import { artifactsCreate } from './artifacts-create.js';
import { artifactsFind } from './artifacts-find.js';
import { assert } from './assert.js';
import { attest } from './attest.js';
import { bypass } from './bypass.js';
import { complianceArtifact } from './compliance-artifact.js';
import { completionCommand } from './completion.js';
import { demo } from './demo.js';
import { doctor } from './doctor.js';
import { evidenceGet } from './evidence-get.js';
import { envDiff } from './env-diff.js';
import { envLog } from './env-log.js';
import { envStatus } from './env-status.js';
import { evidenceList } from './evidence-list.js';
import { exportBundle } from './export-bundle.js';
import { exportIntoto } from './export-intoto.js';
import { exportLedger } from './export-ledger.js';
import { exportOtlp } from './export-otlp.js';
import { exportVerify } from './export-verify.js';
import { fetchCommand } from './fetch.js';
import { flowsGet } from './flows-get.js';
import { flowsList } from './flows-list.js';
import { frameworksImport } from './frameworks-import.js';
import { frameworksList } from './frameworks-list.js';
import { frameworksShow } from './frameworks-show.js';
import { gate } from './gate.js';
import { init } from './init.js';
import { keygen } from './keygen.js';
import { log } from './log.js';
import { trailsBegin } from './trails-begin.js';
import { trailsGet } from './trails-get.js';
import { trailsList } from './trails-list.js';
import { typesGet } from './types-get.js';
import { typesList } from './types-list.js';
import { posture } from './posture.js';
import { reindex } from './reindex.js';
import { search } from './search.js';
import { site } from './site.js';
import { snapshot } from './snapshot.js';
import { verify } from './verify.js';

/** Every command, in the order `factstore --help` lists them. */
export const COMMANDS: readonly Command[] = [
  keygen,
  init,
  flowsList,
  flowsGet,
  typesList,
  typesGet,
  frameworksList,
  frameworksShow,
  frameworksImport,
  trailsBegin,
  trailsList,
  trailsGet,
  artifactsCreate,
  artifactsFind,
  attest,
  approve,
  bypass,
  assert,
  gate,
  snapshot,
  envStatus,
  envDiff,
  envLog,
  posture,
  search,
  site,
  log,
  verify,
  fetchCommand,
  reindex,
  doctor,
  evidenceList,
  evidenceGet,
  complianceArtifact,
  exportBundle,
  exportVerify,
  exportLedger,
  exportIntoto,
  exportOtlp,
  demo,
  completionCommand(() => COMMANDS),
];
