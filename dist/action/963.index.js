export const id = 963;
export const ids = [963];
export const modules = {

/***/ 14963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gate: () => (/* binding */ gate)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/model/fact-id.ts
var fact_id = __webpack_require__(79361);
// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(71837);
;// CONCATENATED MODULE: ./src/core/evaluate/decision-facts.ts



/**
 * One decision fact per gated flow (GATE_ALLOWED / GATE_BLOCKED), naming the facts commit and,
 * when known, the config commit it was taken on, so that any decision can be replayed later.
 * The CLI's `gate --record`, the workflow gate and the App all record these.
 */
function decisionFacts(result, input) {
    if (result.flows.length === 0)
        return [];
    const factsCommit = result.factsCommit;
    if (factsCommit === null)
        throw new errors/* FactstoreError */.ST('NOT_FOUND', input.noFactsBranch);
    const configCommit = input.configCommit === undefined ? undefined : (0,names/* checkCommit */.su)(input.configCommit);
    return result.flows.map((g) => (0,fact_id/* makeFact */.lO)({
        kind: 'decision',
        flow: g.flow,
        ...(g.trail !== null ? { trail: g.trail } : {}),
        commit: result.commit,
        event: g.decision,
        factsCommit,
        ...(configCommit !== undefined ? { configCommit } : {}),
        result: JSON.parse(JSON.stringify(g)),
        ...(g.bypass !== undefined ? { bypass: g.bypass.id } : {}),
        ...(input.environment !== undefined ? { environment: input.environment } : {}),
        actor: input.actor,
        ts: input.ts,
    }));
}
/** The commit message subject of recorded gate decisions, and how a facts push recognises them. */
function decisionCommitSubject(result) {
    return `gate ${result.commit.slice(0, 7)}: ${result.decision}`;
}
/**
 * Whether a facts commit message is one of recorded gate decisions (whoever recorded them): a
 * push holding only those re-opens no question, so re-evaluating on it would loop.
 */
function isDecisionCommitMessage(message) {
    return /^factstore: gate [0-9a-f]{7}: GATE_(ALLOWED|BLOCKED)\n/.test(message);
}

// EXTERNAL MODULE: ./src/core/evaluate/environment-flows.ts
var environment_flows = __webpack_require__(20406);
// EXTERNAL MODULE: ./src/core/evaluate/flow-scope.ts
var flow_scope = __webpack_require__(42874);
;// CONCATENATED MODULE: ./src/core/evaluate/failed-closed.ts



/**
 * The gate when the facts cannot be trusted (DESIGN §2a): every flow that applies to the commit
 * (by branch and environment, which come from the event, not from the facts) is GATE_BLOCKED with
 * the reason, so a check run fails and names it and a deployment is rejected.
 */
function failedClosed(input) {
    const commit = (0,names/* checkCommit */.su)(input.commit);
    const flows = Object.values(input.config.flows).filter((f) => (input.flow === undefined || f.name === input.flow) && (0,flow_scope/* appliesToBranches */.a)(f, input.branches) && (input.environment === undefined || (0,environment_flows/* flowGatesEnvironment */.ob)(f, input.environment, input.config.environments)));
    const details = `no decision can be taken: ${input.reason}`;
    return {
        commit,
        decision: 'GATE_BLOCKED',
        flows: flows.map((f) => ({ flow: f.name, decision: 'GATE_BLOCKED', trail: null, details })),
        factsCommit: input.factsCommit ?? null,
        details,
    };
}

// EXTERNAL MODULE: ./src/core/evaluate/gate-commit.ts + 2 modules
var gate_commit = __webpack_require__(13252);
// EXTERNAL MODULE: ./src/core/trust/trusted-facts.ts + 5 modules
var trusted_facts = __webpack_require__(7401);
;// CONCATENATED MODULE: ./src/core/trust/trusted-gate.ts




/**
 * `gate(commit)` on the facts that count, for the surfaces that must answer even when the facts
 * branch cannot be trusted (check runs, deployment reviews): an integrity failure becomes a
 * blocked decision that names it, never a silent error and never an allow.
 */
async function trustedGate(input) {
    const { store, highWater, ...gate } = input;
    let facts;
    try {
        facts = await trusted_facts/* TrustedFacts */.$.open({ store, signers: input.config.trust.signers, highWater });
        const evaluated = await (0,gate_commit/* gateCommit */.p)({ ...gate, store: facts });
        return { result: { ...evaluated, trust: await facts.report() }, facts };
    }
    catch (e) {
        if (!(0,errors/* isFactstoreError */.yt)(e) || e.code !== 'INTEGRITY')
            throw e;
        const result = failedClosed({
            config: input.config,
            commit: input.commit,
            reason: e.message,
            factsCommit: facts?.factsCommit ?? null,
            ...(input.flow !== undefined ? { flow: input.flow } : {}),
            ...(input.branches !== undefined ? { branches: input.branches } : {}),
            ...(input.environment !== undefined ? { environment: input.environment } : {}),
        });
        return { result, integrity: e };
    }
}

// EXTERNAL MODULE: ./src/action/github/high-water.ts + 2 modules
var high_water = __webpack_require__(62947);
// EXTERNAL MODULE: ./src/action/github/trust-root.ts
var trust_root = __webpack_require__(60487);
// EXTERNAL MODULE: ./src/core/report/breakdown/index.ts + 15 modules
var report_breakdown = __webpack_require__(99856);
;// CONCATENATED MODULE: ./src/core/report/check-run/check-run.ts
/** GitHub's limit on `output.summary` and `output.text` of a check run, in characters. */
const CHECK_RUN_TEXT_LIMIT = 65_535;

;// CONCATENATED MODULE: ./src/core/report/check-run/check-run-for.ts



/** The check run of one flow is named after it, so branch protection can require it by name. */
function checkRunName(flow) {
    return `Factstore gate / ${flow}`;
}
/**
 * The check run that carries one flow's gate decision: completed with `success` (GATE_ALLOWED)
 * or `failure` (GATE_BLOCKED), or still `in_progress` when the block is only evidence not yet in.
 * The summary is the flow's breakdown Markdown, cut to GitHub's limit at a line if ever longer.
 */
function checkRunFor(gate, breakdownMarkdown, options) {
    if (options.decision.trim() === '') {
        throw new errors/* FactstoreError */.ST('INTERNAL', 'factstore: a check run needs the decision it carries: pass the decision fact id or the facts commit.');
    }
    const base = {
        name: checkRunName(gate.flow),
        head_sha: (0,names/* checkCommit */.su)(options.headSha),
        external_id: `factstore:${gate.flow}:${options.decision}`,
        ...(options.detailsUrl !== undefined ? { details_url: options.detailsUrl } : {}),
    };
    const summary = fitText(breakdownMarkdown);
    const text = fitText(gate.details);
    if (gate.decision === 'GATE_ALLOWED') {
        return { ...base, status: 'completed', conclusion: 'success', output: { title: 'GATE_ALLOWED', summary, text } };
    }
    if (options.waiting) {
        return { ...base, status: 'in_progress', output: { title: 'Waiting for evidence', summary, text } };
    }
    return { ...base, status: 'completed', conclusion: 'failure', output: { title: 'GATE_BLOCKED', summary, text } };
}
const CUT_NOTE = '\n\n… (cut to GitHub’s check-run limit)';
/** At most GitHub's limit; whole lines are kept where possible. */
function fitText(text) {
    if (text.length <= CHECK_RUN_TEXT_LIMIT)
        return text;
    const room = CHECK_RUN_TEXT_LIMIT - CUT_NOTE.length;
    const head = text.slice(0, room);
    const line = head.lastIndexOf('\n');
    return `${line > 0 ? head.slice(0, line) : head}${CUT_NOTE}`;
}

;// CONCATENATED MODULE: ./src/core/report/check-run/gate-check-runs.ts


/**
 * One check-run payload per gated flow, each summarised by that flow's breakdown: what the
 * workflow gate and the App both post. `decisionIds[i]` names flow i's decision fact when one was
 * recorded; otherwise the facts commit the decision was read at.
 */
function gateCheckRuns(result, flows, options, extra = {}) {
    return result.flows.map((flowGate, i) => {
        const breakdown = (0,report_breakdown/* breakdownFromGate */.fQ)({ ...result, flows: [flowGate] }, flows, options);
        return checkRunFor(flowGate, (0,report_breakdown/* renderBreakdownMarkdown */.DZ)(breakdown), {
            headSha: result.commit,
            waiting: breakdown.flows[0]?.waiting ?? false,
            decision: extra.decisionIds?.[i] ?? result.factsCommit ?? 'no-facts',
            ...(extra.detailsUrl !== undefined ? { detailsUrl: extra.detailsUrl } : {}),
        });
    });
}

// EXTERNAL MODULE: ./src/core/store/github/github-request.ts
var github_request = __webpack_require__(31186);
;// CONCATENATED MODULE: ./src/core/report/check-run/publish-check-run.ts


/**
 * Publishes one decision as a new check run, and returns its id. A run is never looked up and
 * updated: GitHub refuses to move a completed run back to queued or in progress, and a gate that
 * now blocks must never be left green because an update of the older run failed. GitHub shows the
 * newest run of a name, and required checks follow it, so the newest decision is the one that counts.
 */
async function publishCheckRun(request, repo, payload, options) {
    const where = `${repo.owner}/${repo.repo}`;
    try {
        const created = await request('POST /repos/{owner}/{repo}/check-runs', { ...repo, ...payload });
        const id = created.data?.id;
        return typeof id === 'number' ? id : undefined;
    }
    catch (e) {
        const status = (0,github_request/* statusOf */.c)(e);
        const why = status === 403 ? options.forbidden : status === 422 ? `GitHub refused the check run: is ${payload.head_sha} a commit of ${where}?` : 'try again';
        throw new errors/* FactstoreError */.ST('INTERNAL', `GitHub answered ${status ?? 'with an error'} (${(0,github_request/* messageOf */.b)(e)}) to the check run ${payload.name} in ${where}: ${why}.`, { cause: e });
    }
}

;// CONCATENATED MODULE: ./src/core/report/check-run/index.ts





// EXTERNAL MODULE: ./src/core/schema/index.ts
var schema = __webpack_require__(91487);
// EXTERNAL MODULE: ./src/action/env/runner-env.ts
var runner_env = __webpack_require__(92864);
// EXTERNAL MODULE: ./src/action/github/open-store.ts + 16 modules
var open_store = __webpack_require__(64032);
// EXTERNAL MODULE: ./src/action/github/repo-name.ts
var repo_name = __webpack_require__(73460);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/action/inputs/high-water-inputs.ts
var high_water_inputs = __webpack_require__(88954);
// EXTERNAL MODULE: ./src/action/inputs/config-token.ts
var config_token = __webpack_require__(88698);
// EXTERNAL MODULE: ./src/action/inputs/input-reader.ts
var input_reader = __webpack_require__(97916);
// EXTERNAL MODULE: ./src/action/secrets.ts
var secrets = __webpack_require__(87911);
// EXTERNAL MODULE: ./src/action/inputs/signing-key.ts + 2 modules
var signing_key = __webpack_require__(90690);
// EXTERNAL MODULE: ./src/action/inputs/store-inputs.ts
var store_inputs = __webpack_require__(37229);
;// CONCATENATED MODULE: ./src/action/inputs/gate-inputs.ts









/**
 * The gate step's inputs. On `workflow_run` the commit and branch default to the run that
 * triggered it (GITHUB_SHA is then the default branch's tip, not the commit built).
 */
function readGateInputs(env, eventPath) {
    const store = (0,store_inputs/* readStoreInputs */.d)(env);
    if (store.repository === undefined)
        throw (0,errors/* badInput */.AN)('no GITHUB_REPOSITORY: the gate step creates its check runs in the workflow\'s repository, so it runs only in a workflow.');
    const event = env.event === 'workflow_run' ? readEvent(eventPath) : {};
    const run = event.workflow_run;
    const eventSha = typeof run?.head_sha === 'string' ? run.head_sha : undefined;
    const eventBranch = typeof run?.head_branch === 'string' ? run.head_branch : undefined;
    const input = (0,input_reader/* optionalInput */.$m)('commit');
    const given = input ?? eventSha ?? env.sha;
    if (given === undefined)
        throw (0,errors/* badInput */.AN)('no commit: give the `commit` input (40 hex; GITHUB_SHA, its default, is not set outside a workflow run).');
    const flow = (0,input_reader/* optionalInput */.$m)('flow');
    const record = (0,input_reader/* optionalInput */.$m)('record') === undefined ? true : (0,input_reader/* booleanInput */.tE)('record');
    return {
        ...store,
        ...(0,config_token/* readConfigToken */.u)(store),
        commit: (0,names/* checkCommit */.su)(given),
        commitFrom: input !== undefined ? 'input' : eventSha !== undefined ? 'event' : 'GITHUB_SHA',
        flow: flow === undefined ? undefined : (0,names/* checkName */.I3)('flow', flow),
        branches: branchesOf((0,input_reader/* optionalInput */.$m)('git-branch'), run, eventSha !== undefined ? eventBranch : undefined, env),
        highWaterAppId: (0,high_water_inputs/* readHighWaterAppId */.u)(),
        record,
        signingKey: (0,signing_key/* readSigningKey */.jy)(env),
        checksRepo: store.repository,
        ...readChecksToken(store),
    };
}
function readEvent(eventPath) {
    if (eventPath === undefined || eventPath === '') {
        throw (0,errors/* badInput */.AN)('a workflow_run event without GITHUB_EVENT_PATH: give the `commit` input (the commit to gate, 40 hex).');
    }
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        return typeof parsed === 'object' && parsed !== null ? parsed : {};
    }
    catch (e) {
        throw new errors/* FactstoreError */.ST('BAD_INPUT', `cannot read the event payload ${eventPath} (${e instanceof Error ? e.message : String(e)}): give the \`commit\` input.`, { cause: e });
    }
}
/** Where the commit is judged for: the input, else what the event says (never a trail's recorded branch). */
function branchesOf(given, run, runBranch, env) {
    if (given !== undefined)
        return [given];
    const names = new Set();
    if (run !== undefined) {
        const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : [];
        for (const p of pulls)
            if (p.head?.sha === run.head_sha && typeof p.base?.ref === 'string' && p.base.ref !== '')
                names.add(p.base.ref);
        if (runBranch !== undefined && runBranch !== '')
            names.add(runBranch);
    }
    else if (env.baseRef !== undefined) {
        names.add(env.baseRef);
    }
    else if (env.refType === 'branch' && env.refName !== undefined) {
        names.add(env.refName);
    }
    return names.size === 0 ? undefined : [...names];
}
/** `checks-token` (default the workflow's github.token), else the facts `token`. */
function readChecksToken(store) {
    const given = (0,input_reader/* optionalInput */.$m)('checks-token');
    if (given !== undefined) {
        (0,secrets/* maskSecret */.$)(given);
        return { checksToken: given, checksTokenInput: 'checks-token' };
    }
    return { checksToken: store.token, checksTokenInput: 'token' };
}

// EXTERNAL MODULE: ./src/action/record/step-outputs.ts
var step_outputs = __webpack_require__(88689);
// EXTERNAL MODULE: ./src/action/report/job-summary.ts
var job_summary = __webpack_require__(88403);
// EXTERNAL MODULE: ./src/action/report/deciding-config.ts
var deciding_config = __webpack_require__(7449);
// EXTERNAL MODULE: ./src/core/store/layout.ts + 1 modules
var layout = __webpack_require__(97708);
;// CONCATENATED MODULE: ./src/core/store/touched-trails.ts


const TRAIL_FILE = /^trails\/([^/]+)\/[0-9a-f]{2}\/([^/]+)\.ndjson$/;
/**
 * The trails whose files a change to the facts branch touched (paths as a diff lists them), each
 * once. A path that only looks like a trail file (a wrong shard, a name that is not a flow or
 * trail name) is not one: it is left to `verify`, never trusted to name a trail.
 */
function touchedTrails(paths) {
    const seen = new Map();
    for (const path of paths) {
        const match = TRAIL_FILE.exec(path);
        const [flow, trail] = [match?.[1], match?.[2]];
        if (flow === undefined || trail === undefined)
            continue;
        if (!isName(flow) || !isName(trail) || (0,layout/* trailPath */.yg)(flow, trail) !== path)
            continue;
        seen.set(path, { flow, trail });
    }
    return [...seen.values()];
}
/** The git commits a trail's facts were started for (its `trail` facts), each once, oldest first. */
function trailCommits(facts) {
    const seen = new Map();
    for (const f of facts) {
        if (f.kind !== 'trail' || f.commit === undefined || seen.has(f.commit))
            continue;
        seen.set(f.commit, { commit: f.commit, ...(f.gitBranch !== undefined ? { gitBranch: f.gitBranch } : {}) });
    }
    return [...seen.values()];
}
function isName(text) {
    return names/* NAME_PATTERN */.Vh.test(text) && !text.includes('..');
}

// EXTERNAL MODULE: ./src/core/signing/index.ts + 5 modules
var signing = __webpack_require__(38143);
;// CONCATENATED MODULE: ./src/action/commands/gate-facts-push-commits.ts

const PAGE = 100;
const pathsOf = (files) => (files ?? []).flatMap((f) => (typeof f.filename === 'string' ? [f.filename] : []));
/**
 * Every commit a push to the facts branch brought, paged, not its tip alone: the comparison of the
 * old and new tips, or, for a branch the push created, every commit of it (100 a page) with the
 * files of each root commit and of the comparison from that root to the tip.
 */
async function pushedFacts(request, at, before, after) {
    const where = { owner: at.owner, repo: at.repo };
    if (before !== undefined) {
        const commits = [];
        let paths = [];
        for (let page = 1;; page++) {
            const data = (await request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...where, basehead: `${before}...${after}`, per_page: PAGE, page })).data;
            // the files come with the first page only
            if (page === 1)
                paths = pathsOf(data.files);
            const listed = data.commits ?? [];
            commits.push(...listed);
            if (listed.length < PAGE || commits.length >= (data.total_commits ?? 0))
                break;
        }
        return { commits, paths };
    }
    const commits = [];
    for (let page = 1;; page++) {
        const listed = (await request('GET /repos/{owner}/{repo}/commits', { ...where, sha: after, per_page: PAGE, page })).data;
        commits.push(...listed);
        if (listed.length < PAGE)
            break;
    }
    const paths = new Set();
    for (const root of commits.filter((c) => (c.parents ?? []).length === 0)) {
        const own = (await request('GET /repos/{owner}/{repo}/commits/{ref}', { ...where, ref: root.sha })).data;
        const since = root.sha === after ? {} : (await request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...where, basehead: `${root.sha}...${after}`, per_page: 1 })).data;
        for (const p of [...pathsOf(own.files), ...pathsOf(since.files)])
            paths.add(p);
    }
    return { commits, paths: [...paths] };
}
/**
 * The pushed commits not signed by a key of `trust.signers`, with why: the raw commit is rebuilt
 * from the payload and signature GitHub returns and checked as `factstore verify` checks it.
 */
function untrustedPushedCommits(commits, signers) {
    return commits.flatMap((c) => {
        const payload = c.commit.verification?.payload;
        const signature = c.commit.verification?.signature;
        const trust = payload === undefined || payload === null || signature === undefined || signature === null || signature === ''
            ? { status: 'unsigned', detail: 'The commit has no signature.' }
            : (0,signing/* checkCommitTrust */._G)((0,signing/* addSignatureToCommit */.Gf)(payload, signature), signers);
        return trust.status === 'trusted' ? [] : [{ sha: c.sha, trust }];
    });
}

;// CONCATENATED MODULE: ./src/action/commands/gate-facts-push.ts







/** At most this many commits are re-gated by one push; the rest are named in the log. */
const MAX_REGATED = 50;
const NO_COMMIT = /^0{40}$/;
/**
 * The git commits whose trails a push to the facts branch touched, read at the pushed tip. Every
 * commit the push brought is listed from GitHub, paged (all of the branch when the push created
 * it), and checked against `trust.signers`: one not signed by a trusted key fails the step. A
 * push made only of gate decisions touches no question (re-gating on it would loop when the
 * decisions are written with a token that triggers workflows). A force-push or a deletion is
 * refused: facts are only ever appended.
 */
async function commitsTouchedByFactsPush(request, facts, store, eventPath, signers) {
    const event = readPushEvent(eventPath);
    const branch = facts.branch;
    if (event.deleted === true) {
        throw new errors/* FactstoreError */.ST('INTEGRITY', `the facts branch ${branch} was deleted: restore it from a trusted clone (git push origin <tip>:refs/heads/${branch}) and protect it against deletion.`);
    }
    if (event.forced === true) {
        throw new errors/* FactstoreError */.ST('INTEGRITY', `the facts branch ${branch} was force-pushed: facts are only ever appended, so run \`factstore verify\` on a clone, restore the branch from a trusted copy, and block force pushes to it.`);
    }
    const after = typeof event.after === 'string' && names/* COMMIT_PATTERN */.TJ.test(event.after) ? event.after : undefined;
    if (after === undefined)
        throw new errors/* FactstoreError */.ST('BAD_INPUT', 'the push event names no pushed commit (`after`): give the `commit` input to gate a commit.');
    const before = typeof event.before === 'string' && names/* COMMIT_PATTERN */.TJ.test(event.before) && !NO_COMMIT.test(event.before) ? event.before : undefined;
    const pushed = await pushedFacts(request, facts, before, after);
    const untrusted = untrustedPushedCommits(pushed.commits, signers);
    if (untrusted.length > 0) {
        const named = untrusted.map((u) => `${u.sha} (${u.trust.status}: ${u.trust.detail ?? 'its signature is not from a key under trust.signers'})`).join('; ');
        throw new errors/* FactstoreError */.ST('INTEGRITY', `the push to the facts branch ${branch} brought ${untrusted.length} commit(s) not signed by a key of trust.signers: ${named}. Their facts do not count: run \`factstore verify\` on a clone, and restore the branch from a trusted copy (or add the writer's key to trust.signers through a reviewed pull request).`);
    }
    if (pushed.commits.length === 0) {
        core/* info */.pq('factstore: this push brought no new commit: nothing to re-gate.');
        return [];
    }
    if (pushed.commits.every((c) => isDecisionCommitMessage(c.commit.message ?? ''))) {
        core/* info */.pq('factstore: this push holds only gate decisions: nothing to re-gate.');
        return [];
    }
    // GitHub lists at most 300 files of a comparison
    if (pushed.paths.length >= 300)
        core/* warning */.$e('factstore: the push changed 300 files or more (GitHub lists no more): some touched commits may not be re-gated; gate them with the `commit` input.');
    const targets = new Map();
    for (const { flow, trail } of touchedTrails(pushed.paths)) {
        for (const target of trailCommits(await store.readTrail(flow, trail, { at: after })))
            targets.set(target.commit, target);
    }
    const all = [...targets.values()];
    if (all.length > MAX_REGATED) {
        core/* warning */.$e(`factstore: the push touched trails of ${all.length} commits; ${MAX_REGATED} were re-gated. Gate the others with the \`commit\` input: ${all.slice(MAX_REGATED).map((t) => t.commit).join(', ')}`);
    }
    return all.slice(0, MAX_REGATED);
}
function readPushEvent(eventPath) {
    if (eventPath === undefined || eventPath === '')
        throw new errors/* FactstoreError */.ST('BAD_INPUT', 'a push event without GITHUB_EVENT_PATH: give the `commit` input.');
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        return typeof parsed === 'object' && parsed !== null ? parsed : {};
    }
    catch (e) {
        throw new errors/* FactstoreError */.ST('BAD_INPUT', `cannot read the push event ${eventPath} (${e instanceof Error ? e.message : String(e)}): give the \`commit\` input.`, { cause: e });
    }
}

;// CONCATENATED MODULE: ./src/action/commands/gate.ts


















/**
 * The gate step: the App's gate without hosting the App. Evaluates the commit with the same
 * engine, records a signed decision fact per flow, and creates a new check run per
 * flow in the workflow's repository. The check run carries the verdict; the step fails only on
 * errors. On a push to the facts branch it re-gates the commits whose trails the push touched.
 * The config (flows, trusted signers, facts location) is the default branch's, at its tip: the
 * decisions name that commit.
 */
async function gate(session) {
    const { env } = session;
    const inputs = readGateInputs(env, process.env.GITHUB_EVENT_PATH);
    const signer = inputs.record ? (0,signing_key/* signerFrom */.Hc)(inputs.signingKey) : undefined;
    const deciding = await session.decidingConfig(inputs);
    const { config } = deciding;
    if (signer !== undefined)
        (0,signing_key/* checkSigningKey */.JY)(signer, config.trust.signers, configName(deciding));
    if (inputs.flow !== undefined)
        session.flow(config, inputs.flow, inputs.configPath);
    const facts = (0,open_store/* factsLocation */.z)(inputs, config);
    const request = session.github(inputs);
    const run = { session, inputs, config, configCommit: deciding.commit, facts, request, store: (0,open_store/* openStore */.C)(request, facts, env, signer), root: (0,trust_root/* trustRoot */.z)(deciding) };
    const configLine = (0,deciding_config/* reportDecidingConfig */.q)(deciding, env.serverUrl);
    if (isFactsPush(inputs, facts, env.event, env.ref)) {
        const touched = await commitsTouchedByFactsPush(run.request, facts, run.store, process.env.GITHUB_EVENT_PATH, config.trust.signers);
        const results = [];
        // the commits are judged with their branches unknown: every flow applies (no fact says where a commit is)
        for (const target of touched)
            results.push(await gateOne(run, target.commit, undefined));
        const blocked = results.some((r) => r.decision === 'GATE_BLOCKED');
        (0,step_outputs/* setOutputs */.n)({ decision: blocked ? 'GATE_BLOCKED' : 'GATE_ALLOWED', result: JSON.stringify(results.map(checkedDocument)) });
        await (0,job_summary/* writeJobSummary */.j)(configLine);
        core/* info */.pq(`factstore: the push re-gated ${results.length} commit(s).`);
        return;
    }
    const result = await gateOne(run, inputs.commit, inputs.branches);
    (0,step_outputs/* setOutputs */.n)({ decision: result.decision, result: JSON.stringify(checkedDocument(result)) });
    await (0,job_summary/* writeJobSummary */.j)(configLine);
}
function configName(c) {
    return `${c.repository.owner}/${c.repository.repo}@${c.commit.slice(0, 12)}:${c.path}`;
}
/** One commit: evaluate, record the decisions, publish the check runs, add the breakdown to the job summary. */
async function gateOne({ session, inputs, config, configCommit, facts, request, store, root }, commit, branches) {
    const { env } = session;
    const now = session.now();
    // the high-water mark is a check run on the facts repository: written with the checks token when
    // that is this repository (a classic PAT as `token` cannot use the Checks API), else with `token`
    const state = (0,high_water/* workflowGateState */.Q)((0,repo_name/* sameRepo */.Zj)(facts, inputs.checksRepo) ? session.githubForChecks(inputs) : request, facts, inputs.highWaterAppId);
    const gated = await trustedGate({
        store,
        highWater: state.highWaterMark(),
        config,
        commit,
        now,
        policyEvaluator: session.policyEvaluator(),
        ...(inputs.flow !== undefined ? { flow: inputs.flow } : {}),
        ...(branches !== undefined ? { branches } : {}),
    });
    const result = { ...gated.result, ...(gated.result.trust !== undefined ? { trust: { ...gated.result.trust, config: root } } : {}) };
    if (gated.integrity !== undefined)
        core/* error */.z3(`factstore: ${commit.slice(0, 7)} is blocked: ${gated.integrity.message}`);
    // nothing is appended to a facts branch that cannot be trusted
    const decisions = inputs.record && gated.integrity === undefined
        ? decisionFacts(result, {
            actor: env.actor ?? 'github-actions',
            ts: now.toISOString(),
            configCommit,
            noFactsBranch: 'the facts branch does not exist yet, so there is no decision to record: start a trail first, or set `record: false`.',
        })
        : [];
    const basedOn = result.factsCommit ?? undefined;
    const written = decisions.length > 0 ? await store.append({ facts: decisions, message: decisionCommitSubject(result), ...(basedOn !== undefined ? { basedOn } : {}) }) : undefined;
    if (inputs.record)
        await gated.facts?.decided(written?.commit ?? result.factsCommit ?? undefined);
    const trust = (0,report_breakdown/* breakdownTrust */.k4)(result.trust, `${root.path} of ${root.repository ?? ''} at ${(root.commit ?? '').slice(0, 7)}`);
    const options = { audience: 'github', links: (0,report_breakdown/* factsLinks */.$h)(env.serverUrl, facts, result.factsCommit ?? undefined), types: config.types, now, ...(trust !== undefined ? { trust } : {}) };
    const detailsUrl = (0,runner_env/* runUrl */.Vp)(env);
    const payloads = gateCheckRuns(result, config.flows, options, { decisionIds: decisions.map((d) => d.id), ...(detailsUrl !== undefined ? { detailsUrl } : {}) });
    for (const [i, payload] of payloads.entries()) {
        const flowGate = result.flows[i];
        await publishCheckRun(session.githubForChecks(inputs), inputs.checksRepo, payload, { forbidden: checksForbidden(inputs) });
        core/* info */.pq(`factstore: ${result.commit.slice(0, 7)} ${payload.name}: ${flowGate?.decision ?? ''} (${flowGate?.details ?? ''})`);
    }
    await (0,job_summary/* writeJobSummary */.j)((0,report_breakdown/* renderBreakdownMarkdown */.DZ)((0,report_breakdown/* breakdownFromGate */.fQ)(result, config.flows, options)));
    if (result.flows.length === 0)
        core/* info */.pq(`factstore: no flow applies to ${result.commit}; no check run was created.`);
    return result;
}
function checkedDocument(result) {
    const document = JSON.parse(JSON.stringify(result));
    const checked = (0,schema/* validate */.tf)('cli/gate', document);
    if (!checked.ok) {
        throw new errors/* FactstoreError */.ST('INTERNAL', `the gate result does not match schemas/cli/gate.schema.json (a factstore bug; please report it):\n${(0,schema/* renderErrors */.a$)(checked.errors)}`);
    }
    return document;
}
/** What to do when GitHub refuses a check run: a missing permission, or a token the Checks API does not take. */
function checksForbidden(inputs) {
    const which = inputs.checksTokenInput === 'checks-token' ? 'the `checks-token`' : 'the `token`';
    return (`${which} may not write check runs. With the workflow's github.token, give the job \`permissions: checks: write\`. ` +
        'A classic personal access token cannot use the Checks API at all (only GitHub Apps, and GitHub Actions for its own token, can): ' +
        'keep `checks-token` the workflow\'s github.token (or a GitHub App token) and use the PAT as `token` for the facts only');
}
/**
 * A push to the facts branch of the workflow's own repository, with no commit given: GITHUB_SHA
 * is then a facts commit, and the commits to gate are those whose trails the push touched.
 */
function isFactsPush(inputs, facts, event, ref) {
    if (inputs.commitFrom !== 'GITHUB_SHA' || event !== 'push' || ref !== `refs/heads/${facts.branch}`)
        return false;
    return (0,repo_name/* sameRepo */.Zj)(facts, inputs.checksRepo);
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


/***/ })

};
