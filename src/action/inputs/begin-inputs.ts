import { badInput } from '../../core/errors.js';
import { checkCommit, checkName } from '../../core/model/names.js';
import { gitBranch, type RunnerEnv } from '../env/runner-env.js';
import { optionalInput, requiredInput } from './input-reader.js';
import { checkTrail, readArtifactInput, type ArtifactInput } from './shared-inputs.js';
import { readSigningKey } from './signing-key.js';
import { readStoreInputs, type StoreInputs } from './store-inputs.js';

export interface ArtifactToRecord {
  artifact: ArtifactInput;
  name: string;
  tag: string | undefined;
  registry: string | undefined;
}

export interface BeginInputs extends StoreInputs {
  flow: string;
  trail: string;
  commit: string;
  gitBranch: string | undefined;
  description: string | undefined;
  artifact: ArtifactToRecord | undefined;
  signingKey: string | undefined;
}

/** The begin step's inputs: the trail to start and, optionally, the artifact it builds. */
export function readBeginInputs(env: RunnerEnv): BeginInputs {
  const store = readStoreInputs(env);
  const signingKey = readSigningKey(env);
  const flow = checkName('flow', requiredInput('flow', 'the flow of the config the trail belongs to, e.g. `flow: payment-service`'));
  const given = optionalInput('commit') ?? env.sha;
  if (given === undefined) throw badInput('no commit: give the `commit` input (40 hex; GITHUB_SHA, its default, is not set outside a workflow run).');
  const commit = checkCommit(given);
  return {
    ...store,
    flow,
    trail: checkTrail(optionalInput('trail') ?? commit),
    commit,
    gitBranch: optionalInput('git-branch') ?? gitBranch(env),
    description: optionalInput('description'),
    artifact: readArtifactToRecord(),
    signingKey,
  };
}

function readArtifactToRecord(): ArtifactToRecord | undefined {
  const artifact = readArtifactInput();
  const name = optionalInput('artifact-name');
  if (artifact === undefined) {
    if (name !== undefined) throw badInput('`artifact-name` is given without the artifact: add `artifact` (its sha256 digest) or `artifact-file`.');
    return undefined;
  }
  if (name === undefined) throw badInput('an artifact needs a name: add `artifact-name`, e.g. the image repository ghcr.io/acme/app.');
  return { artifact, name, tag: optionalInput('artifact-tag'), registry: optionalInput('artifact-registry') };
}
