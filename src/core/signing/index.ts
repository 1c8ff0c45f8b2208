/** SSH commit signing: OpenSSH Ed25519 keys, SSHSIG signatures, gpgsig headers and trust. */
export { allowedSignersFile } from './allowed-signers.js';
export { addSignatureToCommit, splitSignedCommit, type SplitCommit } from './commit-signature.js';
export { checkCommitTrust, type CommitTrust } from './commit-trust.js';
export { generateKeyPair, type GeneratedKeyPair } from './generate-key-pair.js';
export { parsePrivateKey, type SshPrivateKey } from './private-key.js';
export { parsePublicKey, type SshPublicKey } from './public-key.js';
export { GIT_NAMESPACE, signSshsig } from './sign-sshsig.js';
export { sshSigner, type Signer } from './signer.js';
export { verifySshsig, type SshsigVerification } from './verify-sshsig.js';
