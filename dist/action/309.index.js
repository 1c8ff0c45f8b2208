export const id = 309;
export const ids = [309];
export const modules = {

/***/ 99690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exportOtlp: () => (/* binding */ exportOtlp)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/model/fact-id.ts
var fact_id = __webpack_require__(79361);
// EXTERNAL MODULE: ./src/core/trust/authority.ts
var authority = __webpack_require__(52859);
// EXTERNAL MODULE: ./src/core/store/layout.ts + 1 modules
var layout = __webpack_require__(97708);
// EXTERNAL MODULE: ./src/core/model/fact.ts
var model_fact = __webpack_require__(97603);
;// CONCATENATED MODULE: ./src/core/export/otlp/complybeacon.ts
/**
 * The log-record attributes a ComplyBeacon collector reads, pinned to the version they were checked
 * against: complytime/complybeacon at {@link COMPLYBEACON_COMMIT} (`model/attributes.yaml`,
 * `docs/attributes/policy.md` and `compliance.md`). Its truthbeam processor needs
 * `policy.rule.id`, `policy.engine.name` and `policy.evaluation.result` to enrich a record (it marks
 * records without them Skipped); the rest is context it passes on.
 *
 * Earlier ComplyBeacon versions named these differently (`policy.id`, `policy.source`,
 * `policy.evaluation.status` until November 2025; `evidence.id`, `policy.decision`, `subject.name`
 * and `subject.uri` before October 2025). The README maps them.
 */
const COMPLYBEACON_COMMIT = '58b379d2a32437aca7b30671cce8103c59a7c4f0';
const POLICY_RULE_ID = 'policy.rule.id';
const POLICY_RULE_NAME = 'policy.rule.name';
const POLICY_RULE_URI = 'policy.rule.uri';
const POLICY_ENGINE_NAME = 'policy.engine.name';
const POLICY_ENGINE_VERSION = 'policy.engine.version';
const POLICY_EVALUATION_RESULT = 'policy.evaluation.result';
const POLICY_EVALUATION_MESSAGE = 'policy.evaluation.message';
const POLICY_TARGET_ID = 'policy.target.id';
const POLICY_TARGET_NAME = 'policy.target.name';
const POLICY_TARGET_TYPE = 'policy.target.type';
const POLICY_TARGET_ENVIRONMENT = 'policy.target.environment';
const COMPLIANCE_ASSESSMENT_ID = 'compliance.assessment.id';
const COMPLIANCE_FRAMEWORKS = 'compliance.frameworks';
const COMPLIANCE_REQUIREMENTS = 'compliance.requirements';
const COMPLIANCE_REMEDIATION_ACTION = 'compliance.remediation.action';
const COMPLIANCE_REMEDIATION_EXCEPTION_ACTIVE = 'compliance.remediation.exception.active';
const COMPLIANCE_REMEDIATION_EXCEPTION_ID = 'compliance.remediation.exception.id';
/** What `policy.engine.name` says: the Compass service maps (engine, rule, result) to controls. */
const ENGINE_NAME = 'factstore';

;// CONCATENATED MODULE: ./src/core/export/otlp/otlp-record.ts


// OpenTelemetry's SeverityNumber (logs data model): INFO 9, WARN 13, ERROR 17
const SEVERITY = { INFO: 9, WARN: 13, ERROR: 17 };
/**
 * The log record of one fact that counts: ComplyBeacon's attributes (pinned, see complybeacon.ts)
 * so a truthbeam processor can enrich it, and Factstore's own (`factstore.*`) so a reader can find
 * the fact again — its flow, trail, facts commit, signer and digests.
 */
function otlpRecord(counted, context) {
    const { fact } = counted;
    const result = evaluationResult(fact);
    const severityText = fact.kind === 'alarm' && fact.event === 'TAMPER_ALARM_RAISED' ? 'ERROR' : result === 'Failed' ? 'WARN' : 'INFO';
    const event = (0,model_fact/* auditEvent */._s)(fact);
    const target = targetOf(fact);
    const attributes = {
        [POLICY_ENGINE_NAME]: ENGINE_NAME,
        [POLICY_ENGINE_VERSION]: context.engineVersion,
        [POLICY_RULE_ID]: ruleId(fact),
        [POLICY_RULE_NAME]: ruleName(fact),
        [POLICY_EVALUATION_RESULT]: result,
        [POLICY_EVALUATION_MESSAGE]: message(fact),
        ...(target !== undefined
            ? { [POLICY_TARGET_ID]: target.id, [POLICY_TARGET_NAME]: target.name, [POLICY_TARGET_TYPE]: target.type }
            : {}),
        ...optional(POLICY_TARGET_ENVIRONMENT, fact.kind === 'decision' || fact.kind === 'snapshot' || fact.kind === 'drift' ? fact.environment : undefined),
        ...optional(POLICY_RULE_URI, ruleUri(fact, context)),
        ...complianceContext(fact, context.config),
        'factstore.fact_id': fact.id,
        'factstore.kind': fact.kind,
        'factstore.event': event,
        'factstore.actor': fact.actor,
        'factstore.facts_commit': counted.commit,
        'factstore.signer': counted.signer,
        ...optional('factstore.flow', 'flow' in fact ? fact.flow : undefined),
        ...optional('factstore.trail', fact.trail),
        ...optional('factstore.commit', fact.commit),
        ...optional('factstore.artifact', fact.artifact),
        ...optional('factstore.environment', fact.kind === 'snapshot' || fact.kind === 'drift' ? fact.environment : undefined),
        ...(fact.kind === 'attestation' && fact.evidence.length > 0 ? { 'factstore.evidence.sha256': fact.evidence.map((e) => e.sha256) } : {}),
        ...optional('factstore.run.url', runUrl(fact)),
    };
    return {
        stream: fact.kind,
        timestamp: fact.ts,
        observedTimestamp: counted.time,
        severityNumber: SEVERITY[severityText],
        severityText,
        eventName: `factstore.${event.toLowerCase()}`,
        body: JSON.stringify(fact),
        attributes,
    };
}
/**
 * `policy.evaluation.result`: an attestation, an approval, a gate decision, a bypass, drift or an
 * alarm passes or fails; a trail start, an artifact or a snapshot evaluates nothing.
 */
function evaluationResult(fact) {
    switch (fact.kind) {
        case 'attestation':
            return fact.status === 'PASSED' ? 'Passed' : fact.status === 'FAILED' ? 'Failed' : 'Not Run';
        case 'approval':
            return fact.decision === 'APPROVED' ? 'Passed' : 'Failed';
        case 'decision':
            return fact.event === 'GATE_ALLOWED' ? 'Passed' : 'Failed';
        case 'bypass':
            return fact.event === 'BYPASS_GRANTED' ? 'Passed' : 'Failed';
        case 'drift':
            return fact.event === 'DRIFT_RESOLVED' ? 'Passed' : 'Failed';
        case 'alarm':
            return fact.event === 'TAMPER_ALARM_CLEARED' ? 'Passed' : 'Failed';
        default:
            return 'Not Applicable';
    }
}
/** `policy.rule.id`: the control a fact is a result of, stable across records (Compass maps it to controls). */
function ruleId(fact) {
    switch (fact.kind) {
        case 'attestation':
            return fact.type;
        case 'decision':
            return 'gate';
        case 'snapshot':
            return 'environment-snapshot';
        case 'alarm':
            return 'tamper-alarm';
        default:
            return fact.kind;
    }
}
function ruleName(fact) {
    switch (fact.kind) {
        case 'attestation':
            return `${fact.type} attestation of flow ${fact.flow}`;
        case 'approval':
            return `approval of flow ${fact.flow}`;
        case 'decision':
            return `gate of flow ${fact.flow}`;
        case 'bypass':
            return `gate bypass of flow ${fact.flow}`;
        case 'drift':
            return `drift in environment ${fact.environment}`;
        case 'snapshot':
            return `snapshot of environment ${fact.environment}`;
        case 'alarm':
            return `tamper alarm of facts branch ${fact.branch}`;
        case 'trail':
            return `trail start of flow ${fact.flow}`;
        case 'artifact':
            return `artifact of flow ${fact.flow}`;
        case 'export':
            return `${fact.stream} export`;
    }
}
/** `policy.evaluation.message`: what happened, in a sentence. */
function message(fact) {
    switch (fact.kind) {
        case 'attestation':
            return `${fact.type} ${fact.status}${fact.override !== undefined ? ` (given by hand against the evidence's ${fact.override.verdict}: ${fact.override.reason})` : ''}${fact.details !== undefined ? `: ${fact.details}` : ''}`;
        case 'approval':
            return `${fact.decision} by ${fact.actor}${fact.team !== undefined ? ` (as ${fact.team})` : ''}${fact.comment !== undefined ? `: ${fact.comment}` : ''}`;
        case 'decision':
            return `${fact.event}${fact.commit !== undefined ? ` for commit ${fact.commit}` : ''}${fact.environment !== undefined ? ` in ${fact.environment}` : ''}, decided on facts ${fact.factsCommit}${fact.bypass !== undefined ? ` under bypass ${fact.bypass}` : ''}`;
        case 'bypass':
            return `${fact.event} to ${fact.actor}: ${fact.reason}${fact.expires !== undefined ? ` until ${fact.expires}` : ''}${fact.refusal !== undefined ? ` (refused: ${fact.refusal})` : ''}`;
        case 'drift':
            return `${fact.event}: ${fact.name} ${fact.artifact}${fact.reason !== undefined ? ` (${fact.reason})` : ''}${fact.resolution !== undefined ? ` (${fact.resolution})` : ''}`;
        case 'snapshot':
            return `${fact.environment} runs ${fact.artifacts.length} artifact(s)`;
        case 'alarm':
            return fact.event === 'TAMPER_ALARM_RAISED' ? `${fact.incidents?.map((i) => `${i.kind}: ${i.detail}`).join('; ') ?? ''}` : `cleared: ${fact.comment ?? ''}`;
        case 'trail':
            return `trail ${fact.trail} started${fact.commit !== undefined ? ` for commit ${fact.commit}` : ''}`;
        case 'artifact':
            return `artifact ${fact.name}${fact.tag !== undefined ? `:${fact.tag}` : ''} ${fact.artifact}`;
        case 'export':
            return `${fact.records} record(s) through facts ${fact.through}`;
    }
}
/** `policy.target.*`: the artifact (by digest) when the fact names one, else the commit, else the trail. */
function targetOf(fact) {
    if (fact.kind === 'drift')
        return { id: fact.artifact, name: fact.name, type: 'artifact' };
    if (fact.kind === 'artifact')
        return { id: fact.artifact, name: fact.name, type: 'artifact' };
    if (fact.kind === 'snapshot')
        return { id: fact.environment, name: fact.environment, type: 'environment' };
    if (fact.artifact !== undefined)
        return { id: fact.artifact, name: fact.artifact, type: 'artifact' };
    if (fact.commit !== undefined)
        return { id: fact.commit, name: fact.commit.slice(0, 12), type: 'commit' };
    if ('flow' in fact && fact.trail !== undefined)
        return { id: `${fact.flow}/${fact.trail}`, name: fact.trail, type: 'trail' };
    return undefined;
}
/** `policy.rule.uri`: the config a gate decision was taken with, at its commit, when the repository is known. */
function ruleUri(fact, context) {
    if (fact.kind !== 'decision' || fact.configCommit === undefined || context.repository === undefined)
        return undefined;
    return `${context.serverUrl ?? 'https://github.com'}/${context.repository}/blob/${fact.configCommit}/${context.configPath ?? '.github/factstore.yml'}`;
}
/**
 * The compliance context Factstore knows itself: the trail as the assessment, the framework
 * controls the flow maps the attestation's type to (`controls:`, e.g. `soc2 CC8.1`), the gate's
 * action, and a bypass as an active exception. A truthbeam processor adds what Compass maps.
 */
function complianceContext(fact, config) {
    const out = {};
    if ('flow' in fact && fact.trail !== undefined)
        out[COMPLIANCE_ASSESSMENT_ID] = `${fact.flow}/${fact.trail}`;
    if (fact.kind === 'attestation') {
        const controls = config?.flows[fact.flow]?.controls?.[fact.type] ?? [];
        if (controls.length > 0) {
            out[COMPLIANCE_FRAMEWORKS] = [...new Set(controls.map((c) => c.split(' ')[0] ?? c))];
            out[COMPLIANCE_REQUIREMENTS] = controls.map((c) => c.split(' ').slice(1).join(' ') || c);
        }
    }
    if (fact.kind === 'decision')
        out[COMPLIANCE_REMEDIATION_ACTION] = fact.event === 'GATE_ALLOWED' ? 'Allow' : 'Block';
    if (fact.kind === 'decision' && fact.bypass !== undefined) {
        out[COMPLIANCE_REMEDIATION_EXCEPTION_ACTIVE] = true;
        out[COMPLIANCE_REMEDIATION_EXCEPTION_ID] = fact.bypass;
    }
    if (fact.kind === 'bypass') {
        out[COMPLIANCE_REMEDIATION_EXCEPTION_ACTIVE] = fact.event === 'BYPASS_GRANTED';
        out[COMPLIANCE_REMEDIATION_EXCEPTION_ID] = fact.id;
    }
    return out;
}
/** The CI run that recorded the fact, from its context. */
function runUrl(fact) {
    const c = fact.context;
    if (c?.runId === undefined || c.repository === undefined)
        return undefined;
    return `${c.serverUrl ?? 'https://github.com'}/${c.repository}/actions/runs/${c.runId}`;
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}

;// CONCATENATED MODULE: ./src/core/export/otlp/pending-facts.ts


/**
 * The facts to export, in the order the facts branch got them: every commit after `after` up to
 * the trusted view's tip (never past it: a commit appended meanwhile is the next export's), with
 * the facts each added that count (DESIGN §2a, the same trust filter as every surface: a fact
 * counts only as read back through `TrustedFacts`, from the commit that added it). Export
 * cursors are left out: they are the export's own bookkeeping.
 */
async function pendingFacts(input) {
    const { store, trusted } = input;
    const tip = await trusted.tip();
    if (tip === undefined)
        return { tip, commits: [], notCounted: 0 };
    if (input.after !== undefined && input.after !== tip && !(await store.isAncestor(input.after, tip))) {
        throw new errors/* FactstoreError */.ST('INTEGRITY', `the export cursor, facts commit ${input.after}, is not in the history of the facts branch (tip ${tip}): the branch was rewritten, or this clone lacks it. Fetch the facts branch; to export anyway, say where to start with --from-commit SHA or --since DATE (facts sent before may be sent again).`);
    }
    if (input.from !== undefined && input.from !== tip && !(await store.isAncestor(input.from, tip).catch(() => false))) {
        throw new errors/* FactstoreError */.ST('BAD_INPUT', `--from-commit ${input.from} is not a commit of the facts branch (tip ${tip}): give a full facts commit id from factstore log.`);
    }
    const walked = [];
    if (input.after !== tip) {
        for await (const entry of store.history({ at: tip, ...(input.since !== undefined ? { since: input.since } : {}) })) {
            if (entry.commit === input.after)
                break;
            const facts = entry.facts.filter((f) => f.kind !== 'export').map((fact) => ({ fact, path: homeOf(fact) }));
            walked.push({ commit: entry.commit, facts });
            if (entry.commit === input.from)
                break;
        }
    }
    walked.reverse();
    await trusted.prefetchFiles(walked.flatMap((w) => w.facts.map((f) => f.path)));
    const counted = new Map();
    const countedIn = async (path) => {
        let known = counted.get(path);
        if (known === undefined) {
            known = new Map((await trusted.countedFile(path)).map((c) => [`${c.commit}:${c.fact.id}`, c]));
            counted.set(path, known);
        }
        return known;
    };
    let notCounted = 0;
    const commits = [];
    for (const w of walked) {
        const facts = [];
        for (const { fact, path } of w.facts) {
            const c = (await countedIn(path)).get(`${w.commit}:${fact.id}`);
            if (c === undefined)
                notCounted++;
            else
                facts.push(c);
        }
        commits.push({ commit: w.commit, facts });
    }
    return { tip, commits, notCounted };
}
/** The facts file a fact lives in (its trail, or its month of loose facts). */
function homeOf(fact) {
    const [home] = (0,layout/* placementsFor */._G)(fact);
    if (home === undefined)
        throw new errors/* FactstoreError */.ST('INTERNAL', `fact ${fact.id} has no home file: a factstore bug; please report it.`);
    return home.path;
}

// EXTERNAL MODULE: ./node_modules/@opentelemetry/core/build/src/index.js
var src = __webpack_require__(24637);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/exporter-logs-otlp-http/build/src/index.js
var build_src = __webpack_require__(42102);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/exporter-logs-otlp-proto/build/src/index.js
var exporter_logs_otlp_proto_build_src = __webpack_require__(58400);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/resources/build/src/index.js
var resources_build_src = __webpack_require__(75647);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/sdk-logs/build/src/index.js
var sdk_logs_build_src = __webpack_require__(32450);
;// CONCATENATED MODULE: ./src/core/export/otlp/oauth2.ts

/** Refresh this long before the token says it expires, so a token never expires mid-request. */
const EARLY_MS = 60_000;
/** When the token endpoint gives no expires_in: use the token for this long. */
const DEFAULT_LIFETIME_MS = 5 * 60_000;
const TIMEOUT_MS = 30_000;
/**
 * An access token got with client credentials, fetched when first needed, kept until shortly
 * before it expires, fetched again after (or after `invalidate`, when the collector refused it).
 * Neither the secret nor the token ever appears in an error message.
 */
class ClientCredentialsToken {
    credentials;
    fetchImpl;
    now;
    token;
    pending;
    /** how many tokens were fetched: the summary says so, tests count refreshes */
    fetched = 0;
    constructor(credentials, fetchImpl = (url, init) => fetch(url, init), now = Date.now) {
        this.credentials = credentials;
        this.fetchImpl = fetchImpl;
        this.now = now;
    }
    async get() {
        if (this.token !== undefined && this.now() < this.token.until)
            return this.token.value;
        this.pending ??= this.fetchToken().finally(() => {
            this.pending = undefined;
        });
        return this.pending;
    }
    /** Forgets the token (the collector answered 401): the next `get` fetches a new one. */
    invalidate() {
        this.token = undefined;
    }
    async fetchToken() {
        const { tokenEndpoint, clientId, clientSecret, scopes, clientAuth } = this.credentials;
        const form = new URLSearchParams({ grant_type: 'client_credentials' });
        if (scopes.length > 0)
            form.set('scope', scopes.join(' '));
        const headers = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
        if (clientAuth === 'basic') {
            // RFC 6749 §2.3.1: each part form-urlencoded before the Basic encoding
            headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`;
        }
        else {
            form.set('client_id', clientId);
            form.set('client_secret', clientSecret);
        }
        let response;
        try {
            response = await this.fetchImpl(tokenEndpoint, { method: 'POST', headers, body: form.toString(), signal: AbortSignal.timeout(TIMEOUT_MS) });
        }
        catch (e) {
            throw new errors/* FactstoreError */.ST('CONFIG', `the OAuth2 token endpoint ${tokenEndpoint} could not be reached (${e instanceof Error ? e.message : String(e)}): check token_endpoint and the network.`);
        }
        const text = await response.text();
        let body = {};
        try {
            const parsed = JSON.parse(text);
            if (parsed !== null && typeof parsed === 'object')
                body = parsed;
        }
        catch {
            // said below
        }
        if (!response.ok) {
            const why = typeof body.error === 'string' ? `${body.error}${typeof body.error_description === 'string' ? `: ${body.error_description}` : ''}` : `HTTP ${response.status}`;
            throw new errors/* FactstoreError */.ST('CONFIG', `the OAuth2 token endpoint ${tokenEndpoint} refused the client credentials of ${clientId} (HTTP ${response.status}, ${scrub(why, clientSecret)}): check client_id, FACTSTORE_OTLP_CLIENT_SECRET and the scopes.`);
        }
        const value = body.access_token;
        if (typeof value !== 'string' || value === '') {
            throw new errors/* FactstoreError */.ST('CONFIG', `the OAuth2 token endpoint ${tokenEndpoint} answered HTTP ${response.status} without an access_token: is it the token endpoint (RFC 6749 §5.1)?`);
        }
        const type = typeof body.token_type === 'string' ? body.token_type.toLowerCase() : 'bearer';
        if (type !== 'bearer')
            throw new errors/* FactstoreError */.ST('CONFIG', `the OAuth2 token endpoint ${tokenEndpoint} gave a ${type} token; only bearer tokens are sent.`);
        const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in * 1000 : DEFAULT_LIFETIME_MS;
        this.token = { value, until: this.now() + Math.max(lifetime - EARLY_MS, lifetime / 2) };
        this.fetched++;
        return value;
    }
}
/** The text with the secret cut out, should a server echo it back. */
function scrub(text, ...secrets) {
    let out = text;
    for (const s of secrets)
        if (s !== undefined && s.length >= 4)
            out = out.split(s).join('[secret]');
    return out;
}

;// CONCATENATED MODULE: ./src/core/export/otlp/send-otlp.ts






/** A batch the collector did not take: what it said, with every secret cut out. */
class OtlpSendError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/**
 * Sends log records with the OpenTelemetry JS SDK: records are made by the SDK's LoggerProvider
 * (resource, scope, timestamps, attribute limits as the SDK does them) and sent by the official
 * OTLP/HTTP exporter (protobuf or JSON), batch by batch, so the caller knows which batch the
 * collector took and moves its cursor only that far. The exporter retries what OTLP says to
 * retry (429, 502, 503, 504, with Retry-After); a 401 gets one new OAuth2 token and one more try.
 */
class OtlpSender {
    target;
    exporter;
    provider;
    collected = [];
    tokens;
    constructor(target, options) {
        this.target = target;
        const { auth } = target;
        this.tokens = auth.type === 'oauth2' ? new ClientCredentialsToken(auth.credentials, options.fetch) : undefined;
        const tokens = this.tokens;
        const headers = async () => ({
            ...target.headers,
            ...(auth.type === 'header' ? { [auth.name]: auth.value } : {}),
            ...(tokens !== undefined ? { authorization: `Bearer ${await tokens.get()}` } : {}),
        });
        const config = { url: target.endpoint, headers, timeoutMillis: options.timeoutMillis ?? 10_000, concurrencyLimit: 1 };
        this.exporter = target.protocol === 'http/json' ? new build_src/* OTLPLogExporter */.B(config) : new exporter_logs_otlp_proto_build_src/* OTLPLogExporter */.B(config);
        const collected = this.collected;
        const processor = {
            onEmit: (record) => {
                collected.push(record);
            },
            forceFlush: () => Promise.resolve(),
            shutdown: () => Promise.resolve(),
        };
        this.provider = new sdk_logs_build_src/* LoggerProvider */.IB({ resource: (0,resources_build_src.resourceFromAttributes)(options.resource), processors: [processor] });
        this.logger = this.provider.getLogger('factstore', options.version);
    }
    logger;
    /** OAuth2 tokens fetched so far. */
    get tokensFetched() {
        return this.tokens?.fetched ?? 0;
    }
    /** Sends one batch; throws OtlpSendError with the collector's answer when it is not taken. */
    async send(records) {
        for (const r of records) {
            this.logger.emit({
                timestamp: new Date(r.timestamp),
                observedTimestamp: new Date(r.observedTimestamp),
                severityNumber: r.severityNumber,
                severityText: r.severityText,
                eventName: r.eventName,
                body: r.body,
                attributes: r.attributes,
            });
        }
        const batch = this.collected.splice(0);
        let result = await this.export(batch);
        if (result.code !== src.ExportResultCode.SUCCESS && this.tokens !== undefined && statusOf(result) === 401) {
            this.tokens.invalidate();
            result = await this.export(batch);
        }
        if (result.code !== src.ExportResultCode.SUCCESS)
            throw this.failure(result);
    }
    async close() {
        await this.exporter.shutdown();
        await this.provider.shutdown();
    }
    export(batch) {
        return new Promise((resolve) => {
            this.exporter.export(batch, resolve);
        });
    }
    failure(result) {
        const e = result.error;
        const status = statusOf(result);
        const said = e?.data !== undefined && e.data !== '' ? collectorMessage(e.data) : undefined;
        const secrets = this.target.auth.type === 'header' ? [this.target.auth.value] : this.target.auth.type === 'oauth2' ? [this.target.auth.credentials.clientSecret] : [];
        const text = [status !== undefined ? `HTTP ${status}` : undefined, e?.message !== undefined && e.message !== '' ? e.message : undefined, said].filter((s) => s !== undefined).join(': ');
        return new OtlpSendError(scrub(text === '' ? 'the collector did not take the records' : text, ...secrets), status);
    }
}
function statusOf(result) {
    const code = result.error?.code;
    return typeof code === 'number' ? code : undefined;
}
/**
 * What the collector said: OTLP/HTTP answers a failure with a google.rpc.Status (JSON, or protobuf
 * whose `message` is readable text); at most 500 characters of it, printable only.
 */
function collectorMessage(data) {
    try {
        const parsed = JSON.parse(data);
        if (typeof parsed.message === 'string')
            return parsed.message.slice(0, 500);
    }
    catch {
        // not JSON
    }
    return data.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]+/g, ' ').trim().slice(0, 500);
}

;// CONCATENATED MODULE: ./src/core/export/otlp/export-otlp.ts






/** Records per request: a few hundred facts make a request of some hundred KiB. */
const OTLP_BATCH = 512;
/**
 * `factstore export otlp` on every surface: the facts that count, added after the destination's
 * cursor (the newest export fact for it that counts) or from where the caller says, sent as OTLP
 * log records in the order the facts branch got them, batch by batch. The cursor moves to the newest
 * commit whose records were all taken; the caller records it (signed, like every fact) so the next
 * export — from any surface — sends nothing twice. A batch the collector refuses stops the export.
 */
async function exportToOtlp(input) {
    const { target } = input;
    const previous = await readCursor(input.trusted, target.destination);
    const from = input.from ?? (previous === undefined && input.since === undefined ? input.firstFrom : undefined);
    const explicit = from !== undefined || input.since !== undefined;
    const after = explicit ? undefined : previous?.through;
    const pending = await pendingFacts({
        store: input.store,
        trusted: input.trusted,
        ...(after !== undefined ? { after } : {}),
        ...(from !== undefined ? { from } : {}),
        ...(input.since !== undefined ? { since: input.since } : {}),
    });
    const flat = pending.commits.flatMap((c, index) => c.facts.map((counted) => ({ index, record: otlpRecord(counted, input.context) })));
    const records = flat.map((f) => f.record);
    const base = {
        destination: target.destination,
        endpoint: target.endpoint,
        protocol: target.protocol,
        after: after ?? (explicit ? (await parentOf(input.store, pending.commits[0]?.commit)) : null) ?? null,
        tip: pending.tip ?? null,
        notCounted: pending.notCounted,
    };
    if (input.dryRun === true) {
        return { ...base, through: base.after, streams: countStreams(records, records.length, 0), exported: 0, failed: 0, tokensFetched: 0, records };
    }
    const sender = new OtlpSender(target, { resource: input.resource, version: input.context.engineVersion, ...(input.fetch !== undefined ? { fetch: input.fetch } : {}) });
    let sent = 0;
    let error;
    try {
        for (const batch of batches(flat, input.batchSize ?? OTLP_BATCH)) {
            try {
                await sender.send(batch);
            }
            catch (e) {
                if (!(e instanceof OtlpSendError))
                    throw e;
                error = e.message;
                break;
            }
            sent += batch.length;
        }
    }
    finally {
        await sender.close();
    }
    // the commits whose records all went: all of them, else those before the first record not sent
    const firstUnsent = flat[sent]?.index;
    const done = firstUnsent === undefined ? pending.commits.length : firstUnsent;
    // the cursor moves only with records sent: a cursor recorded for nothing would be the next run's news
    const through = sent > 0 && done > 0 ? (pending.commits[done - 1]?.commit ?? null) : base.after;
    const result = {
        ...base,
        through,
        streams: countStreams(records, sent, records.length - sent),
        exported: sent,
        failed: records.length - sent,
        tokensFetched: sender.tokensFetched,
        ...(error !== undefined ? { error } : {}),
    };
    if (sent > 0 && through !== null) {
        result.cursor = (0,fact_id/* makeFact */.lO)({
            kind: 'export',
            event: 'FACTS_EXPORTED',
            stream: 'otlp',
            destination: target.destination,
            through,
            ...(base.after !== null ? { after: base.after } : {}),
            records: sent,
            actor: input.actor,
            ts: input.now.toISOString(),
        });
    }
    return result;
}
/**
 * Batches of at most `size` records that end where a facts commit ends, so a refused batch leaves
 * the cursor after the last commit sent whole and a re-run sends none of it again. Only a commit of
 * more than `size` facts is split (then a refusal within it re-sends its first part).
 */
function batches(flat, size) {
    const out = [];
    let batch = [];
    let i = 0;
    while (i < flat.length) {
        let end = i;
        while (end < flat.length && flat[end]?.index === flat[i]?.index)
            end++;
        const commit = flat.slice(i, end).map((f) => f.record);
        // a commit that does not fit starts a batch of its own (split only when larger than a batch)
        for (let j = 0; j < commit.length; j += size) {
            const part = commit.slice(j, j + size);
            if (batch.length + part.length > size) {
                out.push(batch);
                batch = [];
            }
            batch.push(...part);
        }
        i = end;
    }
    if (batch.length > 0)
        out.push(batch);
    return out;
}
/**
 * Why the key about to sign may not record the export's cursor, or undefined when it may: checked
 * before anything is sent, or a re-run would send everything again.
 */
function cursorAuthorityProblem(signers, publicKey, destination) {
    const probe = (0,fact_id/* makeFact */.lO)({ kind: 'export', event: 'FACTS_EXPORTED', stream: 'otlp', destination, through: '0'.repeat(40), records: 1, actor: 'probe', ts: new Date(0).toISOString() });
    return (0,authority/* writerAuthorityProblem */.kA)(signers, publicKey, probe);
}
/** The destination's cursor: its newest export fact that counts. */
async function readCursor(trusted, destination) {
    const counted = await trusted.countedLoose('export', (0,layout/* exportKey */.Ei)('otlp', destination));
    const mine = counted.map((c) => c.fact).filter((f) => f.kind === 'export' && f.stream === 'otlp' && f.destination === destination);
    return mine[mine.length - 1];
}
/** Rows per kind of fact, in the order kinds first appear; the records from `sent` on failed. */
function countStreams(records, sent, failed) {
    const rows = new Map();
    records.forEach((r, i) => {
        let row = rows.get(r.stream);
        if (row === undefined) {
            row = { stream: r.stream, exported: 0, failed: 0 };
            rows.set(r.stream, row);
        }
        if (i < sent)
            row.exported++;
        else if (i < sent + failed)
            row.failed++;
    });
    return [...rows.values()];
}
async function parentOf(store, commit) {
    if (commit === undefined)
        return undefined;
    for await (const entry of store.history({ at: commit, limit: 1 }))
        return entry.parents[0];
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/export/otlp/otlp-target.ts

/** The environment variables that hold an export's secrets. */
const OTLP_SECRET_ENV = {
    headerValue: 'FACTSTORE_OTLP_HEADER_VALUE',
    clientId: 'FACTSTORE_OTLP_CLIENT_ID',
    clientSecret: 'FACTSTORE_OTLP_CLIENT_SECRET',
};
/** A dry run sends nothing, so it needs no secret: placeholders that are never sent, over the environment's. */
function dryRunEnv(env) {
    return { ...env, [OTLP_SECRET_ENV.headerValue]: 'dry-run', [OTLP_SECRET_ENV.clientSecret]: 'dry-run', [OTLP_SECRET_ENV.clientId]: 'dry-run' };
}
/**
 * The target of `factstore export otlp` (CLI, Action): `exporters.otlp` of the config, the endpoint
 * and protocol flags over it, the secrets from the environment. Refuses to send credentials over
 * plain http to another machine.
 */
function targetFromConfig(config, env, flags) {
    const endpoint = flags.endpoint ?? config?.endpoint;
    if (endpoint === undefined) {
        throw new errors/* FactstoreError */.ST('BAD_INPUT', 'no OTLP endpoint: give --endpoint URL, or set exporters.otlp.endpoint in the config (e.g. https://beacon.example.com:4318/v1/logs).');
    }
    const auth = config?.auth ?? { type: 'none' };
    let target = { type: 'none' };
    if (auth.type === 'header') {
        target = { type: 'header', name: auth.header, value: secret(env, OTLP_SECRET_ENV.headerValue, `the value of the ${auth.header} header (exporters.otlp.auth.type: header)`) };
    }
    if (auth.type === 'oauth2') {
        const clientId = nonEmpty(env[OTLP_SECRET_ENV.clientId]) ?? auth.clientId;
        if (clientId === undefined)
            throw new errors/* FactstoreError */.ST('CONFIG', `exporters.otlp.auth (oauth2) has no client_id: set it there, or in ${OTLP_SECRET_ENV.clientId}.`);
        target = {
            type: 'oauth2',
            credentials: { tokenEndpoint: auth.tokenEndpoint, clientId, clientSecret: secret(env, OTLP_SECRET_ENV.clientSecret, 'the OAuth2 client secret'), scopes: auth.scopes, clientAuth: auth.clientAuth },
        };
    }
    return finish(endpoint, parseProtocol(flags.protocol ?? config?.protocol), config?.headers ?? {}, target);
}
/**
 * The App's destination: only where its host says (FACTSTORE_OTLP_ENDPOINT and the rest of the
 * environment), never where a repository's config says — otherwise any installed repository could
 * have the host's credentials sent anywhere. Undefined when the host exports nowhere.
 */
function targetFromHostEnv(env) {
    const endpoint = nonEmpty(env.FACTSTORE_OTLP_ENDPOINT);
    if (endpoint === undefined)
        return undefined;
    const kind = nonEmpty(env.FACTSTORE_OTLP_AUTH) ?? 'none';
    let auth = { type: 'none' };
    if (kind === 'header') {
        auth = { type: 'header', name: nonEmpty(env.FACTSTORE_OTLP_HEADER_NAME) ?? 'Authorization', value: secret(env, OTLP_SECRET_ENV.headerValue, 'the value of the OTLP auth header (FACTSTORE_OTLP_AUTH=header)') };
    }
    else if (kind === 'oauth2') {
        const tokenEndpoint = nonEmpty(env.FACTSTORE_OTLP_TOKEN_ENDPOINT);
        if (tokenEndpoint === undefined)
            throw new FactstoreError('CONFIG', 'FACTSTORE_OTLP_AUTH=oauth2 needs FACTSTORE_OTLP_TOKEN_ENDPOINT (the OAuth2 token endpoint URL).');
        auth = {
            type: 'oauth2',
            credentials: {
                tokenEndpoint,
                clientId: secret(env, OTLP_SECRET_ENV.clientId, 'the OAuth2 client id'),
                clientSecret: secret(env, OTLP_SECRET_ENV.clientSecret, 'the OAuth2 client secret'),
                scopes: (nonEmpty(env.FACTSTORE_OTLP_SCOPES) ?? '').split(/[\s,]+/).filter((s) => s !== ''),
                clientAuth: env.FACTSTORE_OTLP_CLIENT_AUTH === 'post' ? 'post' : 'basic',
            },
        };
    }
    else if (kind !== 'none') {
        throw new FactstoreError('CONFIG', `FACTSTORE_OTLP_AUTH=${JSON.stringify(kind)}: it is none, header or oauth2.`);
    }
    return finish(endpoint, parseProtocol(nonEmpty(env.FACTSTORE_OTLP_PROTOCOL)), {}, auth);
}
function finish(endpoint, protocol, headers, auth) {
    const url = parseUrl(endpoint, 'the OTLP endpoint');
    if (url.pathname === '/' || url.pathname === '')
        url.pathname = '/v1/logs';
    if (url.username !== '' || url.password !== '') {
        throw new errors/* FactstoreError */.ST('BAD_INPUT', 'the OTLP endpoint carries credentials in its URL: they would be recorded with the export cursor. Put them in the environment (exporters.otlp.auth) instead.');
    }
    const credentials = auth.type !== 'none' || Object.keys(headers).length > 0;
    if (credentials)
        assertSafeTransport(url, 'the OTLP endpoint');
    if (auth.type === 'oauth2')
        assertSafeTransport(parseUrl(auth.credentials.tokenEndpoint, 'the OAuth2 token endpoint'), 'the OAuth2 token endpoint');
    const destination = `${url.protocol}//${url.host}${url.pathname}`;
    return { endpoint: url.toString(), destination, protocol, headers: { ...headers }, auth };
}
function parseProtocol(value) {
    if (value === undefined || value === 'http/protobuf')
        return 'http/protobuf';
    if (value === 'http/json')
        return 'http/json';
    throw new errors/* FactstoreError */.ST('BAD_INPUT', `OTLP protocol ${JSON.stringify(value)}: it is http/protobuf (default) or http/json (gRPC is not offered: use an OTLP/HTTP receiver, which every collector has).`);
}
function parseUrl(text, what) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* FactstoreError */.ST('BAD_INPUT', `${what} ${JSON.stringify(text)} is not a URL: give an http(s) URL.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors/* FactstoreError */.ST('BAD_INPUT', `${what} ${JSON.stringify(text)} is not an http(s) URL.`);
    return url;
}
/** Credentials go over https, or over plain http only to this machine (a local collector or a test). */
function assertSafeTransport(url, what) {
    if (url.protocol === 'https:')
        return;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host))
        return;
    throw new errors/* FactstoreError */.ST('BAD_INPUT', `${what} ${url.origin} is plain http to another machine: credentials would cross the network in clear. Use https.`);
}
function secret(env, name, what) {
    const value = nonEmpty(env[name]);
    if (value === undefined)
        throw new errors/* FactstoreError */.ST('CONFIG', `${name} is not set: it holds ${what}, which never goes in the config.`);
    return value;
}
function nonEmpty(value) {
    const v = value?.trim();
    return v === undefined || v === '' ? undefined : v;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/schema/index.ts
var schema = __webpack_require__(91487);
;// CONCATENATED MODULE: ./src/core/package/package-version.ts



/** The package version, read from the package.json beside the shipped schemas/ folder. */
function packageVersion() {
    try {
        const pkg = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join((0,schema/* findSchemasDir */.xw)(), '..', 'package.json'), 'utf8'));
        return typeof pkg.version === 'string' ? pkg.version : 'unknown';
    }
    catch {
        return 'unknown';
    }
}

// EXTERNAL MODULE: ./src/core/trust/trusted-facts.ts + 5 modules
var trusted_facts = __webpack_require__(7401);
// EXTERNAL MODULE: ./src/action/github/high-water.ts + 2 modules
var high_water = __webpack_require__(62947);
// EXTERNAL MODULE: ./src/action/github/open-store.ts + 16 modules
var open_store = __webpack_require__(64032);
// EXTERNAL MODULE: ./src/action/inputs/config-token.ts
var config_token = __webpack_require__(88698);
// EXTERNAL MODULE: ./src/action/inputs/high-water-inputs.ts
var high_water_inputs = __webpack_require__(88954);
// EXTERNAL MODULE: ./src/action/inputs/input-reader.ts
var input_reader = __webpack_require__(97916);
// EXTERNAL MODULE: ./src/action/inputs/signing-key.ts + 2 modules
var signing_key = __webpack_require__(90690);
// EXTERNAL MODULE: ./src/action/inputs/store-inputs.ts
var store_inputs = __webpack_require__(37229);
;// CONCATENATED MODULE: ./src/action/inputs/export-otlp-inputs.ts






/** The export step's inputs: where to send (else the config's exporters.otlp), where to start, the key that signs the cursor. */
function readExportOtlpInputs(env) {
    const store = (0,store_inputs/* readStoreInputs */.d)(env);
    const since = (0,input_reader/* optionalInput */.$m)('since');
    const time = since === undefined ? undefined : Date.parse(since);
    if (time !== undefined && Number.isNaN(time))
        throw (0,errors/* badInput */.AN)(`\`since: ${since}\` is not a date: write e.g. \`since: 2026-10-01\`.`);
    const fromCommit = (0,input_reader/* optionalInput */.$m)('from-commit');
    if (fromCommit !== undefined && !/^[0-9a-f]{40}$/.test(fromCommit))
        throw (0,errors/* badInput */.AN)(`\`from-commit: ${fromCommit}\` is not a full facts commit id (40 lowercase hex).`);
    if (fromCommit !== undefined && time !== undefined)
        throw (0,errors/* badInput */.AN)('`since:` and `from-commit:` both say where to start: give one.');
    return {
        ...store,
        ...(0,config_token/* readConfigToken */.u)(store),
        endpoint: (0,input_reader/* optionalInput */.$m)('endpoint'),
        protocol: (0,input_reader/* optionalInput */.$m)('protocol'),
        since: time === undefined ? undefined : new Date(time),
        fromCommit,
        signingKey: (0,signing_key/* readSigningKey */.jy)(env),
        dryRun: (0,input_reader/* booleanInput */.tE)('dry-run'),
        highWaterAppId: (0,high_water_inputs/* readHighWaterAppId */.u)(),
    };
}

// EXTERNAL MODULE: ./src/action/record/step-outputs.ts
var step_outputs = __webpack_require__(88689);
// EXTERNAL MODULE: ./src/action/report/deciding-config.ts
var deciding_config = __webpack_require__(7449);
// EXTERNAL MODULE: ./src/action/report/job-summary.ts
var job_summary = __webpack_require__(88403);
;// CONCATENATED MODULE: ./src/action/commands/export-otlp.ts













/**
 * The OTLP export step: `factstore export otlp` from a workflow. The destination is the step's
 * `endpoint:` or exporters.otlp of the default branch's config (never of the change being built),
 * the secrets FACTSTORE_OTLP_* of the step's environment; the facts that count since the
 * destination's cursor are sent and the new cursor recorded with the signing key. A refused batch
 * fails the step after the summary says what was sent.
 */
async function exportOtlp(session) {
    const { env } = session;
    const inputs = readExportOtlpInputs(env);
    const signer = inputs.dryRun && inputs.signingKey === undefined ? undefined : (0,signing_key/* signerFrom */.Hc)(inputs.signingKey);
    const deciding = await session.decidingConfig(inputs);
    const { config } = deciding;
    if (signer !== undefined)
        (0,signing_key/* checkSigningKey */.JY)(signer, config.trust.signers, `${deciding.path} of the default branch ${deciding.branch}`);
    const target = targetFromConfig(config.exporters?.otlp, inputs.dryRun ? dryRunEnv(session.otlpEnv) : session.otlpEnv, {
        ...(inputs.endpoint !== undefined ? { endpoint: inputs.endpoint } : {}),
        ...(inputs.protocol !== undefined ? { protocol: inputs.protocol } : {}),
    });
    const actor = env.actor ?? 'github-actions';
    const now = session.now();
    const problem = signer === undefined ? undefined : cursorAuthorityProblem(config.trust.signers, signer.publicKey, target.destination);
    if (problem !== undefined)
        throw (0,errors/* badInput */.AN)(`${problem}: the export's cursor could not be recorded. Add export to that key's kinds under trust.signers. Nothing was sent.`);
    const facts = (0,open_store/* factsLocation */.z)(inputs, config);
    const request = session.github(inputs);
    const store = (0,open_store/* openStore */.C)(request, facts, env, signer);
    const trusted = await trusted_facts/* TrustedFacts */.$.open({ store, signers: config.trust.signers, highWater: (0,high_water/* workflowGateState */.Q)(request, facts, inputs.highWaterAppId).readOnlyHighWaterMark() });
    const version = packageVersion();
    const result = await exportToOtlp({
        store,
        trusted,
        target,
        ...(inputs.fromCommit !== undefined ? { from: inputs.fromCommit } : {}),
        ...(inputs.since !== undefined ? { since: inputs.since } : {}),
        context: { config, engineVersion: version, serverUrl: env.serverUrl, configPath: deciding.path, ...(env.repository !== undefined ? { repository: env.repository } : {}) },
        resource: { 'service.name': 'factstore', 'service.version': version, 'factstore.facts.repository': `${facts.owner}/${facts.repo}`, 'factstore.facts.branch': facts.branch },
        actor,
        now,
        dryRun: inputs.dryRun,
    });
    const cursor = result.cursor !== undefined ? (await store.append({ facts: [result.cursor], message: `factstore: exported ${result.exported} fact(s) to ${target.destination}` })).commit : undefined;
    const document = { ...result };
    delete document.records;
    delete document.cursor;
    (0,step_outputs/* setOutputs */.n)({ result: JSON.stringify({ ...document, cursorCommit: cursor ?? null }), exported: String(result.exported), failed: String(result.failed), 'facts-commit': cursor });
    await (0,job_summary/* writeJobSummary */.j)(exportSummary(result, inputs.dryRun) + (0,deciding_config/* reportDecidingConfig */.q)(deciding, env.serverUrl));
    core/* info */.pq(`factstore: ${inputs.dryRun ? `would export ${result.records?.length ?? 0}` : `exported ${result.exported}`} fact(s) to ${target.destination}${result.failed > 0 ? `, ${result.failed} not taken` : ''}.`);
    if (result.error !== undefined)
        throw new Error(`the collector at ${target.destination} did not take ${result.failed} record(s): ${result.error}. The next export sends them again.`);
}
/** The job summary: the table per stream, the collector's message under it. */
function exportSummary(result, dryRun) {
    const head = `### Factstore: OTLP export to ${result.destination}${dryRun ? ' (dry run: nothing sent)' : ''}\n\n`;
    if (result.streams.length === 0)
        return `${head}Nothing new to send.\n`;
    const rows = result.streams.map((s) => `| ${s.stream} | ${dryRun ? 0 : s.exported} | ${s.failed} | ${dryRun ? 'DRY RUN' : s.failed === 0 ? 'OK' : 'FAILED'} |`);
    const table = ['| STREAM | EXPORTED | FAILED | STATUS |', '|---|---:|---:|---|', ...rows].join('\n');
    return `${head}${table}\n${result.error !== undefined ? `\nThe collector did not take the records: \`${result.error.replace(/`/g, "'")}\`\n` : ''}`;
}


/***/ })

};
