export const id = 93;
export const ids = [93];
export const modules = {

/***/ 9705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig),
/* harmony export */   s: () => (/* binding */ readWorkspaceConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_load_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3656);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _reviewed_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9434);





/**
 * The writing steps' config (attest, begin): the checked-out repository's, else the default
 * branch's through the API (a job that did not check out still finds it). Nothing is decided with
 * it: the facts it describes count only by the default branch's config, which assert and gate read.
 */
async function loadConfig(source) {
    const local = await readWorkspaceConfig(source.workspace, source.configPath);
    if (local !== undefined)
        return (0,_core_config_load_config_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConfig */ .o4)(local, source.configPath);
    if (source.request === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FactstoreError */ .ST('CONFIG', `no ${source.configPath} in the workspace, and a dry run sends no request to GitHub to fetch it: check out the repository (actions/checkout) before this step.`);
    }
    if (source.repository === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FactstoreError */ .ST('CONFIG', `no ${source.configPath} in the workspace and no GITHUB_REPOSITORY to fetch it from: check out the repository before this step.`);
    }
    const reviewed = await (0,_reviewed_config_js__WEBPACK_IMPORTED_MODULE_4__/* .loadReviewedConfig */ .a)({
        request: source.request(),
        repository: source.repository,
        configPath: source.configPath,
        defaultBranch: source.defaultBranch,
        tokenInput: 'token',
        configTokenInput: false,
    });
    return reviewed.config;
}
/** The config file of the checked-out repository; undefined when there is none. */
async function readWorkspaceConfig(workspace, configPath) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, configPath);
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FactstoreError */ .ST('CONFIG', `cannot read the config file ${file} (${code ?? String(e)}): check the \`config\` input.`, { cause: e });
    }
}


/***/ }),

/***/ 4973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ gitHubRequest)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4584);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(bottleneck__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);






/**
 * Writes go one at a time, without the throttling plugin's default gap of a second between them:
 * that gap is GitHub's advice for clients making many writes, and an attest step makes three or
 * four (tree, commit, ref; a blob per evidence file), so it would spend seconds waiting. Secondary
 * rate limits, should they come, are still honoured and retried below.
 */
const WRITES = new (bottleneck__WEBPACK_IMPORTED_MODULE_2___default().Group)({ maxConcurrent: 1, minTime: 0 });
/** How many times a request refused for a rate limit is tried again before the step fails. */
const RATE_LIMIT_RETRIES = 3;
/**
 * `octokit.request` of a client for the REST API at `apiUrl` (GITHUB_API_URL: GitHub Enterprise
 * works as github.com), retrying server errors and, a bounded number of times, rate limits.
 */
function gitHubRequest(token, apiUrl) {
    if (token === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FactstoreError */ .ST('CONFIG', 'the `token` input is empty: leave it out to use the workflow\'s github.token, or pass a token with Contents read and write on the facts repository.');
    }
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        baseUrl: apiUrl,
        retry: { retries: 3 },
        throttle: {
            write: WRITES,
            onRateLimit: (after, options, _octokit, retryCount) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`factstore: GitHub's rate limit was reached on ${options.method} ${options.url}; ${retryCount < RATE_LIMIT_RETRIES ? `retrying in ${after} s` : 'giving up'}.`);
                return retryCount < RATE_LIMIT_RETRIES;
            },
            onSecondaryRateLimit: (after, options, _octokit, retryCount) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`factstore: GitHub's secondary rate limit was reached on ${options.method} ${options.url}; ${retryCount < RATE_LIMIT_RETRIES ? `retrying in ${after} s` : 'giving up'}.`);
                return retryCount < RATE_LIMIT_RETRIES;
            },
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
    return (route, parameters) => octokit.request(route, parameters);
}


/***/ }),

/***/ 9434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ loadReviewedConfig)
/* harmony export */ });
/* harmony import */ var _core_config_load_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3656);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_model_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1837);
/* harmony import */ var _core_store_github_github_request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1186);
/* harmony import */ var _repo_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3460);





/**
 * Reads the config from the default branch of the repository, pinned to its tip commit (one ref
 * read), so that what decided is named exactly; never from the workspace, which a pull request
 * controls.
 */
async function loadReviewedConfig(source) {
    const { request, repository, configPath } = source;
    const branch = source.defaultBranch ?? (await defaultBranchOf(source));
    const commit = await tipOf(source, branch);
    let data;
    try {
        data = (await request('GET /repos/{owner}/{repo}/contents/{path}', { owner: repository.owner, repo: repository.repo, path: configPath, ref: commit })).data;
    }
    catch (e) {
        if ((0,_core_store_github_github_request_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c)(e) === 404) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `no ${configPath} on the default branch ${branch} of ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)} (commit ${commit}): the config is read from the default branch only, so merge it there first (\`factstore init\` writes a starter).`, { cause: e });
        }
        throw apiError(e, source, `reading ${configPath} of ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)}`);
    }
    const file = data;
    if (file.type !== 'file' || file.encoding !== 'base64' || typeof file.content !== 'string') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `${configPath} on the default branch ${branch} of ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)} is not a readable file: make it a YAML file of at most 1 MiB.`);
    }
    const text = Buffer.from(file.content, 'base64').toString('utf8');
    const config = (0,_core_config_load_config_js__WEBPACK_IMPORTED_MODULE_0__/* .parseConfig */ .o4)(text, `${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)}@${commit.slice(0, 12)}:${configPath}`);
    return { config, repository, branch, commit, path: configPath, text };
}
async function defaultBranchOf(source) {
    const { request, repository } = source;
    try {
        const branch = (await request('GET /repos/{owner}/{repo}', { owner: repository.owner, repo: repository.repo })).data;
        if (typeof branch.default_branch === 'string' && branch.default_branch !== '')
            return branch.default_branch;
    }
    catch (e) {
        throw apiError(e, source, `reading the default branch of ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)}`);
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `GitHub named no default branch for ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)}: push one holding the config.`);
}
async function tipOf(source, branch) {
    const { request, repository } = source;
    let sha;
    try {
        sha = (await request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner: repository.owner, repo: repository.repo, ref: `heads/${branch}` })).data.object?.sha;
    }
    catch (e) {
        if ((0,_core_store_github_github_request_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c)(e) === 409) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `the default branch ${branch} of ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)} has no commit: push one holding the config.`, { cause: e });
        }
        if ((0,_core_store_github_github_request_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c)(e) === 404) {
            // GitHub answers 404 to a token that may not see a private repository, too
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `GitHub found no default branch ${branch} of ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)} (404): either it has no commit yet (push one holding the config), ` +
                `or the \`${source.tokenInput}\` token may not read ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)}: give the job \`permissions: contents: read\`${other(source)}.`, { cause: e });
        }
        throw apiError(e, source, `reading the tip of ${branch} of ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)}`);
    }
    if (typeof sha !== 'string' || !_core_model_names_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMIT_PATTERN */ .TJ.test(sha))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `GitHub named no commit for the default branch ${branch} of ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)}: try again.`);
    return sha;
}
function apiError(e, source, doing) {
    const status = (0,_core_store_github_github_request_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c)(e);
    const why = status === 401 || status === 403 || status === 404
        ? `the \`${source.tokenInput}\` token may not read ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(source.repository)}: give the job \`permissions: contents: read\`${other(source)}`
        : 'try again';
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `GitHub answered ${status ?? 'with an error'} (${(0,_core_store_github_github_request_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .b)(e)}) while ${doing}: ${why}.`, { cause: e });
}
function other(source) {
    return source.configTokenInput && source.tokenInput === 'token' ? ', or a `config-token` that can read it' : '';
}


/***/ }),

/***/ 3656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: checkConfigValue, configFromValue

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/schema/validate.ts
var validate = __webpack_require__(3533);
// EXTERNAL MODULE: ./src/core/schema/check-json-schema.ts
var check_json_schema = __webpack_require__(8596);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/signing/base64.ts
var base64 = __webpack_require__(3872);
// EXTERNAL MODULE: ./src/core/signing/ed25519-crypto.ts
var ed25519_crypto = __webpack_require__(3846);
// EXTERNAL MODULE: ./src/core/signing/public-key.ts
var public_key = __webpack_require__(4740);
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
var normalize_config = __webpack_require__(5304);
// EXTERNAL MODULE: ./src/core/config/parse-yaml.ts
var parse_yaml = __webpack_require__(6389);
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

/***/ 5304:
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

/***/ 6389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseYaml)
/* harmony export */ });
/* unused harmony export MAX_CONFIG_BYTES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


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


/***/ })

};
