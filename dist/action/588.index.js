export const id = 588;
export const ids = [588];
export const modules = {

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

/***/ 6588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ActionSession: () => (/* binding */ ActionSession)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
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
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/core/jq/jq-engine.ts
/** Default time one evaluation may take before it is stopped. */
const JQ_TIMEOUT_MS = 2000;

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
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
var names = __webpack_require__(1837);
// EXTERNAL MODULE: ./src/action/env/runner-env.ts
var runner_env = __webpack_require__(2864);
// EXTERNAL MODULE: ./src/action/github/load-config.ts
var load_config = __webpack_require__(9705);
// EXTERNAL MODULE: ./src/action/github/octokit.ts
var octokit = __webpack_require__(4973);
// EXTERNAL MODULE: ./src/action/github/reviewed-config.ts
var reviewed_config = __webpack_require__(9434);
;// CONCATENATED MODULE: ./src/action/session.ts









/** What a step needs from the world, each piece made once and only when asked for. */
class ActionSession {
    env;
    request;
    checksRequest;
    engine;
    eventPath;
    constructor(env, cwd) {
        this.env = (0,runner_env/* readRunnerEnv */.Ot)(env, cwd);
        this.eventPath = env.GITHUB_EVENT_PATH;
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
