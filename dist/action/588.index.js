export const id = 588;
export const ids = [588];
export const modules = {

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

/***/ 79705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig),
/* harmony export */   s: () => (/* binding */ readWorkspaceConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_load_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23656);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _reviewed_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99434);





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

/***/ 54973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ gitHubRequest)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86856);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62203);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(bottleneck__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);






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

/***/ 99434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ loadReviewedConfig)
/* harmony export */ });
/* harmony import */ var _core_config_load_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23656);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_model_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71837);
/* harmony import */ var _core_store_github_github_request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31186);
/* harmony import */ var _repo_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73460);





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

/***/ 46588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ActionSession: () => (/* binding */ ActionSession)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/jq/policy-verdict.ts

/**
 * What a policy's jq may output (one value):
 * - `true` allows, `false` denies (the reason is the policy's description, else its name);
 * - an array of strings lists violations, `[]` allows;
 * - `{ "allow": boolean, "reasons": [strings] }`.
 * Anything else is an error, which the engine counts as a violation, never as a pass.
 */
function policyVerdict(name, policy, outputs) {
    if (outputs.length !== 1) {
        throw (0,errors/* badInput */.AN)(`policy ${name} must output exactly one value, but it gave ${outputs.length}: wrap a stream in [...] or use all/any.`);
    }
    const out = outputs[0];
    if (out === true)
        return { allow: true, reasons: [] };
    if (out === false)
        return { allow: false, reasons: [policy.description ?? `policy ${name} denied the trail`] };
    if (Array.isArray(out) && out.every((r) => typeof r === 'string'))
        return { allow: out.length === 0, reasons: out };
    if (typeof out === 'object' && out !== null && 'allow' in out && typeof out.allow === 'boolean') {
        const reasons = 'reasons' in out ? out.reasons : [];
        if (Array.isArray(reasons) && reasons.every((r) => typeof r === 'string')) {
            return { allow: out.allow, reasons: out.allow || reasons.length > 0 ? reasons : [policy.description ?? `policy ${name} denied the trail`] };
        }
    }
    const shown = JSON.stringify(out) ?? 'null';
    throw (0,errors/* badInput */.AN)(`policy ${name} gave ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}: it must output true, false, ` +
        'an array of violation strings, or {"allow": bool, "reasons": [...]}.');
}

;// CONCATENATED MODULE: ./src/core/jq/jq-policy-evaluator.ts

/**
 * Policies written in jq (DESIGN §3–§4), run over the trail document. The engine is asked for only
 * when a policy is evaluated, so evaluating a flow without policies loads no jq.
 */
function jqPolicyEvaluator(engine) {
    return {
        evaluate(name, policy, document) {
            return policyVerdict(name, policy, engine().run(policy.jq, document));
        },
    };
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/core/jq/jq-engine.ts
/** Default time one evaluation may take before it is stopped. */
const JQ_TIMEOUT_MS = 2000;

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/core/package/find-up.ts
var find_up = __webpack_require__(2939);
;// CONCATENATED MODULE: ./src/core/jq/locate-worker.ts




const WORKER = (0,external_node_path_.join)('jq-worker', 'index.js');
/**
 * The bundled jq worker (`dist/jq-worker/index.js`). From a bundle (`dist/<entry>/index.js`) it is a
 * sibling folder; from the sources (tests) it is under the package's `dist/`, which the build makes.
 */
function locateJqWorker(from = (0,external_node_url_.fileURLToPath)(import.meta.url)) {
    const found = (0,find_up/* findUp */.d)(from, [WORKER, (0,external_node_path_.join)('dist', WORKER)]);
    if (found !== undefined)
        return found;
    throw new errors/* FactstoreError */.ST('INTERNAL', `factstore: the jq worker (${WORKER}) is missing above ${from}: rebuild with npm run build, or reinstall the package.`);
}

;// CONCATENATED MODULE: ./src/core/jq/worker-jq-engine.ts




/**
 * jq in a worker thread, called synchronously: the caller blocks on a shared counter until the
 * worker answers or the time limit passes, and a thread that runs over is terminated. That bounds
 * time (the limit) and memory (jq's wasm heap cannot grow past 256 MiB; the thread's JS heap is
 * capped). The thread starts on the first `run`, so commands that evaluate no jq never load it.
 */
function createWorkerJqEngine(options = {}) {
    const timeoutMs = options.timeoutMs ?? JQ_TIMEOUT_MS;
    let thread;
    let seq = 0;
    const stop = () => {
        if (thread === undefined)
            return;
        thread.port.close();
        void thread.worker.terminate();
        thread = undefined;
    };
    return {
        get loaded() {
            return thread !== undefined;
        },
        close: stop,
        run(query, input) {
            const text = JSON.stringify(input);
            if (text === undefined)
                throw (0,errors/* badInput */.AN)('jq input must be a JSON value.');
            thread ??= startThread(options.workerPath ?? locateJqWorker(), options.startTimeoutMs ?? 10_000);
            const request = { seq: ++seq, query, input: text };
            const reply = exchange(thread, request, timeoutMs);
            if (reply === undefined) {
                stop();
                throw (0,errors/* badInput */.AN)(`jq expression ${quote(query)} did not finish within ${timeoutMs / 1000} s and was stopped: ` +
                    'make it terminate (no unbounded recursion or range), or simplify it.');
            }
            if (reply.ok)
                return reply.outputs;
            if (reply.kind === 'fatal') {
                stop();
                throw (0,errors/* badInput */.AN)(`jq expression ${quote(query)} ran out of memory and was stopped (${reply.message}): make it build smaller values.`);
            }
            if (reply.kind === 'compile') {
                throw new errors/* FactstoreError */.ST('CONFIG', `jq expression ${quote(query)} does not compile: ${jqMessage(reply.message)}. Fix the expression in the config.`);
            }
            throw (0,errors/* badInput */.AN)(`jq expression ${quote(query)} failed: ${jqMessage(reply.message)}.`);
        },
    };
}
function startThread(workerPath, startTimeoutMs) {
    const signal = new SharedArrayBuffer(4);
    const flag = new Int32Array(signal);
    const { port1, port2 } = new external_node_worker_threads_.MessageChannel();
    const data = { signal, port: port2 };
    const worker = new external_node_worker_threads_.Worker(workerPath, {
        workerData: data,
        transferList: [port2],
        resourceLimits: { maxOldGenerationSizeMb: 512 },
        stdout: true,
        stderr: true,
    });
    // The worker never keeps the process alive: a CLI command ends when its work is done.
    worker.unref();
    const thread = { worker, port: port1, flag };
    const ready = waitForMessage(thread, 0, startTimeoutMs);
    if (ready?.ready !== true) {
        port1.close();
        void worker.terminate();
        const why = ready === undefined ? `it did not start within ${startTimeoutMs / 1000} s` : ready.message;
        throw new errors/* FactstoreError */.ST('INTERNAL', `factstore: the jq engine could not be loaded: ${why}. Reinstall the package or rebuild with npm run build.`);
    }
    return thread;
}
function exchange(thread, request, timeoutMs) {
    const before = Atomics.load(thread.flag, 0);
    thread.port.postMessage(request);
    return waitForMessage(thread, before, timeoutMs);
}
/** Blocks until the worker has bumped the counter past `before` and its message is there, or time is up. */
function waitForMessage(thread, before, timeoutMs) {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
        const message = (0,external_node_worker_threads_.receiveMessageOnPort)(thread.port);
        if (message !== undefined)
            return message.message;
        const left = deadline - performance.now();
        if (left <= 0)
            return undefined;
        Atomics.wait(thread.flag, 0, before, left);
        before = Atomics.load(thread.flag, 0);
    }
}
function quote(query) {
    const oneLine = query.replace(/\s+/g, ' ').trim();
    return JSON.stringify(oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine);
}
/** jq's own message without its `jq: error...:` prefix and compile-error trailer. */
function jqMessage(message) {
    return message
        .split('\n')
        .filter((line) => !/^jq: \d+ compile errors?$/.test(line))
        .join(' ')
        .replace(/jq: error( \(at [^)]*\))?: /g, '')
        .replace(/\s+/g, ' ')
        .trim();
}

// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(71837);
// EXTERNAL MODULE: ./src/action/env/runner-env.ts
var runner_env = __webpack_require__(92864);
// EXTERNAL MODULE: ./src/action/github/load-config.ts
var load_config = __webpack_require__(79705);
// EXTERNAL MODULE: ./src/action/github/octokit.ts
var octokit = __webpack_require__(54973);
// EXTERNAL MODULE: ./src/action/github/reviewed-config.ts
var reviewed_config = __webpack_require__(99434);
;// CONCATENATED MODULE: ./src/action/session.ts









/** What a step needs from the world, each piece made once and only when asked for. */
class ActionSession {
    env;
    /** the export's settings and secrets from the step's environment (FACTSTORE_OTLP_*), nothing else of it */
    otlpEnv;
    request;
    checksRequest;
    engine;
    eventPath;
    constructor(env, cwd) {
        this.env = (0,runner_env/* readRunnerEnv */.Ot)(env, cwd);
        this.eventPath = env.GITHUB_EVENT_PATH;
        this.otlpEnv = Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('FACTSTORE_OTLP_')));
    }
    now() {
        return new Date();
    }
    /** The authenticated client's `request`; made on first use, so a dry run never makes one. */
    github(inputs) {
        this.request ??= (0,octokit/* gitHubRequest */.p)(inputs.token, this.env.apiUrl);
        return this.request;
    }
    /** The client of the gate's `checks-token`: the facts client when it is the same token; made once. */
    githubForChecks(inputs) {
        if (inputs.checksToken === inputs.token)
            return this.github(inputs);
        this.checksRequest ??= (0,octokit/* gitHubRequest */.p)(inputs.checksToken, this.env.apiUrl);
        return this.checksRequest;
    }
    /**
     * The writing steps' config (attest, begin): the workspace's, else the default branch's (never
     * fetched when `offline`). What the facts count for is decided by {@link decidingConfig}.
     */
    config(inputs, offline) {
        return (0,load_config/* loadConfig */.Z)({
            workspace: this.env.workspace,
            configPath: inputs.configPath,
            repository: inputs.repository,
            defaultBranch: this.defaultBranch(),
            request: offline ? undefined : () => this.github(inputs),
        });
    }
    /**
     * The config that decides (assert, gate): the default branch's of the workflow's repository,
     * pinned to its tip and read with the config token; never the workspace, which a pull request
     * controls, so a pull request cannot loosen its own gate.
     */
    async decidingConfig(inputs) {
        if (inputs.repository === undefined) {
            throw new errors/* FactstoreError */.ST('CONFIG', 'no GITHUB_REPOSITORY: this step reads the config from the default branch of the workflow\'s repository, so it runs only in a workflow.');
        }
        const request = inputs.configToken === inputs.token ? this.github(inputs) : (0,octokit/* gitHubRequest */.p)(inputs.configToken, this.env.apiUrl);
        const reviewed = await (0,reviewed_config/* loadReviewedConfig */.a)({
            request,
            repository: inputs.repository,
            configPath: inputs.configPath,
            defaultBranch: this.defaultBranch(),
            tokenInput: inputs.configTokenInput,
            configTokenInput: true,
        });
        const local = await (0,load_config/* readWorkspaceConfig */.s)(this.env.workspace, inputs.configPath);
        const lf = (t) => t.replace(/\r\n/g, '\n');
        return { ...reviewed, workspaceDiffers: local !== undefined && lf(local) !== lf(reviewed.text) };
    }
    /** The default branch as the event payload names it, when the payload is about the workflow's repository. */
    defaultBranch() {
        if (this.eventPath === undefined || this.eventPath === '' || this.env.repository === undefined)
            return undefined;
        try {
            const event = JSON.parse((0,external_node_fs_.readFileSync)(this.eventPath, 'utf8'));
            const { full_name: name, default_branch: branch } = event.repository ?? {};
            const same = typeof name === 'string' && name.toLowerCase() === this.env.repository.toLowerCase();
            return same && typeof branch === 'string' && branch !== '' ? branch : undefined;
        }
        catch {
            // no payload to read: the API answers instead
            return undefined;
        }
    }
    /** The flow named by the `flow` input; an unknown one lists the flows there are. */
    flow(config, name, configPath) {
        (0,names/* checkName */.I3)('flow', name);
        const flow = Object.hasOwn(config.flows, name) ? config.flows[name] : undefined;
        if (flow !== undefined)
            return flow;
        const known = Object.keys(config.flows);
        throw new errors/* FactstoreError */.ST('NOT_FOUND', `flow ${name} is not in ${configPath}; known flows: ${known.length > 0 ? known.join(', ') : 'none (add one under `flows:`)'}. Fix the \`flow\` input or add the flow to the config.`);
    }
    /** jq, in a worker thread started on the first evaluation. */
    jq() {
        this.engine ??= createWorkerJqEngine();
        return this.engine;
    }
    policyEvaluator() {
        return jqPolicyEvaluator(() => this.jq());
    }
    close() {
        this.engine?.close();
    }
}


/***/ })

};
