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
// EXTERNAL MODULE: ./src/core/evaluate/index.ts + 10 modules
var evaluate = __webpack_require__(6905);
// EXTERNAL MODULE: ./src/core/report/breakdown/index.ts + 13 modules
var report_breakdown = __webpack_require__(1545);
// EXTERNAL MODULE: ./src/core/schema/index.ts
var schema = __webpack_require__(1487);
// EXTERNAL MODULE: ./src/action/github/open-store.ts + 16 modules
var open_store = __webpack_require__(3740);
// EXTERNAL MODULE: ./src/action/inputs/artifact-digest.ts + 1 modules
var artifact_digest = __webpack_require__(4026);
// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(1837);
// EXTERNAL MODULE: ./src/action/inputs/input-reader.ts
var input_reader = __webpack_require__(7916);
// EXTERNAL MODULE: ./src/action/inputs/store-inputs.ts
var store_inputs = __webpack_require__(7229);
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
    return { ...store, flow, artifact: digest !== undefined ? { digest: (0,names/* normalizeDigest */.Gc)(digest) } : { file: file ?? '' } };
}

// EXTERNAL MODULE: ./src/action/record/step-outputs.ts
var step_outputs = __webpack_require__(8689);
// EXTERNAL MODULE: ./src/action/report/job-summary.ts
var job_summary = __webpack_require__(8403);
// EXTERNAL MODULE: ./src/action/report/links.ts
var links = __webpack_require__(4124);
;// CONCATENATED MODULE: ./src/action/commands/assert.ts











/**
 * The assert step: is the artifact compliant with the flow? The same engine and the same JSON as
 * `factstore assert --json`; the step fails unless COMPLIANT, after writing its outputs and summary.
 */
async function assert(session) {
    const { env } = session;
    const inputs = readAssertInputs(env);
    const config = await session.config(inputs, false);
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
    const breakdown = (0,report_breakdown/* breakdownFromAssert */.uH)(result, flow, { audience: 'github', links: (0,links/* factsLinks */.$)(env.serverUrl, facts, tip), types: config.types, now: session.now() });
    await (0,job_summary/* writeJobSummary */.j)((0,report_breakdown/* renderBreakdownMarkdown */.DZ)(breakdown));
    if (result.status !== 'COMPLIANT') {
        core/* setFailed */.C1(`factstore: ${digest} is ${result.status} for flow ${flow.name}: ${result.details}`);
    }
}


/***/ })

};
