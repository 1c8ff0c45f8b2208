export const id = 878;
export const ids = [878];
export const modules = {

/***/ 67878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assert: () => (/* binding */ assert)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/evaluate/index.ts
var evaluate = __webpack_require__(44483);
// EXTERNAL MODULE: ./src/core/report/breakdown/index.ts + 15 modules
var report_breakdown = __webpack_require__(99856);
// EXTERNAL MODULE: ./src/core/trust/trusted-facts.ts + 5 modules
var trusted_facts = __webpack_require__(7401);
// EXTERNAL MODULE: ./src/action/github/high-water.ts + 2 modules
var high_water = __webpack_require__(62947);
// EXTERNAL MODULE: ./src/action/github/trust-root.ts
var trust_root = __webpack_require__(60487);
// EXTERNAL MODULE: ./src/core/schema/index.ts
var schema = __webpack_require__(91487);
// EXTERNAL MODULE: ./src/action/github/open-store.ts + 16 modules
var open_store = __webpack_require__(64032);
// EXTERNAL MODULE: ./src/action/inputs/artifact-digest.ts
var artifact_digest = __webpack_require__(45067);
// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(71837);
// EXTERNAL MODULE: ./src/action/inputs/input-reader.ts
var input_reader = __webpack_require__(97916);
// EXTERNAL MODULE: ./src/action/inputs/store-inputs.ts
var store_inputs = __webpack_require__(37229);
// EXTERNAL MODULE: ./src/action/inputs/config-token.ts
var config_token = __webpack_require__(88698);
// EXTERNAL MODULE: ./src/action/inputs/high-water-inputs.ts
var high_water_inputs = __webpack_require__(88954);
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
var step_outputs = __webpack_require__(88689);
// EXTERNAL MODULE: ./src/action/report/deciding-config.ts
var deciding_config = __webpack_require__(7449);
// EXTERNAL MODULE: ./src/action/report/job-summary.ts
var job_summary = __webpack_require__(88403);
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

/***/ 60487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ trustRoot)
/* harmony export */ });
/** The trust root a step decided with, as the trust report names it: the default branch's config at its tip. */
function trustRoot(deciding) {
    return { source: 'github', path: deciding.path, commit: deciding.commit, repository: `${deciding.repository.owner}/${deciding.repository.repo}` };
}


/***/ }),

/***/ 43566:
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

/***/ 45067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ artifactDigest)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_evidence_files_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86421);
/* harmony import */ var _action_input_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43566);



/** The digest given, or the fingerprint of the file or directory named (relative to the workspace). */
async function artifactDigest(artifact, workspace) {
    if (artifact === undefined)
        return undefined;
    if ('digest' in artifact)
        return artifact.digest;
    return (await (0,_core_evidence_files_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprintPath */ .u)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, artifact.file), _action_input_names_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_INPUT_NAMES */ .f)).digest;
}


/***/ }),

/***/ 8612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ assertArtifact)
/* harmony export */ });
/* harmony import */ var _model_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71837);
/* harmony import */ var _best_trail_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(152);
/* harmony import */ var _evaluate_trail_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68349);



/**
 * DESIGN §4 `assert(digest, flow)`: every trail of the flow that recorded the digest is
 * evaluated for that digest; COMPLIANT if any is, otherwise the breakdown of the best trail.
 */
async function assertArtifact(input) {
    const { store, flow } = input;
    const digest = (0,_model_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeDigest */ .Gc)(input.digest);
    const refs = (await store.trailsForArtifact(digest)).filter((ref) => ref.flow === flow.name);
    const trails = [...new Set(refs.map((ref) => ref.trail))];
    const evaluations = await Promise.all(trails.map(async (trail) => (0,_evaluate_trail_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateTrail */ .A)({
        flow,
        trail,
        facts: await store.readTrail(flow.name, trail),
        artifact: digest,
        ...optional(input),
    })));
    const best = (0,_best_trail_js__WEBPACK_IMPORTED_MODULE_2__/* .pickBest */ .Mc)(evaluations);
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


/***/ }),

/***/ 20406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ob: () => (/* binding */ flowGatesEnvironment)
/* harmony export */ });
/* unused harmony exports flowsForEnvironment, sameEnvironment */
/**
 * DESIGN §3: whether a flow gates deployments to the GitHub environment `environment`: its
 * `environments` list is empty (every environment), names it, or names a logical environment of
 * `environments:` whose `members` include it. Logical environments group GitHub environments one
 * level deep: a member is a GitHub environment name, never another group.
 *
 * Names compare case-insensitively, as GitHub compares environment names (`Production` and
 * `production` are one environment there); it also errs on the side of gating.
 */
function flowGatesEnvironment(flow, environment, groups) {
    if (flow.environments.length === 0)
        return true;
    return flow.environments.some((listed) => sameEnvironment(listed, environment) || membersOf(groups, listed).some((m) => sameEnvironment(m, environment)));
}
/** The flows of the config that gate deployments to `environment`, in config order. */
function flowsForEnvironment(config, environment) {
    return Object.values(config.flows).filter((flow) => flowGatesEnvironment(flow, environment, config.environments));
}
function sameEnvironment(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function membersOf(groups, name) {
    return Object.entries(groups).flatMap(([group, { members }]) => (sameEnvironment(group, name) ? members : []));
}


/***/ }),

/***/ 42874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ appliesToBranches)
/* harmony export */ });
/**
 * Whether a flow applies to a commit judged for `branches` (the event's: a pull request's base, the
 * pushed branch, the deployment's ref). A flow without `branches` applies everywhere; with the
 * branches unknown, every flow applies (the gate errs on gating). Never read from a fact: a trail's
 * recorded branch is whatever its writer said.
 */
function appliesToBranches(flow, branches) {
    if (flow.branches.length === 0 || branches === undefined)
        return true;
    return branches.some((branch) => flow.branches.includes(branch.replace(/^refs\/heads\//, '')));
}


/***/ }),

/***/ 13252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ gateCommit)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(71837);
// EXTERNAL MODULE: ./src/core/evaluate/best-trail.ts
var best_trail = __webpack_require__(152);
;// CONCATENATED MODULE: ./src/core/config/parse-duration.ts

const UNIT_MS = {
    s: 1000,
    m: 60 * 1000,
    h: 60 * 60 * 1000,
    d: 24 * 60 * 60 * 1000,
    w: 7 * 24 * 60 * 60 * 1000,
};
const DURATION = /^([1-9][0-9]{0,5})([smhdw])$/;
/** `30d` → milliseconds. A whole number (1-999999) followed by s, m, h, d or w. */
function parseDuration(text) {
    const match = DURATION.exec(text.trim());
    const unit = match?.[2] === undefined ? undefined : UNIT_MS[match[2]];
    if (match?.[1] === undefined || unit === undefined) {
        throw (0,errors/* badInput */.AN)(`duration ${JSON.stringify(text)} is not valid: write a whole number followed by s, m, h, d or w ` +
            '(for example 30d, 12h or 90m).');
    }
    return Number(match[1]) * unit;
}

// EXTERNAL MODULE: ./src/core/evaluate/actor-match.ts
var actor_match = __webpack_require__(47734);
// EXTERNAL MODULE: ./src/core/evaluate/chronology.ts
var chronology = __webpack_require__(37361);
;// CONCATENATED MODULE: ./src/core/evaluate/bypass.ts



/**
 * The newest bypass among `facts` that is still in force: granted, by an allow-listed actor (by
 * name, or as a member of a listed `@org/team` recorded on the fact),
 * for a reason of the taxonomy, for no longer than `max_ttl`, not expired, and not about another commit. Anything else is
 * ignored, so a stray or stale fact never opens the gate.
 */
function findActiveBypass(facts, context) {
    const { bypass, commit, now } = context;
    if (bypass === undefined)
        return undefined;
    const isListed = (0,actor_match/* allowListMatcher */.Q)(bypass.actors, context.isTeamMember);
    const teams = new Set(bypass.actors.filter((a) => a.startsWith('@')).map((t) => t.toLowerCase()));
    // A team recorded on the fact was checked when it was granted; it counts while the team is listed.
    const isAllowed = (f) => isListed(f.actor) || (f.team !== undefined && teams.has(f.team.toLowerCase()));
    // max_ttl holds at every evaluation, not only when the bypass was granted: a fact that asks for
    // longer (whoever wrote it, whatever max_ttl was then) never opens the gate
    const maxTtl = parseDuration(bypass.maxTtl);
    const active = (0,chronology/* chronological */.Ju)(facts.filter((f) => f.kind === 'bypass')).filter((f) => f.event === 'BYPASS_GRANTED' &&
        (f.commit === undefined || f.commit === commit) &&
        Object.hasOwn(bypass.reasons, f.reason) &&
        f.expires !== undefined &&
        (0,chronology/* tsValue */.Vo)(f.expires) > now.getTime() &&
        (0,chronology/* tsValue */.Vo)(f.expires) - (0,chronology/* tsValue */.Vo)(f.ts) <= maxTtl &&
        isAllowed(f));
    const newest = active.at(-1);
    if (newest?.expires === undefined)
        return undefined;
    return { id: newest.id, actor: newest.actor, reason: newest.reason, expires: newest.expires };
}

// EXTERNAL MODULE: ./src/core/evaluate/environment-flows.ts
var environment_flows = __webpack_require__(20406);
// EXTERNAL MODULE: ./src/core/evaluate/flow-scope.ts
var flow_scope = __webpack_require__(42874);
// EXTERNAL MODULE: ./src/core/evaluate/evaluate-trail.ts + 5 modules
var evaluate_trail = __webpack_require__(68349);
;// CONCATENATED MODULE: ./src/core/evaluate/gate-commit.ts







/**
 * DESIGN §4 `gate(commit)`: the decision of every flow that applies to the commit, all read at
 * one facts commit (the tip at the start) so the decision can be replayed.
 */
async function gateCommit(input) {
    const { store, config } = input;
    const commit = (0,names/* checkCommit */.su)(input.commit);
    const factsCommit = (await store.tip()) ?? null;
    const read = factsCommit === null ? {} : { at: factsCommit };
    const environment = input.environment;
    const flows = selectFlows(config, input.flow).filter((f) => environment === undefined || (0,environment_flows/* flowGatesEnvironment */.ob)(f, environment, config.environments));
    const refs = await store.trailsForCommit(commit, read);
    const gates = [];
    for (const flow of flows) {
        if (!(0,flow_scope/* appliesToBranches */.a)(flow, input.branches))
            continue;
        gates.push(gateFlow(flow, await readFlowTrails(store, flow, refs, read), commit, input));
    }
    const blocked = gates.filter((g) => g.decision === 'GATE_BLOCKED');
    // A commit no flow applies to is blocked unless the config says otherwise: an unscoped commit
    // must never pass by default, or a branch left out of every flow would be an open door.
    const unscopedAllowed = gates.length === 0 && input.config.gate.allowUnscoped;
    return {
        commit,
        decision: blocked.length === 0 && (gates.length > 0 || unscopedAllowed) ? 'GATE_ALLOWED' : 'GATE_BLOCKED',
        flows: gates,
        factsCommit,
        details: gates.length === 0 ? describeUnscoped(input, unscopedAllowed) : describeGate(gates, blocked),
    };
}
function describeUnscoped(input, allowed) {
    const where = [
        input.branches === undefined ? undefined : input.branches.length === 0 ? 'on no branch' : `on ${input.branches.join(', ')}`,
        input.environment === undefined ? undefined : `deployed to ${input.environment}`,
    ].filter((w) => w !== undefined);
    const scope = where.length === 0 ? '' : ` (${where.join(', ')})`;
    return allowed
        ? `no flow applies to this commit${scope}: allowed, as gate.allow_unscoped says`
        : `no flow applies to this commit${scope}, so nothing vouches for it: blocked. Add its branch or environment to a flow, or set gate.allow_unscoped: true to let such commits through`;
}
function selectFlows(config, name) {
    const all = Object.values(config.flows);
    if (name === undefined)
        return all;
    const flow = Object.hasOwn(config.flows, name) ? config.flows[name] : undefined;
    if (flow === undefined) {
        const known = Object.keys(config.flows);
        throw new errors/* FactstoreError */.ST('NOT_FOUND', `flow ${name} is not in the config; known flows: ${known.length > 0 ? known.join(', ') : 'none (add one under `flows:`)'}`);
    }
    return [flow];
}
async function readFlowTrails(store, flow, refs, read) {
    const names = [...new Set(refs.filter((r) => r.flow === flow.name).map((r) => r.trail))];
    return Promise.all(names.map(async (trail) => ({ trail, facts: await store.readTrail(flow.name, trail, read) })));
}
function gateFlow(flow, trails, commit, input) {
    const best = (0,best_trail/* pickBest */.Mc)(trails.map((t) => evaluateForGate(flow, t, input)));
    if (best === undefined) {
        return {
            flow: flow.name,
            decision: 'GATE_BLOCKED',
            trail: null,
            details: `no trail of flow ${flow.name} for commit ${commit.slice(0, 7)}: start one with \`factstore trails begin\``,
        };
    }
    const gate = { flow: flow.name, decision: 'GATE_ALLOWED', trail: best.trail, evaluation: best, details: best.details };
    if (best.status === 'COMPLIANT')
        return gate;
    const blockedDetails = best.artifact !== undefined ? `artifact ${best.artifact}: ${best.details}` : best.details;
    // A bypass is granted for the flow and the commit, whichever of its trails holds it.
    const bypass = findActiveBypass(trails.flatMap((t) => t.facts), { bypass: input.config.bypass, commit, now: input.now, ...(input.isTeamMember ? { isTeamMember: input.isTeamMember } : {}) });
    if (bypass === undefined)
        return { ...gate, decision: 'GATE_BLOCKED', details: blockedDetails };
    return { ...gate, bypass, details: `${describeBypass(bypass, input)} overrides: ${blockedDetails}` };
}
/** A trail with artifacts is only as good as its worst artifact; without any, as a whole. */
function evaluateForGate(flow, { trail, facts }, input) {
    const base = {
        flow,
        trail,
        facts,
        policies: input.config.policies,
        ...(input.policyEvaluator !== undefined ? { policyEvaluator: input.policyEvaluator } : {}),
        ...(input.isTeamMember !== undefined ? { isTeamMember: input.isTeamMember } : {}),
        ...(input.author !== undefined ? { author: input.author } : {}),
    };
    const digests = [...new Set(facts.flatMap((f) => (f.kind === 'artifact' ? [f.artifact] : [])))];
    const worst = (0,best_trail/* pickWorst */.fY)(digests.map((artifact) => (0,evaluate_trail/* evaluateTrail */.A)({ ...base, artifact })));
    return worst ?? (0,evaluate_trail/* evaluateTrail */.A)(base);
}
function describeBypass(bypass, input) {
    const text = input.config.bypass?.reasons[bypass.reason];
    const reason = text !== undefined && text !== '' ? `${bypass.reason}: ${text}` : bypass.reason;
    return `bypass by ${bypass.actor} (${reason}, expires ${bypass.expires})`;
}
function describeGate(gates, blocked) {
    if (gates.length === 0)
        return 'no flow applies to this commit';
    if (blocked.length > 0)
        return `blocked by ${blocked.map((g) => `${g.flow} (${g.details})`).join(', ')}`;
    const allowed = gates.map((g) => (g.bypass !== undefined ? `${g.flow} (by ${g.bypass.reason} bypass of ${g.bypass.actor})` : g.flow));
    return `allowed by ${allowed.join(', ')}`;
}


/***/ }),

/***/ 44483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AG: () => (/* reexport safe */ _evaluate_trail_js__WEBPACK_IMPORTED_MODULE_0__.A),
/* harmony export */   fp: () => (/* reexport safe */ _assert_artifact_js__WEBPACK_IMPORTED_MODULE_1__.f)
/* harmony export */ });
/* harmony import */ var _evaluate_trail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68349);
/* harmony import */ var _assert_artifact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8612);
/* harmony import */ var _gate_commit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13252);







/***/ }),

/***/ 86421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ fingerprintPath)
/* harmony export */ });
/* unused harmony export DIRECTORY_RULE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _input_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23408);






/** How a directory is digested; shown by `artifacts create --help` and the Action's docs. */
const DIRECTORY_RULE = (/* unused pure expression or super */ null && (`A file's digest is the sha256 of its bytes (the same as sha256sum).
A directory's digest is the sha256 of a manifest with one line per file below it,
"<relative path>\\0<sha256 hex of the file>\\n", paths with '/' separators, sorted bytewise.
Symbolic links inside it are not followed: a link counts as a file whose bytes are its target path.
Empty directories add nothing.`));
async function fingerprintPath(target, names = _input_names_js__WEBPACK_IMPORTED_MODULE_5__/* .CLI_INPUT_NAMES */ .j) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(target);
    }
    catch (e) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .badInput */ .AN)(`cannot read ${target} (${e.code ?? String(e)}): check the path given to ${names.file}.`, e);
    }
    if (info.isFile())
        return { digest: `sha256:${await hashFile(target)}`, kind: 'file' };
    if (!info.isDirectory())
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .badInput */ .AN)(`${target} is neither a file nor a directory: give ${names.file} a build output.`);
    const entries = [];
    await walk(target, '', entries);
    entries.sort((a, b) => Buffer.compare(a.rel, b.rel));
    const manifest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const e of entries)
        manifest.update(Buffer.concat([e.rel, Buffer.from(`\0${e.hex}\n`)]));
    return { digest: `sha256:${manifest.digest('hex')}`, kind: 'directory', entries: entries.length };
}
async function walk(root, rel, out) {
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, rel), { withFileTypes: true })) {
        const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
        const full = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, childRel);
        if (entry.isSymbolicLink()) {
            out.push({ rel: Buffer.from(childRel), hex: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(full)).digest('hex') });
        }
        else if (entry.isDirectory()) {
            await walk(root, childRel, out);
        }
        else if (entry.isFile()) {
            out.push({ rel: Buffer.from(childRel), hex: await hashFile(full) });
        }
        else {
            const kind = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(full)).isFIFO() ? 'a named pipe' : 'a special file';
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .badInput */ .AN)(`${full} is ${kind}: a fingerprinted directory may hold only files, directories and links.`);
        }
    }
}
function hashFile(file) {
    return new Promise((resolve, reject) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}


/***/ }),

/***/ 23408:
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
