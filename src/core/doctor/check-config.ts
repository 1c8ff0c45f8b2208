import type { FactstoreConfig } from '../config/config.js';
import { parseConfig } from '../config/load-config.js';
import { ok, problem, type DoctorCheck } from './doctor-check.js';

/** The config as the adapter found it: the committed copy that decides, and the working-tree copy. */
export interface ConfigSource {
  /** the config's path, as the user knows it (`.github/factstore.yml`) */
  path: string;
  /** where the deciding config is read: `origin/HEAD (1a2b3c4d5e6f)`; undefined when there is no commit yet */
  at: string | undefined;
  /** the bytes committed there; undefined when the file is not committed there */
  committed: string | undefined;
  /** the working-tree copy; undefined when there is none (or no working tree) */
  working: string | undefined;
  /** a config given explicitly (`--config FILE`): then only its validity is checked */
  explicit?: boolean;
  /** the deciding config could not be read or parsed: what was wrong (it says what to do) */
  failure?: string;
}

export interface ConfigCheck {
  check: DoctorCheck;
  /** the deciding config, when it parses */
  config: FactstoreConfig | undefined;
}

const REVIEW = 'through a reviewed pull request to the default branch';

/** The config is valid, committed on the default branch, and the working tree does not differ from it. */
export function checkConfig(source: ConfigSource): ConfigCheck {
  const where = source.at === undefined ? 'yet (the repository has no commit)' : `at ${source.at}`;
  if (source.explicit === true) {
    const config = parse(source.working ?? '', source.path);
    if (config instanceof Error) return { check: problem('config', config.message, `fix ${source.path}`), config: undefined };
    return { check: ok('config', `${source.path} is valid (${summary(config)}); given with --config, it is an unreviewed trust root: the committed config was not checked`), config };
  }
  if (source.failure !== undefined) return { check: problem('config', source.failure, `fix ${source.path} on the default branch ${REVIEW.replace(/ to the default branch$/, '')}`), config: undefined };
  if (source.committed === undefined) {
    if (source.working !== undefined) {
      return {
        check: problem('config', `${source.path} is in the working tree but not committed ${where}, and only committed config decides`, `commit ${source.path} ${REVIEW}`),
        config: undefined,
      };
    }
    return { check: problem('config', `no ${source.path} is committed ${where}`, `run factstore init to write a starter config, then commit it ${REVIEW}`), config: undefined };
  }
  const label = source.at === undefined ? source.path : `${source.path} at ${source.at}`;
  const config = parse(source.committed, label);
  if (config instanceof Error) return { check: problem('config', config.message, `fix ${source.path} and commit it ${REVIEW}`), config: undefined };
  if (source.working !== undefined && lf(source.working) !== lf(source.committed)) {
    return {
      check: problem(
        'config',
        `${source.path} in the working tree differs from the config committed ${where}, which is what decides`,
        `commit the change ${REVIEW}, or discard it (git checkout -- ${source.path})`,
      ),
      config,
    };
  }
  return { check: ok('config', `${source.path} committed ${where} is valid (${summary(config)})${source.working === undefined ? '' : '; the working tree agrees'}`), config };
}

function parse(text: string, label: string): FactstoreConfig | Error {
  try {
    return parseConfig(text, label);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

function summary(config: FactstoreConfig): string {
  const flows = Object.keys(config.flows).length;
  return `${config.trust.signers.length} trusted signer(s), ${flows} flow(s), facts branch ${config.facts.branch}`;
}

/** A checkout may turn LF into CRLF (core.autocrlf): that alone is no difference. */
function lf(text: string): string {
  return text.replace(/\r\n/g, '\n');
}
