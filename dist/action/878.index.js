export const id = 878;
export const ids = [878];
export const modules = {

/***/ 7878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assert: () => (/* binding */ assert)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/evaluate/index.ts + 14 modules
var evaluate = __webpack_require__(5442);
// EXTERNAL MODULE: ./src/core/report/breakdown/index.ts + 15 modules
var report_breakdown = __webpack_require__(9385);
// EXTERNAL MODULE: ./src/core/schema/index.ts
var schema = __webpack_require__(1487);
// EXTERNAL MODULE: ./src/action/github/open-store.ts + 19 modules
var open_store = __webpack_require__(9668);
// EXTERNAL MODULE: ./src/action/inputs/artifact-digest.ts + 1 modules
var artifact_digest = __webpack_require__(4026);
// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(1837);
// EXTERNAL MODULE: ./src/action/inputs/input-reader.ts
var input_reader = __webpack_require__(7916);
// EXTERNAL MODULE: ./src/action/inputs/store-inputs.ts
var store_inputs = __webpack_require__(7229);
// EXTERNAL MODULE: ./src/action/inputs/config-token.ts
var config_token = __webpack_require__(8698);
;// CONCATENATED MODULE: ./src/action/inputs/assert-inputs.ts





/** The assert step's inputs: the flow, and the artifact as `sha256` or `artifact-file`. */
function readAssertInputs(env) {
    const store = (0,store_inputs/* readStoreInputs */.d)(env);
    const flow = (0,names/* checkName */.I3)('flow', (0,input_reader/* requiredInput */.YF)('flow', 'the flow to assert the artifact against, e.g. `flow: payment-service`'));
    const digest = (0,input_reader/* optionalInput */.$m)('sha256');
    const file = (0,input_reader/* optionalInput */.$m)('artifact-file');
    if ((digest === undefined) === (file === undefined)) {
        throw (0,errors/* badInput */.AN)('give exactly one of `sha256` (the artifact digest, sha256:<64 hex>) or `artifact-file` (a file or directory to fingerprint).');
    }
    return { ...store, ...(0,config_token/* readConfigToken */.u)(store), flow, artifact: digest !== undefined ? { digest: (0,names/* normalizeDigest */.Gc)(digest) } : { file: file ?? '' } };
}

// EXTERNAL MODULE: ./src/action/record/step-outputs.ts
var step_outputs = __webpack_require__(8689);
// EXTERNAL MODULE: ./src/action/report/deciding-config.ts
var deciding_config = __webpack_require__(7449);
// EXTERNAL MODULE: ./src/action/report/job-summary.ts
var job_summary = __webpack_require__(8403);
;// CONCATENATED MODULE: ./src/action/commands/assert.ts












/**
 * The assert step: is the artifact compliant with the flow? The same engine and the same JSON as
 * `factstore assert --json`; the step fails unless COMPLIANT, after writing its outputs and summary.
 * The flow, the trusted signers and the facts location come from the default branch's config.
 */
async function assert(session) {
    const { env } = session;
    const inputs = readAssertInputs(env);
    const deciding = await session.decidingConfig(inputs);
    const { config } = deciding;
    const flow = session.flow(config, inputs.flow, inputs.configPath);
    const digest = (await (0,artifact_digest/* artifactDigest */.F)(inputs.artifact, env.workspace)) ?? '';
    const facts = (0,open_store/* factsLocation */.z)(inputs, config);
    const store = (0,open_store/* openStore */.C)(session.github(inputs), facts, env);
    // every read at one tip: consistent while other jobs write, and one tip request instead of one per read
    const tip = await store.tip();
    const at = tip === undefined ? undefined : { at: tip };
    const reads = { trailsForArtifact: (d) => store.trailsForArtifact(d, at), readTrail: (f, t) => store.readTrail(f, t, at) };
    const result = await (0,evaluate/* assertArtifact */.fp)({ store: reads, flow, digest, policies: config.policies, policyEvaluator: session.policyEvaluator() });
    const document = JSON.parse(JSON.stringify(result));
    const checked = (0,schema/* validate */.tf)('cli/assert', document);
    if (!checked.ok) {
        throw new errors/* FactstoreError */.ST('INTERNAL', `the assert result does not match schemas/cli/assert.schema.json (a factstore bug; please report it):\n${(0,schema/* renderErrors */.a$)(checked.errors)}`);
    }
    const json = JSON.stringify(document);
    (0,step_outputs/* setOutputs */.n)({ status: result.status, result: json });
    core/* info */.pq(JSON.stringify(document, null, 2));
    const breakdown = (0,report_breakdown/* breakdownFromAssert */.uH)(result, flow, { audience: 'github', links: (0,report_breakdown/* factsLinks */.$h)(env.serverUrl, facts, tip), types: config.types, now: session.now() });
    await (0,job_summary/* writeJobSummary */.j)((0,report_breakdown/* renderBreakdownMarkdown */.DZ)(breakdown) + (0,deciding_config/* reportDecidingConfig */.q)(deciding, env.serverUrl));
    if (result.status !== 'COMPLIANT') {
        core/* setFailed */.C1(`factstore: ${digest} is ${result.status} for flow ${flow.name}: ${result.details}`);
    }
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

/***/ 8698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ readConfigToken)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7911);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7916);


/**
 * `config-token` (default the workflow's github.token), else `token`: the facts `token` may be
 * scoped to a facts repository elsewhere, while the config lives in the workflow's repository.
 */
function readConfigToken(store) {
    const given = (0,_input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalInput */ .$m)('config-token');
    if (given !== undefined) {
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$)(given);
        return { configToken: given, configTokenInput: 'config-token' };
    }
    return { configToken: store.token, configTokenInput: 'token' };
}


/***/ }),

/***/ 7449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ reportDecidingConfig)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);

/**
 * Says which config decided, in the log and as a line for the job summary: the default branch's
 * file at the commit it was read, so the decision can be replayed on exactly that config.
 */
function reportDecidingConfig(config, serverUrl) {
    const repo = `${config.repository.owner}/${config.repository.repo}`;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`factstore: decided by ${config.path} of ${repo} at commit ${config.commit}, the tip of the default branch ${config.branch} (the workspace's copy is not read).`);
    if (config.workspaceDiffers) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`factstore: ${config.path} in the workspace differs from the default branch's (${config.branch}, commit ${config.commit.slice(0, 12)}): ` +
            'this step decides by the default branch\'s, so a change to the config counts once it is merged there.');
    }
    const file = `[\`${config.path}\`](${serverUrl}/${repo}/blob/${config.commit}/${config.path})`;
    const commit = `[\`${config.commit.slice(0, 7)}\`](${serverUrl}/${repo}/commit/${config.commit})`;
    return `\n\nDecided by ${file} of the default branch \`${config.branch}\` at commit ${commit}.\n`;
}


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
