export const id = 87;
export const ids = [87];
export const modules = {

/***/ 1087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  posture: () => (/* binding */ posture)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/schema/validate.ts
var validate = __webpack_require__(3533);
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
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
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
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/text/did-you-mean.ts
var did_you_mean = __webpack_require__(7608);
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
var load_config = __webpack_require__(3656);
// EXTERNAL MODULE: ./src/core/config/parse-yaml.ts
var parse_yaml = __webpack_require__(6389);
// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(1837);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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
var environment_history = __webpack_require__(6742);
// EXTERNAL MODULE: ./src/core/environments/environment-status.ts
var environment_status = __webpack_require__(4230);
// EXTERNAL MODULE: ./src/core/environments/plan-drift.ts
var plan_drift = __webpack_require__(2909);
// EXTERNAL MODULE: ./src/core/evaluate/evaluate-trail.ts + 5 modules
var evaluate_trail = __webpack_require__(8349);
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
var schema = __webpack_require__(1487);
// EXTERNAL MODULE: ./src/core/trust/trusted-facts.ts + 5 modules
var trusted_facts = __webpack_require__(7401);
// EXTERNAL MODULE: ./src/action/github/high-water.ts + 2 modules
var high_water = __webpack_require__(2947);
// EXTERNAL MODULE: ./src/action/github/open-store.ts + 16 modules
var open_store = __webpack_require__(4032);
// EXTERNAL MODULE: ./src/action/github/trust-root.ts
var trust_root = __webpack_require__(487);
// EXTERNAL MODULE: ./src/action/inputs/config-token.ts
var config_token = __webpack_require__(8698);
// EXTERNAL MODULE: ./src/action/inputs/high-water-inputs.ts
var high_water_inputs = __webpack_require__(8954);
// EXTERNAL MODULE: ./src/action/inputs/input-reader.ts
var input_reader = __webpack_require__(7916);
// EXTERNAL MODULE: ./src/action/inputs/store-inputs.ts
var store_inputs = __webpack_require__(7229);
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
var step_outputs = __webpack_require__(8689);
// EXTERNAL MODULE: ./src/action/report/deciding-config.ts
var deciding_config = __webpack_require__(7449);
// EXTERNAL MODULE: ./src/action/report/job-summary.ts
var job_summary = __webpack_require__(8403);
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

/***/ 487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ trustRoot)
/* harmony export */ });
/** The trust root a step decided with, as the trust report names it: the default branch's config at its tip. */
function trustRoot(deciding) {
    return { source: 'github', path: deciding.path, commit: deciding.commit, repository: `${deciding.repository.owner}/${deciding.repository.repo}` };
}


/***/ }),

/***/ 3656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: checkConfigValue, configFromValue

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/schema/validate.ts
var validate = __webpack_require__(3533);
// EXTERNAL MODULE: ./src/core/schema/check-json-schema.ts
var check_json_schema = __webpack_require__(8596);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/signing/base64.ts
var base64 = __webpack_require__(3872);
// EXTERNAL MODULE: ./src/core/signing/ed25519-crypto.ts
var ed25519_crypto = __webpack_require__(3846);
// EXTERNAL MODULE: ./src/core/signing/public-key.ts
var public_key = __webpack_require__(4740);
// EXTERNAL MODULE: ./src/core/signing/ssh-wire.ts
var ssh_wire = __webpack_require__(3719);
;// CONCATENATED MODULE: ./src/core/intoto/statement-key.ts






const SSH_CURVES = {
    'ecdsa-sha2-nistp256': { crv: 'P-256', digest: 'sha256' },
    'ecdsa-sha2-nistp384': { crv: 'P-384', digest: 'sha384' },
};
const PEM_CURVES = { prime256v1: 'sha256', secp384r1: 'sha384' };
const FIX = 'give an OpenSSH public key line (ssh-ed25519 or ecdsa-sha2-nistp256/384 AAAA…) or a PEM public key (-----BEGIN PUBLIC KEY-----) of an Ed25519 or ECDSA P-256/P-384 key';
/** Reads a key of `intoto.keys`; throws CONFIG saying what is wrong with it. */
function parseStatementKey(text) {
    const trimmed = text.trim();
    if (trimmed.includes('PRIVATE KEY'))
        throw new core_errors/* FactstoreError */.ST('CONFIG', `this is a private key: never put it in the config; ${FIX}.`);
    return trimmed.startsWith('-----BEGIN') ? fromPem(trimmed) : fromSshLine(trimmed);
}
/** Whether `sig` is the key's signature of `message`: ECDSA in DER (DSSE's usual) or IEEE P1363 form. */
function verifiesWith(k, message, sig) {
    try {
        if (k.digest === undefined)
            return verify(null, message, k.key, sig);
        return verify(k.digest, message, k.key, sig) || verify(k.digest, message, { key: k.key, dsaEncoding: 'ieee-p1363' }, sig);
    }
    catch {
        return false;
    }
}
function fromPem(pem) {
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)(pem);
    }
    catch (e) {
        throw new core_errors/* FactstoreError */.ST('CONFIG', `the PEM key does not read (${e instanceof Error ? e.message : String(e)}): ${FIX}.`);
    }
    if (key.asymmetricKeyType === 'ed25519')
        return { key, digest: undefined };
    const curve = key.asymmetricKeyDetails?.namedCurve;
    const digest = key.asymmetricKeyType === 'ec' && curve !== undefined ? PEM_CURVES[curve] : undefined;
    if (digest === undefined)
        throw new core_errors/* FactstoreError */.ST('CONFIG', `the PEM key is ${key.asymmetricKeyType ?? 'of no known type'}${curve !== undefined ? ` on ${curve}` : ''}: ${FIX}.`);
    return { key, digest };
}
function fromSshLine(line) {
    const [type = '', encoded = ''] = line.split(/[ \t]+/);
    const blob = (0,base64/* decodeBase64Strict */.F)(encoded);
    if (blob === undefined)
        throw new core_errors/* FactstoreError */.ST('CONFIG', `the key is neither PEM nor an OpenSSH line with a valid base64 part: ${FIX}.`);
    if (type === 'ssh-ed25519') {
        const pub = (0,public_key/* ed25519PublicFromBlob */.K)(blob);
        if (pub === undefined)
            throw new core_errors/* FactstoreError */.ST('CONFIG', `the ssh-ed25519 key's data is not an Ed25519 key (truncated or altered): ${FIX}.`);
        return { key: (0,ed25519_crypto/* publicKeyFromBytes */.Mk)(pub), digest: undefined };
    }
    const curve = SSH_CURVES[type];
    if (curve === undefined)
        throw new core_errors/* FactstoreError */.ST('CONFIG', `keys of type ${JSON.stringify(type.slice(0, 64))} are not supported: ${FIX}.`);
    try {
        const r = new ssh_wire/* SshWireReader */.PM(blob);
        const named = r.text();
        r.text();
        const point = r.string();
        const size = curve.crv === 'P-256' ? 32 : 48;
        if (named !== type || point.length !== 1 + 2 * size || point[0] !== 4 || r.remaining !== 0)
            throw new Error('not an uncompressed point of its curve');
        const jwk = { kty: 'EC', crv: curve.crv, x: point.subarray(1, 1 + size).toString('base64url'), y: point.subarray(1 + size).toString('base64url') };
        return { key: (0,external_node_crypto_.createPublicKey)({ key: jwk, format: 'jwk' }), digest: curve.digest };
    }
    catch (e) {
        throw new core_errors/* FactstoreError */.ST('CONFIG', `the ${type} key's data does not read (${e instanceof Error ? e.message : String(e)}): ${FIX}.`);
    }
}

;// CONCATENATED MODULE: ./src/core/config/check-intoto-config.ts


/** What the schema cannot say about `intoto:`: keys that do not read, names used twice, regexps that do not compile. */
function checkIntotoConfig(intoto) {
    const errors = [];
    const seen = new Set();
    (intoto?.keys ?? []).forEach((k, i) => {
        if (seen.has(k.name))
            errors.push({ path: `/intoto/keys/${i}/name`, message: `names ${JSON.stringify(k.name)} a second time: each key's name says who signed, so give each its own` });
        seen.add(k.name);
        try {
            parseStatementKey(k.key);
        }
        catch (e) {
            if (!(0,core_errors/* isFactstoreError */.yt)(e))
                throw e;
            errors.push({ path: `/intoto/keys/${i}/key`, message: e.message.replace(/\.$/, '') });
        }
    });
    (intoto?.sigstore?.identities ?? []).forEach((identity, i) => {
        if (identity.san_regexp === undefined)
            return;
        try {
            new RegExp(identity.san_regexp, 'u');
        }
        catch (e) {
            errors.push({ path: `/intoto/sigstore/identities/${i}/san_regexp`, message: `is not a regular expression (${e instanceof Error ? e.message : String(e)}): fix it, or give the exact san` });
        }
    });
    return errors;
}

;// CONCATENATED MODULE: ./src/core/config/check-config.ts


const ED25519_TYPE = 'ssh-ed25519';
/**
 * What the schema cannot say: references between sections, keys that decode to something else,
 * rules that no one could ever satisfy. Returns every problem, with its path.
 */
function crossCheckConfig(raw) {
    const errors = [];
    const policies = raw.policies ?? {};
    for (const [name, flow] of Object.entries(raw.flows ?? {})) {
        const at = `/flows/${check_config_escape(name)}`;
        (flow.policies ?? []).forEach((policy, i) => {
            if (!Object.hasOwn(policies, policy)) {
                errors.push({
                    path: `${at}/policies/${i}`,
                    message: `policy ${JSON.stringify(policy)} is not defined: add it under policies: (with its jq) or remove it from the flow`,
                });
            }
        });
        for (const type of Object.keys(flow.controls ?? {})) {
            if (!(flow.require ?? []).includes(type)) {
                errors.push({ path: `${at}/controls/${check_config_escape(type)}`, message: `names type ${JSON.stringify(type)}, which the flow does not require: controls are shown beside required types; add it to require or remove it here` });
            }
        }
        const approval = flow.approval;
        const min = approval?.min ?? 1;
        if (approval !== undefined && approval.approvers.every((a) => !a.startsWith('@')) && min > approval.approvers.length) {
            errors.push({
                path: `${at}/approval/min`,
                message: `asks for ${min} approvals but only ${approval.approvers.length} approvers are listed: lower min or add approvers`,
            });
        }
    }
    const flows = raw.flows ?? {};
    const envNames = Object.keys(raw.environments ?? {});
    for (const [name, env] of Object.entries(raw.environments ?? {})) {
        (env.require_flows ?? []).forEach((flow, i) => {
            if (!Object.hasOwn(flows, flow)) {
                errors.push({ path: `/environments/${check_config_escape(name)}/require_flows/${i}`, message: `flow ${JSON.stringify(flow)} is not defined under flows: fix the name or remove it` });
            }
        });
        const twin = envNames.find((other) => other !== name && other.toLowerCase() === name.toLowerCase());
        if (twin !== undefined && name < twin) {
            errors.push({ path: `/environments/${check_config_escape(name)}`, message: `names the same environment as ${twin} (environment names compare case-insensitively): keep one` });
        }
    }
    (raw.trust?.signers ?? []).forEach((signer, i) => {
        const personal = (signer.kinds ?? []).filter((k) => k === 'approval' || k === 'bypass');
        if (personal.length > 0 && signer.actors === undefined && signer.app !== true) {
            errors.push({
                path: `/trust/signers/${i}/kinds`,
                message: `lists ${personal.join(' and ')}, which count only from a person's own key (actors: [login]) or the App's (app: true): add actors, or drop ${personal.join(' and ')} from kinds`,
            });
        }
        if (!isEd25519PublicKey(signer.key)) {
            errors.push({
                path: `/trust/signers/${i}/key`,
                message: 'is not an OpenSSH Ed25519 public key (its base64 part does not decode to one): paste the whole line ' +
                    'of the .pub file that factstore keygen wrote, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5..."',
            });
        }
    });
    for (const [name, type] of Object.entries(raw.types ?? {})) {
        if (type.schema === undefined)
            continue;
        for (const e of (0,check_json_schema/* checkJsonSchema */.W)(type.schema)) {
            errors.push({
                path: `/types/${check_config_escape(name)}/schema${e.path}`,
                message: `is not a valid JSON Schema: ${e.message}`,
            });
        }
    }
    errors.push(...checkIntotoConfig(raw.intoto));
    return errors;
}
/** The key blob is: string "ssh-ed25519", then a string of the 32 key bytes (RFC 8709). */
function isEd25519PublicKey(line) {
    const [type, base64] = line.trim().split(/\s+/);
    if (type !== ED25519_TYPE || base64 === undefined)
        return false;
    const blob = Buffer.from(base64, 'base64');
    if (blob.length !== 4 + ED25519_TYPE.length + 4 + 32)
        return false;
    return (blob.readUInt32BE(0) === ED25519_TYPE.length &&
        blob.subarray(4, 4 + ED25519_TYPE.length).toString('latin1') === ED25519_TYPE &&
        blob.readUInt32BE(4 + ED25519_TYPE.length) === 32);
}
function check_config_escape(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

// EXTERNAL MODULE: ./src/core/config/normalize-config.ts
var normalize_config = __webpack_require__(5304);
// EXTERNAL MODULE: ./src/core/config/parse-yaml.ts
var parse_yaml = __webpack_require__(6389);
;// CONCATENATED MODULE: ./src/core/config/load-config.ts





/**
 * Checks an already parsed config (e.g. what Probot's `context.config()` merged from `_extends`)
 * against the schema and the cross-checks, and normalises it. Every bad path is reported.
 */
function checkConfigValue(value) {
    // An empty file (or one holding only comments) is an empty config, as when there is no file.
    const document = value ?? {};
    const schema = (0,validate/* validate */.tf)('config', document);
    if (!schema.ok)
        return schema;
    const raw = document;
    const errors = crossCheckConfig(raw);
    if (errors.length > 0)
        return { ok: false, errors };
    return { ok: true, config: (0,normalize_config/* normalizeConfig */.I6)(raw) };
}
/** Like {@link checkConfigValue}, throwing CONFIG with every problem when the config is invalid. */
function configFromValue(value, source) {
    const result = checkConfigValue(value);
    if (!result.ok) {
        throw new core_errors/* FactstoreError */.ST('CONFIG', `${(0,validate/* invalidMessage */.dl)(`the config file ${source}`, result.errors)}\n` +
            `Fix these entries in ${source} (the format is schemas/config.schema.json of factstore).`);
    }
    return result.config;
}
/** Parses `.github/factstore.yml` text; `source` names the file in every error. */
function parseConfig(text, source) {
    return configFromValue((0,parse_yaml/* parseYaml */.h)(text, source), source);
}


/***/ }),

/***/ 5304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I6: () => (/* binding */ normalizeConfig),
/* harmony export */   TW: () => (/* binding */ DEFAULT_EVIDENCE_MAX_BYTES)
/* harmony export */ });
/* unused harmony exports DEFAULT_FACTS_BRANCH, GITHUB_ACTIONS_ISSUER */
const DEFAULT_FACTS_BRANCH = 'factstore';
const DEFAULT_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** The OIDC issuer of GitHub Actions' tokens: what actions/attest's certificates name. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** Fills in every default (DESIGN §3) so the engine never has to. `raw` is schema-valid. */
function normalizeConfig(raw) {
    const config = {
        facts: {
            ...(raw.facts?.repo !== undefined ? { repo: raw.facts.repo } : {}),
            branch: raw.facts?.branch ?? DEFAULT_FACTS_BRANCH,
        },
        trust: { signers: (raw.trust?.signers ?? []).map(normalizeSigner), admins: [...(raw.trust?.admins ?? [])] },
        flows: mapValues(raw.flows, normalizeFlow),
        types: mapValues(raw.types, normalizeType),
        policies: mapValues(raw.policies, (_name, p) => ({
            jq: p.jq,
            ...(p.description !== undefined ? { description: p.description } : {}),
        })),
        environments: mapValues(raw.environments, (_name, e) => ({
            members: [...(e.members ?? [])],
            ...(e.type !== undefined ? { type: e.type } : {}),
            ...(e.description !== undefined ? { description: e.description } : {}),
            ...(e.require_flows !== undefined ? { requireFlows: [...e.require_flows] } : {}),
        })),
        evidenceMaxBytes: raw.evidence?.max_bytes ?? DEFAULT_EVIDENCE_MAX_BYTES,
        gate: { allowUnscoped: raw.gate?.allow_unscoped ?? false },
        ...(raw.exporters?.otlp !== undefined ? { exporters: { otlp: normalizeOtlp(raw.exporters.otlp) } } : {}),
    };
    if (raw.bypass !== undefined) {
        config.bypass = { actors: [...raw.bypass.actors], reasons: { ...raw.bypass.reasons }, maxTtl: raw.bypass.max_ttl };
    }
    if (raw.intoto !== undefined)
        config.intoto = normalizeIntoto(raw.intoto);
    return config;
}
function normalizeIntoto(raw) {
    const trustedRoot = raw.sigstore?.trusted_root;
    return {
        keys: (raw.keys ?? []).map((k) => ({ name: k.name, key: k.key.trim() })),
        sigstore: {
            ...(trustedRoot !== undefined ? { trustedRoot } : {}),
            identities: (raw.sigstore?.identities ?? []).map((i) => ({
                ...(i.san !== undefined ? { san: i.san } : {}),
                ...(i.san_regexp !== undefined ? { sanRegexp: i.san_regexp } : {}),
                issuer: i.issuer ?? GITHUB_ACTIONS_ISSUER,
            })),
        },
        predicateTypes: { ...(raw.predicate_types ?? {}) },
    };
}
function normalizeFlow(name, flow) {
    const out = {
        name,
        require: [...(flow.require ?? [])],
        policies: [...(flow.policies ?? [])],
        branches: [...(flow.branches ?? [])],
        environments: [...(flow.environments ?? [])],
        retries: flow.retries ?? 'sticky',
    };
    if (flow.description !== undefined)
        out.description = flow.description;
    if (flow.controls !== undefined)
        out.controls = Object.fromEntries(Object.entries(flow.controls).map(([t, ids]) => [t, [...ids]]));
    if (flow.approval !== undefined) {
        out.approval = {
            required: flow.approval.required ?? true,
            approvers: [...flow.approval.approvers],
            min: flow.approval.min ?? 1,
            forbidSelf: flow.approval.forbid_self ?? true,
        };
    }
    return out;
}
function normalizeSigner(s) {
    return {
        principal: s.principal,
        key: s.key.trim(),
        ...(s.actors !== undefined ? { actors: [...s.actors] } : {}),
        ...(s.app !== undefined ? { app: s.app } : {}),
        ...(s.kinds !== undefined ? { kinds: [...s.kinds] } : {}),
        ...(s.until !== undefined ? { until: s.until } : {}),
    };
}
function normalizeOtlp(raw) {
    const a = raw.auth;
    let auth = { type: 'none' };
    if (a?.type === 'header')
        auth = { type: 'header', header: a.header ?? 'Authorization' };
    // the schema requires token_endpoint with oauth2
    if (a?.type === 'oauth2') {
        auth = { type: 'oauth2', tokenEndpoint: a.token_endpoint ?? '', ...(a.client_id !== undefined ? { clientId: a.client_id } : {}), scopes: [...(a.scopes ?? [])], clientAuth: a.client_auth ?? 'basic' };
    }
    return {
        ...(raw.endpoint !== undefined ? { endpoint: raw.endpoint } : {}),
        protocol: raw.protocol ?? 'http/protobuf',
        headers: { ...(raw.headers ?? {}) },
        auth,
    };
}
function normalizeType(_name, type) {
    const out = {};
    if (type.format !== undefined)
        out.format = type.format;
    if (type.jq !== undefined)
        out.jq = type.jq;
    if (type.schema !== undefined)
        out.schema = type.schema;
    if (type.archived !== undefined)
        out.archived = type.archived;
    if (type.description !== undefined)
        out.description = type.description;
    return out;
}
/** Object.fromEntries over a possibly absent map, keeping key order. */
function mapValues(map, fn) {
    return Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, fn(k, v)]));
}


/***/ }),

/***/ 6389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseYaml)
/* harmony export */ });
/* unused harmony export MAX_CONFIG_BYTES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** A config is a few kilobytes; anything near this is a mistake or an attack. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Aliases beyond this many expanded nodes are a "billion laughs" bomb, not a config. */
const MAX_ALIAS_COUNT = 100;
/**
 * Parses one YAML document into plain data, refusing what a config never needs: oversized text,
 * several documents, duplicate keys, unknown tags and alias expansion bombs. Every syntax problem
 * is reported with its line and column.
 */
function parseYaml(text, source) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_CONFIG_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `factstore: the config file ${source} is ${bytes} bytes, over the ${MAX_CONFIG_BYTES}-byte limit: ` +
            'a factstore config is a few kilobytes; check that the right file is named.');
    }
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { prettyErrors: true, uniqueKeys: true });
    const problems = [...doc.errors, ...doc.warnings].map((e) => `  - ${indentContext(e.message)}`);
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `factstore: the config file ${source} is not valid YAML (${plural(problems.length, 'problem')}):\n` +
            `${problems.join('\n')}\nFix the YAML at the lines shown.`);
    }
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (cause) {
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `factstore: the config file ${source} could not be read: ${reason}. ` +
            'Write the values out instead of repeating YAML aliases (*name).', { cause });
    }
}
/** yaml's pretty errors end with the offending line and a caret; keep them under the bullet. */
function indentContext(message) {
    return message.trimEnd().replace(/\n/g, '\n      ');
}
function plural(n, word) {
    return n === 1 ? `1 ${word}` : `${n} ${word}s`;
}


/***/ }),

/***/ 6742:
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

/***/ 4230:
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

/***/ 2909:
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

/***/ 8612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ assertArtifact)
/* harmony export */ });
/* harmony import */ var _model_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1837);
/* harmony import */ var _best_trail_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(152);
/* harmony import */ var _evaluate_trail_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8349);



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

/***/ 7608:
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
