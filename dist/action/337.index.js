export const id = 337;
export const ids = [337];
export const modules = {

/***/ 47734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ actorKey),
/* harmony export */   Q: () => (/* binding */ allowListMatcher)
/* harmony export */ });
const noTeams = () => false;
/**
 * Builds a matcher for an allow-list of user logins and `@org/team` entries. Logins compare
 * case-insensitively (GitHub logins do); a team matches only through the injected membership
 * check, asked at most once per actor.
 */
function allowListMatcher(allowed, isTeamMember = noTeams) {
    const users = new Set(allowed.filter((a) => !a.startsWith('@')).map((a) => a.toLowerCase()));
    const teams = allowed.filter((a) => a.startsWith('@'));
    const seen = new Map();
    return (actor) => {
        const key = actor.toLowerCase();
        let match = seen.get(key);
        if (match === undefined) {
            match = users.has(key) || teams.some((team) => isTeamMember(actor, team));
            seen.set(key, match);
        }
        return match;
    };
}
/** Case-insensitive identity of an actor, so `Alice` and `alice` count once. */
function actorKey(actor) {
    return actor.toLowerCase();
}


/***/ }),

/***/ 51139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ approvalMet),
/* harmony export */   z: () => (/* binding */ evaluateApproval)
/* harmony export */ });
/* harmony import */ var _actor_match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47734);

/**
 * DESIGN §4 rule 3. Each allowed approver's newest decision counts (so a re-approval after a
 * rejection lifts it); decisions by anyone else are listed in `ignored` and never counted. An
 * approver is allowed when listed by name, or when the fact names a listed team (`team`). With
 * `forbid_self` (the default) the change's author's approvals never count (SOX/PCI separation of
 * duties); logins compare case-insensitively, as GitHub's do.
 * `approvals` must be oldest first.
 */
function evaluateApproval(rule, approvals, isTeamMember, 
/** the change's author (trail or pull request), when known */
author) {
    const approvers = rule?.approvers ?? [];
    const isListed = (0,_actor_match_js__WEBPACK_IMPORTED_MODULE_0__/* .allowListMatcher */ .Q)(approvers, isTeamMember);
    const teams = new Set(approvers.filter((a) => a.startsWith('@')).map((t) => t.toLowerCase()));
    // A team recorded on the fact was checked when it was written; it counts while the team is listed.
    const isAllowed = (fact) => isListed(fact.actor) || (fact.team !== undefined && teams.has(fact.team.toLowerCase()));
    const latest = new Map();
    const ignored = [];
    const forbidSelf = rule?.forbidSelf ?? true;
    const self = forbidSelf && author !== undefined ? (0,_actor_match_js__WEBPACK_IMPORTED_MODULE_0__/* .actorKey */ .B)(author) : undefined;
    const selfApproved = [];
    for (const fact of approvals) {
        if (self !== undefined && (0,_actor_match_js__WEBPACK_IMPORTED_MODULE_0__/* .actorKey */ .B)(fact.actor) === self && fact.decision === 'APPROVED') {
            // separation of duties: the author's own approval never counts (a rejection still does)
            if (!selfApproved.includes(fact.actor))
                selfApproved.push(fact.actor);
            continue;
        }
        if (isAllowed(fact)) {
            const key = (0,_actor_match_js__WEBPACK_IMPORTED_MODULE_0__/* .actorKey */ .B)(fact.actor);
            // Re-inserting keeps the map in the order of each approver's latest decision.
            latest.delete(key);
            latest.set(key, fact);
        }
        else if (!ignored.includes(fact.actor)) {
            ignored.push(fact.actor);
        }
    }
    const decisions = [...latest.values()];
    const approvedBy = decisions.filter((f) => f.decision === 'APPROVED').map((f) => f.actor);
    const rejectedBy = decisions.filter((f) => f.decision === 'REJECTED').map((f) => f.actor);
    return {
        required: rule?.required ?? false,
        granted: approvedBy.length,
        min: rule?.min ?? 0,
        rejected: rejectedBy.length > 0,
        approvedBy,
        rejectedBy,
        ignored,
        selfApproved,
        author: forbidSelf && author !== undefined ? author : null,
        authorUnknown: forbidSelf && (rule?.required ?? false) && author === undefined,
    };
}
function approvalMet(approval) {
    return !approval.required || (approval.granted >= approval.min && !approval.rejected);
}


/***/ }),

/***/ 152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mc: () => (/* binding */ pickBest),
/* harmony export */   fY: () => (/* binding */ pickWorst)
/* harmony export */ });
/* unused harmony export compareBest */
/* harmony import */ var _chronology_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37361);

/** Better first: fewest problems, then the newest trail, then the trail name (for a stable answer). */
function compareBest(a, b) {
    if (a.problems !== b.problems)
        return a.problems - b.problems;
    const byNewest = (0,_chronology_js__WEBPACK_IMPORTED_MODULE_0__/* .compareTs */ .ps)(b.newest, a.newest);
    if (byNewest !== 0)
        return byNewest;
    return a.trail < b.trail ? -1 : a.trail > b.trail ? 1 : 0;
}
/** The best evaluation; a COMPLIANT one whenever there is one (it has no problems). */
function pickBest(evaluations) {
    return [...evaluations].sort(compareBest)[0];
}
/** The worst of one trail's per-artifact evaluations: most problems, first recorded on ties. */
function pickWorst(evaluations) {
    let worst;
    for (const e of evaluations)
        if (worst === undefined || e.problems > worst.problems)
            worst = e;
    return worst;
}


/***/ }),

/***/ 37361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ju: () => (/* binding */ chronological),
/* harmony export */   Vo: () => (/* binding */ tsValue),
/* harmony export */   eh: () => (/* binding */ newestTs),
/* harmony export */   ps: () => (/* binding */ compareTs)
/* harmony export */ });
/** Milliseconds of an ISO-8601 timestamp; unparsable ones sort first rather than breaking the order. */
function tsValue(ts) {
    const t = Date.parse(ts);
    return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}
function compareTs(a, b) {
    const x = tsValue(a);
    const y = tsValue(b);
    return x < y ? -1 : x > y ? 1 : 0;
}
/** Oldest first by `ts`, then file order (Array.prototype.sort is stable). */
function chronological(facts) {
    return [...facts].sort((a, b) => compareTs(a.ts, b.ts));
}
/** The newest `ts` among the facts, `''` when there are none. */
function newestTs(facts) {
    let newest = '';
    for (const fact of facts) {
        if (newest === '' || compareTs(fact.ts, newest) >= 0)
            newest = fact.ts;
    }
    return newest;
}


/***/ }),

/***/ 68349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ evaluateTrail)
});

// UNUSED EXPORTS: trailAuthor

// EXTERNAL MODULE: ./src/core/evaluate/approvals.ts
var evaluate_approvals = __webpack_require__(51139);
// EXTERNAL MODULE: ./src/core/evaluate/chronology.ts
var chronology = __webpack_require__(37361);
;// CONCATENATED MODULE: ./src/core/evaluate/describe.ts

/**
 * The one-sentence verdict of a trail evaluation, e.g.
 * "Missing required attestations: sbom; failed: vulnerability-scan; approval 0/1".
 */
function describeEvaluation({ types, approval, policyViolations }) {
    const parts = [];
    const missing = types.filter((t) => t.status === 'MISSING').map((t) => (t.pending ? `${t.type} (pending)` : t.type));
    const failed = types.filter((t) => t.status === 'FAILED').map((t) => t.type);
    if (missing.length > 0)
        parts.push(`missing required attestations: ${missing.join(', ')}`);
    if (failed.length > 0) {
        parts.push(`${parts.length === 0 ? 'failed required attestations' : 'failed'}: ${failed.join(', ')}`);
    }
    if (!(0,evaluate_approvals/* approvalMet */.Y)(approval)) {
        const rejected = approval.rejected ? `, rejected by ${approval.rejectedBy.join(', ')}` : '';
        parts.push(`approval ${approval.granted}/${approval.min}${rejected}`);
    }
    for (const v of policyViolations)
        parts.push(`policy ${v.policy} denied: ${v.reasons.join(', ')}`);
    if (parts.length === 0)
        return 'All required attestations passed';
    const sentence = parts.join('; ');
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

;// CONCATENATED MODULE: ./src/core/evaluate/policies.ts
const NO_POLICY_ENGINE = 'no policy engine available';
/**
 * DESIGN §4 rule 4: every named policy must allow. Anything short of an explicit allow — no
 * engine, a policy missing from the config, an engine that throws — is a violation, never a pass.
 */
function evaluatePolicies(names, policies, evaluator, document) {
    const violations = [];
    for (const name of new Set(names)) {
        const reasons = denyReasons(name, policies?.[name], evaluator, document);
        if (reasons !== undefined)
            violations.push({ policy: name, reasons });
    }
    return violations;
}
function denyReasons(name, policy, evaluator, document) {
    if (evaluator === undefined)
        return [NO_POLICY_ENGINE];
    if (policy === undefined)
        return [`policy ${name} is not defined: add it under \`policies:\` in the config`];
    let verdict;
    try {
        verdict = evaluator.evaluate(name, policy, document());
    }
    catch (e) {
        return [`policy evaluation failed: ${e instanceof Error ? e.message : String(e)}`];
    }
    if (verdict.allow)
        return undefined;
    return verdict.reasons.length > 0 ? [...verdict.reasons] : ['denied'];
}

;// CONCATENATED MODULE: ./src/core/evaluate/combined-summary.ts
/**
 * One summary for an attestation's evidence: the summary itself for one file; for several files
 * of one format, each numeric count added up (three JUnit files → total tests, failures...).
 * Undefined when no file has a summary or the formats differ.
 */
function combinedSummary(evidence) {
    const summaries = evidence.flatMap((e) => (e.summary !== undefined ? [e.summary] : []));
    if (summaries.length === 0 || summaries.length !== evidence.length)
        return undefined;
    if (summaries.length === 1)
        return summaries[0];
    if (new Set(evidence.map((e) => e.format)).size !== 1)
        return undefined;
    const total = {};
    for (const summary of summaries) {
        for (const [key, value] of Object.entries(summary)) {
            if (typeof value === 'number')
                total[key] = (total[key] ?? 0) + value;
        }
    }
    return Object.keys(total).length > 0 ? total : undefined;
}

;// CONCATENATED MODULE: ./src/core/evaluate/trail-document.ts

/** Attestations that count for `artifact` (DESIGN §4 rule 2); all of them when none is given. */
function countingAttestations(facts, artifact) {
    return facts.filter((f) => f.kind === 'attestation' && (artifact === undefined || f.artifact === undefined || f.artifact === artifact));
}
function buildTrailDocument(input) {
    const { flow, facts, artifact } = input;
    const trailFact = facts.find((f) => f.kind === 'trail');
    return {
        flow: definedOnly({
            name: flow.name,
            description: flow.description,
            require: [...flow.require],
            approval: flow.approval && {
                required: flow.approval.required,
                approvers: [...flow.approval.approvers],
                min: flow.approval.min,
            },
            policies: [...flow.policies],
            branches: [...flow.branches],
            environments: [...flow.environments],
            retries: flow.retries,
        }),
        trail: definedOnly({
            name: input.trail,
            commit: trailFact?.commit,
            gitBranch: trailFact?.gitBranch,
            author: trailFact?.author,
        }),
        attestations: countingAttestations(facts, artifact).map((a) => definedOnly({
            type: a.type,
            status: a.status,
            artifact: a.artifact,
            details: a.details,
            evidence: a.evidence.map((e) => definedOnly({ name: e.name, sha256: e.sha256, format: e.format, summary: e.summary })),
            summary: combinedSummary(a.evidence),
            override: a.override && { reason: a.override.reason, verdict: a.override.verdict },
            actor: a.actor,
            ts: a.ts,
        })),
        artifacts: facts.flatMap((f) => f.kind === 'artifact' && (artifact === undefined || f.artifact === artifact)
            ? [definedOnly({ artifact: f.artifact, name: f.name, tag: f.tag })]
            : []),
        approvals: facts.flatMap((f) => f.kind === 'approval'
            ? [definedOnly({ actor: f.actor, decision: f.decision, team: f.team, comment: f.comment, ts: f.ts })]
            : []),
    };
}
/** Drops keys whose value is `undefined` (optional fields stay absent, as in JSON). */
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/core/evaluate/type-status.ts
/**
 * DESIGN §4 rule 1 for one required type. `attestations` are those of the type that count
 * (artifact scope already applied), oldest first.
 */
function evaluateType(type, attestations, retries) {
    const { status, decider, superseded } = retries === 'latest' ? latestDecides(attestations) : stickyDecides(attestations);
    const evaluation = {
        type,
        status,
        pending: status === 'MISSING' && attestations.some((a) => a.status === 'PENDING'),
        superseded,
        evidence: decider?.evidence ?? [],
    };
    if (decider !== undefined)
        evaluation.decidedBy = decider.id;
    if (decider?.details !== undefined)
        evaluation.details = decider.details;
    if (decider?.evidenceUrl !== undefined)
        evaluation.evidenceUrl = decider.evidenceUrl;
    if (decider?.override !== undefined)
        evaluation.override = { ...decider.override };
    return evaluation;
}
/** Any FAILED fails the type for good; the newest attestation of the deciding status is shown. */
function stickyDecides(attestations) {
    const newestWith = (status) => attestations.filter((a) => a.status === status).at(-1);
    const failed = newestWith('FAILED');
    if (failed !== undefined)
        return { status: 'FAILED', decider: failed, superseded: [] };
    const passed = newestWith('PASSED');
    if (passed !== undefined)
        return { status: 'PASSED', decider: passed, superseded: [] };
    return { status: 'MISSING', decider: newestWith('PENDING'), superseded: [] };
}
/** `retries: latest`: the newest attestation decides; earlier failures are kept as superseded. */
function latestDecides(attestations) {
    const decider = attestations.at(-1);
    const status = decider === undefined || decider.status === 'PENDING' ? 'MISSING' : decider.status;
    const superseded = attestations
        .filter((a) => a !== decider && a.status === 'FAILED')
        .map((a) => a.id);
    return { status, decider, superseded };
}

;// CONCATENATED MODULE: ./src/core/evaluate/evaluate-trail.ts






/** The author recorded when the trail began (its first trail fact that names one). */
function trailAuthor(facts) {
    for (const f of facts)
        if (f.kind === 'trail' && f.author !== undefined)
            return f.author;
    return undefined;
}
/** DESIGN §4: the compliance of one trail of a flow. Pure and synchronous. */
function evaluateTrail(input) {
    const { flow, trail, facts, artifact } = input;
    const attestations = (0,chronology/* chronological */.Ju)(countingAttestations(facts, artifact));
    const types = [...new Set(flow.require)].map((type) => evaluateType(type, attestations.filter((a) => a.type === type), flow.retries));
    const approvals = (0,chronology/* chronological */.Ju)(facts.filter((f) => f.kind === 'approval'));
    const approval = (0,evaluate_approvals/* evaluateApproval */.z)(flow.approval, approvals, input.isTeamMember, input.author ?? trailAuthor(facts));
    let document;
    const policyViolations = evaluatePolicies(flow.policies, input.policies, input.policyEvaluator, () => {
        document ??= buildTrailDocument({ flow, trail, facts, ...(artifact !== undefined ? { artifact } : {}) });
        return document;
    });
    const missing = types.filter((t) => t.status === 'MISSING').map((t) => t.type);
    const failed = types.filter((t) => t.status === 'FAILED').map((t) => t.type);
    const problems = missing.length + failed.length + ((0,evaluate_approvals/* approvalMet */.Y)(approval) ? 0 : 1) + policyViolations.length;
    return {
        flow: flow.name,
        trail,
        ...(artifact !== undefined ? { artifact } : {}),
        status: problems === 0 ? 'COMPLIANT' : 'NON_COMPLIANT',
        types,
        missing,
        failed,
        approval,
        policyViolations,
        problems,
        newest: (0,chronology/* newestTs */.eh)(facts),
        details: describeEvaluation({ types, approval, policyViolations }),
    };
}


/***/ }),

/***/ 71837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ normalizeDigest),
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   TJ: () => (/* binding */ COMMIT_PATTERN),
/* harmony export */   Vh: () => (/* binding */ NAME_PATTERN),
/* harmony export */   su: () => (/* binding */ checkCommit)
/* harmony export */ });
/* unused harmony export DIGEST_PATTERN */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** DESIGN §6: flow, trail, type and environment names. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
const COMMIT_PATTERN = /^[a-f0-9]{40}$/;
function checkName(what, value) {
    if (value === undefined || value === '') {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`${what} name is empty: give a name of 1-128 letters, digits, '.', '_' or '-'.`);
    }
    if (value.length > 128) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`${what} name is ${value.length} characters long: the limit is 128.`);
    }
    if (!NAME_PATTERN.test(value) || value.includes('..')) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`${what} name ${JSON.stringify(value)} is not allowed: use letters, digits, '.', '_' or '-', ` +
            `starting with a letter or digit (no '/', no '..').`);
    }
    return value;
}
/** Accepts `sha256:<hex>` or bare hex, any case; returns `sha256:<lowercase hex>`. */
function normalizeDigest(value) {
    const raw = (value ?? '').trim();
    const hex = raw.toLowerCase().startsWith('sha256:') ? raw.slice(7) : raw;
    const digest = `sha256:${hex.toLowerCase()}`;
    if (!DIGEST_PATTERN.test(digest)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`digest ${JSON.stringify(raw)} is malformed: expected sha256:<64 hex characters> ` +
            `(for an image: docker inspect --format '{{index .RepoDigests 0}}'; for a file: use --file).`);
    }
    return digest;
}
function checkCommit(value) {
    const sha = (value ?? '').trim().toLowerCase();
    if (!COMMIT_PATTERN.test(sha)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`commit ${JSON.stringify(value ?? '')} is not a full git commit id: give 40 hex characters (git rev-parse HEAD).`);
    }
    return sha;
}


/***/ }),

/***/ 99856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uH: () => (/* reexport */ breakdownFromAssert),
  fQ: () => (/* reexport */ breakdownFromGate),
  k4: () => (/* reexport */ breakdownTrust),
  AO: () => (/* reexport */ buildBreakdown),
  SS: () => (/* reexport */ markdown_escape/* codeSpan */.SS),
  FV: () => (/* reexport */ markdown_escape/* escapeMarkdown */.FV),
  $h: () => (/* reexport */ factsLinks),
  K9: () => (/* reexport */ overrideText),
  DZ: () => (/* reexport */ renderBreakdownMarkdown),
  g5: () => (/* reexport */ summary_text/* summaryText */.g5)
});

// UNUSED EXPORTS: DEFAULT_MAX_LENGTH

// EXTERNAL MODULE: ./src/core/evaluate/approvals.ts
var approvals = __webpack_require__(51139);
;// CONCATENATED MODULE: ./src/core/report/breakdown/next-commands.ts
/** The config file every flow, type and policy lives in (DESIGN §3). */
const CONFIG_FILE = '.github/factstore.yml';
/** User text inside a next step: one line, and no backtick that could open or close a command. */
function plain(text, max = 200) {
    const line = text.replace(/`/g, "'").replace(/\s+/g, ' ').trim();
    const points = Array.from(line);
    return points.length <= max ? line : `${points.slice(0, max - 1).join('')}…`;
}
function trailArg(ctx) {
    return ctx.trail ?? '<trail>';
}
/** How to record an attestation of `type`, as the audience does it. */
function attestHow(ctx, type) {
    if (ctx.audience === 'github')
        return `add a factstore-attest step with \`flow: ${ctx.flow.name}\` and \`type: ${type}\``;
    return `record it with \`factstore attest --flow ${ctx.flow.name} --trail ${trailArg(ctx)} --type ${type} --evidence <file>\``;
}
/** "(evidence: a cyclonedx report)" when the type registry names a format. */
function evidenceHint(ctx, type) {
    const format = ctx.types !== undefined && Object.hasOwn(ctx.types, type) ? ctx.types[type]?.format : undefined;
    if (format === undefined)
        return '';
    return format === 'raw' ? ' (evidence: any file, stored as is)' : ` (evidence: a ${format} report)`;
}
/** The approval command of the audience, in backticks. */
function approveCommand(ctx) {
    if (ctx.audience === 'github')
        return `\`/factstore approve ${ctx.flow.name}\``;
    return `\`factstore approve --flow ${ctx.flow.name} --trail ${trailArg(ctx)}\``;
}
/** Where a sticky failure goes: a new trail. */
function newTrailHow(ctx) {
    if (ctx.audience === 'github')
        return "push the fix: the new commit's run records a new trail";
    return `start one with \`factstore trails begin --flow ${ctx.flow.name} --trail <new trail>\``;
}
/** How a trail for the gated commit comes to exist. */
function beginTrailHow(ctx) {
    if (ctx.audience === 'github')
        return `run the workflow whose factstore-attest steps record flow ${ctx.flow.name} for it`;
    const commit = ctx.commit !== undefined ? ` --commit ${ctx.commit}` : '';
    return `start one with \`factstore trails begin --flow ${ctx.flow.name}${commit}\``;
}
/** How an artifact gets onto a trail (the Action has no artifact step: the CLI does it in both cases). */
function reportArtifactHow(ctx, digest) {
    const command = `\`factstore artifacts create --flow ${ctx.flow.name} --trail ${trailArg(ctx)} --name <name> --sha256 ${digest}\``;
    return ctx.audience === 'github' ? `report it from the workflow that built it with ${command}` : `report it with ${command}`;
}

;// CONCATENATED MODULE: ./src/core/report/breakdown/time-text.ts
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** How long until `expires` from `now`: "in 3 days", "in 5 hours", "in 12 minutes", "expired"; "" if unreadable. */
function expiresIn(expires, now) {
    const end = Date.parse(expires);
    if (Number.isNaN(end))
        return '';
    const left = end - now.getTime();
    if (left <= 0)
        return 'expired';
    // Rounded down, so a bypass never looks longer-lived than it is; hours up to two days read better than "1 day".
    if (left < HOUR)
        return `in ${plural(Math.max(1, Math.floor(left / MINUTE)), 'minute')}`;
    if (left < 2 * DAY)
        return `in ${plural(Math.floor(left / HOUR), 'hour')}`;
    return `in ${plural(Math.floor(left / DAY), 'day')}`;
}
/** `2026-01-04T00:00:00.000Z` → `2026-01-04 00:00 UTC`; anything unreadable is returned as given. */
function utcMinute(timestamp) {
    const time = Date.parse(timestamp);
    if (Number.isNaN(time))
        return timestamp;
    const iso = new Date(time).toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
function plural(n, unit) {
    return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/core/report/breakdown/next-steps.ts


/**
 * What to do next, one sentence per problem. Commands are between backticks; user text inside a
 * step goes through `plain` so it can never open or close one.
 */
function typeNextStep(type, ctx) {
    const name = `\`${type.type}\``;
    if (type.status === 'PASSED')
        return undefined;
    if (type.status === 'MISSING') {
        if (type.pending)
            return `${name} is still PENDING: wait for its job to record the result (a PENDING attestation counts as missing)`;
        return `${name} is missing: ${attestHow(ctx, type.type)}${evidenceHint(ctx, type.type)}`;
    }
    const why = failureContext(type) + decidingRule(type, ctx);
    if (ctx.flow.retries === 'latest') {
        const how = ctx.audience === 'github' ? 're-run the job' : `fix the cause and re-run the job, or ${attestHow(ctx, type.type)}`;
        return `${name} FAILED${why}: ${how}; the newest attestation decides`;
    }
    return `${name} FAILED${why}: fix the failures and record them on a new trail (a FAILED attestation keeps this trail non-compliant); ${newTrailHow(ctx)}`;
}
/** " (junit.xml: 2 passed, 3 failed)" from the evidence summaries, else the attestation's details. */
function failureContext(type) {
    const summaries = type.evidence.filter((e) => e.summaryText !== '' && e.summaryText !== 'stored as is');
    if (summaries.length > 0)
        return ` (${summaries.map((e) => `${plain(e.name, 80)}: ${e.summaryText}`).join('; ')})`;
    return type.details !== undefined && type.details.trim() !== '' ? ` (${plain(type.details)})` : '';
}
function approvalNextStep(approval, ctx) {
    if (approval.met)
        return undefined;
    const who = (names) => names.map((n) => plain(n, 80)).join(', ');
    if (approval.approvers.length === 0) {
        return `approval ${approval.granted} of ${approval.min}: flow ${ctx.flow.name} lists no approvers; add them under \`flows.${ctx.flow.name}.approval.approvers\` in \`${CONFIG_FILE}\``;
    }
    const ignored = approval.ignored.length > 0 ? ` (not counted, not approvers: ${who(approval.ignored)})` : '';
    const head = `approval ${approval.granted} of ${approval.min}`;
    if (approval.rejectedBy.length > 0) {
        const rejecters = who(approval.rejectedBy);
        const verb = approval.rejectedBy.length === 1 ? 'approves' : 'approve';
        return (`${head}, rejected by ${rejecters}: settle the objection, then ${rejecters} ${verb} again with ${approveCommand(ctx)} ` +
            `(each approver's newest decision counts)${ignored}`);
    }
    const needed = Math.max(1, approval.min - approval.granted);
    const action = ctx.audience === 'github' ? `comments ${approveCommand(ctx)} on the pull request` : `runs ${approveCommand(ctx)}`;
    const more = needed === 1 ? 'one more approval' : `${needed} more approvals`;
    return `${head}: ${more} needed; an approver (${who(approval.approvers)}) ${action}${ignored}`;
}
function policyNextStep(violation) {
    const reasons = violation.reasons.map((r) => plain(r)).join('; ');
    return `policy \`${violation.policy}\` denied: ${reasons}; see policy ${violation.policy} in \`${CONFIG_FILE}\``;
}
/** The step that comes before any other when the flow has no trail at all. */
function noTrailNextStep(ctx, artifact) {
    if (artifact !== undefined) {
        const digest = plain(artifact, 80);
        return `artifact ${digest} is not recorded on any trail of flow ${ctx.flow.name}: ${reportArtifactHow(ctx, digest)}`;
    }
    return `no trail of flow ${ctx.flow.name} for this commit: ${beginTrailHow(ctx)}`;
}
/** A bypass only holds the gate open for a while: the problems below still need fixing. */
function bypassNextStep(bypass) {
    const left = bypass.expiresIn === '' ? '' : ` (${bypass.expiresIn})`;
    return (`the gate is open only because of the bypass by ${plain(bypass.actor, 80)} (${plain(bypass.reason, 80)}), ` +
        `which expires ${utcMinute(bypass.expires)}${left}: fix what follows before then`);
}
/** The default rule of each format that can fail (cyclonedx, spdx and json pass unless a type's jq says otherwise). */
const FORMAT_RULES = {
    junit: 'the junit rule (any failed or errored test fails)',
    sarif: 'the sarif rule (any result of level error fails)',
    snyk: 'the snyk rule (any critical or high vulnerability fails)',
    trivy: 'the trivy rule (any critical or high vulnerability fails)',
};
/**
 * Which rule made the type FAILED, beside the numbers it saw: the type's jq, the format's default
 * rule, or nobody (a status given by hand, with no report that was judged).
 */
function decidingRule(type, ctx) {
    if (type.override !== undefined)
        return '';
    const judged = type.evidence.filter((e) => e.summary !== undefined);
    if (judged.length === 0)
        return ', recorded FAILED by hand: no report was judged';
    const jq = ctx.types?.[type.type]?.jq;
    if (jq !== undefined)
        return `, judged by types.${type.type}.jq (${plain(jq, 120)})`;
    const rules = [...new Set(judged.map((e) => FORMAT_RULES[e.format]).filter((r) => r !== undefined))];
    return rules.length > 0 ? `, judged by ${rules.join('; ')}` : '';
}

// EXTERNAL MODULE: ./src/core/report/breakdown/summary-text.ts
var summary_text = __webpack_require__(46472);
;// CONCATENATED MODULE: ./src/core/report/breakdown/build-flow.ts




/** One flow of the breakdown: the evaluation in the order of the flow's `require`, with next steps. */
function buildFlow(input, shared) {
    const { flow, evaluation } = input;
    const ctx = { ...stepContext(shared), flow, trail: evaluation?.trail ?? null };
    const types = (evaluation?.types ?? missingTypes(flow)).map((t) => withControls(buildType(t, ctx, shared.links), flow.controls?.[t.type]));
    const approval = buildApproval(evaluation?.approval ?? unmetApproval(flow), flow, ctx);
    const policyViolations = (evaluation?.policyViolations ?? []).map((v) => ({ policy: v.policy, reasons: [...v.reasons] }));
    const artifact = input.artifact ?? evaluation?.artifact;
    const bypass = input.bypass === undefined ? undefined : { ...input.bypass, expiresIn: expiresIn(input.bypass.expires, shared.now) };
    const compliance = evaluation?.status ?? 'NON_COMPLIANT';
    const next = [
        ...(evaluation === undefined ? [noTrailNextStep(ctx, artifact)] : []),
        ...(bypass !== undefined && compliance !== 'COMPLIANT' ? [bypassNextStep(bypass)] : []),
        ...types.flatMap((t) => (t.next === undefined ? [] : [t.next])),
        ...(approval.next === undefined ? [] : [approval.next]),
        ...policyViolations.map(policyNextStep),
    ];
    const waiting = evaluation !== undefined &&
        compliance === 'NON_COMPLIANT' &&
        types.every((t) => t.status === 'PASSED' || t.pending) &&
        approval.met &&
        policyViolations.length === 0;
    return {
        flow: flow.name,
        ...(flow.description !== undefined ? { description: flow.description } : {}),
        trail: evaluation?.trail ?? null,
        ...(artifact !== undefined ? { artifact } : {}),
        status: input.decision ?? compliance,
        compliance,
        waiting,
        retries: flow.retries,
        types,
        approval,
        policyViolations,
        ...(bypass !== undefined ? { bypass } : {}),
        next,
        details: input.details,
    };
}
function stepContext(shared) {
    return {
        audience: shared.audience,
        ...(shared.types !== undefined ? { types: shared.types } : {}),
        ...(shared.commit !== undefined ? { commit: shared.commit } : {}),
    };
}
/** The framework controls the flow says the type evidences, after the type's own fields. */
function withControls(type, controls) {
    return controls === undefined || controls.length === 0 ? type : { ...type, controls: [...controls] };
}
function buildType(t, ctx, links) {
    const type = {
        type: t.type,
        status: t.status,
        pending: t.pending,
        evidence: t.evidence.map((e) => buildEvidence(e, links)),
        ...(t.evidenceUrl !== undefined ? { evidenceUrl: t.evidenceUrl } : {}),
        ...(t.details !== undefined ? { details: t.details } : {}),
        ...(t.decidedBy !== undefined ? { decidedBy: t.decidedBy } : {}),
        ...(t.override !== undefined ? { override: { reason: t.override.reason, verdict: t.override.verdict } } : {}),
        superseded: [...t.superseded],
    };
    const next = typeNextStep(type, ctx);
    return next === undefined ? type : { ...type, next };
}
function buildEvidence(e, links) {
    const link = links?.evidence?.(e.sha256);
    return {
        name: e.name,
        sha256: e.sha256,
        format: e.format,
        size: e.size,
        ...(e.summary !== undefined ? { summary: e.summary } : {}),
        summaryText: (0,summary_text/* summaryText */.g5)(e.format, e.summary),
        ...(link !== undefined ? { link } : {}),
    };
}
function buildApproval(a, flow, ctx) {
    const approval = {
        required: a.required,
        met: (0,approvals/* approvalMet */.Y)(a),
        granted: a.granted,
        min: a.min,
        approvers: [...(flow.approval?.approvers ?? [])],
        approvedBy: [...a.approvedBy],
        rejectedBy: [...a.rejectedBy],
        ignored: [...a.ignored],
        selfApproved: [...a.selfApproved],
        authorUnknown: a.authorUnknown,
    };
    const next = approvalNextStep(approval, ctx);
    return next === undefined ? approval : { ...approval, next };
}
/** Without a trail every required type is missing (as the engine reports an unknown digest). */
function missingTypes(flow) {
    return [...new Set(flow.require)].map((type) => ({ type, status: 'MISSING', pending: false, superseded: [], evidence: [] }));
}
function unmetApproval(flow) {
    const rule = flow.approval;
    return { required: rule?.required ?? false, granted: 0, min: rule?.min ?? 0, rejected: false, approvedBy: [], rejectedBy: [], ignored: [], selfApproved: [], author: null, authorUnknown: false };
}

;// CONCATENATED MODULE: ./src/core/report/breakdown/build-breakdown.ts

/**
 * The compliance breakdown as JSON (valid against `schemas/breakdown.schema.json`). Pure: the
 * same input gives the same object, and `now` is the only time it knows.
 */
function buildBreakdown(input) {
    const audience = input.audience ?? 'cli';
    const flows = input.flows.map((flow) => buildFlow(flow, {
        audience,
        now: input.now,
        ...(input.links !== undefined ? { links: input.links } : {}),
        ...(input.types !== undefined ? { types: input.types } : {}),
        ...(input.gate !== undefined ? { commit: input.gate.commit } : {}),
    }));
    const trust = input.trust === undefined ? {} : { trust: input.trust };
    const breakdown = {
        status: overallStatus(flows, input.gate !== undefined),
        audience,
        at: input.now.toISOString(),
        flows,
        ...trust,
    };
    if (input.gate === undefined)
        return breakdown;
    const { commit, factsCommit } = input.gate;
    const factsCommitLink = factsCommit === null ? undefined : input.links?.factsCommit?.(factsCommit);
    return {
        status: breakdown.status,
        audience,
        at: breakdown.at,
        commit,
        factsCommit,
        ...(factsCommitLink !== undefined ? { factsCommitLink } : {}),
        flows,
        ...trust,
    };
}
/** Blocked if any flow does not pass; worded as a gate when it is one (or every flow has a decision). */
function overallStatus(flows, isGate) {
    const passes = flows.every((f) => f.status === 'COMPLIANT' || f.status === 'GATE_ALLOWED');
    const gate = isGate || (flows.length > 0 && flows.every((f) => f.status === 'GATE_ALLOWED' || f.status === 'GATE_BLOCKED'));
    if (gate)
        return passes ? 'GATE_ALLOWED' : 'GATE_BLOCKED';
    return passes ? 'COMPLIANT' : 'NON_COMPLIANT';
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/report/breakdown/adapters.ts


/** The breakdown of `assert(digest, flow)`: one flow, for that artifact. */
function breakdownFromAssert(result, flow, options) {
    if (result.flow !== flow.name) {
        throw new errors/* FactstoreError */.ST('INTERNAL', `factstore: the assert result is for flow ${result.flow}, not ${flow.name}: pass the flow the assert was evaluated with.`);
    }
    return buildBreakdown({
        ...options,
        flows: [
            {
                flow,
                ...(result.evaluation !== undefined ? { evaluation: result.evaluation } : {}),
                artifact: result.sha256Digest,
                details: result.details,
            },
        ],
    });
}
/** The breakdown of `gate(commit)`: every flow that applied, with its decision and any bypass. */
function breakdownFromGate(result, flows, options) {
    return buildBreakdown({
        ...options,
        gate: { commit: result.commit, factsCommit: result.factsCommit },
        flows: result.flows.map((gate) => {
            const flow = Object.hasOwn(flows, gate.flow) ? flows[gate.flow] : undefined;
            if (flow === undefined) {
                throw new errors/* FactstoreError */.ST('INTERNAL', `factstore: flow ${gate.flow} of the gate result is not among the flows given: pass the config the gate was evaluated with.`);
            }
            return {
                flow,
                ...(gate.evaluation !== undefined ? { evaluation: gate.evaluation } : {}),
                decision: gate.decision,
                ...(gate.bypass !== undefined ? { bypass: gate.bypass } : {}),
                details: gate.details,
            };
        }),
    });
}

// EXTERNAL MODULE: ./src/core/report/breakdown/markdown-escape.ts
var markdown_escape = __webpack_require__(85125);
;// CONCATENATED MODULE: ./src/core/report/breakdown/markdown-types-table.ts


const HEADER = ['| type | status | evidence | summary | link |', '|---|---|---|---|---|'];
const NONE = '—';
/**
 * The table of required types, whole rows only: rows over the limits are left out (PASSED ones
 * first, but never one that overrode its evidence) and counted in a line after the table, never
 * cut in the middle of it.
 */
function renderTypesTable(types, limits, omitted) {
    if (types.length === 0)
        return ['No attestation types are required.'];
    const candidates = limits.passedRows ? types : types.filter((t) => t.status !== 'PASSED' || t.override !== undefined);
    const shown = candidates.slice(0, limits.rows);
    const droppedPassed = types.filter((t) => t.status === 'PASSED' && !shown.includes(t)).length;
    const droppedOther = types.length - shown.length - droppedPassed;
    omitted.passedRows += droppedPassed;
    omitted.otherRows += droppedOther;
    const lines = shown.length > 0 ? [...HEADER, ...shown.map(row)] : [];
    const dropped = droppedPassed + droppedOther;
    if (dropped > 0) {
        const split = [droppedPassed > 0 ? `${(0,summary_text/* groupThousands */.Zv)(droppedPassed)} passed` : '', droppedOther > 0 ? `${(0,summary_text/* groupThousands */.Zv)(droppedOther)} failed or missing` : '']
            .filter((s) => s !== '')
            .join(', ');
        lines.push(...(lines.length > 0 ? [''] : []), `_… ${(0,summary_text/* countOf */.pq)(dropped, 'more type')} not shown (${split})._`);
    }
    return lines;
}
function row(t) {
    const evidence = t.evidence.map((e) => (0,markdown_escape/* link */.nf)((0,markdown_escape/* clip */.$Q)(e.name, 80), e.link)).join('<br>');
    const summary = [...t.evidence.map((e) => e.summaryText).filter((s) => s !== ''), ...(t.details !== undefined ? [t.details] : [])]
        .map((s) => (0,markdown_escape/* escapeMarkdown */.FV)((0,markdown_escape/* clip */.$Q)(s, 200)))
        .concat(t.override !== undefined ? [`**override reason:** ${(0,markdown_escape/* escapeMarkdown */.FV)((0,markdown_escape/* clip */.$Q)(t.override.reason, 300))}`] : [])
        .filter((s) => s.trim() !== '')
        .join('<br>');
    const url = t.evidenceUrl === undefined ? NONE : urlCell(t.evidenceUrl);
    const controls = t.controls !== undefined && t.controls.length > 0 ? `<br><sub>${(0,markdown_escape/* escapeMarkdown */.FV)((0,markdown_escape/* clip */.$Q)(t.controls.join(', '), 200))}</sub>` : '';
    const cells = [`${(0,markdown_escape/* codeSpan */.SS)(t.type, true)}${controls}`, statusCell(t), evidence || NONE, summary || NONE, url];
    return `| ${cells.join(' | ')} |`;
}
/** A link when the URL is http(s); otherwise its text, shown and never followed. */
function urlCell(url) {
    return (0,markdown_escape/* safeUrl */.Pl)(url) === undefined ? (0,markdown_escape/* escapeMarkdown */.FV)((0,markdown_escape/* clip */.$Q)(url, 80)) : (0,markdown_escape/* link */.nf)('link', url);
}
function statusCell(t) {
    const override = t.override === undefined ? '' : ` ⚠️ overridden (the evidence said ${t.override.verdict})`;
    if (t.status === 'MISSING')
        return `${t.pending ? '⏳ PENDING' : '⬜ MISSING'}${override}`;
    const base = `${t.status === 'PASSED' ? '✅ PASSED' : '❌ FAILED'}${override}`;
    if (t.superseded.length === 0)
        return base;
    const ids = t.superseded.slice(0, 3).map((id) => (0,markdown_escape/* codeSpan */.SS)(id.slice(0, 7), true));
    const more = t.superseded.length > 3 ? ` +${t.superseded.length - 3}` : '';
    return `${base} (superseded ${(0,summary_text/* countOf */.pq)(t.superseded.length, 'failure')}: ${ids.join(', ')}${more})`;
}

;// CONCATENATED MODULE: ./src/core/report/breakdown/markdown-flow.ts




/** ✅ passes, ⚠️ allowed by a bypass, ⏳ only waiting for PENDING attestations, ❌ anything else. */
function flowIcon(flow) {
    if (flow.status === 'COMPLIANT' || flow.status === 'GATE_ALLOWED')
        return flow.bypass !== undefined ? '⚠️' : '✅';
    return flow.waiting ? '⏳' : '❌';
}
/** One flow: heading, trail line, types table, approval, policy violations, bypass, next steps. */
function renderFlow(flow, limits, omitted) {
    const blocks = [[`### ${flowIcon(flow)} ${(0,markdown_escape/* escapeMarkdown */.FV)(flow.flow)}: ${flow.status}`]];
    if (flow.description !== undefined && flow.description.trim() !== '')
        blocks.push([(0,markdown_escape/* escapeMarkdown */.FV)((0,markdown_escape/* clip */.$Q)(flow.description, 500))]);
    blocks.push([trailLine(flow)]);
    if (flow.trail === null && flow.details !== '')
        blocks.push([(0,markdown_escape/* inlineWithCode */.X$)((0,markdown_escape/* clip */.$Q)(flow.details, 500))]);
    blocks.push(renderTypesTable(flow.types, limits, omitted));
    const approval = approvalLine(flow.approval);
    if (approval !== undefined)
        blocks.push([approval]);
    if (flow.policyViolations.length > 0)
        blocks.push(violationsBlock(flow, limits, omitted));
    if (flow.bypass !== undefined)
        blocks.push([bypassLine(flow)]);
    if (flow.next.length > 0)
        blocks.push(nextBlock(flow.next, limits, omitted));
    return blocks.flatMap((block, i) => (i === 0 ? block : ['', ...block]));
}
function trailLine(flow) {
    const parts = [flow.trail === null ? 'No trail' : `Trail ${(0,markdown_escape/* codeSpan */.SS)(flow.trail)}`];
    // Said only where the gate decision and the trail disagree: a bypass let a NON_COMPLIANT trail through.
    const disagrees = (flow.status === 'GATE_ALLOWED') !== (flow.compliance === 'COMPLIANT') && flow.status.startsWith('GATE_');
    if (flow.trail !== null && disagrees)
        parts[0] += ` (${flow.compliance})`;
    if (flow.artifact !== undefined)
        parts.push(`artifact ${(0,markdown_escape/* codeSpan */.SS)(flow.artifact)}`);
    if (flow.retries === 'latest')
        parts.push('retries: latest (the newest attestation of a type decides)');
    return parts.join(' · ');
}
/** Long name lists are capped: the full lists are in the JSON. */
function names(list, max = 10) {
    const shown = list.slice(0, max).map((n) => (0,markdown_escape/* escapeMarkdown */.FV)((0,markdown_escape/* clip */.$Q)(n, 80)));
    return list.length > max ? `${shown.join(', ')} and ${list.length - max} more` : shown.join(', ');
}
function approvalLine(a) {
    if (!a.required && a.approvedBy.length + a.rejectedBy.length + a.ignored.length + a.selfApproved.length === 0)
        return undefined;
    const parts = [a.required ? `${a.met ? '✅' : '❌'} ${a.granted} of ${a.min}` : 'not required'];
    if (a.approvedBy.length > 0)
        parts.push(`approved by ${names(a.approvedBy)}`);
    if (a.rejectedBy.length > 0)
        parts.push(`rejected by ${names(a.rejectedBy)}`);
    if (a.ignored.length > 0)
        parts.push(`not counted (not approvers): ${names(a.ignored)}`);
    if (a.selfApproved.length > 0)
        parts.push(`not counted (the change's author): ${names(a.selfApproved)}`);
    if (a.authorUnknown)
        parts.push('author unknown: self-approval not checked');
    if (a.required && !a.met && a.approvers.length > 0)
        parts.push(`approvers: ${names(a.approvers)}`);
    return `**Approval:** ${parts.join(' · ')}`;
}
function violationsBlock(flow, limits, omitted) {
    const shown = flow.policyViolations.slice(0, limits.items);
    const dropped = flow.policyViolations.length - shown.length;
    omitted.violations += dropped;
    const lines = shown.map((v) => {
        const reasons = v.reasons.slice(0, 10).map((r) => (0,markdown_escape/* escapeMarkdown */.FV)((0,markdown_escape/* clip */.$Q)(r, 300)));
        const more = v.reasons.length > 10 ? `; and ${v.reasons.length - 10} more` : '';
        return `- ❌ ${(0,markdown_escape/* codeSpan */.SS)(v.policy)}: ${reasons.join('; ') || 'denied'}${more}`;
    });
    if (dropped > 0)
        lines.push(`- … and ${(0,summary_text/* countOf */.pq)(dropped, 'more policy violation', 'more policy violations')}`);
    return ['**Policy violations:**', '', ...lines];
}
function bypassLine(flow) {
    const b = flow.bypass;
    if (b === undefined)
        return '';
    const left = b.expiresIn === '' ? '' : ` (${b.expiresIn})`;
    return (`**Bypass:** ⚠️ active, by ${(0,markdown_escape/* escapeMarkdown */.FV)((0,markdown_escape/* clip */.$Q)(b.actor, 80))} for ${(0,markdown_escape/* codeSpan */.SS)(b.reason)}, ` +
        `expires ${(0,markdown_escape/* escapeMarkdown */.FV)(utcMinute(b.expires))}${left} · fact ${(0,markdown_escape/* codeSpan */.SS)(b.id.slice(0, 7))}`);
}
function nextBlock(next, limits, omitted) {
    const shown = next.slice(0, limits.items);
    const dropped = next.length - shown.length;
    omitted.nextSteps += dropped;
    const lines = shown.map((step) => `- ${(0,markdown_escape/* inlineWithCode */.X$)((0,markdown_escape/* clip */.$Q)(step, 1000))}`);
    if (dropped > 0)
        lines.push(`- … and ${(0,summary_text/* countOf */.pq)(dropped, 'more step')}`);
    return ['**What to do next**', '', ...lines];
}

;// CONCATENATED MODULE: ./src/core/report/breakdown/markdown-limits.ts

const FULL = { passedRows: true, rows: Infinity, items: Infinity, flows: Infinity };
/** What a rendering left out, summed over flows, for the closing line. */
class Omitted {
    passedRows = 0;
    otherRows = 0;
    nextSteps = 0;
    violations = 0;
    flows = 0;
    get any() {
        return this.passedRows + this.otherRows + this.nextSteps + this.violations + this.flows > 0;
    }
    /** "1 990 passed types, 3 next steps" */
    describe() {
        const parts = [];
        if (this.flows > 0)
            parts.push((0,summary_text/* countOf */.pq)(this.flows, 'flow'));
        if (this.passedRows > 0)
            parts.push(`${(0,summary_text/* countOf */.pq)(this.passedRows, 'passed type')}`);
        if (this.otherRows > 0)
            parts.push(`${(0,summary_text/* groupThousands */.Zv)(this.otherRows)} failed or missing ${this.otherRows === 1 ? 'type' : 'types'}`);
        if (this.violations > 0)
            parts.push((0,summary_text/* countOf */.pq)(this.violations, 'policy violation'));
        if (this.nextSteps > 0)
            parts.push((0,summary_text/* countOf */.pq)(this.nextSteps, 'next step'));
        return parts.join(', ');
    }
}

;// CONCATENATED MODULE: ./src/core/report/breakdown/markdown-document.ts




const STATUS_ORDER = ['COMPLIANT', 'GATE_ALLOWED', 'NON_COMPLIANT', 'GATE_BLOCKED'];
/** The whole Markdown at the given limits, and what those limits left out. */
function renderDocument(b, limits, title, maxLength) {
    const omitted = new Omitted();
    const sections = [header(b, title), ...trustBlock(b)];
    const shown = b.flows.slice(0, limits.flows);
    omitted.flows = b.flows.length - shown.length;
    for (const flow of shown)
        sections.push(renderFlow(flow, limits, omitted).join('\n'));
    if (omitted.flows > 0)
        sections.push(`_… ${(0,summary_text/* countOf */.pq)(omitted.flows, 'more flow')} not shown: ${leftOutFlows(b, shown.length)}._`);
    if (omitted.any) {
        sections.push(`_Left out to stay within ${(0,summary_text/* groupThousands */.Zv)(maxLength)} characters: ${omitted.describe()}. The JSON breakdown has all of it._`);
    }
    return { text: `${sections.join('\n\n')}\n`, omitted };
}
/** What the decision did not count (never silent), its notes, and which config decided. */
function trustBlock(b) {
    const t = b.trust;
    if (t === undefined)
        return [];
    const lines = [
        ...t.ignored.slice(0, 20).map((l) => `> ⚠️ **Not counted:** ${(0,markdown_escape/* escapeMarkdown */.FV)(l)}`),
        ...(t.ignored.length > 20 ? [`> … and ${(0,summary_text/* groupThousands */.Zv)(t.ignored.length - 20)} more groups of facts not counted`] : []),
        ...t.notes.map((n) => `> ℹ️ ${(0,markdown_escape/* escapeMarkdown */.FV)(n)}`),
        ...(t.config !== undefined ? [`> Decided by the config ${(0,markdown_escape/* escapeMarkdown */.FV)(t.config)}`] : []),
    ];
    return lines.length === 0 ? [] : [lines.join('\n>\n')];
}
/** The names of the flows left out, at most 20 of them. */
function leftOutFlows(b, from) {
    const rest = b.flows.slice(from).map((f) => (0,markdown_escape/* escapeMarkdown */.FV)(f.flow));
    return rest.length > 20 ? `${rest.slice(0, 20).join(', ')} and ${(0,summary_text/* groupThousands */.Zv)(rest.length - 20)} more` : rest.join(', ');
}
function overallIcon(b) {
    if (b.flows.some((f) => flowIcon(f) === '❌'))
        return '❌';
    if (b.flows.some((f) => flowIcon(f) === '⏳'))
        return '⏳';
    if (b.status === 'NON_COMPLIANT' || b.status === 'GATE_BLOCKED')
        return '❌';
    return b.flows.some((f) => f.bypass !== undefined) ? '⚠️' : '✅';
}
function header(b, title) {
    const facts = [];
    if (b.commit !== undefined)
        facts.push(`commit ${(0,markdown_escape/* codeSpan */.SS)(b.commit.slice(0, 7))}`);
    if (b.factsCommit !== undefined) {
        const label = b.factsCommit === null ? 'none (empty store)' : b.factsCommit.slice(0, 7);
        facts.push(`facts ${b.factsCommit !== null && b.factsCommitLink !== undefined ? (0,markdown_escape/* link */.nf)(label, b.factsCommitLink) : (0,markdown_escape/* codeSpan */.SS)(label)}`);
    }
    facts.push(flowCounts(b));
    return `## ${overallIcon(b)} ${(0,markdown_escape/* escapeMarkdown */.FV)(title)}: ${b.status}\n\n${facts.join(' · ')}`;
}
/** "2 flows: 1 GATE_ALLOWED, 1 GATE_BLOCKED" */
function flowCounts(b) {
    if (b.flows.length === 0)
        return 'no flow applies';
    const counts = STATUS_ORDER.map((s) => [s, b.flows.filter((f) => f.status === s).length]).filter(([, n]) => n > 0);
    return `${(0,summary_text/* countOf */.pq)(b.flows.length, 'flow')}: ${counts.map(([s, n]) => `${(0,summary_text/* groupThousands */.Zv)(n)} ${s}`).join(', ')}`;
}

;// CONCATENATED MODULE: ./src/core/report/breakdown/render-markdown.ts



const DEFAULT_MAX_LENGTH = 65_000;
const MIN_MAX_LENGTH = 1_000;
/**
 * The breakdown as GitHub Markdown, rendered from the JSON alone. Over `maxLength`, detail is
 * dropped in a fixed order (PASSED rows, then rows, violations and next steps per flow, then
 * whole flows), each step as little as needed, and a last line says what was left out.
 */
function renderBreakdownMarkdown(b, options = {}) {
    const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    if (!(maxLength >= MIN_MAX_LENGTH)) {
        throw new errors/* FactstoreError */.ST('BAD_INPUT', `factstore: maxLength ${maxLength} is too small for a breakdown: give at least ${MIN_MAX_LENGTH} characters.`);
    }
    const title = options.title ?? 'Factstore';
    const render = (limits) => renderDocument(b, limits, title, maxLength).text;
    const fits = (limits) => render(limits).length <= maxLength;
    if (fits(FULL))
        return render(FULL);
    const noPassed = { ...FULL, passedRows: false };
    if (fits(noPassed))
        return render(noPassed);
    const perFlow = Math.max(0, ...b.flows.map((f) => Math.max(f.types.length, f.next.length, f.policyViolations.length)));
    const detail = largest(perFlow, (n) => fits({ ...noPassed, rows: n, items: n }));
    if (detail !== undefined)
        return render({ ...noPassed, rows: detail, items: detail });
    const bare = { passedRows: false, rows: 0, items: 0, flows: Infinity };
    const flows = largest(b.flows.length, (n) => fits({ ...bare, flows: n })) ?? 0;
    const text = render({ ...bare, flows });
    // Only a title or flow list longer than maxLength gets here; whole lines are kept, never half a table.
    return text.length <= maxLength ? text : cutAtLine(text, maxLength);
}
/** The largest n in [0, max] with ok(n), for ok monotone (true up to some n, then false); undefined if ok(0) fails. */
function largest(max, ok) {
    if (!ok(0))
        return undefined;
    let low = 0;
    let high = max;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (ok(mid))
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}
function cutAtLine(text, maxLength) {
    const note = '\n\n_Left out: the rest of the breakdown did not fit. The JSON breakdown has all of it._\n';
    const room = text.slice(0, maxLength - note.length);
    return `${room.slice(0, Math.max(0, room.lastIndexOf('\n')))}${note}`;
}

;// CONCATENATED MODULE: ./src/core/report/breakdown/override-text.ts
/**
 * An override in words, for every surface that shows an attestation: "overridden: the evidence
 * said FAILED; reason: …". The reason is quoted as JSON so it stays on one line whatever it holds.
 */
function overrideText(override) {
    return `overridden: the evidence said ${override.verdict}; reason: ${JSON.stringify(override.reason)}`;
}

// EXTERNAL MODULE: ./src/core/store/layout.ts + 1 modules
var layout = __webpack_require__(97708);
;// CONCATENATED MODULE: ./src/core/report/breakdown/facts-links.ts

/** Links into the facts repository on a GitHub server (e.g. https://github.com), pinned to `at` (a facts commit) when known. */
function factsLinks(serverUrl, facts, at) {
    const repo = `${serverUrl.replace(/\/+$/, '')}/${facts.owner}/${facts.repo}`;
    const ref = encodeURIComponent(at ?? facts.branch);
    return {
        evidence: (sha256) => `${repo}/blob/${ref}/${(0,layout/* evidencePath */.Zz)(sha256)}`,
        factsCommit: (commit) => `${repo}/commit/${commit}`,
    };
}

;// CONCATENATED MODULE: ./src/core/trust/ignored.ts
/**
 * "2 facts ignored: added by commit 3179c30, unsigned" — one line per commit and reason, so a
 * surface can show what it did not count in a few words.
 */
function describeIgnored(ignored) {
    const groups = new Map();
    for (const i of ignored) {
        const key = `${i.commit ?? ''}\u0000${i.detail}`;
        const group = groups.get(key) ?? { count: 0, commit: i.commit, detail: i.detail };
        group.count++;
        groups.set(key, group);
    }
    return [...groups.values()].map((g) => `${g.count} fact${g.count === 1 ? '' : 's'} ignored: ${g.commit !== undefined ? `added by commit ${g.commit.slice(0, 7)}, ` : ''}${g.detail}`);
}

;// CONCATENATED MODULE: ./src/core/report/breakdown/trust-block.ts

/** The breakdown's words for a trust report: what was not counted, and which config decided. */
function breakdownTrust(report, config) {
    const ignored = report === undefined ? [] : describeIgnored(report.ignored);
    const notes = report?.notes ?? [];
    if (ignored.length === 0 && notes.length === 0 && config === undefined)
        return undefined;
    return { ignored, notes, ...(config !== undefined ? { config } : {}) };
}

;// CONCATENATED MODULE: ./src/core/report/breakdown/index.ts










/***/ }),

/***/ 85125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   X$: () => (/* binding */ inlineWithCode),
/* harmony export */   nf: () => (/* binding */ link)
/* harmony export */ });
/**
 * Escaping of user text (names, details, comments, reasons) for GitHub Markdown: nothing a user
 * wrote may open a table cell, an HTML tag, a link, a code span or math, nor ping anyone from a
 * PR comment. Everything here returns one line.
 */
/** Punctuation that Markdown (GFM, GitHub math) would otherwise read as syntax. */
const BACKSLASHED = /[\\`*_[\]|~$]/g;
/** Line breaks, tabs and other control characters become one space: a table row is one line. */
function oneLine(text) {
    return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}
/**
 * User text as inline Markdown: HTML entities for `&`, `<`, `>`, a backslash before Markdown
 * punctuation, and `@` followed by a zero-width space so `@alice` or `@org/team` never notifies.
 */
function escapeMarkdown(text) {
    return oneLine(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(BACKSLASHED, (c) => `\\${c}`)
        .replace(/@/g, '@&#8203;');
}
/**
 * Text as a code span, whatever backticks it holds. In a table cell `|` still splits the row
 * inside a code span, so it is escaped there (GitHub drops the backslash when rendering).
 */
function codeSpan(text, inTable = false) {
    const line = oneLine(text);
    if (line.trim() === '')
        return escapeMarkdown(line);
    const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
    const body = inTable ? line.replace(/\|/g, '\\|') : line;
    return `${fence}${pad}${body}${pad}${fence}`;
}
/**
 * Text in which backticks delimit commands (next steps, the engine's details): the parts between
 * backticks become code spans, the rest is escaped. An unpaired backtick is shown as a backtick.
 */
function inlineWithCode(text, inTable = false) {
    const parts = text.split('`');
    return parts
        .map((part, i) => {
        if (i % 2 === 0)
            return escapeMarkdown(part);
        if (i === parts.length - 1)
            return `\\\`${escapeMarkdown(part)}`;
        return part === '' ? '\\`\\`' : codeSpan(part, inTable);
    })
        .join('');
}
/** An http(s) URL safe inside `[label](url)`, or undefined for anything else (javascript:, data:, relative). */
function safeUrl(url) {
    if (!/^https?:\/\/[^\s]+$/i.test(url))
        return undefined;
    return url.replace(/[()<>|[\]\\`"' ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** `[label](url)` with the label escaped, or the escaped label alone when the URL is not safe. */
function link(label, url) {
    const safe = url === undefined ? undefined : safeUrl(url);
    return safe === undefined ? escapeMarkdown(label) : `[${escapeMarkdown(label)}](${safe})`;
}
/** At most `max` characters (whole code points), with "…" when cut: long user text stays readable. */
function clip(text, max) {
    const points = Array.from(text);
    return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}


/***/ }),

/***/ 46472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zv: () => (/* binding */ groupThousands),
/* harmony export */   g5: () => (/* binding */ summaryText),
/* harmony export */   pq: () => (/* binding */ countOf)
/* harmony export */ });
/**
 * An evidence summary (what a parser counted, DESIGN §5) in words, for tables and next steps:
 * "1 247 passed, 0 failed, 3 skipped", "0 errors, 3 warnings, 1 note", "412 components",
 * "0 critical, 2 high, 5 medium, 1 low", "JSON document (12 keys)". A file stored as is says so;
 * an unknown format or a summary without the expected counts gives "".
 */
function summaryText(format, summary) {
    if (format === 'raw')
        return 'stored as is';
    if (summary === undefined)
        return '';
    switch (format) {
        case 'junit':
            return junitText(summary);
        case 'sarif':
            return sarifText(summary);
        case 'cyclonedx':
        case 'spdx':
            return sbomText(summary);
        case 'snyk':
        case 'trivy':
            return severityText(summary);
        case 'json':
            return jsonText(summary);
        case 'intoto':
        case 'sigstore-bundle':
            return statementText(summary);
        default:
            return '';
    }
}
/** 1247 → "1 247": thousands grouped with a space, whatever the locale. */
function groupThousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}
/** "1 note", "3 notes". */
function countOf(n, singular, plural = `${singular}s`) {
    return `${groupThousands(n)} ${n === 1 ? singular : plural}`;
}
/** A count the parser wrote, or undefined when the key is absent or not a count. */
function countAt(summary, key) {
    const value = summary[key];
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}
function junitText(summary) {
    const tests = countAt(summary, 'tests');
    const failures = countAt(summary, 'failures') ?? 0;
    const errors = countAt(summary, 'errors') ?? 0;
    const skipped = countAt(summary, 'skipped') ?? 0;
    const passed = countAt(summary, 'passed') ?? (tests === undefined ? undefined : Math.max(0, tests - failures - errors - skipped));
    if (passed === undefined)
        return '';
    const parts = [`${groupThousands(passed)} passed`, `${groupThousands(failures)} failed`];
    if (errors > 0)
        parts.push(countOf(errors, 'error'));
    if (skipped > 0)
        parts.push(`${groupThousands(skipped)} skipped`);
    return parts.join(', ');
}
function sarifText(summary) {
    const levels = ['error', 'warning', 'note'].map((level) => [level, countAt(summary, level)]);
    if (levels.every(([, n]) => n === undefined))
        return '';
    return levels.map(([level, n]) => countOf(n ?? 0, level)).join(', ');
}
function sbomText(summary) {
    const components = countAt(summary, 'components');
    if (components === undefined)
        return '';
    const vulnerabilities = countAt(summary, 'vulnerabilities') ?? 0;
    const text = countOf(components, 'component');
    return vulnerabilities > 0 ? `${text}, ${countOf(vulnerabilities, 'vulnerability', 'vulnerabilities')}` : text;
}
function severityText(summary) {
    const named = ['critical', 'high', 'medium', 'low'].map((s) => [s, countAt(summary, s)]);
    if (named.every(([, n]) => n === undefined))
        return '';
    const parts = named.map(([severity, n]) => `${groupThousands(n ?? 0)} ${severity}`);
    const unknown = countAt(summary, 'unknown') ?? 0;
    if (unknown > 0)
        parts.push(`${groupThousands(unknown)} unknown`);
    return parts.join(', ');
}
/** The json parser keeps a top-level array or scalar under `document`; an object is the summary itself. */
function jsonText(summary) {
    const keys = Object.keys(summary);
    if (keys.length === 1 && keys[0] === 'document') {
        const doc = summary.document;
        if (Array.isArray(doc))
            return `JSON array (${countOf(doc.length, 'item')})`;
        if (doc === null || typeof doc !== 'object')
            return 'JSON value';
    }
    return `JSON document (${countOf(keys.length, 'key')})`;
}
/** A verified statement: "https://slsa.dev/provenance/v1, signed by key partner-ci" (the signer the verification found). */
function statementText(summary) {
    const { predicateType, signer } = summary;
    if (typeof predicateType !== 'string' || signer === null || typeof signer !== 'object')
        return '';
    const s = signer;
    const by = typeof s.key === 'string' ? `key ${s.key}` : typeof s.san === 'string' ? `${s.san} (issuer ${String(s.issuer)})` : undefined;
    return by === undefined ? predicateType : `${predicateType}, signed by ${by}`;
}


/***/ })

};
