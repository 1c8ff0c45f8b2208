export const id = 170;
export const ids = [170];
export const modules = {

/***/ 77170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  begin: () => (/* binding */ begin)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/action/env/change-author.ts
var change_author = __webpack_require__(57777);
// EXTERNAL MODULE: ./src/core/model/fact-id.ts
var fact_id = __webpack_require__(79361);
// EXTERNAL MODULE: ./src/action/env/fetch-oidc-claims.ts + 1 modules
var fetch_oidc_claims = __webpack_require__(43372);
// EXTERNAL MODULE: ./src/action/env/run-context.ts
var run_context = __webpack_require__(18073);
// EXTERNAL MODULE: ./src/action/github/open-store.ts + 16 modules
var open_store = __webpack_require__(64032);
// EXTERNAL MODULE: ./src/action/inputs/artifact-digest.ts
var artifact_digest = __webpack_require__(45067);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(71837);
// EXTERNAL MODULE: ./src/action/env/runner-env.ts
var runner_env = __webpack_require__(92864);
// EXTERNAL MODULE: ./src/action/inputs/input-reader.ts
var input_reader = __webpack_require__(97916);
// EXTERNAL MODULE: ./src/action/inputs/shared-inputs.ts
var shared_inputs = __webpack_require__(92271);
// EXTERNAL MODULE: ./src/action/inputs/signing-key.ts + 2 modules
var signing_key = __webpack_require__(90690);
// EXTERNAL MODULE: ./src/action/inputs/store-inputs.ts
var store_inputs = __webpack_require__(37229);
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
var idempotency_key = __webpack_require__(92233);
// EXTERNAL MODULE: ./src/action/record/start-trail.ts
var start_trail = __webpack_require__(37175);
// EXTERNAL MODULE: ./src/action/record/step-outputs.ts
var step_outputs = __webpack_require__(88689);
// EXTERNAL MODULE: ./src/action/report/job-summary.ts
var job_summary = __webpack_require__(88403);
// EXTERNAL MODULE: ./src/core/report/breakdown/index.ts + 15 modules
var breakdown = __webpack_require__(99856);
// EXTERNAL MODULE: ./src/action/report/trail-summary.ts
var trail_summary = __webpack_require__(32640);
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


/***/ })

};
