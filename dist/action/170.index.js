export const id = 170;
export const ids = [170];
export const modules = {

/***/ 7170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  begin: () => (/* binding */ begin)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/action/env/change-author.ts
var change_author = __webpack_require__(7777);
// EXTERNAL MODULE: ./src/core/model/fact-id.ts
var fact_id = __webpack_require__(9361);
// EXTERNAL MODULE: ./src/action/env/fetch-oidc-claims.ts + 1 modules
var fetch_oidc_claims = __webpack_require__(3372);
// EXTERNAL MODULE: ./src/action/env/run-context.ts
var run_context = __webpack_require__(8073);
// EXTERNAL MODULE: ./src/action/github/open-store.ts + 16 modules
var open_store = __webpack_require__(4032);
// EXTERNAL MODULE: ./src/action/inputs/artifact-digest.ts + 1 modules
var artifact_digest = __webpack_require__(4026);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(1837);
// EXTERNAL MODULE: ./src/action/env/runner-env.ts
var runner_env = __webpack_require__(2864);
// EXTERNAL MODULE: ./src/action/inputs/input-reader.ts
var input_reader = __webpack_require__(7916);
// EXTERNAL MODULE: ./src/action/inputs/shared-inputs.ts
var shared_inputs = __webpack_require__(2271);
// EXTERNAL MODULE: ./src/action/inputs/signing-key.ts + 2 modules
var signing_key = __webpack_require__(690);
// EXTERNAL MODULE: ./src/action/inputs/store-inputs.ts
var store_inputs = __webpack_require__(7229);
;// CONCATENATED MODULE: ./src/action/inputs/begin-inputs.ts







/** The begin step's inputs: the trail to start and, optionally, the artifact it builds. */
function readBeginInputs(env) {
    const store = (0,store_inputs/* readStoreInputs */.d)(env);
    const signingKey = (0,signing_key/* readSigningKey */.jy)(env);
    const flow = (0,names/* checkName */.I3)('flow', (0,input_reader/* requiredInput */.YF)('flow', 'the flow of the config the trail belongs to, e.g. `flow: payment-service`'));
    const given = (0,input_reader/* optionalInput */.$m)('commit') ?? env.sha;
    if (given === undefined)
        throw (0,errors/* badInput */.AN)('no commit: give the `commit` input (40 hex; GITHUB_SHA, its default, is not set outside a workflow run).');
    const commit = (0,names/* checkCommit */.su)(given);
    return {
        ...store,
        flow,
        trail: (0,shared_inputs/* checkTrail */.H)((0,input_reader/* optionalInput */.$m)('trail') ?? commit),
        commit,
        gitBranch: (0,input_reader/* optionalInput */.$m)('git-branch') ?? (0,runner_env/* gitBranch */.bC)(env),
        description: (0,input_reader/* optionalInput */.$m)('description'),
        artifact: readArtifactToRecord(),
        signingKey,
    };
}
function readArtifactToRecord() {
    const artifact = (0,shared_inputs/* readArtifactInput */.r)();
    const name = (0,input_reader/* optionalInput */.$m)('artifact-name');
    if (artifact === undefined) {
        if (name !== undefined)
            throw (0,errors/* badInput */.AN)('`artifact-name` is given without the artifact: add `artifact` (its sha256 digest) or `artifact-file`.');
        return undefined;
    }
    if (name === undefined)
        throw (0,errors/* badInput */.AN)('an artifact needs a name: add `artifact-name`, e.g. the image repository ghcr.io/acme/app.');
    return { artifact, name, tag: (0,input_reader/* optionalInput */.$m)('artifact-tag'), registry: (0,input_reader/* optionalInput */.$m)('artifact-registry') };
}

// EXTERNAL MODULE: ./src/action/record/idempotency-key.ts
var idempotency_key = __webpack_require__(2233);
// EXTERNAL MODULE: ./src/action/record/start-trail.ts
var start_trail = __webpack_require__(7175);
// EXTERNAL MODULE: ./src/action/record/step-outputs.ts
var step_outputs = __webpack_require__(8689);
// EXTERNAL MODULE: ./src/action/report/job-summary.ts
var job_summary = __webpack_require__(8403);
// EXTERNAL MODULE: ./src/core/report/breakdown/index.ts + 17 modules
var breakdown = __webpack_require__(9984);
// EXTERNAL MODULE: ./src/action/report/trail-summary.ts
var trail_summary = __webpack_require__(2640);
;// CONCATENATED MODULE: ./src/action/commands/begin.ts















/**
 * The begin step: starts a trail for the commit (nothing new when it was started for the same
 * commit) and records the artifact it builds, both in one signed commit.
 */
async function begin(session) {
    const { env } = session;
    const inputs = readBeginInputs(env);
    const signer = (0,signing_key/* signerFrom */.Hc)(inputs.signingKey);
    const config = await session.config(inputs, false);
    (0,signing_key/* checkSigningKey */.JY)(signer, config.trust.signers, inputs.configPath);
    const flow = session.flow(config, inputs.flow, inputs.configPath);
    const digest = inputs.artifact === undefined ? undefined : await (0,artifact_digest/* artifactDigest */.F)(inputs.artifact.artifact, env.workspace);
    const facts = (0,open_store/* factsLocation */.z)(inputs, config);
    const store = (0,open_store/* openStore */.C)(session.github(inputs), facts, env, signer);
    const existing = (0,start_trail/* startedTrail */.Qg)(await store.readTrail(flow.name, inputs.trail));
    if (existing !== undefined)
        (0,start_trail/* checkSameCommit */.Kg)(existing, inputs.commit);
    const context = (0,run_context/* runContext */.p)(env, await (0,fetch_oidc_claims/* fetchOidcClaims */.z)(env));
    const actor = env.actor ?? 'github-actions';
    const ts = session.now().toISOString();
    const toWrite = [];
    if (existing === undefined) {
        const author = (0,change_author/* changeAuthor */.i)(process.env.GITHUB_EVENT_PATH, env.actor);
        toWrite.push((0,start_trail/* trailFact */.vZ)({ flow: flow.name, trail: inputs.trail, commit: inputs.commit, gitBranch: inputs.gitBranch, author, actor, ts, context }));
    }
    if (inputs.artifact !== undefined && digest !== undefined) {
        const { name, tag, registry } = inputs.artifact;
        const idempotencyKey = (0,idempotency_key/* stepKey */.U)(env, { flow: flow.name, trail: inputs.trail, what: 'artifact', content: { digest, name, tag, registry } });
        toWrite.push((0,fact_id/* makeFact */.lO)({
            kind: 'artifact',
            flow: flow.name,
            trail: inputs.trail,
            artifact: digest,
            name,
            actor,
            ts,
            context,
            ...(tag !== undefined ? { tag } : {}),
            ...(registry !== undefined ? { registry } : {}),
            ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
        }));
    }
    const result = toWrite.length === 0 ? undefined : await store.append({ facts: toWrite, message: `begin ${flow.name}/${inputs.trail}` });
    const factsCommit = result?.commit ?? (await store.tip());
    (0,step_outputs/* setOutputs */.n)({ trail: inputs.trail, 'facts-commit': factsCommit, artifact: digest });
    const after = await store.readTrail(flow.name, inputs.trail, factsCommit === undefined ? undefined : { at: factsCommit });
    const links = (0,breakdown/* factsLinks */.$h)(env.serverUrl, facts, factsCommit);
    const { markdown } = (0,trail_summary/* trailSummary */.R)({ config, flow, trail: inputs.trail, facts: after, policyEvaluator: session.policyEvaluator(), links, now: session.now() });
    await (0,job_summary/* writeJobSummary */.j)(markdown);
    const wrote = result?.written.length ?? 0;
    core/* info */.pq(wrote > 0
        ? `factstore: trail ${inputs.trail} of flow ${flow.name}: ${wrote} fact${wrote === 1 ? '' : 's'} recorded in ${facts.owner}/${facts.repo}@${facts.branch} (${factsCommit ?? ''}).`
        : `factstore: trail ${inputs.trail} of flow ${flow.name} was already started for this commit; nothing new was written.`);
}


/***/ }),

/***/ 7777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ changeAuthor)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The change's author, as GitHub authenticated them: the pull request's author on pull request
 * events, else who pushed (the event's pusher, else GITHUB_ACTOR). A trail records it when it
 * begins, so an approval by the same login never counts (approval.forbid_self).
 */
function changeAuthor(eventPath, actor) {
    let event = {};
    try {
        if (eventPath !== undefined && eventPath !== '')
            event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8'));
    }
    catch {
        // no payload: the actor is all there is
    }
    const candidates = [event.pull_request?.user?.login, event.pusher?.name, actor];
    return candidates.find((c) => typeof c === 'string' && c !== '');
}


/***/ }),

/***/ 3372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ fetchOidcClaims)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/action/env/oidc-claims.ts

/** The audience the token is requested for, so it is useless to any other service. */
const OIDC_AUDIENCE = 'factstore';
/**
 * The claims of a JWT's payload (its middle part, base64url JSON). The signature is not checked:
 * the token comes straight from the runner's token service over its authenticated channel, and only
 * the claims are kept, never the token.
 */
function decodeClaims(token) {
    const payload = token.split('.')[1];
    let claims;
    try {
        claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    }
    catch (e) {
        throw new errors/* FactstoreError */.ST('INTERNAL', 'factstore: the OIDC token of the run has no readable claims: re-run the job; if it persists, remove `id-token: write` to record facts without them.', { cause: e });
    }
    if (typeof claims !== 'object' || claims === null) {
        throw new errors/* FactstoreError */.ST('INTERNAL', 'factstore: the OIDC token of the run has no claims object: re-run the job; if it persists, remove `id-token: write` to record facts without them.');
    }
    const text = (key) => {
        const v = claims[key];
        return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
    };
    const out = {};
    const issuer = text('iss');
    const jobWorkflowRef = text('job_workflow_ref');
    const repositoryId = text('repository_id');
    const runId = text('run_id');
    if (issuer !== undefined)
        out.issuer = issuer;
    if (jobWorkflowRef !== undefined)
        out.jobWorkflowRef = jobWorkflowRef;
    if (repositoryId !== undefined)
        out.repositoryId = repositoryId;
    if (runId !== undefined)
        out.runId = runId;
    return out;
}

;// CONCATENATED MODULE: ./src/action/env/fetch-oidc-claims.ts



/**
 * The run's OIDC claims when the job has `id-token: write`, else undefined. The token is masked
 * (getIDToken registers it) and dropped here: only its claims leave this function.
 */
async function fetchOidcClaims(env) {
    if (!env.oidcAvailable)
        return undefined;
    let token;
    try {
        token = await core/* getIDToken */.V9(OIDC_AUDIENCE);
    }
    catch (e) {
        throw new errors/* FactstoreError */.ST('CONFIG', `factstore: the job may mint an OIDC token (id-token: write) but the token service refused it (${e instanceof Error ? e.message.replace(/\s+/g, ' ') : String(e)}): re-run the job, or remove \`id-token: write\` to record facts without provenance claims.`, { cause: e });
    }
    core/* setSecret */.Pq(token);
    return decodeClaims(token);
}


/***/ }),

/***/ 8073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ runContext)
/* harmony export */ });
/**
 * Where a fact was recorded from, for the `context` field: the run's identity from the runner's
 * environment and, when the job may mint one, the OIDC token's claims (which GitHub signs, unlike
 * the environment). Absent values are left out.
 */
function runContext(env, claims) {
    const context = {};
    const put = (key, value) => {
        if (value !== undefined && value !== '')
            context[key] = value.slice(0, 4096);
    };
    put('repository', env.repository);
    put('workflow', env.workflow);
    put('job', env.job);
    put('runId', env.runId);
    put('runAttempt', env.runAttempt);
    put('ref', env.ref);
    put('sha', env.sha);
    put('actor', env.actor);
    put('event', env.event);
    put('serverUrl', env.serverUrl);
    if (claims !== undefined) {
        put('oidcIssuer', claims.issuer);
        put('jobWorkflowRef', claims.jobWorkflowRef);
        put('repositoryId', claims.repositoryId);
        put('oidcRunId', claims.runId);
    }
    return context;
}


/***/ }),

/***/ 2864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ readRunnerEnv),
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   bC: () => (/* binding */ gitBranch)
/* harmony export */ });
function readRunnerEnv(env, cwd) {
    const get = (name) => {
        const v = env[name]?.trim();
        return v === undefined || v === '' ? undefined : v;
    };
    return {
        workspace: get('GITHUB_WORKSPACE') ?? cwd,
        repository: get('GITHUB_REPOSITORY'),
        repositoryId: get('GITHUB_REPOSITORY_ID'),
        workflow: get('GITHUB_WORKFLOW'),
        job: get('GITHUB_JOB'),
        runId: get('GITHUB_RUN_ID'),
        runAttempt: get('GITHUB_RUN_ATTEMPT'),
        ref: get('GITHUB_REF'),
        refName: get('GITHUB_REF_NAME'),
        refType: get('GITHUB_REF_TYPE'),
        headRef: get('GITHUB_HEAD_REF'),
        baseRef: get('GITHUB_BASE_REF'),
        sha: get('GITHUB_SHA'),
        actor: get('GITHUB_ACTOR'),
        actorId: get('GITHUB_ACTOR_ID'),
        event: get('GITHUB_EVENT_NAME'),
        serverUrl: (get('GITHUB_SERVER_URL') ?? 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (get('GITHUB_API_URL') ?? 'https://api.github.com').replace(/\/+$/, ''),
        oidcAvailable: get('ACTIONS_ID_TOKEN_REQUEST_URL') !== undefined && get('ACTIONS_ID_TOKEN_REQUEST_TOKEN') !== undefined,
        signingKeyEnv: get('FACTSTORE_SIGNING_KEY'),
    };
}
/** The run's page, the default evidence link; undefined outside a workflow run. */
function runUrl(env) {
    if (env.repository === undefined || env.runId === undefined)
        return undefined;
    const attempt = env.runAttempt !== undefined && env.runAttempt !== '1' ? `/attempts/${env.runAttempt}` : '';
    return `${env.serverUrl}/${env.repository}/actions/runs/${env.runId}${attempt}`;
}
/** The git branch being built: the head branch of a pull request, else the pushed branch. */
function gitBranch(env) {
    if (env.headRef !== undefined)
        return env.headRef;
    return env.refType === 'branch' ? env.refName : undefined;
}


/***/ }),

/***/ 3566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ ACTION_INPUT_NAMES)
/* harmony export */ });
/** The Action's `with:` keys, as the shared evidence and status errors name them. */
const ACTION_INPUT_NAMES = {
    evidence: '`evidence:`',
    format: '`format:`',
    status: '`status:`',
    overrideReason: '`override-reason:`',
    file: '`artifact-file:`',
    help: 'See the inputs of the factstore action (action.yml).',
};


/***/ }),

/***/ 4026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ artifactDigest)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/evidence/files/input-names.ts
var input_names = __webpack_require__(3408);
;// CONCATENATED MODULE: ./src/core/evidence/files/fingerprint.ts






/** How a directory is digested; shown by `artifacts create --help` and the Action's docs. */
const DIRECTORY_RULE = (/* unused pure expression or super */ null && (`A file's digest is the sha256 of its bytes (the same as sha256sum).
A directory's digest is the sha256 of a manifest with one line per file below it,
"<relative path>\\0<sha256 hex of the file>\\n", paths with '/' separators, sorted bytewise.
Symbolic links inside it are not followed: a link counts as a file whose bytes are its target path.
Empty directories add nothing.`));
async function fingerprintPath(target, names = input_names/* CLI_INPUT_NAMES */.j) {
    let info;
    try {
        info = await (0,promises_.stat)(target);
    }
    catch (e) {
        throw (0,errors/* badInput */.AN)(`cannot read ${target} (${e.code ?? String(e)}): check the path given to ${names.file}.`, e);
    }
    if (info.isFile())
        return { digest: `sha256:${await hashFile(target)}`, kind: 'file' };
    if (!info.isDirectory())
        throw (0,errors/* badInput */.AN)(`${target} is neither a file nor a directory: give ${names.file} a build output.`);
    const entries = [];
    await walk(target, '', entries);
    entries.sort((a, b) => Buffer.compare(a.rel, b.rel));
    const manifest = (0,external_node_crypto_.createHash)('sha256');
    for (const e of entries)
        manifest.update(Buffer.concat([e.rel, Buffer.from(`\0${e.hex}\n`)]));
    return { digest: `sha256:${manifest.digest('hex')}`, kind: 'directory', entries: entries.length };
}
async function walk(root, rel, out) {
    for (const entry of await (0,promises_.readdir)(external_node_path_default().join(root, rel), { withFileTypes: true })) {
        const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
        const full = external_node_path_default().join(root, childRel);
        if (entry.isSymbolicLink()) {
            out.push({ rel: Buffer.from(childRel), hex: (0,external_node_crypto_.createHash)('sha256').update(await (0,promises_.readlink)(full)).digest('hex') });
        }
        else if (entry.isDirectory()) {
            await walk(root, childRel, out);
        }
        else if (entry.isFile()) {
            out.push({ rel: Buffer.from(childRel), hex: await hashFile(full) });
        }
        else {
            const kind = (await (0,promises_.lstat)(full)).isFIFO() ? 'a named pipe' : 'a special file';
            throw (0,errors/* badInput */.AN)(`${full} is ${kind}: a fingerprinted directory may hold only files, directories and links.`);
        }
    }
}
function hashFile(file) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        (0,external_node_fs_.createReadStream)(file)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}

// EXTERNAL MODULE: ./src/action/inputs/action-input-names.ts
var action_input_names = __webpack_require__(3566);
;// CONCATENATED MODULE: ./src/action/inputs/artifact-digest.ts



/** The digest given, or the fingerprint of the file or directory named (relative to the workspace). */
async function artifactDigest(artifact, workspace) {
    if (artifact === undefined)
        return undefined;
    if ('digest' in artifact)
        return artifact.digest;
    return (await fingerprintPath(external_node_path_default().resolve(workspace, artifact.file), action_input_names/* ACTION_INPUT_NAMES */.f)).digest;
}


/***/ }),

/***/ 2271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ checkTrail),
/* harmony export */   r: () => (/* binding */ readArtifactInput)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_model_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1837);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7916);



/** The `artifact` (digest) or `artifact-file` input; at most one of them. */
function readArtifactInput() {
    const digest = (0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInput */ .$m)('artifact');
    const file = (0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInput */ .$m)('artifact-file');
    if (digest !== undefined && file !== undefined) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)('give either `artifact` (a sha256 digest) or `artifact-file` (a file or directory to fingerprint), not both.');
    }
    if (digest !== undefined)
        return { digest: (0,_core_model_names_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeDigest */ .Gc)(digest) };
    return file === undefined ? undefined : { file };
}
/** The trail name: the `trail` input, else the commit being built. */
function checkTrail(trail) {
    if (trail === undefined) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)('no trail: give the `trail` input (GITHUB_SHA, its default, is not set outside a workflow run).');
    }
    return (0,_core_model_names_js__WEBPACK_IMPORTED_MODULE_1__/* .checkName */ .I3)('trail', trail);
}


/***/ }),

/***/ 2233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ trailKey),
/* harmony export */   U: () => (/* binding */ stepKey)
/* harmony export */ });
/* harmony import */ var _core_model_fact_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9361);

/**
 * The key that makes a re-run of the same step in the same run attempt record nothing new: the
 * run, its attempt, the job, the flow, trail and type, plus a digest of what is recorded. The
 * digest tells apart the legs of a matrix job, which share the run, attempt and job id but attest
 * their own evidence. Undefined outside a workflow run (every run then records its fact).
 */
function stepKey(env, fact) {
    if (env.runId === undefined || env.job === undefined)
        return undefined;
    const digest = (0,_core_model_fact_id_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)((0,_core_model_fact_id_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(fact.content)).slice(0, 16);
    const attempt = env.runAttempt ?? '1';
    return `github-actions:${env.repository ?? ''}:run/${env.runId}/attempt/${attempt}/job/${env.job}/${fact.flow}/${fact.trail}/${fact.what}/${digest}`.slice(0, 1024);
}
/** One key per trail: steps that start the same trail at once write one trail fact, not one each. */
function trailKey(flow, trail) {
    return `trail-started:${flow}/${trail}`;
}


/***/ }),

/***/ 7175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ checkSameCommit),
/* harmony export */   Qg: () => (/* binding */ startedTrail),
/* harmony export */   vZ: () => (/* binding */ trailFact)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_model_fact_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9361);
/* harmony import */ var _idempotency_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2233);



/** The trail fact among the trail's facts, if the trail was started. */
function startedTrail(facts) {
    return facts.find((f) => f.kind === 'trail');
}
/**
 * The fact that starts a trail. Its id comes from the flow and trail alone, so jobs that start the
 * same trail at once (an attest step on a trail nobody began) land one trail fact between them.
 */
function trailFact(start) {
    return (0,_core_model_fact_id_js__WEBPACK_IMPORTED_MODULE_1__/* .makeFact */ .lO)({
        kind: 'trail',
        flow: start.flow,
        trail: start.trail,
        actor: start.actor,
        ts: start.ts,
        idempotencyKey: (0,_idempotency_key_js__WEBPACK_IMPORTED_MODULE_2__/* .trailKey */ .I)(start.flow, start.trail),
        context: start.context,
        ...(start.commit !== undefined ? { commit: start.commit } : {}),
        ...(start.gitBranch !== undefined ? { gitBranch: start.gitBranch } : {}),
        ...(start.author !== undefined ? { author: start.author } : {}),
    });
}
/** A trail already started for another commit cannot be started again for this one. */
function checkSameCommit(existing, commit) {
    if (commit === undefined || existing.commit === undefined || existing.commit === commit)
        return;
    throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`trail ${existing.trail} of flow ${existing.flow} was already started for commit ${existing.commit}: give another \`trail\` for commit ${commit}.`);
}


/***/ }),

/***/ 2640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ trailSummary)
/* harmony export */ });
/* harmony import */ var _core_evaluate_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4978);
/* harmony import */ var _core_report_breakdown_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9984);


/** The trail's compliance breakdown as the job summary shows it (worded for GitHub). */
function trailSummary(input) {
    const { config, flow, trail, facts } = input;
    const evaluation = (0,_core_evaluate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateTrail */ .AG)({ flow, trail, facts, policies: config.policies, policyEvaluator: input.policyEvaluator });
    const breakdown = (0,_core_report_breakdown_index_js__WEBPACK_IMPORTED_MODULE_1__/* .buildBreakdown */ .AO)({
        flows: [{ flow, evaluation, details: evaluation.details }],
        audience: 'github',
        types: config.types,
        now: input.now,
        ...(input.links !== undefined ? { links: input.links } : {}),
    });
    return { evaluation, markdown: (0,_core_report_breakdown_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderBreakdownMarkdown */ .DZ)(breakdown) };
}


/***/ }),

/***/ 4978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fp: () => (/* reexport */ assertArtifact),
  AG: () => (/* reexport */ evaluate_trail/* evaluateTrail */.A)
});

// UNUSED EXPORTS: NO_POLICY_ENGINE, buildTrailDocument, gateCommit

// EXTERNAL MODULE: ./src/core/evaluate/evaluate-trail.ts + 5 modules
var evaluate_trail = __webpack_require__(8349);
// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(1837);
// EXTERNAL MODULE: ./src/core/evaluate/best-trail.ts
var best_trail = __webpack_require__(152);
;// CONCATENATED MODULE: ./src/core/evaluate/assert-artifact.ts



/**
 * DESIGN §4 `assert(digest, flow)`: every trail of the flow that recorded the digest is
 * evaluated for that digest; COMPLIANT if any is, otherwise the breakdown of the best trail.
 */
async function assertArtifact(input) {
    const { store, flow } = input;
    const digest = (0,names/* normalizeDigest */.Gc)(input.digest);
    const refs = (await store.trailsForArtifact(digest)).filter((ref) => ref.flow === flow.name);
    const trails = [...new Set(refs.map((ref) => ref.trail))];
    const evaluations = await Promise.all(trails.map(async (trail) => (0,evaluate_trail/* evaluateTrail */.A)({
        flow,
        trail,
        facts: await store.readTrail(flow.name, trail),
        artifact: digest,
        ...optional(input),
    })));
    const best = (0,best_trail/* pickBest */.Mc)(evaluations);
    return best === undefined ? unknownDigest(flow, digest) : toAssertResult(digest, best, trails.length);
}
function optional(input) {
    const { policies, policyEvaluator, isTeamMember } = input;
    return {
        ...(policies !== undefined ? { policies } : {}),
        ...(policyEvaluator !== undefined ? { policyEvaluator } : {}),
        ...(isTeamMember !== undefined ? { isTeamMember } : {}),
    };
}
function toAssertResult(digest, evaluation, trailsConsidered) {
    const { approval } = evaluation;
    return {
        sha256Digest: digest,
        flow: evaluation.flow,
        status: evaluation.status,
        trail: evaluation.trail,
        missingAttestationTypes: [...evaluation.missing],
        failedAttestationTypes: [...evaluation.failed],
        approval: { required: approval.required, granted: approval.granted, min: approval.min },
        policyViolations: evaluation.policyViolations.map((v) => `${v.policy}: ${v.reasons.join('; ')}`),
        details: evaluation.details,
        trailsConsidered,
        evaluation,
    };
}
function unknownDigest(flow, digest) {
    return {
        sha256Digest: digest,
        flow: flow.name,
        status: 'NON_COMPLIANT',
        trail: null,
        missingAttestationTypes: [...new Set(flow.require)],
        failedAttestationTypes: [],
        approval: { required: flow.approval?.required ?? false, granted: 0, min: flow.approval?.min ?? 0 },
        policyViolations: [],
        details: `artifact ${digest} not found in flow ${flow.name}: record it with \`factstore artifacts create\``,
        trailsConsidered: 0,
    };
}

// EXTERNAL MODULE: ./src/core/evaluate/gate-commit.ts + 2 modules
var gate_commit = __webpack_require__(3252);
;// CONCATENATED MODULE: ./src/core/evaluate/index.ts







/***/ }),

/***/ 3408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ CLI_INPUT_NAMES)
/* harmony export */ });
const CLI_INPUT_NAMES = {
    evidence: '--evidence',
    format: '--format',
    status: '--status',
    overrideReason: '--override-reason',
    file: '--file',
    help: 'See factstore attest --help.',
};


/***/ })

};
