export const id = 370;
export const ids = [370];
export const modules = {

/***/ 23656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: checkConfigValue, configFromValue

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/schema/validate.ts
var validate = __webpack_require__(93533);
// EXTERNAL MODULE: ./src/core/schema/check-json-schema.ts
var check_json_schema = __webpack_require__(8596);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/signing/base64.ts
var base64 = __webpack_require__(53872);
// EXTERNAL MODULE: ./src/core/signing/ed25519-crypto.ts
var ed25519_crypto = __webpack_require__(73846);
// EXTERNAL MODULE: ./src/core/signing/public-key.ts
var public_key = __webpack_require__(34740);
// EXTERNAL MODULE: ./src/core/signing/ssh-wire.ts
var ssh_wire = __webpack_require__(3719);
;// CONCATENATED MODULE: ./src/core/intoto/statement-key.ts






const SSH_CURVES = {
    'ecdsa-sha2-nistp256': { crv: 'P-256', digest: 'sha256' },
    'ecdsa-sha2-nistp384': { crv: 'P-384', digest: 'sha384' },
};
const PEM_CURVES = { prime256v1: 'sha256', secp384r1: 'sha384' };
const FIX = 'give an OpenSSH public key line (ssh-ed25519 or ecdsa-sha2-nistp256/384 AAAA…) or a PEM public key (-----BEGIN PUBLIC KEY-----) of an Ed25519 or ECDSA P-256/P-384 key';
/** Reads a key of `intoto.keys`; throws CONFIG saying what is wrong with it. */
function parseStatementKey(text) {
    const trimmed = text.trim();
    if (trimmed.includes('PRIVATE KEY'))
        throw new core_errors/* FactstoreError */.ST('CONFIG', `this is a private key: never put it in the config; ${FIX}.`);
    return trimmed.startsWith('-----BEGIN') ? fromPem(trimmed) : fromSshLine(trimmed);
}
/** Whether `sig` is the key's signature of `message`: ECDSA in DER (DSSE's usual) or IEEE P1363 form. */
function verifiesWith(k, message, sig) {
    try {
        if (k.digest === undefined)
            return verify(null, message, k.key, sig);
        return verify(k.digest, message, k.key, sig) || verify(k.digest, message, { key: k.key, dsaEncoding: 'ieee-p1363' }, sig);
    }
    catch {
        return false;
    }
}
function fromPem(pem) {
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)(pem);
    }
    catch (e) {
        throw new core_errors/* FactstoreError */.ST('CONFIG', `the PEM key does not read (${e instanceof Error ? e.message : String(e)}): ${FIX}.`);
    }
    if (key.asymmetricKeyType === 'ed25519')
        return { key, digest: undefined };
    const curve = key.asymmetricKeyDetails?.namedCurve;
    const digest = key.asymmetricKeyType === 'ec' && curve !== undefined ? PEM_CURVES[curve] : undefined;
    if (digest === undefined)
        throw new core_errors/* FactstoreError */.ST('CONFIG', `the PEM key is ${key.asymmetricKeyType ?? 'of no known type'}${curve !== undefined ? ` on ${curve}` : ''}: ${FIX}.`);
    return { key, digest };
}
function fromSshLine(line) {
    const [type = '', encoded = ''] = line.split(/[ \t]+/);
    const blob = (0,base64/* decodeBase64Strict */.F)(encoded);
    if (blob === undefined)
        throw new core_errors/* FactstoreError */.ST('CONFIG', `the key is neither PEM nor an OpenSSH line with a valid base64 part: ${FIX}.`);
    if (type === 'ssh-ed25519') {
        const pub = (0,public_key/* ed25519PublicFromBlob */.K)(blob);
        if (pub === undefined)
            throw new core_errors/* FactstoreError */.ST('CONFIG', `the ssh-ed25519 key's data is not an Ed25519 key (truncated or altered): ${FIX}.`);
        return { key: (0,ed25519_crypto/* publicKeyFromBytes */.Mk)(pub), digest: undefined };
    }
    const curve = SSH_CURVES[type];
    if (curve === undefined)
        throw new core_errors/* FactstoreError */.ST('CONFIG', `keys of type ${JSON.stringify(type.slice(0, 64))} are not supported: ${FIX}.`);
    try {
        const r = new ssh_wire/* SshWireReader */.PM(blob);
        const named = r.text();
        r.text();
        const point = r.string();
        const size = curve.crv === 'P-256' ? 32 : 48;
        if (named !== type || point.length !== 1 + 2 * size || point[0] !== 4 || r.remaining !== 0)
            throw new Error('not an uncompressed point of its curve');
        const jwk = { kty: 'EC', crv: curve.crv, x: point.subarray(1, 1 + size).toString('base64url'), y: point.subarray(1 + size).toString('base64url') };
        return { key: (0,external_node_crypto_.createPublicKey)({ key: jwk, format: 'jwk' }), digest: curve.digest };
    }
    catch (e) {
        throw new core_errors/* FactstoreError */.ST('CONFIG', `the ${type} key's data does not read (${e instanceof Error ? e.message : String(e)}): ${FIX}.`);
    }
}

;// CONCATENATED MODULE: ./src/core/config/check-intoto-config.ts


/** What the schema cannot say about `intoto:`: keys that do not read, names used twice, regexps that do not compile. */
function checkIntotoConfig(intoto) {
    const errors = [];
    const seen = new Set();
    (intoto?.keys ?? []).forEach((k, i) => {
        if (seen.has(k.name))
            errors.push({ path: `/intoto/keys/${i}/name`, message: `names ${JSON.stringify(k.name)} a second time: each key's name says who signed, so give each its own` });
        seen.add(k.name);
        try {
            parseStatementKey(k.key);
        }
        catch (e) {
            if (!(0,core_errors/* isFactstoreError */.yt)(e))
                throw e;
            errors.push({ path: `/intoto/keys/${i}/key`, message: e.message.replace(/\.$/, '') });
        }
    });
    (intoto?.sigstore?.identities ?? []).forEach((identity, i) => {
        if (identity.san_regexp === undefined)
            return;
        try {
            new RegExp(identity.san_regexp, 'u');
        }
        catch (e) {
            errors.push({ path: `/intoto/sigstore/identities/${i}/san_regexp`, message: `is not a regular expression (${e instanceof Error ? e.message : String(e)}): fix it, or give the exact san` });
        }
    });
    return errors;
}

;// CONCATENATED MODULE: ./src/core/config/check-config.ts


const ED25519_TYPE = 'ssh-ed25519';
/**
 * What the schema cannot say: references between sections, keys that decode to something else,
 * rules that no one could ever satisfy. Returns every problem, with its path.
 */
function crossCheckConfig(raw) {
    const errors = [];
    const policies = raw.policies ?? {};
    for (const [name, flow] of Object.entries(raw.flows ?? {})) {
        const at = `/flows/${check_config_escape(name)}`;
        (flow.policies ?? []).forEach((policy, i) => {
            if (!Object.hasOwn(policies, policy)) {
                errors.push({
                    path: `${at}/policies/${i}`,
                    message: `policy ${JSON.stringify(policy)} is not defined: add it under policies: (with its jq) or remove it from the flow`,
                });
            }
        });
        for (const type of Object.keys(flow.controls ?? {})) {
            if (!(flow.require ?? []).includes(type)) {
                errors.push({ path: `${at}/controls/${check_config_escape(type)}`, message: `names type ${JSON.stringify(type)}, which the flow does not require: controls are shown beside required types; add it to require or remove it here` });
            }
        }
        const approval = flow.approval;
        const min = approval?.min ?? 1;
        if (approval !== undefined && approval.approvers.every((a) => !a.startsWith('@')) && min > approval.approvers.length) {
            errors.push({
                path: `${at}/approval/min`,
                message: `asks for ${min} approvals but only ${approval.approvers.length} approvers are listed: lower min or add approvers`,
            });
        }
    }
    const flows = raw.flows ?? {};
    const envNames = Object.keys(raw.environments ?? {});
    for (const [name, env] of Object.entries(raw.environments ?? {})) {
        (env.require_flows ?? []).forEach((flow, i) => {
            if (!Object.hasOwn(flows, flow)) {
                errors.push({ path: `/environments/${check_config_escape(name)}/require_flows/${i}`, message: `flow ${JSON.stringify(flow)} is not defined under flows: fix the name or remove it` });
            }
        });
        const twin = envNames.find((other) => other !== name && other.toLowerCase() === name.toLowerCase());
        if (twin !== undefined && name < twin) {
            errors.push({ path: `/environments/${check_config_escape(name)}`, message: `names the same environment as ${twin} (environment names compare case-insensitively): keep one` });
        }
    }
    (raw.trust?.signers ?? []).forEach((signer, i) => {
        const personal = (signer.kinds ?? []).filter((k) => k === 'approval' || k === 'bypass');
        if (personal.length > 0 && signer.actors === undefined && signer.app !== true) {
            errors.push({
                path: `/trust/signers/${i}/kinds`,
                message: `lists ${personal.join(' and ')}, which count only from a person's own key (actors: [login]) or the App's (app: true): add actors, or drop ${personal.join(' and ')} from kinds`,
            });
        }
        if (!isEd25519PublicKey(signer.key)) {
            errors.push({
                path: `/trust/signers/${i}/key`,
                message: 'is not an OpenSSH Ed25519 public key (its base64 part does not decode to one): paste the whole line ' +
                    'of the .pub file that factstore keygen wrote, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5..."',
            });
        }
    });
    for (const [name, type] of Object.entries(raw.types ?? {})) {
        if (type.schema === undefined)
            continue;
        for (const e of (0,check_json_schema/* checkJsonSchema */.W)(type.schema)) {
            errors.push({
                path: `/types/${check_config_escape(name)}/schema${e.path}`,
                message: `is not a valid JSON Schema: ${e.message}`,
            });
        }
    }
    errors.push(...checkIntotoConfig(raw.intoto));
    return errors;
}
/** The key blob is: string "ssh-ed25519", then a string of the 32 key bytes (RFC 8709). */
function isEd25519PublicKey(line) {
    const [type, base64] = line.trim().split(/\s+/);
    if (type !== ED25519_TYPE || base64 === undefined)
        return false;
    const blob = Buffer.from(base64, 'base64');
    if (blob.length !== 4 + ED25519_TYPE.length + 4 + 32)
        return false;
    return (blob.readUInt32BE(0) === ED25519_TYPE.length &&
        blob.subarray(4, 4 + ED25519_TYPE.length).toString('latin1') === ED25519_TYPE &&
        blob.readUInt32BE(4 + ED25519_TYPE.length) === 32);
}
function check_config_escape(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

// EXTERNAL MODULE: ./src/core/config/normalize-config.ts
var normalize_config = __webpack_require__(75304);
// EXTERNAL MODULE: ./src/core/config/parse-yaml.ts
var parse_yaml = __webpack_require__(26389);
;// CONCATENATED MODULE: ./src/core/config/load-config.ts





/**
 * Checks an already parsed config (e.g. what Probot's `context.config()` merged from `_extends`)
 * against the schema and the cross-checks, and normalises it. Every bad path is reported.
 */
function checkConfigValue(value) {
    // An empty file (or one holding only comments) is an empty config, as when there is no file.
    const document = value ?? {};
    const schema = (0,validate/* validate */.tf)('config', document);
    if (!schema.ok)
        return schema;
    const raw = document;
    const errors = crossCheckConfig(raw);
    if (errors.length > 0)
        return { ok: false, errors };
    return { ok: true, config: (0,normalize_config/* normalizeConfig */.I6)(raw) };
}
/** Like {@link checkConfigValue}, throwing CONFIG with every problem when the config is invalid. */
function configFromValue(value, source) {
    const result = checkConfigValue(value);
    if (!result.ok) {
        throw new core_errors/* FactstoreError */.ST('CONFIG', `${(0,validate/* invalidMessage */.dl)(`the config file ${source}`, result.errors)}\n` +
            `Fix these entries in ${source} (the format is schemas/config.schema.json of factstore).`);
    }
    return result.config;
}
/** Parses `.github/factstore.yml` text; `source` names the file in every error. */
function parseConfig(text, source) {
    return configFromValue((0,parse_yaml/* parseYaml */.h)(text, source), source);
}


/***/ }),

/***/ 75304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I6: () => (/* binding */ normalizeConfig),
/* harmony export */   TW: () => (/* binding */ DEFAULT_EVIDENCE_MAX_BYTES)
/* harmony export */ });
/* unused harmony exports DEFAULT_FACTS_BRANCH, GITHUB_ACTIONS_ISSUER */
const DEFAULT_FACTS_BRANCH = 'factstore';
const DEFAULT_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** The OIDC issuer of GitHub Actions' tokens: what actions/attest's certificates name. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** Fills in every default (DESIGN §3) so the engine never has to. `raw` is schema-valid. */
function normalizeConfig(raw) {
    const config = {
        facts: {
            ...(raw.facts?.repo !== undefined ? { repo: raw.facts.repo } : {}),
            branch: raw.facts?.branch ?? DEFAULT_FACTS_BRANCH,
        },
        trust: { signers: (raw.trust?.signers ?? []).map(normalizeSigner), admins: [...(raw.trust?.admins ?? [])] },
        flows: mapValues(raw.flows, normalizeFlow),
        types: mapValues(raw.types, normalizeType),
        policies: mapValues(raw.policies, (_name, p) => ({
            jq: p.jq,
            ...(p.description !== undefined ? { description: p.description } : {}),
        })),
        environments: mapValues(raw.environments, (_name, e) => ({
            members: [...(e.members ?? [])],
            ...(e.type !== undefined ? { type: e.type } : {}),
            ...(e.description !== undefined ? { description: e.description } : {}),
            ...(e.require_flows !== undefined ? { requireFlows: [...e.require_flows] } : {}),
        })),
        evidenceMaxBytes: raw.evidence?.max_bytes ?? DEFAULT_EVIDENCE_MAX_BYTES,
        gate: { allowUnscoped: raw.gate?.allow_unscoped ?? false },
        ...(raw.exporters?.otlp !== undefined ? { exporters: { otlp: normalizeOtlp(raw.exporters.otlp) } } : {}),
    };
    if (raw.bypass !== undefined) {
        config.bypass = { actors: [...raw.bypass.actors], reasons: { ...raw.bypass.reasons }, maxTtl: raw.bypass.max_ttl };
    }
    if (raw.intoto !== undefined)
        config.intoto = normalizeIntoto(raw.intoto);
    return config;
}
function normalizeIntoto(raw) {
    const trustedRoot = raw.sigstore?.trusted_root;
    return {
        keys: (raw.keys ?? []).map((k) => ({ name: k.name, key: k.key.trim() })),
        sigstore: {
            ...(trustedRoot !== undefined ? { trustedRoot } : {}),
            identities: (raw.sigstore?.identities ?? []).map((i) => ({
                ...(i.san !== undefined ? { san: i.san } : {}),
                ...(i.san_regexp !== undefined ? { sanRegexp: i.san_regexp } : {}),
                issuer: i.issuer ?? GITHUB_ACTIONS_ISSUER,
            })),
        },
        predicateTypes: { ...(raw.predicate_types ?? {}) },
    };
}
function normalizeFlow(name, flow) {
    const out = {
        name,
        require: [...(flow.require ?? [])],
        policies: [...(flow.policies ?? [])],
        branches: [...(flow.branches ?? [])],
        environments: [...(flow.environments ?? [])],
        retries: flow.retries ?? 'sticky',
    };
    if (flow.description !== undefined)
        out.description = flow.description;
    if (flow.controls !== undefined)
        out.controls = Object.fromEntries(Object.entries(flow.controls).map(([t, ids]) => [t, [...ids]]));
    if (flow.approval !== undefined) {
        out.approval = {
            required: flow.approval.required ?? true,
            approvers: [...flow.approval.approvers],
            min: flow.approval.min ?? 1,
            forbidSelf: flow.approval.forbid_self ?? true,
        };
    }
    return out;
}
function normalizeSigner(s) {
    return {
        principal: s.principal,
        key: s.key.trim(),
        ...(s.actors !== undefined ? { actors: [...s.actors] } : {}),
        ...(s.app !== undefined ? { app: s.app } : {}),
        ...(s.kinds !== undefined ? { kinds: [...s.kinds] } : {}),
        ...(s.until !== undefined ? { until: s.until } : {}),
    };
}
function normalizeOtlp(raw) {
    const a = raw.auth;
    let auth = { type: 'none' };
    if (a?.type === 'header')
        auth = { type: 'header', header: a.header ?? 'Authorization' };
    // the schema requires token_endpoint with oauth2
    if (a?.type === 'oauth2') {
        auth = { type: 'oauth2', tokenEndpoint: a.token_endpoint ?? '', ...(a.client_id !== undefined ? { clientId: a.client_id } : {}), scopes: [...(a.scopes ?? [])], clientAuth: a.client_auth ?? 'basic' };
    }
    return {
        ...(raw.endpoint !== undefined ? { endpoint: raw.endpoint } : {}),
        protocol: raw.protocol ?? 'http/protobuf',
        headers: { ...(raw.headers ?? {}) },
        auth,
    };
}
function normalizeType(_name, type) {
    const out = {};
    if (type.format !== undefined)
        out.format = type.format;
    if (type.jq !== undefined)
        out.jq = type.jq;
    if (type.schema !== undefined)
        out.schema = type.schema;
    if (type.archived !== undefined)
        out.archived = type.archived;
    if (type.description !== undefined)
        out.description = type.description;
    return out;
}
/** Object.fromEntries over a possibly absent map, keeping key order. */
function mapValues(map, fn) {
    return Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, fn(k, v)]));
}


/***/ }),

/***/ 26389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseYaml)
/* harmony export */ });
/* unused harmony export MAX_CONFIG_BYTES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** A config is a few kilobytes; anything near this is a mistake or an attack. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Aliases beyond this many expanded nodes are a "billion laughs" bomb, not a config. */
const MAX_ALIAS_COUNT = 100;
/**
 * Parses one YAML document into plain data, refusing what a config never needs: oversized text,
 * several documents, duplicate keys, unknown tags and alias expansion bombs. Every syntax problem
 * is reported with its line and column.
 */
function parseYaml(text, source) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_CONFIG_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `factstore: the config file ${source} is ${bytes} bytes, over the ${MAX_CONFIG_BYTES}-byte limit: ` +
            'a factstore config is a few kilobytes; check that the right file is named.');
    }
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { prettyErrors: true, uniqueKeys: true });
    const problems = [...doc.errors, ...doc.warnings].map((e) => `  - ${indentContext(e.message)}`);
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `factstore: the config file ${source} is not valid YAML (${plural(problems.length, 'problem')}):\n` +
            `${problems.join('\n')}\nFix the YAML at the lines shown.`);
    }
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (cause) {
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `factstore: the config file ${source} could not be read: ${reason}. ` +
            'Write the values out instead of repeating YAML aliases (*name).', { cause });
    }
}
/** yaml's pretty errors end with the offending line and a caret; keep them under the bullet. */
function indentContext(message) {
    return message.trimEnd().replace(/\n/g, '\n      ');
}
function plural(n, word) {
    return n === 1 ? `1 ${word}` : `${n} ${word}s`;
}


/***/ }),

/***/ 71837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ normalizeDigest),
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   TJ: () => (/* binding */ COMMIT_PATTERN),
/* harmony export */   Vh: () => (/* binding */ NAME_PATTERN),
/* harmony export */   su: () => (/* binding */ checkCommit)
/* harmony export */ });
/* unused harmony export DIGEST_PATTERN */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** DESIGN §6: flow, trail, type and environment names. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
const COMMIT_PATTERN = /^[a-f0-9]{40}$/;
function checkName(what, value) {
    if (value === undefined || value === '') {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`${what} name is empty: give a name of 1-128 letters, digits, '.', '_' or '-'.`);
    }
    if (value.length > 128) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`${what} name is ${value.length} characters long: the limit is 128.`);
    }
    if (!NAME_PATTERN.test(value) || value.includes('..')) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`${what} name ${JSON.stringify(value)} is not allowed: use letters, digits, '.', '_' or '-', ` +
            `starting with a letter or digit (no '/', no '..').`);
    }
    return value;
}
/** Accepts `sha256:<hex>` or bare hex, any case; returns `sha256:<lowercase hex>`. */
function normalizeDigest(value) {
    const raw = (value ?? '').trim();
    const hex = raw.toLowerCase().startsWith('sha256:') ? raw.slice(7) : raw;
    const digest = `sha256:${hex.toLowerCase()}`;
    if (!DIGEST_PATTERN.test(digest)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`digest ${JSON.stringify(raw)} is malformed: expected sha256:<64 hex characters> ` +
            `(for an image: docker inspect --format '{{index .RepoDigests 0}}'; for a file: use --file).`);
    }
    return digest;
}
function checkCommit(value) {
    const sha = (value ?? '').trim().toLowerCase();
    if (!COMMIT_PATTERN.test(sha)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`commit ${JSON.stringify(value ?? '')} is not a full git commit id: give 40 hex characters (git rev-parse HEAD).`);
    }
    return sha;
}


/***/ })

};
