export const id = 803;
export const ids = [803];
export const modules = {

/***/ 62947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ workflowGateState)
});

// EXTERNAL MODULE: ./src/core/store/github/github-errors.ts
var github_errors = __webpack_require__(62368);
// EXTERNAL MODULE: ./src/core/store/github/github-request.ts
var github_request = __webpack_require__(31186);
// EXTERNAL MODULE: ./src/core/store/layout.ts + 1 modules
var layout = __webpack_require__(97708);
// EXTERNAL MODULE: ./src/core/schema/index.ts
var schema = __webpack_require__(91487);
;// CONCATENATED MODULE: ./src/core/store/github/tamper-alarm-run.ts

/** The check run that keeps the tamper alarm of a facts branch: `failure` while open, `success` once cleared. */
const TAMPER_ALARM_RUN = 'Factstore tamper alarm';
/** GitHub's limit on a check run's `output.text`. */
const TEXT_LIMIT = 65_535;
const NO_ALARM = { open: false, raised: [], leftOut: 0 };
/**
 * Reads the alarm from its run. Anything but a `success` run of readable facts is open: a run that
 * cannot be read must never read as no alarm.
 */
function alarmOfRun(run) {
    if (run === undefined)
        return NO_ALARM;
    const open = run.conclusion !== 'success';
    if (!open)
        return NO_ALARM;
    let parsed;
    try {
        parsed = JSON.parse(run.output?.text ?? '');
    }
    catch {
        return { open, raised: [], leftOut: 0, problem: `the "${TAMPER_ALARM_RUN}" check run ${run.id} holds no readable list of alarms` };
    }
    const items = Array.isArray(parsed?.raised) ? parsed.raised : [];
    const raised = items.filter((f) => (0,schema/* validateFact */.pG)(f).ok && f.kind === 'alarm' && f.event === 'TAMPER_ALARM_RAISED');
    const leftOut = typeof parsed?.leftOut === 'number' && parsed.leftOut > 0 ? parsed.leftOut : 0;
    if (raised.length !== items.length || raised.length === 0) {
        return { open, raised, leftOut, problem: `the "${TAMPER_ALARM_RUN}" check run ${run.id} holds ${items.length - raised.length} entr${items.length - raised.length === 1 ? 'y that is' : 'ies that are'} not TAMPER_ALARM_RAISED facts` };
    }
    return { open, raised, leftOut };
}
/**
 * The run's text for these open alarms: their RAISED facts as JSON, the oldest left out (and
 * counted) when they do not all fit GitHub's limit.
 */
function alarmRunText(raised, leftOut = 0) {
    let kept = [...raised];
    let dropped = leftOut;
    for (;;) {
        const text = JSON.stringify({ raised: kept, ...(dropped > 0 ? { leftOut: dropped } : {}) }, null, 1);
        if (text.length <= TEXT_LIMIT || kept.length <= 1)
            return text.length <= TEXT_LIMIT ? text : JSON.stringify({ raised: [], leftOut: dropped + kept.length });
        kept = kept.slice(1);
        dropped++;
    }
}

;// CONCATENATED MODULE: ./src/core/store/github/facts-branch-state.ts




/** The check run that keeps the high-water mark: its `external_id` is the newest decided facts commit. */
const HIGH_WATER_RUN = 'Factstore high-water mark';
/**
 * State of a facts branch that its writers must not be able to change, kept where only the
 * deciding App writes: check runs of that App on the branch's first commit (filtered by `app_id`,
 * so no other App's runs, and no push to the branch, can touch them). One request reads the
 * newest run of each name; writing one is one request too.
 */
class FactsBranchState {
    options;
    runs;
    constructor(options) {
        this.options = options;
    }
    /** The newest run of `name` this App made on the branch's first commit (undefined: none, or no branch). */
    async latest(name) {
        this.runs ??= this.readRuns();
        return (await this.runs)?.get(name);
    }
    /**
     * Writes a new completed run of `name` (GitHub shows the newest; completed runs are never
     * changed). False when there is no facts branch to keep it on.
     */
    async write(name, run) {
        const root = await this.root();
        if (root === undefined)
            return false;
        const { facts, request } = this.options;
        try {
            await request('POST /repos/{owner}/{repo}/check-runs', {
                owner: facts.owner,
                repo: facts.repo,
                name,
                head_sha: root,
                status: 'completed',
                conclusion: run.conclusion,
                external_id: run.external_id,
                output: { title: run.title, summary: run.summary, ...(run.text !== undefined ? { text: run.text } : {}) },
            });
        }
        catch (e) {
            throw (0,github_errors/* gitHubFailure */.o)(e, facts, `keeping the ${name} check run of ${facts.branch} (it needs checks: write on the facts repository)`);
        }
        this.runs = undefined;
        return true;
    }
    /** The tamper alarm: open while its newest run is not `success` (read with the high-water mark, in the same request). */
    async tamperAlarm() {
        return alarmOfRun(await this.latest(TAMPER_ALARM_RUN));
    }
    /**
     * Writes the alarm's state: `failure` with the RAISED facts of the open alarms, or `success`
     * (none open) once cleared. `summary` says what happened, for people.
     */
    writeTamperAlarm(open, state) {
        return this.write(TAMPER_ALARM_RUN, {
            conclusion: open.length > 0 || (state.leftOut ?? 0) > 0 ? 'failure' : 'success',
            external_id: state.id,
            title: state.title,
            summary: state.summary,
            text: alarmRunText(open, state.leftOut),
        });
    }
    /**
     * The high-water mark as a reader without `checks: read` sees it: when GitHub refuses the read
     * (403), no mark, and a note that says what to grant. Anything else fails as usual.
     */
    readOnlyHighWaterMark() {
        const mark = this.highWaterMark();
        let problem;
        return {
            where: mark.where,
            read: async () => {
                try {
                    return await mark.read();
                }
                catch (e) {
                    if ((0,github_request/* statusOf */.c)(e.cause) !== 403)
                        throw e;
                    problem = `the high-water mark (${mark.where}) could not be read, so a rollback cannot be told: give the job \`permissions: checks: read\``;
                    return undefined;
                }
            },
            advance: () => Promise.resolve(),
            problem: () => problem,
        };
    }
    /** The high-water mark kept in this state. */
    highWaterMark() {
        const { facts, who } = this.options;
        return {
            where: `the "${HIGH_WATER_RUN}" check run of ${who} on the first commit of ${facts.owner}/${facts.repo}:${facts.branch}`,
            read: async () => {
                const id = (await this.latest(HIGH_WATER_RUN))?.external_id ?? undefined;
                return id !== undefined && /^[0-9a-f]{40}$/.test(id) ? id : undefined;
            },
            advance: async (commit) => {
                // the same mark again is no news: no run is written for it
                if ((await this.latest(HIGH_WATER_RUN))?.external_id === commit)
                    return;
                await this.write(HIGH_WATER_RUN, {
                    conclusion: 'success',
                    external_id: commit,
                    title: `Decided up to facts commit ${commit.slice(0, 7)}`,
                    summary: `The newest facts commit a decision was taken on is \`${commit}\`. Every later decision checks that the tip of ` +
                        `\`${facts.branch}\` still descends from it: a rollback or a rewrite below it fails closed.`,
                });
            },
        };
    }
    async readRuns() {
        const root = await this.root();
        if (root === undefined)
            return undefined;
        const { facts, request } = this.options;
        const appId = await this.options.appId();
        let data;
        try {
            data = (await request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { owner: facts.owner, repo: facts.repo, ref: root, app_id: appId, filter: 'latest', per_page: 100 })).data;
        }
        catch (e) {
            throw (0,github_errors/* gitHubFailure */.o)(e, facts, `reading the state check runs of ${facts.branch} (it needs checks: read on the facts repository)`);
        }
        const out = new Map();
        for (const run of data.check_runs ?? [])
            if (!out.has(run.name))
                out.set(run.name, run);
        return out;
    }
    /** The branch's first commit: the oldest commit that touched the layout marker, which the first write creates. */
    async root() {
        const { facts, request } = this.options;
        const key = `${facts.owner}/${facts.repo}:${facts.branch}`.toLowerCase();
        const known = this.options.roots?.get(key);
        if (known !== undefined)
            return known;
        let oldest;
        for (let page = 1;; page++) {
            let data;
            try {
                data = (await request('GET /repos/{owner}/{repo}/commits', { owner: facts.owner, repo: facts.repo, sha: this.options.rootFrom ?? facts.branch, path: layout/* MARKER_PATH */.BR, per_page: 100, page })).data;
            }
            catch (e) {
                const status = (0,github_request/* statusOf */.c)(e);
                if (status === 404 || status === 409 || status === 422)
                    return undefined;
                throw (0,github_errors/* gitHubFailure */.o)(e, facts, `finding the first commit of ${facts.branch}`);
            }
            oldest = data[data.length - 1]?.sha ?? oldest;
            if (data.length < 100)
                break;
        }
        if (oldest !== undefined)
            this.options.roots?.set(key, oldest);
        return oldest;
    }
}

;// CONCATENATED MODULE: ./src/action/github/high-water.ts

/**
 * The facts branch's state as the workflow gate keeps it: check runs of the App its token acts as
 * (GitHub Actions' for GITHUB_TOKEN) on the branch's first commit.
 */
function workflowGateState(request, facts, appId) {
    return new FactsBranchState({ request, facts: { owner: facts.owner, repo: facts.repo, branch: facts.branch }, appId: () => Promise.resolve(appId), who: 'the workflow gate' });
}


/***/ }),

/***/ 88698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ readConfigToken)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87911);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97916);


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

/***/ 88954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ readHighWaterAppId)
/* harmony export */ });
/* unused harmony export GITHUB_ACTIONS_APP_ID */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97916);


/** The GitHub App a workflow's GITHUB_TOKEN acts as: its check runs are GitHub Actions'. */
const GITHUB_ACTIONS_APP_ID = 15368;
/**
 * `high-water-app-id`: the App whose check runs keep the facts branch's high-water mark (the
 * workflow gate writes them with its token: GitHub Actions for GITHUB_TOKEN, or the App a token
 * of `actions/create-github-app-token` belongs to).
 */
function readHighWaterAppId() {
    const text = (0,_input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalInput */ .$m)('high-water-app-id');
    if (text === undefined)
        return GITHUB_ACTIONS_APP_ID;
    if (!/^[1-9][0-9]{0,11}$/.test(text))
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`the \`high-water-app-id\` input is ${JSON.stringify(text)}: give the id of the GitHub App whose token writes the gate's check runs (GitHub Actions: ${GITHUB_ACTIONS_APP_ID}).`);
    return Number(text);
}


/***/ }),

/***/ 7449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ reportDecidingConfig)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);

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

/***/ 52859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ authorityProblem),
/* harmony export */   kA: () => (/* binding */ writerAuthorityProblem),
/* harmony export */   tG: () => (/* binding */ kindsOf)
/* harmony export */ });
/* unused harmony exports DEFAULT_KINDS, PERSON_KINDS, APP_KINDS */
/* harmony import */ var _signing_public_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34740);
/* harmony import */ var _trusted_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69662);


/** What a plain signer entry may record: the facts CI writes, never a person's decision. */
const DEFAULT_KINDS = ['trail', 'artifact', 'attestation', 'snapshot', 'drift', 'decision', 'export'];
/** A person's own key (`actors:`): their approvals and bypasses. */
const PERSON_KINDS = ['approval', 'bypass'];
/** The App's key (`app: true`): what the App records for the GitHub users it authenticated, its alarms and export cursors. */
const APP_KINDS = ['decision', 'approval', 'bypass', 'alarm', 'export'];
/** The kinds an entry may record: its `kinds`, else the default of its sort. */
function kindsOf(signer) {
    if (signer.kinds !== undefined)
        return signer.kinds;
    if (signer.app === true)
        return APP_KINDS;
    if (signer.actors !== undefined)
        return PERSON_KINDS;
    return DEFAULT_KINDS;
}
/**
 * Why the signer may not record this fact, or undefined when it may (DESIGN §2a). Approvals and
 * bypasses are a person's: they count from that person's own key (`actors:`) or from the App's
 * key, which records the GitHub user GitHub authenticated. A team named on the fact was checked
 * by whoever recorded it: only the App can check membership, so only its key vouches for a team.
 */
function authorityProblem(signer, fact) {
    if (!kindsOf(signer).includes(fact.kind)) {
        return `${signer.principal}'s key may not record ${fact.kind} facts (it may record: ${kindsOf(signer).join(', ')})`;
    }
    if (fact.kind !== 'approval' && fact.kind !== 'bypass')
        return undefined;
    if (signer.app === true)
        return undefined;
    const actor = fact.actor.toLowerCase();
    if (!(signer.actors ?? []).some((a) => a.toLowerCase() === actor)) {
        return `${signer.principal}'s key may not record ${fact.kind === 'approval' ? 'an approval' : 'a bypass'} by ${fact.actor}: only ${fact.actor}'s own key (listed with actors: [${fact.actor}]) or the App's key may`;
    }
    if (fact.team !== undefined) {
        return `the ${fact.kind} claims team ${fact.team}, which only the App can check: approve by name, or through the App`;
    }
    return undefined;
}
/**
 * For writers: why the key about to sign may not record `fact` under `signers`, or undefined when
 * it may, or when the key is not listed at all (the writer's trusted-key check says that).
 */
function writerAuthorityProblem(signers, publicKey, fact) {
    const entry = new _trusted_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustedKeys */ .q(signers).entryFor((0,_signing_public_key_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePublicKey */ .ee)(publicKey).blob);
    return entry === undefined ? undefined : authorityProblem(entry.signer, fact);
}


/***/ }),

/***/ 7401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ TrustedFacts)
});

// EXTERNAL MODULE: ./src/core/store/layout.ts + 1 modules
var layout = __webpack_require__(97708);
// EXTERNAL MODULE: ./src/core/store/local/object-reader.ts
var object_reader = __webpack_require__(5540);
// EXTERNAL MODULE: ./src/core/trust/append-claims.ts
var append_claims = __webpack_require__(60276);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/trust/integrity.ts

/**
 * History that did not only append (a changed or removed line, a rewind, a merge, a replaced
 * object): every decision fails closed on it (exit 3, a failed check run, a rejected deployment).
 */
function integrityFailure(what, cause) {
    return new errors/* FactstoreError */.ST('INTEGRITY', `${what}. Facts are only ever appended, so the facts branch was tampered with (or is incomplete): no decision is taken on it. ` +
        'Run factstore verify on a clone to see every problem, and restore the branch from a trusted copy.', cause === undefined ? undefined : { cause });
}

;// CONCATENATED MODULE: ./src/core/trust/attribute-lines.ts




/**
 * Which commit added each line of the file at the tip (DESIGN §2a). Each trusted commit declares,
 * in its signed message, the lines it appended and the hash of the file up to them; that hash must
 * still match the tip's first lines, so a trusted line changed, removed or moved since is caught
 * (an integrity failure, thrown). Lines outside every trusted range were appended by the file's
 * other commits: unsigned, untrusted, or signed badly. Commits from before declarations existed
 * are checked by reading the file as they left it.
 */
async function attributeLines(history, verdicts) {
    const lines = (0,append_claims/* splitLines */.uz)(history.text);
    const prefix = new PrefixHashes(lines);
    const ranges = [];
    const gaps = [[]];
    for (const [i, commit] of history.commits.entries()) {
        const verdict = verdicts[i];
        if (verdict === undefined)
            continue;
        if (verdict.status !== 'trusted') {
            gaps[gaps.length - 1]?.push({ commit, verdict });
            continue;
        }
        const claim = await claimOf(history, i, lines, prefix);
        const previous = ranges[ranges.length - 1]?.after ?? 0;
        if (claim.before < previous) {
            throw integrityFailure(`${history.path}: lines ${claim.before + 1}-${previous} changed after facts commit ${ranges[ranges.length - 1]?.commit.commit ?? ''} wrote them (seen at facts commit ${commit.commit})`);
        }
        if (claim.before > previous && gaps[gaps.length - 1]?.length === 0) {
            throw integrityFailure(`${history.path}: lines ${previous + 1}-${claim.before} were added by no commit of its history (the history is incomplete: a shallow or partial clone, or rewritten)`);
        }
        ranges.push({ commit, entry: verdict.entry, ...claim });
        gaps.push([]);
    }
    const last = ranges[ranges.length - 1]?.after ?? 0;
    if (lines.length > last && gaps[gaps.length - 1]?.length === 0) {
        throw integrityFailure(`${history.path}: lines ${last + 1}-${lines.length} were added by no commit of its history (the history is incomplete, or an object was replaced)`);
    }
    const owners = [];
    let cursor = 0;
    for (const [k, range] of ranges.entries()) {
        while (cursor < range.before)
            owners[cursor++] = { trusted: false, commits: gaps[k] ?? [] };
        while (cursor < range.after)
            owners[cursor++] = { trusted: true, commit: range.commit, entry: range.entry };
    }
    while (cursor < lines.length)
        owners[cursor++] = { trusted: false, commits: gaps[ranges.length] ?? [] };
    return owners;
}
/** The lines a trusted commit appended, checked against the tip. */
async function claimOf(history, i, lines, prefix) {
    const commit = history.commits[i];
    const message = (0,object_reader/* parseCommitHeader */.Mv)(commit.payload ?? '').message;
    const parsed = (0,append_claims/* parseClaims */.Df)(message);
    if (!parsed.ok)
        throw integrityFailure(`facts commit ${commit.commit} is signed by a trusted key but its message is damaged: ${parsed.problem}`);
    const claim = parsed.claims.get(history.path);
    if (claim !== undefined) {
        if (claim.after > lines.length || prefix.of(claim.after) !== claim.sha256) {
            throw integrityFailure(`${history.path}: the lines facts commit ${commit.commit} wrote (1-${claim.after}) were changed or removed later`);
        }
        return claim;
    }
    if (parsed.claims.size > 0) {
        throw integrityFailure(`facts commit ${commit.commit} changed ${history.path} without declaring it, although it is signed by a trusted key`);
    }
    return legacyClaim(history, i, lines);
}
/** A commit written before declarations existed: the file as it left it, and as its parent had it. */
async function legacyClaim(history, i, lines) {
    const commit = history.commits[i];
    const after = (0,append_claims/* splitLines */.uz)(await commit.textAfter());
    const before = i === 0 ? [] : (0,append_claims/* splitLines */.uz)(await history.commits[i - 1]?.textAfter());
    if (!startsWith(after, before))
        throw integrityFailure(`${history.path}: facts commit ${commit.commit} changed lines that were there before it`);
    if (!startsWith(lines, after))
        throw integrityFailure(`${history.path}: the lines facts commit ${commit.commit} wrote were changed or removed later`);
    return { before: before.length, after: after.length };
}
/** `head` is the start of `lines` (a line past the end of `lines` is undefined, never equal). */
function startsWith(lines, head) {
    return head.every((line, k) => lines[k] === line);
}
/** sha256 of the first n lines, for increasing n, in one pass over the file. */
class PrefixHashes {
    lines;
    hash = (0,external_node_crypto_.createHash)('sha256');
    fed = 0;
    known = new Map();
    constructor(lines) {
        this.lines = lines;
    }
    of(n) {
        const known = this.known.get(n);
        if (known !== undefined)
            return known;
        if (n < this.fed) {
            const h = (0,external_node_crypto_.createHash)('sha256');
            for (const line of this.lines.slice(0, n))
                h.update(`${line}\n`);
            return h.digest('hex');
        }
        while (this.fed < n)
            this.hash.update(`${this.lines[this.fed++] ?? ''}\n`);
        const digest = this.hash.copy().digest('hex');
        this.known.set(n, digest);
        return digest;
    }
}

// EXTERNAL MODULE: ./src/core/trust/authority.ts
var trust_authority = __webpack_require__(52859);
// EXTERNAL MODULE: ./src/core/signing/sign-sshsig.ts
var sign_sshsig = __webpack_require__(80140);
// EXTERNAL MODULE: ./src/core/signing/sshsig-format.ts
var sshsig_format = __webpack_require__(60806);
// EXTERNAL MODULE: ./src/core/signing/verify-sshsig.ts
var verify_sshsig = __webpack_require__(5736);
;// CONCATENATED MODULE: ./src/core/trust/commit-verdict.ts



/** The words for a verdict, as every surface shows them ("unsigned", "signed by a key not in trust.signers"…). */
function verdictText(v) {
    switch (v.status) {
        case 'trusted':
            return `signed by ${v.entry.signer.principal}`;
        case 'untrusted':
            return `signed by key ${v.fingerprint}, which trust.signers does not list`;
        case 'unsigned':
            return 'unsigned';
        case 'invalid':
            return `bad signature (${v.detail.replace(/\.$/, '')})`;
    }
}
/**
 * Checks a commit's SSH signature over its payload (namespace `git`, as `git verify-commit`
 * does) and finds its key in `trust.signers`. A commit whose payload could not be read is not
 * judged here: the caller fails closed on it.
 */
function commitVerdict(commit, keys) {
    if (commit.signature === undefined || commit.payload === undefined)
        return { status: 'unsigned' };
    if (!commit.signature.trimStart().startsWith(sshsig_format/* SIGNATURE_BEGIN */.lb)) {
        const kind = commit.signature.includes('BEGIN PGP SIGNATURE') ? 'a PGP signature' : 'not an SSH signature';
        return { status: 'invalid', detail: `${kind}: facts commits are signed with SSH` };
    }
    const result = (0,verify_sshsig/* verifySshsig */.v)(commit.signature, Buffer.from(commit.payload, 'utf8'), sign_sshsig/* GIT_NAMESPACE */.v);
    if (!result.valid || result.publicKeyBlob === undefined)
        return { status: 'invalid', detail: result.error ?? 'the signature does not verify' };
    const entry = keys.entryFor(result.publicKeyBlob);
    if (entry === undefined)
        return { status: 'untrusted', fingerprint: result.fingerprint ?? 'unknown' };
    return { status: 'trusted', entry };
}

;// CONCATENATED MODULE: ./src/core/trust/file-trust.ts






/** Five minutes: CI clocks and GitHub's differ by seconds; a fact dated later than that was not written then. */
const DEFAULT_SKEW_MS = 5 * 60 * 1000;
/**
 * The facts of one file that count (DESIGN §2a), each with the commit that added it and its signer,
 * and every line that does not, with why. A commit that rewrote lines is thrown as an integrity
 * failure; an untrusted append is only ignored.
 */
async function fileTrust(history, options) {
    const verdicts = history.commits.map((c) => {
        if (c.unreadable !== undefined)
            throw integrityFailure(`${history.path}: ${c.unreadable}`);
        return commitVerdict(c, options.keys);
    });
    const owners = await attributeLines(history, verdicts);
    const counted = [];
    const ignored = [];
    const seen = new Set();
    for (const [k, text] of (0,append_claims/* splitLines */.uz)(history.text).entries()) {
        const owner = owners[k];
        const fact = parseFact(text);
        const at = { path: history.path, line: k + 1, ...(fact !== undefined ? { id: fact.id, kind: fact.kind } : {}) };
        if (!owner.trusted) {
            ignored.push({ ...at, ...untrustedCause(owner.commits) });
            continue;
        }
        if (fact === undefined)
            throw integrityFailure(`${history.path}:${k + 1}, written by trusted facts commit ${owner.commit.commit}, is not a fact`);
        const problem = await factProblem(fact, owner.entry, owner.commit, options);
        if (problem !== undefined) {
            ignored.push({ ...at, commit: owner.commit.commit, ...problem });
            continue;
        }
        if (seen.has(fact.id))
            continue;
        seen.add(fact.id);
        const time = new Date((0,object_reader/* parseCommitHeader */.Mv)(owner.commit.payload ?? '').time * 1000).toISOString();
        counted.push({ fact, commit: owner.commit.commit, time, signer: owner.entry.signer.principal });
    }
    return { path: history.path, counted, ignored };
}
/**
 * Why a fact appended by a commit that `entry`'s key signed does not count, or undefined when it
 * does: the key's authority, its retirement, and the fact's date against the commit's.
 */
async function factProblem(fact, entry, commit, options) {
    const { signer } = entry;
    const authority = (0,trust_authority/* authorityProblem */.H5)(signer, fact);
    if (authority !== undefined)
        return { reason: 'no-authority', detail: authority };
    if (signer.until !== undefined && !(await options.isAncestor(commit.commit, signer.until))) {
        return { reason: 'retired-key', detail: `${signer.principal}'s key was retired at facts commit ${signer.until.slice(0, 7)} (until:), and this commit came after it` };
    }
    const committed = (0,object_reader/* parseCommitHeader */.Mv)(commit.payload ?? '').time * 1000;
    const ts = Date.parse(fact.ts);
    if (!(ts <= committed + options.skewMs)) {
        return { reason: 'future-timestamp', detail: `dated ${fact.ts}, later than the commit that added it (${new Date(committed).toISOString()})` };
    }
    return undefined;
}
/** Names the commit that appended untrusted lines: the one, or the first of several, with the reason. */
function untrustedCause(commits) {
    // never empty: attributeLines fails closed on lines that no commit of the history added
    const first = commits[0];
    const reason = first.verdict.status === 'unsigned' ? 'unsigned' : first.verdict.status === 'untrusted' ? 'untrusted-key' : 'bad-signature';
    const more = commits.length > 1 ? ` (or one of ${commits.length - 1} later untrusted commit${commits.length > 2 ? 's' : ''}: ${commits.slice(1, 4).map((c) => c.commit.commit.slice(0, 7)).join(', ')})` : '';
    return { commit: first.commit.commit, reason, detail: `${verdictText(first.verdict)}${more}` };
}
function parseFact(text) {
    let fact;
    try {
        fact = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    // a number, string, boolean or array has none of these fields: only null needs the `?.`
    return typeof fact?.id === 'string' && typeof fact.kind === 'string' && typeof fact.ts === 'string' && typeof fact.actor === 'string' ? fact : undefined;
}

;// CONCATENATED MODULE: ./src/core/trust/high-water.ts
/** No mark at all: history is still checked for merges, but a rewind cannot be told (say so). */
const NO_HIGH_WATER = {
    where: 'nowhere (no high-water mark is kept here)',
    read: () => Promise.resolve(undefined),
    advance: () => Promise.resolve(),
};

// EXTERNAL MODULE: ./src/core/trust/trusted-keys.ts
var trusted_keys = __webpack_require__(69662);
;// CONCATENATED MODULE: ./src/core/trust/trusted-facts.ts





/**
 * The facts that count (DESIGN §2a), read at one facts commit: what the engine sees, and nothing
 * else. Each trail file is read with its history; a fact counts only when a key of `trust.signers`
 * with authority for it signed the commit that appended it. The tip must descend from the
 * high-water mark along one line of commits, and no object read may be replaced or grafted:
 * otherwise every read throws an integrity failure. Untrusted appends are left out and reported.
 *
 * It offers the reads `gateCommit`, `assertArtifact` and the reports make (`tip`, `readTrail`,
 * `trailsForCommit`, `trailsForArtifact`, `listTrails`), pinned to the tip it opened at.
 */
class TrustedFacts {
    options;
    factsCommit;
    highWater;
    historyChecked;
    files = new Map();
    /** histories read ahead by `prefetch` */
    histories = new Map();
    ancestry = new Map();
    keys;
    constructor(options, factsCommit, highWater, historyChecked) {
        this.options = options;
        this.factsCommit = factsCommit;
        this.highWater = highWater;
        this.historyChecked = historyChecked;
        this.keys = new trusted_keys/* TrustedKeys */.q(options.signers);
    }
    /** Reads the tip and checks how the branch got there from the high-water mark. */
    static async open(options) {
        const { store } = options;
        const mark = options.highWater ?? NO_HIGH_WATER;
        // the mark first, then the tip: a decision taken meanwhile moves the mark only to a commit the
        // tip read after it descends from, so concurrent deciders never mistake each other for a rollback
        const highWater = await mark.read();
        const tip = await store.tip();
        if (tip === undefined) {
            if (highWater !== undefined)
                throw integrityFailure(`the facts branch is gone, although a decision was taken on its facts commit ${highWater} (high-water mark in ${mark.where})`);
            return new TrustedFacts(options, undefined, undefined, true);
        }
        const move = await store.branchMove(highWater, tip);
        const seen = `the newest facts commit a decision was taken on, ${highWater ?? ''} (high-water mark in ${mark.where})`;
        if (move.merges.length > 0)
            throw integrityFailure(`the facts branch holds merge commit ${move.merges[0] ?? ''}: it must be one line of appended commits`);
        if (move.relation === 'behind')
            throw integrityFailure(`the facts branch was rolled back: its tip ${tip} is older than ${seen}`);
        if (move.relation === 'diverged')
            throw integrityFailure(`the facts branch was rewritten: its tip ${tip} does not descend from ${seen}`);
        if (move.relation === 'unknown')
            throw integrityFailure(`${seen} is not in this repository: the facts branch was rewritten, or this clone lacks it (fetch the facts branch again)`);
        const hazards = await store.readHazards(tip);
        if (hazards.length > 0)
            throw integrityFailure(hazards.join('; '));
        return new TrustedFacts(options, tip, highWater, move.complete);
    }
    tip() {
        return Promise.resolve(this.factsCommit);
    }
    /** The counted facts of a trail, each with the commit that added it and its signer. */
    async countedTrail(flow, trail) {
        return (await this.file((0,layout/* trailPath */.yg)(flow, trail))).counted;
    }
    async readTrail(flow, trail, _options) {
        return (await this.countedTrail(flow, trail)).map((c) => c.fact);
    }
    /** The counted facts not bound to a trail (kind and key as `readLoose`), each with its commit and signer. */
    async countedLoose(kind, key) {
        if (this.factsCommit === undefined)
            return [];
        const files = await this.options.store.looseFiles(kind, key, this.at());
        const counted = (await Promise.all(files.map((f) => this.file(f)))).flatMap((f) => f.counted);
        return counted.sort((a, b) => a.time.localeCompare(b.time));
    }
    async readLoose(kind, key, _options) {
        return (await this.countedLoose(kind, key)).map((c) => c.fact);
    }
    /** The commits that added the trail's counted facts, oldest first, as `FactStore.trailHistory` gives them. */
    async trailHistory(flow, trail, _options) {
        return byCommit(await this.countedTrail(flow, trail));
    }
    async looseHistory(kind, key, _options) {
        return byCommit(await this.countedLoose(kind, key));
    }
    /** Trails whose counted trail facts name the commit: an index line alone proves nothing. */
    async trailsForCommit(commit, _options) {
        const refs = await this.options.store.trailsForCommit(commit, this.at());
        return this.keep(refs, (f) => f.kind === 'trail' && f.commit === commit);
    }
    /** Trails whose counted artifact facts record the digest. */
    async trailsForArtifact(digest, _options) {
        const refs = await this.options.store.trailsForArtifact(digest, this.at());
        return this.keep(refs, (f) => f.kind === 'artifact' && f.artifact === digest);
    }
    /**
     * Index entries and lines under `index/`, pinned to the tip: hints only, written by anyone who
     * can push. A reader counts what they point at only through the counted facts (`countedTrail`).
     */
    async indexEntries(folder) {
        return this.factsCommit === undefined ? [] : this.options.store.indexEntries(folder, this.at());
    }
    async indexRefs(path) {
        return this.factsCommit === undefined ? [] : this.options.store.indexRefs(path, this.at());
    }
    /** The keys with loose facts of `kind` at the tip: where to look; what counts there is `countedLoose`'s. */
    async looseKeys(kind) {
        return this.factsCommit === undefined ? [] : this.options.store.looseKeys(kind, this.at());
    }
    /** Every trail with at least one fact that counts. */
    async listTrails(flow, _options) {
        const refs = await this.options.store.listTrails(flow, this.at());
        return this.keep(refs, () => true);
    }
    /**
     * Reads the history of every trail file (of one flow, or of all) in one walk, for listing
     * commands: without it each trail costs a walk of its own.
     */
    async prefetch(flow) {
        if (this.factsCommit === undefined)
            return;
        const histories = await this.options.store.fileHistories(flow === undefined ? 'trails' : `trails/${flow}`, this.at());
        for (const h of histories)
            this.histories.set(h.path, h);
        // a trail file gone from the tip is listed nowhere: checking it here catches the removal
        for (const h of histories)
            if (h.text === undefined)
                await this.file(h.path);
    }
    /**
     * Reads the histories of these trails' files in one walk where the store can, before they are
     * read one by one (search, several trails of one digest): each would otherwise walk on its own.
     */
    async prefetchTrails(refs) {
        await this.prefetchFiles(refs.map((r) => (0,layout/* trailPath */.yg)(r.flow, r.trail)));
    }
    /** The same for any facts files (trails, loose months): what `countedFile` will read one by one. */
    async prefetchFiles(files) {
        if (this.factsCommit === undefined)
            return;
        const paths = [...new Set(files)].filter((p) => !this.files.has(p) && !this.histories.has(p));
        if (paths.length < 2)
            return;
        for (const h of await this.options.store.fileHistoriesOf(paths, this.at()))
            this.histories.set(h.path, h);
    }
    /** The counted facts of one facts file (a trail, a month of loose facts), each with its commit and signer. */
    async countedFile(path) {
        return (await this.file(path)).counted;
    }
    /**
     * Prefetches the trails the artifact index names for each digest (what `trailsForArtifact` will
     * confirm one digest at a time): an environment of many running artifacts is walked once.
     */
    async prefetchArtifacts(digests) {
        if (this.factsCommit === undefined || digests.length < 2)
            return;
        const refs = (await Promise.all([...new Set(digests)].map((d) => this.options.store.trailsForArtifact(d, this.at())))).flat();
        await this.prefetchTrails(refs);
    }
    /** What was read and what did not count, for the surfaces to show. */
    report() {
        return this.reportNow();
    }
    async reportNow() {
        const ignored = [];
        for (const file of this.files.values())
            ignored.push(...(await file).ignored);
        const notes = [];
        const unreadable = this.options.highWater?.problem?.();
        if (unreadable !== undefined)
            notes.push(unreadable);
        else if (this.highWater === undefined && this.factsCommit !== undefined) {
            notes.push('no decision was recorded on this facts branch before (no high-water mark yet): a rollback or rewrite before this one cannot be told; factstore verify checks the whole history');
        }
        return {
            factsCommit: this.factsCommit ?? null,
            highWater: { commit: this.highWater ?? null, where: (this.options.highWater ?? NO_HIGH_WATER).where },
            historyChecked: this.historyChecked,
            ignored,
            notes,
        };
    }
    /** Records the decision taken on `commit` (the tip read, or a decision commit written on it). */
    async decided(commit = this.factsCommit) {
        if (commit !== undefined)
            await (this.options.highWater ?? NO_HIGH_WATER).advance(commit);
    }
    at() {
        return this.factsCommit === undefined ? {} : { at: this.factsCommit };
    }
    async keep(refs, proves) {
        await this.prefetchTrails(refs);
        const out = [];
        for (const ref of refs) {
            if ((await this.countedTrail(ref.flow, ref.trail)).some((c) => proves(c.fact)))
                out.push(ref);
        }
        return out;
    }
    file(path) {
        let known = this.files.get(path);
        if (known === undefined) {
            known = this.readFile(path);
            this.files.set(path, known);
        }
        return known;
    }
    async readFile(path) {
        const { store } = this.options;
        if (this.factsCommit === undefined)
            return { path, counted: [], ignored: [] };
        const history = this.histories.get(path) ?? (await store.fileHistory(path, { at: this.factsCommit }));
        const trust = await fileTrust(history, {
            keys: this.keys,
            skewMs: this.options.skewMs ?? DEFAULT_SKEW_MS,
            isAncestor: (commit, until) => this.isAncestor(commit, until),
        });
        const hazards = await store.readHazards(this.factsCommit);
        if (hazards.length > 0)
            throw integrityFailure(hazards.join('; '));
        return trust;
    }
    isAncestor(commit, until) {
        const key = `${commit}..${until}`;
        let known = this.ancestry.get(key);
        if (known === undefined) {
            known = this.options.store.isAncestor(commit, until);
            this.ancestry.set(key, known);
        }
        return known;
    }
}
/** Counted facts grouped by the commit that added them, in order. */
function byCommit(counted) {
    const out = [];
    for (const c of counted) {
        const last = out[out.length - 1];
        if (last?.commit === c.commit)
            last.facts.push(c.fact);
        else
            out.push({ commit: c.commit, time: c.time, facts: [c.fact] });
    }
    return out;
}


/***/ }),

/***/ 69662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ TrustedKeys)
/* harmony export */ });
/* harmony import */ var _signing_public_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34740);

/**
 * The keys of `trust.signers`, looked up by their wire blob (the key itself: type and bytes,
 * never the comment). A key listed twice is found at its first entry; a key that cannot be read
 * never matches (the config validator reports it).
 */
class TrustedKeys {
    signers;
    byBlob = new Map();
    constructor(signers) {
        this.signers = signers;
        signers.forEach((signer, index) => {
            try {
                const key = (0,_signing_public_key_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePublicKey */ .ee)(signer.key);
                const id = key.blob.toString('base64');
                if (!this.byBlob.has(id))
                    this.byBlob.set(id, { signer, index, fingerprint: key.fingerprint });
            }
            catch {
                // unreadable: never trusted
            }
        });
    }
    get size() {
        return this.byBlob.size;
    }
    entryFor(blob) {
        return this.byBlob.get(blob.toString('base64'));
    }
}


/***/ })

};
