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
// EXTERNAL MODULE: ./src/core/evaluate/index.ts + 1 modules
var evaluate = __webpack_require__(4978);
// EXTERNAL MODULE: ./src/core/report/breakdown/index.ts + 17 modules
var report_breakdown = __webpack_require__(9984);
// EXTERNAL MODULE: ./src/core/trust/trusted-facts.ts + 5 modules
var trusted_facts = __webpack_require__(7401);
// EXTERNAL MODULE: ./src/action/github/high-water.ts + 2 modules
var high_water = __webpack_require__(2947);
// EXTERNAL MODULE: ./src/action/github/trust-root.ts
var trust_root = __webpack_require__(487);
// EXTERNAL MODULE: ./src/core/schema/index.ts
var schema = __webpack_require__(1487);
// EXTERNAL MODULE: ./src/action/github/open-store.ts + 16 modules
var open_store = __webpack_require__(4032);
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
// EXTERNAL MODULE: ./src/action/inputs/high-water-inputs.ts
var high_water_inputs = __webpack_require__(8954);
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
    return {
        ...store,
        ...(0,config_token/* readConfigToken */.u)(store),
        flow,
        artifact: digest !== undefined ? { digest: (0,names/* normalizeDigest */.Gc)(digest) } : { file: file ?? '' },
        highWaterAppId: (0,high_water_inputs/* readHighWaterAppId */.u)(),
    };
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
    const request = session.github(inputs);
    const store = (0,open_store/* openStore */.C)(request, facts, env);
    // every read at one tip, and only facts that trusted keys appended on an unbroken history (the
    // workflow gate's high-water mark, read when the job may: assert never writes it)
    const trusted = await trusted_facts/* TrustedFacts */.$.open({ store, signers: config.trust.signers, highWater: (0,high_water/* workflowGateState */.Q)(request, facts, inputs.highWaterAppId).readOnlyHighWaterMark() });
    const tip = trusted.factsCommit;
    const evaluated = await (0,evaluate/* assertArtifact */.fp)({ store: trusted, flow, digest, policies: config.policies, policyEvaluator: session.policyEvaluator() });
    const result = { ...evaluated, trust: { ...(await trusted.report()), config: (0,trust_root/* trustRoot */.z)(deciding) } };
    const document = JSON.parse(JSON.stringify(result));
    const checked = (0,schema/* validate */.tf)('cli/assert', document);
    if (!checked.ok) {
        throw new errors/* FactstoreError */.ST('INTERNAL', `the assert result does not match schemas/cli/assert.schema.json (a factstore bug; please report it):\n${(0,schema/* renderErrors */.a$)(checked.errors)}`);
    }
    const json = JSON.stringify(document);
    (0,step_outputs/* setOutputs */.n)({ status: result.status, result: json });
    core/* info */.pq(JSON.stringify(document, null, 2));
    const trust = (0,report_breakdown/* breakdownTrust */.k4)(result.trust);
    const breakdown = (0,report_breakdown/* breakdownFromAssert */.uH)(result, flow, { audience: 'github', links: (0,report_breakdown/* factsLinks */.$h)(env.serverUrl, facts, tip), types: config.types, now: session.now(), ...(trust !== undefined ? { trust } : {}) });
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
