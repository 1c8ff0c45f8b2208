import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { badInput } from '../../core/errors.js';
import { allowedSignersFile, generateKeyPair } from '../../core/signing/index.js';
import { optionalString, requiredString } from '../args/values.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';

export const keygen: Command = {
  path: ['keygen'],
  summary: 'write a new OpenSSH Ed25519 signing key and print its allowed-signers line',
  usage: 'keygen --out PATH [--comment TEXT]',
  options: [
    { name: 'out', type: 'string', value: 'PATH', description: 'where to write the private key (mode 0600); the public key goes to PATH.pub' },
    { name: 'comment', type: 'string', value: 'TEXT', description: 'the key comment (default: the actor, see --actor)' },
  ],
  details: `The principal of the allowed-signers line is --actor when given, else the comment.
Add the printed signer under trust.signers in the config (through a reviewed pull request); only facts
signed by a listed key, with authority for them, count. A CI key records trails, artifacts, attestations
and decisions; a person's own key, listed with actors: [login], records their approvals and bypasses;
the App's key is listed with app: true. Existing files are never overwritten.`,
  async run(ctx, { values }) {
    const out = ctx.resolve(requiredString(values, 'out', this));
    const pub = `${out}.pub`;
    for (const file of [out, pub]) {
      if (existsSync(file)) throw badInput(`${file} already exists: keygen never overwrites a key; choose another --out PATH or remove the file.`);
    }
    const comment = optionalString(values, 'comment') ?? ctx.actor();
    const principal = ctx.globals.actor ?? comment;
    const pair = generateKeyPair(comment);
    const signer = { principal, key: pair.publicKey };
    const line = allowedSignersFile([signer]).trimEnd();
    // folders it creates (~/.ssh on a new machine) are private, as ssh-keygen makes ~/.ssh
    if (!ctx.dryRun) {
      await mkdir(path.dirname(out), { recursive: true, mode: 0o700 });
      await writeFile(out, pair.privateKey, { mode: 0o600, flag: 'wx' });
      await writeFile(pub, `${pair.publicKey}\n`, { mode: 0o644, flag: 'wx' });
    }
    const document = { privateKeyFile: out, publicKeyFile: pub, publicKey: pair.publicKey, fingerprint: pair.fingerprint, principal, allowedSigner: line, signer };
    ctx.emit('cli/keygen', document, () =>
      [
        `Wrote the private key to ${out} (mode 0600) and the public key to ${pub}.`,
        `Fingerprint: ${pair.fingerprint}`,
        '',
        'Allowed-signers line (for git verify-commit with gpg.ssh.allowedSignersFile):',
        line,
        '',
        `Trust it: add this entry under trust.signers in ${ctx.configLabel()}:`,
        `    - { principal: ${principal}, key: "${pair.publicKey}" }`,
        `Sign with it: --key ${out}, or export FACTSTORE_SIGNING_KEY="$(cat ${out})"`,
      ].join('\n'),
    );
    return EXIT_OK;
  },
};
