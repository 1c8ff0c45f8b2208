import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FactstoreConfig } from '../../core/config/config.js';
import { starterConfig } from '../../core/config/starter-config.js';
import { isTrustedKey } from '../../core/signing/trusted-key.js';
import type { Command } from '../command.js';
import { readConfigFile } from '../context/config-file.js';
import type { CliContext } from '../context/context.js';
import { CONFIG_PATH } from '../context/look-up-config.js';
import { EXIT_OK } from '../exit-codes.js';

export const init: Command = {
  path: ['init'],
  summary: 'create the facts branch (an orphan, signed) and a starter config if there is none',
  usage: 'init',
  options: [],
  details: `Needs a signing key (--key or FACTSTORE_SIGNING_KEY): the first commit of the facts branch is signed too,
so when the config lists signers, the key must be one of them.
With no config committed, the starter config is written to .github/factstore.yml of the working tree:
commit it (through a reviewed pull request), as only committed config decides.
Running it again changes nothing.`,
  async run(ctx) {
    const signer = await ctx.signer();
    const setup = await configForInit(ctx);
    const store = ctx.openStore(setup.config, signer);
    // only a missing branch is created, so only then is anything signed
    if ((await store.tip()) === undefined) ctx.checkWriter(signer, setup.deciding);
    const tip = await store.tip();
    const branch = ctx.dryRun ? { created: tip === undefined, commit: tip ?? '' } : await store.init();
    if (setup.writeStarter && !ctx.dryRun) {
      await mkdir(path.dirname(setup.configFile), { recursive: true });
      await writeFile(setup.configFile, starterConfig(), { flag: 'wx' });
    }
    // the principal keygen printed for this key: --actor, else the key's comment, else the actor
    const comment = signer.publicKey.split(' ')[2];
    const principal = ctx.globals.actor ?? (comment !== undefined && comment !== '' ? comment : ctx.actor());
    const trusted = isTrustedKey(setup.deciding?.trust.signers ?? [], signer.publicKey);
    const next = [
      ...(setup.toCommit ? [`commit ${setup.shown} (through a reviewed pull request): only committed config decides, so until then it is not used`] : []),
      ...(trusted
        ? ['record facts: factstore trails begin --flow <flow>, then artifacts create, attest and approve']
        : [
            `add the signing key to trust.signers in ${setup.shown}:  - { principal: ${principal}, key: "${signer.publicKey}" }`,
            'describe your flows and attestation types in the config, then record facts with factstore trails begin',
          ]),
    ];
    const document = {
      store: ctx.storeDir(),
      branch: store.branch,
      created: branch.created,
      commit: branch.commit === '' ? null : branch.commit,
      configFile: setup.configFile,
      configWritten: setup.writeStarter,
      signer: { principal, key: signer.publicKey, fingerprint: signer.fingerprint },
      trusted,
      next,
    };
    ctx.emit('cli/init', document, () =>
      [
        ctx.dryRun && branch.created
          ? `Would create the facts branch ${store.branch} in ${ctx.storeDir()}.`
          : branch.created
          ? `Created the facts branch ${store.branch} in ${ctx.storeDir()} (commit ${branch.commit.slice(0, 12)}).`
          : `The facts branch ${store.branch} already exists in ${ctx.storeDir()} (tip ${branch.commit.slice(0, 12)}).`,
        setup.writeStarter ? `${ctx.dryRun ? 'Would write' : 'Wrote'} a starter config to ${setup.shown}.` : `Config: ${setup.configFile}${setup.toCommit ? ' (not committed yet)' : ''}`,
        trusted ? `The signing key ${signer.fingerprint} is trusted by the config.` : `The signing key ${signer.fingerprint} is not trusted yet.`,
        '',
        'Next:',
        ...next.map((n) => `  - ${n}`),
      ].join('\n'),
    );
    return EXIT_OK;
  },
};

interface InitSetup {
  /** the config that decides (committed, or given with --config); undefined before there is one */
  deciding: FactstoreConfig | undefined;
  /** what names the facts branch: the deciding config, else an uncommitted working-tree one */
  config: FactstoreConfig | undefined;
  /** `configFile` of the output */
  configFile: string;
  /** the file as the next steps name it */
  shown: string;
  writeStarter: boolean;
  /** the config is in the working tree and must be committed before it decides */
  toCommit: boolean;
}

/**
 * The deciding config when there is one. Before one is committed, init still creates the facts
 * branch (named by the working-tree config, if there is one) and writes a starter config to commit.
 */
async function configForInit(ctx: CliContext): Promise<InitSetup> {
  const lookup = await ctx.configLookup();
  const explicit = ctx.globals.config !== undefined;
  const shown = (file: string) => path.relative(ctx.io.cwd, file) || file;
  if (lookup.found) {
    const config = await ctx.requireConfig();
    const file = lookup.root.source === 'file' ? shown(lookup.root.path) : `${CONFIG_PATH} (through a reviewed pull request)`;
    return { deciding: config, config, configFile: lookup.label, shown: file, writeStarter: false, toCommit: false };
  }
  if (lookup.uncommitted !== undefined) {
    const config = await readConfigFile(lookup.uncommitted);
    return { deciding: undefined, config, configFile: lookup.uncommitted, shown: shown(lookup.uncommitted), writeStarter: false, toCommit: true };
  }
  if (lookup.starterFile !== undefined) {
    return { deciding: undefined, config: undefined, configFile: lookup.starterFile, shown: shown(lookup.starterFile), writeStarter: true, toCommit: !explicit };
  }
  throw lookup.problem;
}
