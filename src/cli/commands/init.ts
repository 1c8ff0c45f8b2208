import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { starterConfig } from '../../core/config/starter-config.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { isTrustedKey } from '../../core/signing/trusted-key.js';

export const init: Command = {
  path: ['init'],
  summary: 'create the facts branch (an orphan, signed) and a starter config if there is none',
  usage: 'init',
  options: [],
  details: `Needs a signing key (--key or FACTSTORE_SIGNING_KEY): the first commit of the facts branch is signed too.
Running it again changes nothing.`,
  async run(ctx) {
    const signer = await ctx.signer();
    const config = await ctx.configIfPresent();
    const store = ctx.openStore(config, signer);
    const branch = await store.init();
    const configFile = ctx.configPath();
    if (config === undefined) {
      await mkdir(path.dirname(configFile), { recursive: true });
      await writeFile(configFile, starterConfig(), { flag: 'wx' });
    }
    const principal = ctx.actor();
    const trusted = isTrustedKey(config?.trust.signers ?? [], signer.publicKey);
    const next = trusted
      ? ['record facts: factstore trails begin --flow <flow>, then artifacts create, attest and approve']
      : [
          `add the signing key to trust.signers in ${configFile}:  - { principal: ${principal}, key: "${signer.publicKey}" }`,
          'describe your flows and attestation types in the config, then record facts with factstore trails begin',
        ];
    const document = {
      store: ctx.storeDir(),
      branch: store.branch,
      created: branch.created,
      commit: branch.commit,
      configFile,
      configWritten: config === undefined,
      signer: { principal, key: signer.publicKey, fingerprint: signer.fingerprint },
      trusted,
      next,
    };
    ctx.emit('cli/init', document, () =>
      [
        branch.created
          ? `Created the facts branch ${store.branch} in ${ctx.storeDir()} (commit ${branch.commit.slice(0, 12)}).`
          : `The facts branch ${store.branch} already exists in ${ctx.storeDir()} (tip ${branch.commit.slice(0, 12)}).`,
        config === undefined ? `Wrote a starter config to ${configFile}.` : `Config: ${configFile}`,
        trusted ? `The signing key ${signer.fingerprint} is trusted by the config.` : `The signing key ${signer.fingerprint} is not trusted yet.`,
        '',
        'Next:',
        ...next.map((n) => `  - ${n}`),
      ].join('\n'),
    );
    return EXIT_OK;
  },
};
