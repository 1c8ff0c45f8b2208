export const id = 690;
export const ids = [690];
export const modules = {

/***/ 90690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JY: () => (/* binding */ checkSigningKey),
  fc: () => (/* binding */ keySecretMarkers),
  jy: () => (/* binding */ readSigningKey),
  Hc: () => (/* binding */ signerFrom)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/signing/index.ts + 5 modules
var signing = __webpack_require__(38143);
// EXTERNAL MODULE: ./src/core/signing/base64.ts
var base64 = __webpack_require__(53872);
// EXTERNAL MODULE: ./src/core/signing/openssh-key-v1.ts
var openssh_key_v1 = __webpack_require__(96209);
// EXTERNAL MODULE: ./src/core/signing/private-key-text.ts
var private_key_text = __webpack_require__(37895);
;// CONCATENATED MODULE: ./src/core/signing/secret-markers.ts
/**
 * Byte strings that betray the signing key when found in evidence (an environment dump, a
 * debug log that printed the secret): the evidence would otherwise publish the key on the facts
 * branch. Derived from the key text the adapter loaded; never printed, only `what` is.
 */



const BEGIN = '-----BEGIN OPENSSH PRIVATE KEY-----';
const END = '-----END OPENSSH PRIVATE KEY-----';
/** Shorter runs could occur by chance in a large report; 16 base64 characters are 96 bits. */
const MIN_LINE = 16;
/**
 * The markers, and why each:
 * - every line of the PEM body that holds a character of the seed, as the key text wraps it and as
 *   OpenSSH wraps it (70 columns): one leaked line is part of the secret. Lines made only of the
 *   format header and the public key are left out: the first one is the same in every unencrypted
 *   Ed25519 key, so refusing it would refuse any report that merely shows some other key;
 * - the PEM body with its newlines removed: the key copied or logged on one line;
 * - the raw 32-byte seed (the private key itself) in hex, lower and upper case: hex of any structure
 *   holding the seed (the 64-byte seed‖public key of libsodium, a DER dump) contains it;
 * - the seed in base64 and base64url at each of the three byte alignments, keeping only the 42
 *   characters made of seed bits alone: whatever comes before or after it (a PKCS#8 prefix, the
 *   public half, padding), base64 of a structure holding the seed contains one of them;
 * - the raw seed bytes, for a binary dump;
 * - the key text itself when it was given base64-encoded once more (the form a CI secret sometimes holds).
 */
function secretMarkers(keyText) {
    const data = (0,private_key_text/* opensshKeyBytes */.x1)(keyText);
    const parts = (0,openssh_key_v1/* decodeOpensshKey */.KF)(data);
    try {
        const markers = [];
        const add = (what, bytes) => {
            if (!markers.some((m) => m.bytes.equals(bytes)))
                markers.push({ what, bytes });
        };
        const body = data.toString('base64');
        const secretChars = seedCharacters(data, parts.seed, parts.pub);
        const given = givenPem(keyText);
        if (given.outer !== undefined)
            add('key text (base64-encoded)', Buffer.from(given.outer));
        for (const line of secretLines(given.pem, body, secretChars))
            add('private key text (one of its lines)', Buffer.from(line));
        for (const line of secretLines(`${BEGIN}\n${(0,base64/* wrapBase64 */.m)(data)}\n${END}`, body, secretChars))
            add('private key text (one of its lines)', Buffer.from(line));
        add('private key text (its body on one line)', Buffer.from(body));
        add('Ed25519 seed (hex)', Buffer.from(parts.seed.toString('hex')));
        add('Ed25519 seed (hex)', Buffer.from(parts.seed.toString('hex').toUpperCase()));
        for (const run of seedBase64Runs(parts.seed))
            add('Ed25519 seed (base64)', Buffer.from(run));
        add('Ed25519 seed (raw bytes)', Buffer.from(parts.seed));
        return markers;
    }
    finally {
        data.fill(0);
        parts.seed.fill(0);
    }
}
/** The PEM text as given, unwrapped once when the key was given base64-encoded (then `outer` is that text). */
function givenPem(keyText) {
    const t = (0,private_key_text/* normalizeKeyText */._W)(keyText);
    if (t.includes(BEGIN))
        return { pem: t };
    const inner = (0,base64/* decodeBase64Strict */.F)(t)?.toString('utf8');
    return inner === undefined ? { pem: '' } : { pem: (0,private_key_text/* normalizeKeyText */._W)(inner), outer: t.replace(/\s+/g, '') };
}
/** Which characters of the body's base64 change when the seed changes: those carry the secret. */
function seedCharacters(data, seed, pub) {
    const at = data.indexOf(Buffer.concat([seed, pub]));
    const flipped = Buffer.from(data);
    for (let i = 0; i < seed.length; i++)
        flipped[at + i] = (flipped[at + i] ?? 0) ^ 0xff;
    const a = data.toString('base64');
    const b = flipped.toString('base64');
    flipped.fill(0);
    return Array.from(a, (c, i) => c !== b[i]);
}
/** The lines of the PEM text's body that hold a seed character, as they are written in that text. */
function secretLines(pem, body, secretChars) {
    const start = pem.indexOf(BEGIN);
    const end = pem.indexOf(END, start);
    if (start < 0 || end < 0)
        return [];
    const out = [];
    let offset = 0;
    for (const raw of pem.slice(start + BEGIN.length, end).split('\n')) {
        const line = raw.trim();
        if (line === '')
            continue;
        // a body that is not the canonical base64 of the key (odd padding bits) has no reliable offsets
        if (body.slice(offset, offset + line.length) !== line)
            return out;
        if (line.length >= MIN_LINE && secretChars.slice(offset, offset + line.length).some(Boolean))
            out.push(line);
        offset += line.length;
    }
    return out;
}
/** The 42 characters that encode seed bits only, with 0, 1 or 2 bytes before the seed, in both alphabets. */
function seedBase64Runs(seed) {
    const runs = [];
    for (const before of [0, 1, 2]) {
        const encoded = Buffer.concat([Buffer.alloc(before), seed, Buffer.alloc(2)]);
        const firstPure = Math.ceil((before * 8) / 6);
        const run = encoded.toString('base64').slice(firstPure, firstPure + 42);
        runs.push(run, run.replace(/\+/g, '-').replace(/\//g, '_'));
        encoded.fill(0);
    }
    return runs;
}

;// CONCATENATED MODULE: ./src/core/signing/trusted-key.ts
/** Whether `trust.signers` lists the public key. Trust compares the key itself (type and base64), never the comment. */
function isTrustedKey(signers, publicKey) {
    const key = (line) => line.trim().split(/\s+/).slice(0, 2).join(' ');
    return signers.some((s) => key(s.key) === key(publicKey));
}

// EXTERNAL MODULE: ./src/action/secrets.ts
var secrets = __webpack_require__(87911);
// EXTERNAL MODULE: ./src/action/inputs/input-reader.ts
var input_reader = __webpack_require__(97916);
;// CONCATENATED MODULE: ./src/action/inputs/signing-key.ts







/** The key text of the `signing-key` input, else of FACTSTORE_SIGNING_KEY; masked as soon as read. */
function readSigningKey(env) {
    const text = (0,input_reader/* optionalInput */.$m)('signing-key') ?? env.signingKeyEnv;
    if (text !== undefined)
        (0,secrets/* maskSecret */.$)(text);
    return text;
}
/** The signer of the facts commits; a missing or malformed key fails before anything is sent. */
function signerFrom(keyText) {
    if (keyText === undefined) {
        throw new errors/* FactstoreError */.ST('KEY', 'no signing key: add `signing-key: ${{ secrets.FACTSTORE_SIGNING_KEY }}` to the step, the secret holding a key made by `factstore keygen` ' +
            'whose public key is listed under trust.signers in the config.');
    }
    try {
        return (0,signing/* sshSigner */.Z7)(keyText);
    }
    catch (e) {
        if (!(e instanceof errors/* FactstoreError */.ST))
            throw e;
        throw new errors/* FactstoreError */.ST('KEY', `the \`signing-key\` input is not a usable key: ${e.message}`, { cause: e });
    }
}
/** What betrays the key in evidence (see secret-markers.ts); nothing to look for without a key. */
function keySecretMarkers(keyText) {
    return keyText === undefined ? [] : secretMarkers(keyText);
}
/**
 * A writing step signs only with a key `trust.signers` of `where` lists: facts signed by any other
 * key would not count, so the step fails before anything is sent. With no signers at all (a new
 * store) the write goes ahead with a warning.
 */
function checkSigningKey(signer, signers, where) {
    const entry = `- { principal: ${principalOf(signer.publicKey)}, key: "${signer.publicKey}" }`;
    if (signers.length === 0) {
        core/* warning */.$e(`factstore: trust.signers of ${where} is empty, so no facts count yet: this step signs with the key ${signer.fingerprint}, ` +
            `and its facts will not count until that key is added under trust.signers through a reviewed pull request:  ${entry}`);
        return;
    }
    if (isTrustedKey(signers, signer.publicKey))
        return;
    throw new errors/* FactstoreError */.ST('KEY', `the signing key ${signer.fingerprint} (${signer.publicKey}) is not in trust.signers of ${where}, so facts it signs would not count: nothing was written. ` +
        'Give `signing-key` the secret of a listed key, or trust this one by adding the line `factstore keygen` printed for it under trust.signers ' +
        `through a reviewed pull request:  ${entry}`);
}
/** The key's comment (keygen puts the principal there), else a placeholder to fill in. */
function principalOf(publicKey) {
    const comment = publicKey.trim().split(/\s+/).slice(2).join(' ');
    return /^[\w.@+-]{1,64}$/.test(comment) ? comment : 'ci@your-org';
}


/***/ }),

/***/ 38143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gf: () => (/* reexport */ commit_signature/* addSignatureToCommit */.G),
  _G: () => (/* reexport */ checkCommitTrust),
  ee: () => (/* reexport */ public_key/* parsePublicKey */.ee),
  Z7: () => (/* reexport */ sshSigner)
});

// UNUSED EXPORTS: GIT_NAMESPACE, allowedSignersFile, generateKeyPair, parsePrivateKey, signSshsig, splitSignedCommit, verifySshsig

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/signing/public-key.ts
var public_key = __webpack_require__(34740);
;// CONCATENATED MODULE: ./src/core/signing/allowed-signers.ts


// A principal is one token of the file: whitespace, commas and quotes would change its meaning.
const PRINCIPAL = /^[^\s,"]{1,256}$/;
/** One `principal namespaces="git" ssh-ed25519 AAAA…` line per signer, newline-terminated. */
function allowedSignersFile(signers) {
    return signers
        .map((s, i) => {
        if (!PRINCIPAL.test(s.principal) || s.principal.startsWith('#')) {
            throw badInput(`trust.signers[${i}].principal ${JSON.stringify(s.principal)} cannot be written to an allowed-signers file: use one word without spaces, commas or quotes (e.g. ci@acme).`);
        }
        return `${s.principal} namespaces="git" ${publicKeyLine(parsePublicKey(s.key).blob)}\n`;
    })
        .join('');
}

// EXTERNAL MODULE: ./src/core/signing/commit-signature.ts
var commit_signature = __webpack_require__(75041);
// EXTERNAL MODULE: ./src/core/signing/sign-sshsig.ts
var sign_sshsig = __webpack_require__(80140);
// EXTERNAL MODULE: ./src/core/signing/sshsig-format.ts
var sshsig_format = __webpack_require__(60806);
// EXTERNAL MODULE: ./src/core/signing/verify-sshsig.ts
var verify_sshsig = __webpack_require__(5736);
;// CONCATENATED MODULE: ./src/core/signing/commit-trust.ts





/**
 * `rawCommit` is the commit object's text (`git cat-file commit SHA`). It is re-encoded as
 * UTF-8 to verify, so it must have been decoded from UTF-8 bytes without loss.
 */
function checkCommitTrust(rawCommit, trusted) {
    const { payload, signature } = (0,commit_signature/* splitSignedCommit */._)(rawCommit);
    if (signature === undefined)
        return { status: 'unsigned', detail: 'The commit has no gpgsig header.' };
    if (!signature.trimStart().startsWith(sshsig_format/* SIGNATURE_BEGIN */.lb)) {
        const kind = signature.includes('BEGIN PGP SIGNATURE') ? 'a PGP signature' : 'not an SSH signature';
        return { status: 'invalid', detail: `The commit's signature is ${kind}: facts commits must be signed with SSH (SSHSIG, namespace git).` };
    }
    const result = (0,verify_sshsig/* verifySshsig */.v)(signature, Buffer.from(payload, 'utf8'), sign_sshsig/* GIT_NAMESPACE */.v);
    const fingerprint = result.fingerprint === undefined ? {} : { fingerprint: result.fingerprint };
    if (!result.valid || !result.publicKeyBlob) {
        return { status: 'invalid', ...fingerprint, detail: result.error ?? 'The signature does not verify.' };
    }
    const signer = findSigner(result.publicKeyBlob, trusted);
    if (!signer) {
        return { status: 'untrusted', ...fingerprint, detail: `The signature is valid but key ${result.fingerprint ?? ''} is not listed under trust.signers in the config.` };
    }
    return { status: 'trusted', principal: signer.principal, ...fingerprint };
}
/** A listed key that cannot be parsed never matches; the config validator reports it. */
function findSigner(blob, trusted) {
    return trusted.find((s) => {
        try {
            return (0,public_key/* parsePublicKey */.ee)(s.key).blob.equals(blob);
        }
        catch {
            return false;
        }
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/signing/ed25519-crypto.ts
var ed25519_crypto = __webpack_require__(73846);
// EXTERNAL MODULE: ./src/core/signing/openssh-key-v1.ts
var openssh_key_v1 = __webpack_require__(96209);
// EXTERNAL MODULE: ./src/core/signing/private-key-text.ts
var private_key_text = __webpack_require__(37895);
;// CONCATENATED MODULE: ./src/core/signing/generate-key-pair.ts
/** `factstore keygen`: a fresh Ed25519 key in the same text ssh-keygen writes. */






function generateKeyPair(comment = '') {
    if (/[\r\n]/.test(comment))
        throw badInput('The key comment must be one line: remove the line breaks.');
    const { seed, pub } = generateSeed();
    const data = encodeOpensshKey({ seed, pub, comment, checkint: randomBytes(4).readUInt32BE(0) });
    const privateKey = armorOpensshKey(data);
    seed.fill(0);
    data.fill(0);
    const blob = ed25519Blob(pub);
    return { privateKey, publicKey: publicKeyLine(blob, comment), fingerprint: sshFingerprint(blob) };
}

;// CONCATENATED MODULE: ./src/core/signing/private-key.ts





function parsePrivateKey(text) {
    const data = (0,private_key_text/* opensshKeyBytes */.x1)(text);
    let parts;
    try {
        parts = (0,openssh_key_v1/* decodeOpensshKey */.KF)(data);
    }
    finally {
        data.fill(0); // the decoded bytes hold the seed; do not leave them around
    }
    let keyObject;
    try {
        keyObject = (0,ed25519_crypto/* privateKeyFromSeed */.we)(parts.seed);
    }
    catch {
        throw new errors/* FactstoreError */.ST('KEY', 'The signing key is corrupt: node:crypto rejects its Ed25519 seed. Make a new one with `factstore keygen --out PATH`.');
    }
    finally {
        parts.seed.fill(0);
    }
    if (!(0,ed25519_crypto/* rawPublicKey */.F7)(keyObject).equals(parts.pub)) {
        throw new errors/* FactstoreError */.ST('KEY', 'The signing key is corrupt: its public half does not belong to its private half. Make a new one with `factstore keygen --out PATH`.');
    }
    const blob = (0,public_key/* ed25519Blob */.r5)(parts.pub);
    return {
        type: 'ssh-ed25519',
        publicKey: (0,public_key/* publicKeyLine */.Zg)(blob, parts.comment),
        publicKeyBlob: blob,
        fingerprint: (0,public_key/* sshFingerprint */.dN)(blob),
        comment: parts.comment,
        keyObject,
    };
}

;// CONCATENATED MODULE: ./src/core/signing/signer.ts
/** The single-method signing interface the stores take (isomorphic-git's onSign, GitHub's `signature`). */



/** Parses the key once, so a bad key fails at start-up and not at the first write. */
function sshSigner(privateKeyText) {
    const key = parsePrivateKey(privateKeyText);
    return {
        publicKey: key.publicKey,
        fingerprint: key.fingerprint,
        // a throw inside the executor becomes a rejection, as callers of an async API expect
        sign: (payload) => new Promise((resolve) => resolve((0,sign_sshsig/* signSshsig */.B)(key, payload, sign_sshsig/* GIT_NAMESPACE */.v))),
        signRaw: (bytes) => new Promise((resolve) => resolve((0,external_node_crypto_.sign)(null, bytes, key.keyObject))),
    };
}

;// CONCATENATED MODULE: ./src/core/signing/index.ts
/** SSH commit signing: OpenSSH Ed25519 keys, SSHSIG signatures, gpgsig headers and trust. */











/***/ }),

/***/ 96209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KF: () => (/* binding */ decodeOpensshKey),
/* harmony export */   QK: () => (/* binding */ notEd25519Message)
/* harmony export */ });
/* unused harmony export encodeOpensshKey */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _ed25519_crypto_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73846);
/* harmony import */ var _public_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34740);
/* harmony import */ var _ssh_wire_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3719);
/**
 * The openssh-key-v1 container (OpenSSH PROTOCOL.key), unencrypted Ed25519 only:
 *   "openssh-key-v1\0" cipher kdf kdfoptions uint32(1) string(pubblob) string(private section)
 *   private section: checkint checkint "ssh-ed25519" pub32 (seed32|pub32) comment padding(1,2,3…)
 * node:crypto cannot read it, and the format is small enough to handle here.
 */




const MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');
const BLOCK_SIZE = 8; // cipher "none"
function encodeOpensshKey(parts) {
    const section = [
        sshUint32(parts.checkint),
        sshUint32(parts.checkint),
        sshString(ED25519_KEY_TYPE),
        sshString(parts.pub),
        sshString(Buffer.concat([parts.seed, parts.pub])),
        sshString(parts.comment),
    ];
    const length = section.reduce((n, b) => n + b.length, 0);
    const padding = Array.from({ length: (BLOCK_SIZE - (length % BLOCK_SIZE)) % BLOCK_SIZE }, (_, i) => i + 1);
    return Buffer.concat([
        MAGIC,
        sshString('none'),
        sshString('none'),
        sshString(''),
        sshUint32(1),
        sshString(ed25519Blob(parts.pub)),
        sshString(Buffer.concat([...section, Buffer.from(padding)])),
    ]);
}
const keyError = (message) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FactstoreError */ .ST('KEY', message);
const MAKE_NEW = 'Make a new one with `factstore keygen --out PATH`.';
const MAKE_NEW_LOWER = 'make a new one with `factstore keygen --out PATH`.';
function notEd25519Message(type) {
    const family = !type
        ? 'not an Ed25519 key'
        : type.startsWith('ssh-rsa') || type.startsWith('rsa-')
            ? 'an RSA key'
            : type.startsWith('ecdsa-')
                ? 'an ECDSA key'
                : type.startsWith('sk-')
                    ? 'a security-key (FIDO) key, which needs the hardware token to sign'
                    : type === 'ssh-dss'
                        ? 'a DSA key'
                        : `a ${type} key`;
    return `The signing key is ${family}: Factstore signs with Ed25519 only. Use an Ed25519 key: factstore keygen --out PATH (or ssh-keygen -t ed25519 -N '' -f PATH), and list its .pub line under trust.signers.`;
}
/** Decodes the binary container; every failure is a KEY error that never quotes key bytes. */
function decodeOpensshKey(data) {
    if (data.length < MAGIC.length || !data.subarray(0, MAGIC.length).equals(MAGIC)) {
        throw keyError(`The signing key is not an OpenSSH private key (its data does not start with openssh-key-v1). ${MAKE_NEW}`);
    }
    try {
        return decodeBody(new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_3__/* .SshWireReader */ .PM(data.subarray(MAGIC.length)));
    }
    catch (e) {
        if (e instanceof _ssh_wire_js__WEBPACK_IMPORTED_MODULE_3__/* .SshWireTruncated */ .Uo) {
            throw keyError(`The signing key is truncated: part of the key text is missing. Copy the whole file, from -----BEGIN to -----END, or ${MAKE_NEW_LOWER}`);
        }
        throw e;
    }
}
function decodeBody(r) {
    const cipher = r.text();
    const kdf = r.text();
    r.string(); // kdf options
    const count = r.uint32();
    if (count !== 1)
        throw keyError(`The signing key file holds ${count} keys; Factstore needs exactly one. ${MAKE_NEW}`);
    const pubBlob = r.string();
    const pub = (0,_public_key_js__WEBPACK_IMPORTED_MODULE_2__/* .ed25519PublicFromBlob */ .K)(pubBlob);
    if (!pub)
        throw keyError(notEd25519Message((0,_public_key_js__WEBPACK_IMPORTED_MODULE_2__/* .blobKeyType */ .b3)(pubBlob)));
    if (cipher !== 'none' || kdf !== 'none') {
        throw keyError("The signing key is encrypted with a passphrase, and Factstore cannot prompt for one. Decrypt a copy: ssh-keygen -p -N '' -f KEY (it asks for the old passphrase), keep that file private (mode 0600), or make a new key with `factstore keygen --out PATH`.");
    }
    const section = r.string();
    if (r.remaining !== 0)
        throw keyError(`The signing key has extra data after the key: the file is damaged. ${MAKE_NEW}`);
    if (section.length % BLOCK_SIZE !== 0)
        throw keyError(`The signing key's private part has a bad length: the file is damaged. ${MAKE_NEW}`);
    return decodeSection(new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_3__/* .SshWireReader */ .PM(section), pub);
}
function decodeSection(r, pub) {
    const check1 = r.uint32();
    const check2 = r.uint32();
    if (check1 !== check2) {
        throw keyError(`The signing key is corrupt (its check-ints differ): the private part is damaged or was encrypted by another tool. ${MAKE_NEW}`);
    }
    const type = r.text();
    if (type !== _public_key_js__WEBPACK_IMPORTED_MODULE_2__/* .ED25519_KEY_TYPE */ .bI)
        throw keyError(notEd25519Message((0,_public_key_js__WEBPACK_IMPORTED_MODULE_2__/* .blobKeyType */ .b3)((0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_3__/* .sshString */ ._G)(type))));
    const innerPub = r.string();
    const secret = r.string();
    const comment = r.text();
    const padding = r.rest();
    const consistent = innerPub.length === _ed25519_crypto_js__WEBPACK_IMPORTED_MODULE_1__/* .ED25519_PUBLIC_BYTES */ .MM &&
        innerPub.equals(pub) &&
        secret.length === _ed25519_crypto_js__WEBPACK_IMPORTED_MODULE_1__/* .ED25519_SEED_BYTES */ .QG + _ed25519_crypto_js__WEBPACK_IMPORTED_MODULE_1__/* .ED25519_PUBLIC_BYTES */ .MM &&
        secret.subarray(_ed25519_crypto_js__WEBPACK_IMPORTED_MODULE_1__/* .ED25519_SEED_BYTES */ .QG).equals(pub) &&
        padding.every((b, i) => b === i + 1);
    if (!consistent)
        throw keyError(`The signing key is corrupt: its private and public parts do not match. ${MAKE_NEW}`);
    return { seed: Buffer.from(secret.subarray(0, _ed25519_crypto_js__WEBPACK_IMPORTED_MODULE_1__/* .ED25519_SEED_BYTES */ .QG)), pub: Buffer.from(pub), comment, checkint: check1 };
}


/***/ }),

/***/ 37895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _W: () => (/* binding */ normalizeKeyText),
/* harmony export */   x1: () => (/* binding */ opensshKeyBytes)
/* harmony export */ });
/* unused harmony export armorOpensshKey */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _base64_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53872);
/* harmony import */ var _openssh_key_v1_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96209);
/**
 * Finds the openssh-key-v1 bytes in key text as people actually deliver it: CRLF files,
 * surrounding whitespace or quotes, `\n` written as two characters by a CI secret, or the
 * whole PEM base64-encoded once more. Anything else gets a KEY error saying what it looks like.
 */



const BEGIN = '-----BEGIN OPENSSH PRIVATE KEY-----';
const END = '-----END OPENSSH PRIVATE KEY-----';
const MAKE_NEW = 'Make one with `factstore keygen --out PATH`.';
const OR_MAKE_NEW = 'or make a new one with `factstore keygen --out PATH`.';
function armorOpensshKey(data) {
    return `${BEGIN}\n${wrapBase64(data)}\n${END}\n`;
}
function normalizeKeyText(text) {
    let t = text.replace(/\\r\\n|\\n|\\r/g, '\n').replace(/\r\n?/g, '\n').trim();
    const quoted = /^(["'])([\s\S]*)\1$/.exec(t);
    if (quoted)
        t = (quoted[2] ?? '').trim();
    return t;
}
/** The binary key inside the text; throws FactstoreError('KEY') without quoting the text. */
function opensshKeyBytes(text) {
    if (typeof text !== 'string' || normalizeKeyText(text) === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FactstoreError */ .ST('KEY', `The signing key is empty: give the OpenSSH private key text (the file \`factstore keygen\` writes, starting with ${BEGIN}). ${MAKE_NEW}`);
    }
    const t = normalizeKeyText(text);
    if (!t.includes('-----BEGIN')) {
        const inner = (0,_base64_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeBase64Strict */ .F)(t)?.toString('utf8');
        if (inner?.includes('-----BEGIN'))
            return opensshKeyBytes(inner);
    }
    const start = t.indexOf(BEGIN);
    if (start < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FactstoreError */ .ST('KEY', describeOtherKey(t));
    const end = t.indexOf(END, start);
    if (end < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FactstoreError */ .ST('KEY', `The signing key is truncated: it has no ${END} line. Copy the whole file, ${OR_MAKE_NEW}`);
    }
    const data = (0,_base64_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeBase64Strict */ .F)(t.slice(start + BEGIN.length, end));
    if (!data) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FactstoreError */ .ST('KEY', `The signing key's base64 body is damaged (characters missing or altered). Copy the whole file again, ${OR_MAKE_NEW}`);
    }
    return data;
}
/** Names the kind of thing given instead of an OpenSSH private key, from its markers only. */
function describeOtherKey(t) {
    if (/-----BEGIN (RSA) PRIVATE KEY-----/.test(t))
        return (0,_openssh_key_v1_js__WEBPACK_IMPORTED_MODULE_1__/* .notEd25519Message */ .QK)('ssh-rsa');
    if (/-----BEGIN EC PRIVATE KEY-----/.test(t))
        return (0,_openssh_key_v1_js__WEBPACK_IMPORTED_MODULE_1__/* .notEd25519Message */ .QK)('ecdsa-');
    if (/-----BEGIN DSA PRIVATE KEY-----/.test(t))
        return (0,_openssh_key_v1_js__WEBPACK_IMPORTED_MODULE_1__/* .notEd25519Message */ .QK)('ssh-dss');
    if (/-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(t)) {
        return `The signing key is an encrypted PKCS#8 key; Factstore needs an unencrypted OpenSSH Ed25519 key. ${MAKE_NEW}`;
    }
    if (/-----BEGIN PRIVATE KEY-----/.test(t)) {
        return `The signing key is a PKCS#8 key; Factstore reads OpenSSH private keys (-----BEGIN OPENSSH PRIVATE KEY-----). ${MAKE_NEW}`;
    }
    if (/-----BEGIN PGP /.test(t)) {
        return `The signing key is a PGP key; Factstore signs commits with SSH Ed25519 keys. ${MAKE_NEW}`;
    }
    if (/^(ssh-|ecdsa-|sk-)[A-Za-z0-9@._-]* [A-Za-z0-9+/=]+/.test(t)) {
        return `This is a public key: the signing key is the private key file (the one without .pub), starting with ${BEGIN}.`;
    }
    return `The signing key is not an OpenSSH private key (no ${BEGIN} line found). Give the key file's text, ${OR_MAKE_NEW}`;
}


/***/ })

};
