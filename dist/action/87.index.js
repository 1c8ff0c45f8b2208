export const id = 87;
export const ids = [87];
export const modules = {

/***/ 61087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  posture: () => (/* binding */ posture)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/schema/validate.ts
var validate = __webpack_require__(93533);
;// CONCATENATED MODULE: ./src/core/frameworks/check-framework.ts

/**
 * Checks a framework document against the schema, then what the schema cannot say: every type
 * and policy a control names is defined in the file, and no control ID appears twice.
 */
function checkFrameworkValue(value) {
    const schema = (0,validate/* validate */.tf)('framework', value);
    if (!schema.ok)
        return schema;
    const framework = value;
    const errors = [];
    const seen = new Set();
    framework.controls.forEach((control, i) => {
        if (seen.has(control.id))
            errors.push({ path: `/controls/${i}/id`, message: `${JSON.stringify(control.id)} is listed twice: merge the two controls` });
        seen.add(control.id);
        (control.types ?? []).forEach((type, j) => {
            if (!Object.hasOwn(framework.types, type)) {
                errors.push({ path: `/controls/${i}/types/${j}`, message: `type ${JSON.stringify(type)} is not defined: add it under types:` });
            }
        });
        (control.policies ?? []).forEach((policy, j) => {
            if (!Object.hasOwn(framework.policies ?? {}, policy)) {
                errors.push({ path: `/controls/${i}/policies/${j}`, message: `policy ${JSON.stringify(policy)} is not defined: add it under policies:` });
            }
        });
    });
    return errors.length > 0 ? { ok: false, errors } : { ok: true, framework };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/core/package/find-up.ts
var find_up = __webpack_require__(2939);
;// CONCATENATED MODULE: ./src/core/frameworks/frameworks-dir.ts




/**
 * The package's `frameworks/` folder, found upwards from this module as `schemas/` is (see
 * schema-files.ts): the same code runs from `src/core/frameworks/` and from a bundle in `dist/<entry>/`.
 */
function frameworks_dir_findFrameworksDir() {
    const found = (0,find_up/* findUp */.d)((0,external_node_url_.fileURLToPath)(import.meta.url), [(0,external_node_path_.join)('frameworks', 'catalogues')]);
    if (found !== undefined)
        return (0,external_node_path_.dirname)(found);
    throw new errors/* FactstoreError */.ST('INTERNAL', `factstore: cannot find the frameworks/ folder above ${(0,external_node_url_.fileURLToPath)(import.meta.url)}: ` +
        'the installation is incomplete; reinstall factstore (its package ships frameworks/).');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/text/did-you-mean.ts
var did_you_mean = __webpack_require__(17608);
;// CONCATENATED MODULE: ./src/core/frameworks/load-frameworks.ts







const FRAMEWORK_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** The names of the shipped frameworks, sorted: the `frameworks/*.json` files. */
function frameworkNames(dir = frameworks_dir_findFrameworksDir()) {
    return (0,external_node_fs_.readdirSync)(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -'.json'.length))
        .filter((name) => FRAMEWORK_NAME.test(name))
        .sort();
}
/** Every shipped framework, validated, in name order. */
function listFrameworks(dir = findFrameworksDir()) {
    return frameworkNames(dir).map((name) => readFramework(dir, name));
}
/** One framework by name; an unknown name lists the known ones and suggests the closest. */
function getFramework(name, dir = frameworks_dir_findFrameworksDir()) {
    const names = frameworkNames(dir);
    if (!names.includes(name)) {
        throw (0,errors/* badInput */.AN)(`there is no framework ${JSON.stringify(name)}.${(0,did_you_mean/* suggestion */.h)(name, names)} Known frameworks: ${names.join(', ')} (factstore frameworks list).`);
    }
    return readFramework(dir, name);
}
function readFramework(dir, name) {
    const file = (0,external_node_path_.join)(dir, `${name}.json`);
    let value;
    try {
        value = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (cause) {
        throw new errors/* FactstoreError */.ST('INTERNAL', `factstore: ${file} cannot be read as JSON: reinstall factstore.`, { cause });
    }
    const result = checkFrameworkValue(value);
    if (!result.ok)
        throw new errors/* FactstoreError */.ST('INTERNAL', (0,validate/* invalidMessage */.dl)(`the framework file ${file}`, result.errors));
    if (result.framework.name !== name) {
        throw new errors/* FactstoreError */.ST('INTERNAL', `factstore: ${file} names itself ${JSON.stringify(result.framework.name)}: a framework's name must be its file's name.`);
    }
    return result.framework;
}

// EXTERNAL MODULE: ./src/core/config/load-config.ts + 3 modules
var load_config = __webpack_require__(23656);
// EXTERNAL MODULE: ./src/core/config/parse-yaml.ts
var parse_yaml = __webpack_require__(26389);
// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(71837);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/core/frameworks/insert-entries.ts

/**
 * Adds entries at the end of top-level sections of a YAML config. Where a section is a block
 * mapping (or missing) the new lines are spliced in and every existing byte stays as it was, so
 * the user's comments, order and layout survive. Otherwise (a flow-style or empty section) the
 * yaml Document is edited and printed again: comments and order are kept, the layout may change.
 */
function insert_entries_insertEntries(text, additions) {
    const doc = parseDocument(text);
    const root = doc.contents;
    if (root !== null && !(isMap(root) && root.flow !== true))
        return viaDocument(doc, additions);
    const splices = [];
    const appended = [];
    for (const addition of additions) {
        const node = root === null ? undefined : root.get(addition.section, true);
        if (node === undefined) {
            appended.push(`${addition.section}:\n${render(addition, 2)}`);
        }
        else if (isMap(node) && node.flow !== true && node.items.length > 0 && node.range !== null && node.range !== undefined) {
            splices.push({ at: lineEnd(text, node.range[1]), text: render(addition, indentOf(text, node)) });
        }
        else {
            return viaDocument(doc, additions);
        }
    }
    let out = text;
    for (const splice of splices.sort((a, b) => b.at - a.at)) {
        const before = out.slice(0, splice.at);
        out = `${before}${before.endsWith('\n') ? '' : '\n'}${splice.text}${out.slice(splice.at)}`;
    }
    if (appended.length > 0)
        out = `${out}${out.endsWith('\n') || out === '' ? '' : '\n'}${appended.join('')}`;
    return out;
}
/** The entries as YAML lines at `indent`: each entry a block mapping, its lists and mappings in flow style. */
function render(addition, indent) {
    const doc = new Document(addition.entries);
    const entries = doc.contents;
    for (const pair of entries.items) {
        if (!isMap(pair.value))
            continue;
        for (const field of pair.value.items)
            if (isCollection(field.value))
                field.value.flow = true;
    }
    const first = entries.items[0]?.key;
    if (addition.comment !== undefined && isScalar(first))
        first.commentBefore = ` ${addition.comment}`;
    const pad = ' '.repeat(indent);
    return doc
        .toString({ lineWidth: 0, flowCollectionPadding: true })
        .split('\n')
        .map((line) => (line === '' ? line : `${pad}${line}`))
        .join('\n');
}
function viaDocument(doc, additions) {
    for (const addition of additions) {
        for (const [name, value] of Object.entries(addition.entries))
            doc.setIn([addition.section, name], doc.createNode(value));
    }
    return doc.toString({ lineWidth: 0 });
}
/** The offset just past the line holding offset `end - 1`: where the next line starts. */
function lineEnd(text, end) {
    if (end > 0 && text[end - 1] === '\n')
        return end;
    const newline = text.indexOf('\n', end);
    return newline === -1 ? text.length : newline + 1;
}
/** The column of the section's first key: its entries' indentation. */
function indentOf(text, map) {
    const key = map.items[0]?.key;
    const start = key?.range?.[0] ?? 0;
    return start - (text.lastIndexOf('\n', start - 1) + 1);
}

;// CONCATENATED MODULE: ./src/core/frameworks/plan-import.ts







/**
 * Plans adding `framework` to a config as flow `flowName`, with the types and policies it needs
 * that the config lacks. Nothing existing is ever changed: a type, policy or flow of the same name
 * with another definition is a conflict and the whole import is refused. The text is edited, so
 * the user's comments and order stay; the result is checked to load as a config.
 */
function planFrameworkImport(configText, framework, flowName, options = {}) {
    const source = options.source ?? 'the config';
    checkName('flow', flowName);
    parseConfig(configText, source);
    const raw = (parseYaml(configText, source) ?? {});
    const approvers = options.approvers ?? [];
    const flow = frameworkFlow(framework, approvers);
    const conflicts = [...typeConflicts(raw, framework), ...policyConflicts(raw, framework)];
    const existingFlow = Object.hasOwn(raw.flows ?? {}, flowName) ? raw.flows?.[flowName] : undefined;
    if (existingFlow !== undefined && !sameFlow(existingFlow, flow, approvers.length > 0)) {
        conflicts.push(`flows.${flowName} already exists and asks for something else: import under another --flow name, or remove it first`);
    }
    const nothing = { types: [], policies: [], flow: '' };
    if (conflicts.length > 0)
        return { text: configText, added: nothing, conflicts };
    if (existingFlow === undefined && flow.approval !== undefined && approvers.length === 0) {
        throw badInput(`framework ${framework.name} has controls that need a person's approval (${approvalControls(framework)}): ` +
            'name who may approve with --approver LOGIN (repeat it, or use @org/team).');
    }
    const types = Object.keys(framework.types).filter((name) => !Object.hasOwn(raw.types ?? {}, name));
    const policies = Object.keys(framework.policies ?? {}).filter((name) => !Object.hasOwn(raw.policies ?? {}, name));
    const additions = [];
    const by = `added by factstore frameworks import ${framework.name}`;
    if (existingFlow === undefined)
        additions.push({ section: 'flows', entries: { [flowName]: flow }, comment: `${by}: ${framework.source.document}` });
    if (types.length > 0)
        additions.push({ section: 'types', entries: pick(framework.types, types), comment: by });
    if (policies.length > 0)
        additions.push({ section: 'policies', entries: pick(framework.policies ?? {}, policies), comment: by });
    if (additions.length === 0)
        return { text: configText, added: nothing, conflicts: [] };
    const text = insertEntries(configText, additions);
    try {
        parseConfig(text, source);
    }
    catch (cause) {
        throw new FactstoreError('INTERNAL', `factstore: importing ${framework.name} would leave ${source} invalid (a factstore bug; please report it): ${String(cause)}`, { cause });
    }
    return { text, added: { types, policies, flow: existingFlow === undefined ? flowName : '' }, conflicts: [] };
}
function typeConflicts(raw, framework) {
    const conflicts = [];
    for (const [name, wanted] of Object.entries(framework.types)) {
        const existing = raw.types?.[name];
        if (existing !== undefined && Object.hasOwn(raw.types ?? {}, name)) {
            if (!sameType(existing, wanted)) {
                conflicts.push(`types.${name} is already defined differently (${describe(existing)}; ${framework.name} needs ${describe(wanted)}): rename yours or align it`);
            }
            continue;
        }
        // a required type the registry lacks is judged by its format alone: defining it would change those flows
        const users = Object.entries(raw.flows ?? {}).filter(([, f]) => (f.require ?? []).includes(name)).map(([n]) => n);
        if (users.length > 0) {
            conflicts.push(`types.${name} is not defined, yet flows ${users.join(', ')} require it (judged by its evidence format alone): defining it would change how they judge it; add your own definition under types: first`);
        }
    }
    return conflicts;
}
function policyConflicts(raw, framework) {
    return Object.entries(framework.policies ?? {})
        .filter(([name, wanted]) => {
        const existing = Object.hasOwn(raw.policies ?? {}, name) ? raw.policies?.[name] : undefined;
        return existing !== undefined && !samePolicy(existing, wanted);
    })
        .map(([name, wanted]) => `policies.${name} is already defined with another jq (${framework.name} needs ${JSON.stringify(wanted.jq)}): rename yours or align it`);
}
function describe(type) {
    const parts = [`format ${type.format ?? 'any'}`];
    if (type.jq !== undefined)
        parts.push(`jq ${type.jq}`);
    if (type.schema !== undefined)
        parts.push('a schema');
    if (type.archived === true)
        parts.push('archived');
    return parts.join(', ');
}
function approvalControls(framework) {
    return framework.controls.filter((c) => c.approval !== undefined).map((c) => c.id).join(', ');
}
function pick(map, names) {
    return Object.fromEntries(names.map((name) => [name, map[name]]));
}

;// CONCATENATED MODULE: ./src/core/frameworks/index.ts








// EXTERNAL MODULE: ./src/core/environments/environment-history.ts
var environment_history = __webpack_require__(36742);
// EXTERNAL MODULE: ./src/core/environments/environment-status.ts
var environment_status = __webpack_require__(74230);
// EXTERNAL MODULE: ./src/core/environments/plan-drift.ts
var plan_drift = __webpack_require__(12909);
// EXTERNAL MODULE: ./src/core/evaluate/evaluate-trail.ts + 5 modules
var evaluate_trail = __webpack_require__(68349);
;// CONCATENATED MODULE: ./src/core/posture/control-outcome.ts
/**
 * Whether one trail evidences one framework control: undefined when the trail's flow requires none
 * of the control's types (the flow does not speak to it); else passing when every one of those types
 * PASSED, the approval the control asks for was granted, and none of its policies the flow applies
 * was violated.
 */
function controlOutcome(control, flow, e) {
    const types = (control.types ?? []).filter((t) => flow.require.includes(t));
    if (types.length === 0)
        return undefined;
    const passed = types.every((t) => e.types.find((x) => x.type === t)?.status === 'PASSED');
    const approved = control.approval?.required !== true || (e.approval.granted >= Math.max(1, e.approval.min) && !e.approval.rejected);
    const policies = (control.policies ?? []).filter((p) => flow.policies.includes(p));
    const allowed = !e.policyViolations.some((v) => policies.includes(v.policy));
    return passed && approved && allowed ? 'passing' : 'failing';
}

;// CONCATENATED MODULE: ./src/core/posture/posture-level.ts
function postureLevel(passing, total) {
    if (total === 0)
        return { percent: null, level: 'none' };
    const percent = Math.floor((1000 * passing) / total) / 10;
    return { percent, level: percent >= 80 ? 'green' : percent >= 50 ? 'yellow' : 'red' };
}

;// CONCATENATED MODULE: ./src/core/posture/trail-outcome.ts
/**
 * A trail as posture counts it: PENDING when it is not compliant only because evidence is still
 * coming (a PENDING attestation, nothing FAILED, no policy violated, no approval rejected).
 */
function trailOutcome(e) {
    if (e.status === 'COMPLIANT')
        return 'COMPLIANT';
    const waiting = e.types.some((t) => t.status === 'MISSING' && t.pending);
    const broken = e.failed.length > 0 || e.policyViolations.length > 0 || e.approval.rejected;
    return waiting && !broken ? 'PENDING' : 'NON_COMPLIANT';
}

;// CONCATENATED MODULE: ./src/core/posture/build-posture.ts







/**
 * The compliance posture, every number counted from the facts that count: per flow, the trails
 * started in the window by outcome and the share COMPLIANT; per runtime environment, its status on
 * the newest snapshot and its drift; per framework control, the trails that evidence it, passing or
 * failing, over the flows that require its types.
 */
async function buildPosture(input) {
    const { config } = input;
    const evaluations = [];
    const flows = [];
    for (const flow of Object.values(config.flows)) {
        const counts = { COMPLIANT: 0, NON_COMPLIANT: 0, PENDING: 0 };
        for (const ref of await input.store.listTrails(flow.name)) {
            const facts = await input.store.readTrail(flow.name, ref.trail);
            const started = facts.find((f) => f.kind === 'trail')?.ts ?? facts[0]?.ts;
            if (started === undefined || (input.since !== undefined && Date.parse(started) < input.since.getTime()))
                continue;
            const evaluation = (0,evaluate_trail/* evaluateTrail */.A)({ flow, trail: ref.trail, facts, policies: config.policies, ...(input.policyEvaluator !== undefined ? { policyEvaluator: input.policyEvaluator } : {}) });
            evaluations.push({ flow: flow.name, evaluation });
            counts[trailOutcome(evaluation)]++;
        }
        const trails = counts.COMPLIANT + counts.NON_COMPLIANT + counts.PENDING;
        flows.push({ flow: flow.name, trails, compliant: counts.COMPLIANT, nonCompliant: counts.NON_COMPLIANT, pending: counts.PENDING, ...postureLevel(counts.COMPLIANT, trails) });
    }
    const environments = [];
    for (const [name, env] of Object.entries(config.environments)) {
        if (env.type === undefined)
            continue;
        const snapshot = (await (0,environment_history/* snapshotsOf */.X)(input.store, name)).at(-1);
        const status = await (0,environment_status/* environmentStatus */.E)({
            environment: { name, env, type: env.type },
            snapshot,
            flows: config.flows,
            store: input.store,
            policies: config.policies,
            ...(input.policyEvaluator !== undefined ? { policyEvaluator: input.policyEvaluator } : {}),
        });
        environments.push({
            environment: name,
            type: env.type,
            status: status.status,
            running: status.artifacts.length,
            drifting: status.artifacts.filter((a) => a.status !== 'COMPLIANT').length,
            openDrifts: (0,plan_drift/* openDrifts */.T)(await (0,environment_history/* driftsOf */.c)(input.store, name)).size,
            snapshot: snapshot?.ts ?? null,
        });
    }
    const frameworks = input.frameworks.map((framework) => ({
        framework: framework.name,
        title: framework.title,
        controls: framework.controls.map((control) => {
            let passing = 0;
            let failing = 0;
            for (const { flow, evaluation } of evaluations) {
                const config_ = config.flows[flow];
                const outcome = config_ === undefined ? undefined : controlOutcome(control, config_, evaluation);
                if (outcome === 'passing')
                    passing++;
                if (outcome === 'failing')
                    failing++;
            }
            return { id: control.id, title: control.title, passing, failing, ...postureLevel(passing, passing + failing) };
        }),
    }));
    return { since: input.since?.toISOString() ?? null, flows, environments, frameworks };
}

;// CONCATENATED MODULE: ./src/core/posture/posture-markdown.ts
const DOT = { green: '🟢', yellow: '🟡', red: '🔴', none: '⚪' };
const pct = (p) => (p === null ? 'n/a' : `${p} %`);
/** The posture as Markdown, for a job summary or a report: green ≥ 80 %, yellow ≥ 50 %, red below. */
function postureMarkdown(r) {
    const out = [`## Compliance posture${r.since !== null ? ` since ${r.since.slice(0, 10)}` : ''}`, ''];
    out.push('### Flows', '', '| | flow | trails | compliant | non-compliant | pending | compliant share |', '|---|---|---|---|---|---|---|');
    for (const f of r.flows)
        out.push(`| ${DOT[f.level]} | ${f.flow} | ${f.trails} | ${f.compliant} | ${f.nonCompliant} | ${f.pending} | ${pct(f.percent)} |`);
    if (r.environments.length > 0) {
        out.push('', '### Environments', '', '| | environment | type | status | running | drifting | newest snapshot |', '|---|---|---|---|---|---|---|');
        for (const e of r.environments) {
            const dot = e.status === 'COMPLIANT' ? '🟢' : e.status === 'NO_SNAPSHOT' ? '⚪' : '🔴';
            out.push(`| ${dot} | ${e.environment} | ${e.type} | ${e.status === 'NON_COMPLIANT' ? 'DRIFTING' : e.status} | ${e.running} | ${e.drifting} | ${e.snapshot ?? '-'} |`);
        }
    }
    for (const fw of r.frameworks) {
        out.push('', `### ${fw.title}`, '', '| | control | passing | failing | passing share |', '|---|---|---|---|---|');
        for (const c of fw.controls)
            out.push(`| ${DOT[c.level]} | **${c.id}** ${c.title} | ${c.passing} | ${c.failing} | ${c.level === 'none' ? 'no flow evidences it' : pct(c.percent)} |`);
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/core/schema/index.ts
var schema = __webpack_require__(91487);
// EXTERNAL MODULE: ./src/core/trust/trusted-facts.ts + 5 modules
var trusted_facts = __webpack_require__(7401);
// EXTERNAL MODULE: ./src/action/github/high-water.ts + 2 modules
var high_water = __webpack_require__(62947);
// EXTERNAL MODULE: ./src/action/github/open-store.ts + 16 modules
var open_store = __webpack_require__(64032);
// EXTERNAL MODULE: ./src/action/github/trust-root.ts
var trust_root = __webpack_require__(60487);
// EXTERNAL MODULE: ./src/action/inputs/config-token.ts
var config_token = __webpack_require__(88698);
// EXTERNAL MODULE: ./src/action/inputs/high-water-inputs.ts
var high_water_inputs = __webpack_require__(88954);
// EXTERNAL MODULE: ./src/action/inputs/input-reader.ts
var input_reader = __webpack_require__(97916);
// EXTERNAL MODULE: ./src/action/inputs/store-inputs.ts
var store_inputs = __webpack_require__(37229);
;// CONCATENATED MODULE: ./src/action/inputs/posture-inputs.ts





/** The posture step's inputs: the window and the frameworks; the rest is where the facts are. */
function readPostureInputs(env) {
    const store = (0,store_inputs/* readStoreInputs */.d)(env);
    const since = (0,input_reader/* optionalInput */.$m)('since');
    const time = since === undefined ? undefined : Date.parse(since);
    if (time !== undefined && Number.isNaN(time))
        throw (0,errors/* badInput */.AN)(`\`since: ${since}\` is not a date: write e.g. \`since: 2026-10-01\`.`);
    return {
        ...store,
        ...(0,config_token/* readConfigToken */.u)(store),
        since: time === undefined ? undefined : new Date(time),
        frameworks: (0,input_reader/* listInput */.dt)('frameworks'),
        highWaterAppId: (0,high_water_inputs/* readHighWaterAppId */.u)(),
    };
}

// EXTERNAL MODULE: ./src/action/record/step-outputs.ts
var step_outputs = __webpack_require__(88689);
// EXTERNAL MODULE: ./src/action/report/deciding-config.ts
var deciding_config = __webpack_require__(7449);
// EXTERNAL MODULE: ./src/action/report/job-summary.ts
var job_summary = __webpack_require__(88403);
;// CONCATENATED MODULE: ./src/action/commands/posture.ts














/**
 * The posture step: `factstore posture` in the job summary (per flow, per environment, per
 * framework control, coloured as auditors read it) and as the `result` output. It reads only (no
 * key, nothing written) and counts only what trusted keys appended, with the default branch's config.
 */
async function posture(session) {
    const { env } = session;
    const inputs = readPostureInputs(env);
    const frameworks = inputs.frameworks.map((name) => getFramework(name));
    const deciding = await session.decidingConfig(inputs);
    const { config } = deciding;
    const facts = (0,open_store/* factsLocation */.z)(inputs, config);
    const request = session.github(inputs);
    const store = (0,open_store/* openStore */.C)(request, facts, env);
    const trusted = await trusted_facts/* TrustedFacts */.$.open({ store, signers: config.trust.signers, highWater: (0,high_water/* workflowGateState */.Q)(request, facts, inputs.highWaterAppId).readOnlyHighWaterMark() });
    const report = await buildPosture({ config, store: trusted, ...(inputs.since !== undefined ? { since: inputs.since } : {}), frameworks, policyEvaluator: session.policyEvaluator() });
    const document = JSON.parse(JSON.stringify({ ...report, trust: { ...(await trusted.report()), config: (0,trust_root/* trustRoot */.z)(deciding) } }));
    const checked = (0,schema/* validate */.tf)('cli/posture', document);
    if (!checked.ok) {
        throw new errors/* FactstoreError */.ST('INTERNAL', `the posture does not match schemas/cli/posture.schema.json (a factstore bug; please report it):\n${(0,schema/* renderErrors */.a$)(checked.errors)}`);
    }
    (0,step_outputs/* setOutputs */.n)({ result: JSON.stringify(document) });
    core/* info */.pq(postureMarkdown(report));
    await (0,job_summary/* writeJobSummary */.j)(postureMarkdown(report) + (0,deciding_config/* reportDecidingConfig */.q)(deciding, env.serverUrl));
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

/***/ 36742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ snapshotsOf),
/* harmony export */   c: () => (/* binding */ driftsOf)
/* harmony export */ });
/** The snapshots of one environment that count, oldest first. */
async function snapshotsOf(store, environment) {
    return byTime((await store.readLoose('snapshot', environment)).filter((f) => f.kind === 'snapshot' && f.environment === environment));
}
/** The drift facts of one environment that count, oldest first. */
async function driftsOf(store, environment) {
    return byTime((await store.readLoose('drift', environment)).filter((f) => f.kind === 'drift' && f.environment === environment));
}
/** Oldest first; facts of the same instant keep their order in the files. */
function byTime(facts) {
    return facts.map((f, i) => ({ f, i })).sort((a, b) => a.f.ts.localeCompare(b.f.ts) || a.i - b.i).map(({ f }) => f);
}


/***/ }),

/***/ 74230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ environmentStatus)
/* harmony export */ });
/* unused harmony export judgeRunningArtifact */
/* harmony import */ var _evaluate_assert_artifact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8612);

/**
 * Is everything running in the environment allowed to be there? Each running artifact is asserted,
 * as `assert` does, in the flows the environment requires (`require_flows`), else in every flow
 * that recorded it, as `compliance artifact` decides. An artifact no trail recorded has no
 * provenance. A docker artifact is matched by its registry digest, else by its local image id.
 */
async function environmentStatus(input) {
    const { environment, snapshot } = input;
    const base = { environment: environment.name, type: environment.type };
    if (snapshot === undefined)
        return { ...base, snapshot: null, status: 'NO_SNAPSHOT', artifacts: [] };
    await input.store.prefetchArtifacts?.(snapshot.artifacts.flatMap((a) => [a.artifact, ...(a.localId !== undefined ? [a.localId] : [])]));
    const artifacts = await Promise.all(snapshot.artifacts.map((item) => judgeRunningArtifact(input, item)));
    const status = artifacts.every((a) => a.status === 'COMPLIANT') ? 'COMPLIANT' : 'NON_COMPLIANT';
    return { ...base, snapshot: { id: snapshot.id, ts: snapshot.ts, actor: snapshot.actor }, status, artifacts };
}
/** One running artifact judged as {@link environmentStatus} judges each (also what `env diff` says of an ADDED or CHANGED one). */
async function judgeRunningArtifact(input, item) {
    const base = { name: item.name, artifact: item.artifact, ...(item.localId !== undefined ? { localId: item.localId } : {}), where: item.where ?? [] };
    let digest = item.artifact;
    let refs = await input.store.trailsForArtifact(digest);
    let matchedBy = 'artifact';
    if (refs.length === 0 && item.localId !== undefined) {
        digest = item.localId;
        refs = await input.store.trailsForArtifact(digest);
        matchedBy = 'localId';
    }
    if (refs.length === 0)
        return { ...base, status: 'NO_PROVENANCE', flows: [] };
    const required = input.environment.env.requireFlows ?? [...new Set(refs.map((r) => r.flow))].filter((f) => Object.hasOwn(input.flows, f));
    const flows = await Promise.all(required.map(async (name) => {
        const flow = input.flows[name];
        if (flow === undefined)
            return { flow: name, status: 'NON_COMPLIANT', details: `flow ${name} is not in the config` };
        const result = await (0,_evaluate_assert_artifact_js__WEBPACK_IMPORTED_MODULE_0__/* .assertArtifact */ .f)({
            store: input.store,
            flow,
            digest,
            ...(input.policies !== undefined ? { policies: input.policies } : {}),
            ...(input.policyEvaluator !== undefined ? { policyEvaluator: input.policyEvaluator } : {}),
        });
        return { flow: name, status: result.status, ...(result.trail !== null ? { trail: result.trail } : {}), details: result.details };
    }));
    const status = flows.length > 0 && flows.every((f) => f.status === 'COMPLIANT') ? 'COMPLIANT' : 'NON_COMPLIANT';
    return { ...base, status, matchedBy, flows };
}


/***/ }),

/***/ 12909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ openDrifts),
/* harmony export */   n: () => (/* binding */ planDrift)
/* harmony export */ });
/**
 * The drift facts a judged snapshot calls for, so drift is recorded once, not at every snapshot:
 * DRIFT_DETECTED for a running artifact that is not COMPLIANT (or has no provenance) and has no
 * open drift yet; DRIFT_RESOLVED for an open drift whose artifact no longer runs (GONE) or is now
 * COMPLIANT. `expected` names the digests the newest earlier snapshot ran under the same name that
 * never drifted themselves: what should have been running.
 */
function planDrift(input) {
    const open = openDrifts(input.drifts);
    const drifted = new Set(input.drifts.map((d) => key(d.name, d.artifact)));
    const running = new Map(input.status.artifacts.map((a) => [key(a.name, a.artifact), a]));
    const out = [];
    for (const a of input.status.artifacts) {
        if (a.status === 'COMPLIANT' || open.has(key(a.name, a.artifact)))
            continue;
        const expected = expectedDigests(input.earlier, a.name).filter((d) => d !== a.artifact && !drifted.has(key(a.name, d)));
        out.push({
            kind: 'drift',
            event: 'DRIFT_DETECTED',
            environment: input.environment,
            name: a.name,
            artifact: a.artifact,
            snapshot: input.snapshot.id,
            reason: a.status === 'NO_PROVENANCE' ? 'NO_PROVENANCE' : 'NON_COMPLIANT',
            firstSeen: input.snapshot.ts,
            ...(expected.length > 0 ? { expected } : {}),
            details: a.status === 'NO_PROVENANCE' ? 'recorded by no trail' : a.flows.filter((f) => f.status !== 'COMPLIANT').map((f) => `${f.flow}: ${f.details}`).join('; ').slice(0, 65536),
            actor: input.actor,
            ts: input.ts,
        });
    }
    for (const [k, d] of open) {
        const now = running.get(k);
        if (now !== undefined && now.status !== 'COMPLIANT')
            continue;
        out.push({
            kind: 'drift',
            event: 'DRIFT_RESOLVED',
            environment: input.environment,
            name: d.name,
            artifact: d.artifact,
            snapshot: input.snapshot.id,
            resolution: now === undefined ? 'GONE' : 'COMPLIANT',
            firstSeen: d.firstSeen,
            actor: input.actor,
            ts: input.ts,
        });
    }
    return out;
}
/** The drifts still open, by name and digest, each as its DETECTED fact. */
function openDrifts(drifts) {
    const open = new Map();
    for (const d of drifts) {
        const k = key(d.name, d.artifact);
        if (d.event === 'DRIFT_DETECTED') {
            if (!open.has(k))
                open.set(k, d);
        }
        else {
            open.delete(k);
        }
    }
    return open;
}
function expectedDigests(earlier, name) {
    for (let i = earlier.length - 1; i >= 0; i--) {
        const digests = (earlier[i]?.artifacts ?? []).filter((a) => a.name === name).map((a) => a.artifact);
        if (digests.length > 0)
            return [...new Set(digests)].sort();
    }
    return [];
}
function key(name, artifact) {
    return `${name}\u0000${artifact}`;
}


/***/ }),

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

/***/ 17608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   h: () => (/* binding */ suggestion)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * The candidate closest to a mistyped word, when it is close enough to be what was meant: within
 * a third of the word's length in edits (rounded up, at most three), or a word that begins with
 * it. `undefined` when nothing is that close, so no unrelated suggestion is made.
 */
function didYouMean(word, candidates) {
    const limit = Math.min(3, Math.ceil(word.length / 3));
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(word, candidate);
        if (distance <= limit && (best === undefined || distance < best.distance))
            best = { candidate, distance };
    }
    if (best !== undefined)
        return best.candidate;
    const extended = candidates.filter((c) => word.length >= 2 && c.startsWith(word));
    return extended.length === 1 ? extended[0] : undefined;
}
/** ` Did you mean X?` or nothing. */
function suggestion(word, candidates) {
    const match = didYouMean(word, candidates);
    return match === undefined ? '' : ` Did you mean ${match}?`;
}
/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            const row = d[i];
            const up = d[i - 1];
            row[j] = Math.min(up[j] + 1, row[j - 1] + 1, up[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                row[j] = Math.min(row[j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[rows - 1][cols - 1];
}


/***/ })

};
