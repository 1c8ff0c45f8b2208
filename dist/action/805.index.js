export const id = 805;
export const ids = [805];
export const modules = {

/***/ 57777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ changeAuthor)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
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

/***/ 43372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ fetchOidcClaims)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
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

/***/ 18073:
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

/***/ 92864:
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

/***/ 92271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ checkTrail),
/* harmony export */   r: () => (/* binding */ readArtifactInput)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_model_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71837);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97916);



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

/***/ 92233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ trailKey),
/* harmony export */   U: () => (/* binding */ stepKey)
/* harmony export */ });
/* harmony import */ var _core_model_fact_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79361);

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

/***/ 37175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ checkSameCommit),
/* harmony export */   Qg: () => (/* binding */ startedTrail),
/* harmony export */   vZ: () => (/* binding */ trailFact)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_model_fact_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79361);
/* harmony import */ var _idempotency_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92233);



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

/***/ 32640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ trailSummary)
/* harmony export */ });
/* harmony import */ var _core_evaluate_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44483);
/* harmony import */ var _core_report_breakdown_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99856);


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
