export const id = 382;
export const ids = [382];
export const modules = {

/***/ 82382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attest: () => (/* binding */ attest)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/core/model/fact-id.ts
var fact_id = __webpack_require__(79361);
// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(71837);
// EXTERNAL MODULE: ./src/core/schema/index.ts
var schema = __webpack_require__(91487);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/types/accepts-attestations.ts

/** `archived: true` types are kept for the record but take no new attestations. */
function assertTypeAcceptsAttestations(typeName, type) {
    if (type?.archived !== true)
        return;
    throw (0,core_errors/* badInput */.AN)(`type ${typeName} is archived: it takes no new attestations. Record under the type that replaced it, ` +
        `or set archived: false on types.${typeName} in the config if it is back in use.`);
}

// EXTERNAL MODULE: ./src/core/text/did-you-mean.ts
var did_you_mean = __webpack_require__(17608);
// EXTERNAL MODULE: ./src/core/schema/check-json-schema.ts
var check_json_schema = __webpack_require__(8596);
// EXTERNAL MODULE: ./src/core/schema/user-schema.ts
var user_schema = __webpack_require__(33706);
;// CONCATENATED MODULE: ./src/core/jq/input-paths.ts
/**
 * The simple field paths (`.a`, `.a.b`) a jq expression reads from its own input, found without
 * running it, so a type's jq can be checked against the summary its format yields before anything
 * is recorded. Conservative by design: a path is reported only where jq is certain to read it from
 * the input — outside function arguments, before any `|`, outside `catch`, string interpolation and
 * object shorthand — and an expression with `def`, `reduce`, `foreach`, `label`, `import` or
 * `include` yields nothing. So a reported path is always one the input must have; some paths the
 * expression reads are not reported (`.x` in `map(.x)` reads the elements, not the input).
 */
function inputPaths(query) {
    const scan = new Scanner(query);
    return scan.run() ? scan.found : [];
}
const GIVE_UP = new Set(['def', 'reduce', 'foreach', 'label', 'import', 'include']);
/** Keywords after which a new term starts, as after an operator. */
const INFIX = new Set(['and', 'or', 'if', 'then', 'elif', 'else', 'try', 'as']);
const IDENT = /[A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)*/y;
const FIELD = /\.([A-Za-z_][A-Za-z0-9_]*)/y;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
class Scanner {
    q;
    found = [];
    seen = new Set();
    frames = [{ input: true }];
    i = 0;
    /** the previous token ends a term, so a `.x` now is a postfix on it, not a new term */
    afterTerm = false;
    /** the term being read, while it is a simple path from the input (`.a.b`) */
    path;
    constructor(q) {
        this.q = q;
    }
    run() {
        const { q } = this;
        while (this.i < q.length) {
            const c = q[this.i] ?? '';
            if (/\s/.test(c)) {
                this.i++;
            }
            else if (c === '#') {
                const end = q.indexOf('\n', this.i);
                this.i = end === -1 ? q.length : end + 1;
            }
            else if (c === '"') {
                this.endTerm();
                if (!this.skipString())
                    return false;
                this.afterTerm = true;
            }
            else if (c === '.') {
                this.dot();
            }
            else if (/[0-9]/.test(c)) {
                this.endTerm();
                NUMBER.lastIndex = this.i;
                this.i = NUMBER.exec(q) !== null ? NUMBER.lastIndex : this.i + 1;
                this.afterTerm = true;
            }
            else if (c === '$' || c === '@' || /[A-Za-z_]/.test(c)) {
                if (!this.word())
                    return false;
            }
            else if (c === '(' || c === '[' || c === '{') {
                this.open(c);
            }
            else if (c === ')' || c === ']' || c === '}') {
                this.endTerm();
                if (this.frames.length > 1)
                    this.frames.pop();
                this.i++;
                this.afterTerm = true;
            }
            else if (c === '?') {
                // `.a?` is still the path `.a`; `?//` is a destructuring alternative: give up on it
                if (q.startsWith('?//', this.i))
                    return false;
                this.i++;
            }
            else {
                this.operator();
            }
        }
        this.endTerm();
        return true;
    }
    get frame() {
        return this.frames[this.frames.length - 1];
    }
    dot() {
        const { q } = this;
        if (q.startsWith('..', this.i)) {
            // recursion: a term of its own, never a simple path
            this.endTerm();
            this.i += 2;
            this.afterTerm = true;
            return;
        }
        FIELD.lastIndex = this.i;
        const field = FIELD.exec(q);
        if (field !== null) {
            const name = field[1];
            if (!this.afterTerm)
                this.path = this.frame.input ? [name] : undefined;
            else if (this.path !== undefined)
                this.path.push(name);
            this.i = FIELD.lastIndex;
            this.afterTerm = true;
            return;
        }
        if (/[0-9]/.test(q[this.i + 1] ?? '') && !this.afterTerm) {
            NUMBER.lastIndex = this.i;
            this.i = NUMBER.exec(q) !== null ? NUMBER.lastIndex : this.i + 1;
            this.afterTerm = true;
            return;
        }
        // `.` itself, `.[…]` or `."quoted"`: a path so far counts, what follows is not followed
        this.endTerm();
        this.i++;
        this.afterTerm = true;
    }
    /** An identifier, `$variable` or `@format`. False when the expression is beyond this scanner. */
    word() {
        const { q } = this;
        const sigil = q[this.i] === '$' || q[this.i] === '@' ? 1 : 0;
        IDENT.lastIndex = this.i + sigil;
        const m = IDENT.exec(q);
        const word = m?.[0] ?? '';
        this.endTerm();
        this.i = m !== null ? IDENT.lastIndex : this.i + 1;
        if (sigil === 1) {
            this.afterTerm = true;
            return true;
        }
        if (GIVE_UP.has(word))
            return false;
        if (word === 'catch') {
            // the handler's input is the error, not the expression's input
            this.frame.input = false;
            this.afterTerm = false;
            return true;
        }
        if (INFIX.has(word)) {
            this.afterTerm = false;
            return true;
        }
        while (/\s/.test(q[this.i] ?? ''))
            this.i++;
        if (q[this.i] === '(') {
            // a function's arguments run on whatever the function gives them
            this.frames.push({ input: false });
            this.i++;
            this.afterTerm = false;
            return true;
        }
        this.afterTerm = true;
        return true;
    }
    open(c) {
        this.endTerm();
        // `(…)`, `[…]` and an index `x[…]` run on the same input as the term around them; an object's
        // values do too, but a bare key is shorthand for a field (`{a}` is `{a: .a}`) and a `|` inside
        // lasts only to the next key: not followed
        this.frames.push({ input: c === '{' ? false : this.frame.input });
        this.i++;
        this.afterTerm = false;
    }
    operator() {
        const { q } = this;
        this.endTerm();
        if (q[this.i] === '|' && q[this.i + 1] !== '=') {
            // after a pipe, `.` is what came out of the left side
            this.frame.input = false;
        }
        else if (q[this.i] === '|') {
            // `.a |= f`: f runs on .a
            this.frame.input = false;
            this.i++;
        }
        this.i++;
        this.afterTerm = false;
    }
    endTerm() {
        if (this.path !== undefined && this.path.length > 0) {
            const key = this.path.join('.');
            if (!this.seen.has(key)) {
                this.seen.add(key);
                this.found.push(this.path);
            }
        }
        this.path = undefined;
    }
    /** Skips a string literal with its interpolations; false when it never ends. */
    skipString() {
        const { q } = this;
        this.i++;
        while (this.i < q.length) {
            const c = q[this.i];
            if (c === '"') {
                this.i++;
                return true;
            }
            if (c === '\\' && q[this.i + 1] === '(') {
                this.i += 2;
                if (!this.skipInterpolation())
                    return false;
            }
            else {
                this.i += c === '\\' ? 2 : 1;
            }
        }
        return false;
    }
    skipInterpolation() {
        const { q } = this;
        let depth = 1;
        while (this.i < q.length) {
            const c = q[this.i];
            if (c === '"') {
                if (!this.skipString())
                    return false;
                continue;
            }
            if (c === '(')
                depth++;
            if (c === ')' && --depth === 0) {
                this.i++;
                return true;
            }
            this.i++;
        }
        return false;
    }
}

// EXTERNAL MODULE: ./src/core/schema/schema-files.ts
var schema_files = __webpack_require__(18326);
;// CONCATENATED MODULE: ./src/core/types/summary-fields.ts


let summaries;
/**
 * The schema of the summary a format yields (schemas/evidence-summary.schema.json), references
 * resolved; undefined for `json`, whose type's schema and jq judge the document itself.
 */
function summarySchema(format) {
    summaries ??= (0,schema_files/* readSchemaFile */.EZ)('evidence-summary');
    const defs = summaries.$defs;
    return format === 'json' ? undefined : resolve(defs[format], defs);
}
/** The fields a format's summary has, in the schema's order; undefined for `json`. */
function summary_fields_summaryFields(format) {
    const schema = summarySchema(format);
    return schema === undefined ? undefined : Object.keys(schema.properties);
}
/**
 * What a type reads that the evidence it judges cannot have: the simple `.a.b` paths of its jq and
 * the fields its schema requires or describes, checked against the format's summary (for `json`,
 * the jq's paths against the type's own schema where that schema closes an object). Each such read
 * sees null, so the verdict would come from a field that is never there: a sticky FAILED (or a
 * PASSED nothing proved) recorded for good. Empty when nothing is wrong or nothing can be told.
 */
function summary_fields_summaryFieldProblems(type, format) {
    const summary = summarySchema(format);
    const target = summary ?? type.schema;
    if (target === undefined)
        return [];
    const what = summary !== undefined ? `a ${format} summary` : "the type's schema";
    const problems = [];
    if (type.jq !== undefined) {
        for (const path of inputPaths(type.jq)) {
            const wrong = missing(target, path);
            if (wrong !== undefined)
                problems.push(`its jq reads .${path.join('.')}, but ${what} ${wrong}`);
        }
    }
    if (summary !== undefined && type.schema !== undefined) {
        const required = Array.isArray(type.schema.required) ? type.schema.required.filter((r) => typeof r === 'string') : [];
        for (const field of required) {
            const wrong = missing(summary, [field]);
            if (wrong !== undefined)
                problems.push(`its schema requires ${field}, but ${what} ${wrong}: every ${format} report would be refused`);
        }
        const described = isSchema(type.schema.properties) ? Object.keys(type.schema.properties) : [];
        for (const field of described.filter((f) => !required.includes(f))) {
            const wrong = missing(summary, [field]);
            if (wrong !== undefined)
                problems.push(`its schema describes ${field}, but ${what} ${wrong}`);
        }
    }
    return problems;
}
/**
 * Why `path` cannot be in a value `schema` describes — "has no critical (it has results, error, …)"
 * or "has .tests as a number, with no field count" — or undefined when it can, or the schema does
 * not say (an object not closed with `additionalProperties: false`).
 */
function missing(schema, path) {
    let here = schema;
    for (const [depth, field] of path.entries()) {
        const properties = isSchema(here.properties) ? here.properties : undefined;
        if (SCALARS.has(String(here.type))) {
            const at = path.slice(0, depth).join('.');
            return `has .${at} as a ${here.type === 'integer' ? 'number' : String(here.type)}, with no field ${field}`;
        }
        if (properties === undefined || !Object.hasOwn(properties, field)) {
            if (here.additionalProperties !== false)
                return undefined;
            const has = properties !== undefined ? Object.keys(properties) : [];
            const where = depth === 0 ? '' : ` at .${path.slice(0, depth).join('.')}`;
            return `has no ${field}${where} (it has ${has.length > 0 ? has.join(', ') : 'no fields'})`;
        }
        const next = properties[field];
        if (!isSchema(next))
            return undefined;
        here = next;
    }
    return undefined;
}
const SCALARS = new Set(['integer', 'number', 'string', 'boolean', 'null']);
function isSchema(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The summary defs use only local `#/$defs/x` references: inlined, so walking needs no resolver. */
function resolve(schema, defs) {
    if (!isSchema(schema))
        return undefined;
    if (typeof schema.$ref === 'string') {
        const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
        return { ...resolve(name !== undefined ? defs[name] : undefined, defs), ...without(schema, '$ref') };
    }
    if (!isSchema(schema.properties))
        return schema;
    const properties = {};
    for (const [k, v] of Object.entries(schema.properties))
        properties[k] = resolve(v, defs) ?? v;
    return { ...schema, properties };
}
function without(schema, key) {
    const rest = { ...schema };
    delete rest[key];
    return rest;
}

;// CONCATENATED MODULE: ./src/core/types/describe-types.ts





/**
 * The registry: every type of `types:` plus the required types missing from it, each checked —
 * its schema compiled, its jq compiled (by running it on `null`; a jq engine is needed only then).
 */
function describeTypes(config, jq) {
    const flows = Object.values(config.flows);
    return typeNames(config).map((name) => {
        const type = Object.hasOwn(config.types, name) ? config.types[name] : undefined;
        const out = {
            name,
            defined: type !== undefined,
            archived: type?.archived ?? false,
            requiredBy: flows.filter((f) => f.require.includes(name)).map((f) => f.name),
            problems: [],
        };
        if (type?.format !== undefined)
            out.format = type.format;
        const fields = type?.format !== undefined && isEvidenceFormat(type.format) ? summaryFields(type.format) : undefined;
        if (fields !== undefined)
            out.summaryFields = fields;
        if (type?.jq !== undefined)
            out.jq = type.jq;
        if (type?.description !== undefined)
            out.description = type.description;
        if (type?.schema !== undefined) {
            out.schema = type.schema;
            out.schemaDialect = schemaDialect(type.schema) ?? 'unknown';
            out.problems.push(...schemaProblems(type.schema));
        }
        if (type?.jq !== undefined && jq !== undefined)
            out.problems.push(...jqProblems(type.jq, jq));
        if (type?.format !== undefined && isEvidenceFormat(type.format))
            out.problems.push(...summaryFieldProblems(type, type.format));
        if (out.archived && out.requiredBy.length > 0) {
            out.problems.push(`archived, yet required by ${out.requiredBy.join(', ')}: those flows can never be compliant again`);
        }
        return out;
    });
}
function schemaProblems(schema) {
    const invalid = checkJsonSchema(schema);
    if (invalid.length > 0)
        return invalid.map((e) => `schema${e.path}: ${e.message}`);
    try {
        compileUserSchema(schema, schemaDialect(schema) ?? '2020-12');
        return [];
    }
    catch (e) {
        return [`schema does not compile: ${e instanceof Error ? e.message : String(e)}`];
    }
}
function jqProblems(query, jq) {
    try {
        jq().run(query, null);
        return [];
    }
    catch (e) {
        // Only a compile error or a runaway is the definition's fault; failing on `null` is expected.
        if (e instanceof FactstoreError && (e.code === 'CONFIG' || /did not finish|out of memory/.test(e.message)))
            return [e.message];
        return [];
    }
}
/** Every type the config knows: those of the registry (`types:`), then the ones flows require that it lacks. */
function typeNames(config) {
    return [...new Set([...Object.keys(config.types), ...Object.values(config.flows).flatMap((f) => f.require)])];
}

;// CONCATENATED MODULE: ./src/core/types/known-type.ts



/**
 * A type the config does not know counts for nothing, and is most often a typo (`unit-test` for
 * `unit-tests`): refused with the type it resembles, unless the caller says it is meant to be new.
 */
function assertKnownType(type, config, newTypeFlag) {
    const known = typeNames(config);
    if (known.includes(type))
        return;
    const meant = (0,did_you_mean/* didYouMean */.au)(type, known);
    throw (0,core_errors/* badInput */.AN)(`type ${JSON.stringify(type)} is not in the type registry (types:) and no flow requires it, so it would count for nothing.` +
        `${meant !== undefined ? ` Did you mean ${meant}?` : ''} Record it anyway with ${newTypeFlag}, or add it under types: in the config. Nothing was written.`);
}

// EXTERNAL MODULE: ./src/action/env/fetch-oidc-claims.ts + 1 modules
var fetch_oidc_claims = __webpack_require__(43372);
// EXTERNAL MODULE: ./src/action/env/run-context.ts
var run_context = __webpack_require__(18073);
// EXTERNAL MODULE: ./src/action/env/change-author.ts
var change_author = __webpack_require__(57777);
// EXTERNAL MODULE: ./src/action/env/runner-env.ts
var runner_env = __webpack_require__(92864);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/core/evidence/json-text.ts
var json_text = __webpack_require__(10463);
// EXTERNAL MODULE: ./src/core/evidence/limits.ts
var limits = __webpack_require__(95297);
;// CONCATENATED MODULE: ./src/core/evidence/json-shape.ts


// Every JSON parser's detect() asks for the shape of the same text in turn: parse it once, keep only
// the last text's answer. Strings are immutable, so the entry can never go stale.
let cached;
/** The shape of a JSON text, or undefined when the text is not a JSON object or array. Never throws. */
function jsonShape(text) {
    if (cached?.text === text)
        return cached.shape;
    const shape = computeShape(text);
    cached = { text, shape };
    return shape;
}
function computeShape(text) {
    const first = text.trimStart().charAt(0);
    if (first !== '{' && first !== '[')
        return undefined;
    if ((0,json_text/* jsonNestingDepth */.qu)(text, limits/* MAX_NESTING_DEPTH */.wM) > limits/* MAX_NESTING_DEPTH */.wM)
        return undefined;
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    // Keep only the head object, shallowly copied, so the cache holds no large arrays alive.
    if (Array.isArray(doc))
        return { root: 'array', head: (0,json_text/* isRecord */.u4)(doc[0]) ? shallowHead(doc[0]) : undefined };
    return (0,json_text/* isRecord */.u4)(doc) ? { root: 'object', head: shallowHead(doc) } : undefined;
}
function shallowHead(value) {
    const head = {};
    for (const [key, v] of Object.entries(value))
        head[key] = typeof v === 'object' && v !== null ? (Array.isArray(v) ? [] : {}) : v;
    return head;
}
/** True when `head[key]` is an array (detection never needs its items). */
function hasArray(head, key) {
    return head !== undefined && Array.isArray(head[key]);
}

;// CONCATENATED MODULE: ./src/core/evidence/xml-doctype.ts

const DOCTYPE = /<!DOCTYPE/gi;
/**
 * Index just past the `<!DOCTYPE ...>` declaration opening at `start`: its internal subset `[...]`
 * and quoted literals may contain `>`. An unterminated declaration runs to the end of the text.
 */
function endOfDoctype(text, start) {
    let quote = '';
    let inSubset = false;
    for (let i = start + '<!DOCTYPE'.length; i < text.length; i++) {
        const c = text.charAt(i);
        if (quote !== '') {
            if (c === quote)
                quote = '';
        }
        else if (c === '"' || c === "'") {
            quote = c;
        }
        else if (c === '[') {
            inSubset = true;
        }
        else if (c === ']') {
            inSubset = false;
        }
        else if (c === '>' && !inSubset) {
            return i + 1;
        }
    }
    return text.length;
}
/**
 * Refuses any DOCTYPE that declares entities, before any parser sees the text: external entities
 * read local files or URLs (XXE) and nested internal ones expand exponentially ("billion laughs").
 * No test or SBOM tool writes entity declarations, so refusing them all costs nothing legitimate.
 */
function refuseEntityDeclarations(text) {
    DOCTYPE.lastIndex = 0;
    for (let match = DOCTYPE.exec(text); match !== null; match = DOCTYPE.exec(text)) {
        const end = endOfDoctype(text, match.index);
        if (/<!ENTITY/i.test(text.slice(match.index, end))) {
            throw (0,core_errors/* badInput */.AN)('the XML declares entities in a DOCTYPE (<!ENTITY ...>), which Factstore refuses up front: ' +
                'entities can read local files (XXE) or expand without bound ("billion laughs"), and no report needs them. ' +
                'Attach the report exactly as the test or SBOM tool wrote it.');
        }
        DOCTYPE.lastIndex = end;
    }
}

;// CONCATENATED MODULE: ./src/core/evidence/xml-root.ts

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** Skips the prolog (declaration, comments, processing instructions, DOCTYPE) and reads the first start tag. */
function xmlRoot(text) {
    let i = 0;
    for (;;) {
        i = skipWhitespace(text, i);
        if (text.startsWith('<?', i))
            i = endAfter(text, '?>', i);
        else if (text.startsWith('<!--', i))
            i = endAfter(text, '-->', i);
        else if (text.slice(i, i + 9).toUpperCase() === '<!DOCTYPE')
            i = endOfDoctype(text, i);
        else
            break;
    }
    const tag = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 256));
    if (tag === null)
        return undefined;
    const name = tag[1] ?? '';
    const close = endOfTag(text, i);
    const attributes = {};
    for (const m of text.slice(i + tag[0].length, close).matchAll(ATTRIBUTE)) {
        if (m[1] !== undefined)
            attributes[m[1]] = m[2] ?? m[3] ?? '';
    }
    return { localName: localName(name), attributes };
}
function localName(name) {
    // no colon: indexOf is -1, and the whole name is kept
    return name.slice(name.indexOf(':') + 1);
}
function skipWhitespace(text, from) {
    let i = from;
    // charAt past the end is '', which is no whitespace
    while (/\s/.test(text.charAt(i)))
        i++;
    return i;
}
function endAfter(text, marker, from) {
    const at = text.indexOf(marker, from);
    return at < 0 ? text.length : at + marker.length;
}
/** Index of the `>` closing the tag at `from`, ignoring `>` inside quoted attribute values. */
function endOfTag(text, from) {
    let quote = '';
    for (let i = from; i < text.length; i++) {
        const c = text.charAt(i);
        if (quote !== '') {
            if (c === quote)
                quote = '';
        }
        else if (c === '"' || c === "'") {
            quote = c;
        }
        else if (c === '>') {
            return i;
        }
    }
    return text.length;
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 26 modules
var XMLParser = __webpack_require__(69658);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
;// CONCATENATED MODULE: ./src/core/evidence/xml-tree.ts





const ATTRIBUTES = ':@';
const TEXT = '#text';
function makeParser() {
    return new XMLParser/* default */.A({
        preserveOrder: true,
        ignoreAttributes: false,
        attributeNamePrefix: '',
        parseTagValue: false,
        parseAttributeValue: false,
        ignoreDeclaration: true,
        ignorePiTags: true,
        // Entities are decoded here, in toElement, and only in values that hold an '&': the parser's
        // own decoding runs a pass per known entity over every value (about 100 ms on a 10 MB report).
        processEntities: false,
        maxNestedTags: limits/* MAX_NESTING_DEPTH */.wM,
    });
}
/**
 * Parses an XML report into its root element. Entity declarations are refused before parsing,
 * well-formedness is checked first (the parser alone accepts truncated files), nesting is capped.
 */
function parseXml(text) {
    if (text.trim() === '') {
        throw (0,core_errors/* badInput */.AN)('the file is empty: attach the report the tool wrote (was it written before the step ran?).');
    }
    refuseEntityDeclarations(text);
    const valid = fxp/* XMLValidator */.iI.validate(text);
    if (valid !== true) {
        const { msg, line, col } = valid.err;
        throw (0,core_errors/* badInput */.AN)(`not well-formed XML (line ${line}, column ${col}: ${msg}): check that the file was written completely (a truncated file?).`);
    }
    let nodes;
    try {
        nodes = makeParser().parse(text);
    }
    catch (cause) {
        const reason = cause instanceof Error ? cause.message : String(cause);
        if (/nested tags/i.test(reason)) {
            throw (0,core_errors/* badInput */.AN)(`the XML nests elements deeper than ${limits/* MAX_NESTING_DEPTH */.wM} levels, which no report format needs: refused as hostile input.`, cause);
        }
        throw (0,core_errors/* badInput */.AN)(`not readable XML (${reason}): attach the report exactly as the tool wrote it.`, cause);
    }
    const root = (Array.isArray(nodes) ? nodes : []).map(toElement).find((e) => e !== undefined);
    if (root === undefined)
        throw (0,core_errors/* badInput */.AN)('the XML has no root element: attach the report the tool wrote.');
    return root;
}
// Recursion is bounded: the parser refused anything nested deeper than MAX_NESTING_DEPTH.
function toElement(node) {
    const tag = Object.keys(node).find((key) => key !== ATTRIBUTES && key !== TEXT);
    if (tag === undefined)
        return undefined;
    const element = { name: localName(tag), attributes: {}, children: [], text: '' };
    const attributes = node[ATTRIBUTES];
    if (typeof attributes === 'object' && attributes !== null) {
        for (const [key, value] of Object.entries(attributes))
            element.attributes[key] = decodeEntities(String(value));
    }
    const texts = [];
    for (const child of node[tag] ?? []) {
        const text = child[TEXT];
        if (typeof text === 'string')
            texts.push(decodeEntities(text)); // parseTagValue: false keeps every text a string
        const sub = toElement(child);
        if (sub !== undefined)
            element.children.push(sub);
    }
    element.text = texts.join('\n');
    return element;
}
const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/**
 * XML's five predefined entities and character references; anything else is left as written
 * (declared entities are refused before parsing, and undeclared ones are not XML).
 */
function decodeEntities(value) {
    if (!value.includes('&'))
        return value;
    return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name) => {
        if (name.startsWith('#')) {
            const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return PREDEFINED[name] ?? whole;
    });
}
/** Direct children named `name` (local name). */
function childrenNamed(element, name) {
    return element.children.filter((c) => c.name === name);
}
function firstChild(element, name) {
    return element.children.find((c) => c.name === name);
}

;// CONCATENATED MODULE: ./src/core/evidence/parse-cyclonedx.ts





const NAMESPACE = /^https?:\/\/cyclonedx\.org\/schema\/bom\/(\d+\.\d+)$/;
/**
 * CycloneDX SBOMs, JSON and XML (DESIGN §5): every component, nested ones included, but not
 * `metadata.component` (the thing the SBOM describes). Valid if it parses as CycloneDX.
 */
const cyclonedxParser = {
    format: 'cyclonedx',
    detect(text) {
        const shape = jsonShape(text);
        if (shape !== undefined)
            return shape.root === 'object' && shape.head?.bomFormat === 'CycloneDX';
        const root = xmlRoot(text);
        return root?.localName === 'bom' && Object.values(root.attributes).some((v) => NAMESPACE.test(v));
    },
    parse(text) {
        const summary = text.trimStart().startsWith('<') ? countXml(parseXml(text)) : countJson((0,json_text/* parseJsonText */.lk)(text));
        return { format: 'cyclonedx', summary, defaultStatus: 'PASSED' };
    },
};
function countJson(bom) {
    if (!(0,json_text/* isRecord */.u4)(bom) || bom.bomFormat !== 'CycloneDX') {
        throw (0,core_errors/* badInput */.AN)('not a CycloneDX JSON BOM (no "bomFormat": "CycloneDX"): is the file from a CycloneDX tool?');
    }
    if (typeof bom.specVersion !== 'string') {
        throw (0,core_errors/* badInput */.AN)(`CycloneDX specVersion is ${(0,json_text/* typeName */.go)(bom.specVersion)}: it must be a string like "1.6" (is the file complete?).`);
    }
    let components = 0;
    // Iterative walk: nesting is already capped, but a stack keeps memory flat on wide BOMs.
    const pending = [{ list: (0,json_text/* arrayAt */.RD)(bom, 'components', 'CycloneDX BOM'), where: 'components' }];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        for (const [i, component] of next.list.entries()) {
            if (!(0,json_text/* isRecord */.u4)(component))
                throw (0,core_errors/* badInput */.AN)(`CycloneDX ${next.where}[${i}] is ${(0,json_text/* typeName */.go)(component)}, not an object.`);
            components++;
            const where = `${next.where}[${i}].components`;
            const nested = (0,json_text/* arrayAt */.RD)(component, 'components', `${next.where}[${i}]`);
            if (nested.length > 0)
                pending.push({ list: nested, where });
        }
    }
    const vulnerabilities = (0,json_text/* arrayAt */.RD)(bom, 'vulnerabilities', 'CycloneDX BOM').length;
    return { components, vulnerabilities, specVersion: bom.specVersion };
}
function countXml(bom) {
    const specVersion = Object.values(bom.attributes)
        .map((v) => NAMESPACE.exec(v)?.[1])
        .find((v) => v !== undefined);
    if (bom.name !== 'bom' || specVersion === undefined) {
        throw (0,core_errors/* badInput */.AN)(`the XML root <${bom.name}> is not a CycloneDX <bom xmlns="http://cyclonedx.org/schema/bom/1.x">.`);
    }
    let components = 0;
    const pending = [bom];
    for (let owner = pending.pop(); owner !== undefined; owner = pending.pop()) {
        for (const list of childrenNamed(owner, 'components')) {
            for (const component of childrenNamed(list, 'component')) {
                components++;
                pending.push(component);
            }
        }
    }
    const vulnerabilities = childrenNamed(bom, 'vulnerabilities').flatMap((v) => childrenNamed(v, 'vulnerability')).length;
    return { components, vulnerabilities, specVersion };
}

;// CONCATENATED MODULE: ./src/core/evidence/parse-json.ts


/** Documents up to this size are recorded whole as the summary; larger ones by their outline. */
const JSON_SUMMARY_MAX_CHARS = 16 * 1024;
/**
 * Any JSON document (DESIGN §5): the type's JSON Schema and jq judge the document itself. The
 * recorded summary is the document when it is a small object (an array or scalar sits under
 * `document`); a large one is recorded by its outline, so a fact line stays small.
 */
const jsonParser = {
    format: 'json',
    detect(text) {
        return jsonShape(text) !== undefined;
    },
    parse(text) {
        const doc = (0,json_text/* parseJsonText */.lk)(text);
        return { format: 'json', summary: summaryOf(doc, text.length), document: doc, defaultStatus: 'PASSED' };
    },
};
function summaryOf(doc, chars) {
    if (chars <= JSON_SUMMARY_MAX_CHARS)
        return (0,json_text/* isRecord */.u4)(doc) ? doc : { document: doc };
    const outline = { truncated: true, chars };
    if ((0,json_text/* isRecord */.u4)(doc))
        outline.keys = Object.keys(doc).slice(0, 100);
    else if (Array.isArray(doc))
        outline.items = doc.length;
    return outline;
}

;// CONCATENATED MODULE: ./src/core/evidence/findings.ts

const ORDER = ['error', 'failure', 'warning', 'note'];
/**
 * Keeps at most MAX_FINDINGS findings, the most severe first, in memory bounded by the cap
 * whatever the report's size (each level keeps its own first MAX_FINDINGS).
 */
class FindingCollector {
    byLevel = new Map();
    add(finding) {
        let kept = this.byLevel.get(finding.level);
        if (kept === undefined) {
            kept = [];
            this.byLevel.set(finding.level, kept);
        }
        if (kept.length < limits/* MAX_FINDINGS */.Mt)
            kept.push(clip(finding));
    }
    list() {
        return ORDER.flatMap((level) => this.byLevel.get(level) ?? []).slice(0, limits/* MAX_FINDINGS */.Mt);
    }
}
function clip(finding) {
    const out = { level: finding.level, message: shorten(finding.message.trim() || '(no message)') };
    if (finding.file !== undefined && finding.file !== '')
        out.file = shorten(finding.file);
    if (finding.line !== undefined && Number.isInteger(finding.line) && finding.line > 0)
        out.line = finding.line;
    if (finding.name !== undefined && finding.name !== '')
        out.name = shorten(finding.name);
    return out;
}
function shorten(text) {
    return text.length <= limits/* MAX_FINDING_MESSAGE */.F7 ? text : `${text.slice(0, limits/* MAX_FINDING_MESSAGE */.F7 - 1)}…`;
}
/** A positive integer from an attribute or JSON value, else undefined. */
function lineNumber(value) {
    const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
    return Number.isInteger(n) && n > 0 ? n : undefined;
}

;// CONCATENATED MODULE: ./src/core/evidence/parse-junit.ts




const ROOTS = new Set(['testsuites', 'testsuite']);
/**
 * JUnit XML (DESIGN §5): counts `<testcase>` elements at any depth, never the suites' own
 * `tests=`/`failures=` attributes, which tools get wrong (gotestsum, Surefire reruns, jest-junit).
 */
const junitParser = {
    format: 'junit',
    detect(text) {
        const root = xmlRoot(text);
        return root !== undefined && ROOTS.has(root.localName);
    },
    parse(text) {
        const root = parseXml(text);
        if (!ROOTS.has(root.name)) {
            throw (0,core_errors/* badInput */.AN)(`the XML root is <${root.name}>, not <testsuites> or <testsuite>: is this a JUnit report?`);
        }
        const counts = { tests: 0, passed: 0, failures: 0, errors: 0, skipped: 0 };
        const findings = new FindingCollector();
        const pending = [root];
        for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
            if (element.name === 'testcase') {
                const outcome = outcomeOf(element);
                counts.tests++;
                if (outcome === 'passed')
                    counts.passed++;
                else if (outcome === 'failure')
                    counts.failures++;
                else if (outcome === 'error')
                    counts.errors++;
                else
                    counts.skipped++;
                if (outcome === 'failure' || outcome === 'error')
                    findings.add(findingOf(element, outcome));
            }
            // A testcase may hold nested testcases in some tools' output: they count too.
            for (let i = element.children.length - 1; i >= 0; i--)
                pending.push(element.children[i]);
        }
        return {
            format: 'junit',
            summary: counts,
            defaultStatus: counts.failures + counts.errors > 0 ? 'FAILED' : 'PASSED',
            findings: findings.list(),
        };
    },
};
/**
 * One outcome per testcase from its direct children, so tests = passed + failures + errors + skipped.
 * Surefire's flakyFailure/rerunFailure (and flakyError/rerunError) record earlier attempts: they do
 * not fail the testcase. A `status=` attribute (tst's 'disabled') is not an outcome either.
 */
function outcomeOf(testcase) {
    let outcome = 'passed';
    for (const child of testcase.children) {
        if (child.name === 'failure')
            return 'failure';
        if (child.name === 'error')
            outcome = 'error';
        else if (child.name === 'skipped' && outcome === 'passed')
            outcome = 'skipped';
    }
    return outcome;
}
function findingOf(testcase, outcome) {
    const problem = firstChild(testcase, outcome);
    const message = problem?.attributes.message || firstLine(problem?.text ?? '') || problem?.attributes.type || outcome;
    const { classname, name, file, line } = testcase.attributes;
    return {
        level: outcome,
        message,
        name: classname !== undefined && classname !== '' && name !== undefined ? `${classname}.${name}` : (name ?? ''),
        file: file ?? problem?.attributes.file,
        line: lineNumber(line ?? problem?.attributes.line),
    };
}
function firstLine(text) {
    return text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}

;// CONCATENATED MODULE: ./src/core/evidence/sarif-level.ts

const LEVELS = new Set(['error', 'warning', 'note', 'none']);
/** A rule's `defaultConfiguration.level`, looked up by index or by id across the driver and its extensions. */
class RuleLevels {
    driver;
    extensions;
    byId;
    constructor(run) {
        const tool = (0,json_text/* isRecord */.u4)(run.tool) ? run.tool : {};
        this.driver = rulesOf(tool.driver);
        this.extensions = Array.isArray(tool.extensions) ? tool.extensions.map(rulesOf) : [];
    }
    /** SARIF 2.1.0 §3.27.10: explicit level; else a kind other than `fail` is `none`; else the rule's default; else `warning`. */
    effectiveLevel(result) {
        if (typeof result.level === 'string' && LEVELS.has(result.level))
            return result.level;
        if (typeof result.kind === 'string' && result.kind !== 'fail')
            return 'none';
        return this.ruleLevel(result) ?? 'warning';
    }
    ruleLevel(result) {
        const reference = (0,json_text/* isRecord */.u4)(result.rule) ? result.rule : {};
        const index = typeof result.ruleIndex === 'number' ? result.ruleIndex : reference.index;
        const rules = this.componentRules(reference.toolComponent);
        if (typeof index === 'number' && index >= 0 && rules !== undefined) {
            const level = levelOf(rules[index]);
            if (level !== undefined)
                return level;
        }
        const id = typeof result.ruleId === 'string' ? result.ruleId : reference.id;
        return typeof id === 'string' ? this.levelById(id) : undefined;
    }
    /** The rules a `toolComponent` reference points at: the driver unless an extension index is given. */
    componentRules(component) {
        if (!(0,json_text/* isRecord */.u4)(component) || typeof component.index !== 'number')
            return this.driver;
        return this.extensions[component.index];
    }
    levelById(id) {
        if (this.byId === undefined) {
            this.byId = new Map();
            // The driver's rules win over extensions' when both define an id: first one kept.
            for (const rule of [...this.driver, ...this.extensions.flat()]) {
                if ((0,json_text/* isRecord */.u4)(rule) && typeof rule.id === 'string' && !this.byId.has(rule.id))
                    this.byId.set(rule.id, levelOf(rule));
            }
        }
        return this.byId.get(id);
    }
}
function rulesOf(component) {
    return (0,json_text/* isRecord */.u4)(component) && Array.isArray(component.rules) ? component.rules : [];
}
function levelOf(rule) {
    if (!(0,json_text/* isRecord */.u4)(rule) || !(0,json_text/* isRecord */.u4)(rule.defaultConfiguration))
        return undefined;
    const level = rule.defaultConfiguration.level;
    return typeof level === 'string' && LEVELS.has(level) ? level : undefined;
}

;// CONCATENATED MODULE: ./src/core/evidence/parse-sarif.ts





/** SARIF 2.1.0 (DESIGN §5): results counted by effective level, every run summed. */
const sarifParser = {
    format: 'sarif',
    detect(text) {
        const shape = jsonShape(text);
        if (shape?.root !== 'object' || !hasArray(shape.head, 'runs'))
            return false;
        const { version, $schema } = shape.head ?? {};
        return typeof version === 'string' || (typeof $schema === 'string' && /sarif/i.test($schema));
    },
    parse(text) {
        const log = (0,json_text/* parseJsonText */.lk)(text);
        if (!(0,json_text/* isRecord */.u4)(log))
            throw (0,core_errors/* badInput */.AN)(`a SARIF log is a JSON object, not ${(0,json_text/* typeName */.go)(log)}.`);
        if (log.version !== '2.1.0') {
            throw (0,core_errors/* badInput */.AN)(`SARIF version ${JSON.stringify(log.version)} is not supported: Factstore reads SARIF 2.1.0 (ask the tool for it).`);
        }
        const counts = { results: 0, error: 0, warning: 0, note: 0, none: 0 };
        const findings = new FindingCollector();
        for (const [r, run] of (0,json_text/* arrayAt */.RD)(log, 'runs', 'SARIF log').entries()) {
            if (!(0,json_text/* isRecord */.u4)(run))
                throw (0,core_errors/* badInput */.AN)(`SARIF runs[${r}] is ${(0,json_text/* typeName */.go)(run)}, not an object.`);
            const rules = new RuleLevels(run);
            for (const result of (0,json_text/* arrayAt */.RD)(run, 'results', `runs[${r}]`)) {
                if (!(0,json_text/* isRecord */.u4)(result))
                    throw (0,core_errors/* badInput */.AN)(`a result in SARIF runs[${r}] is ${(0,json_text/* typeName */.go)(result)}, not an object.`);
                const level = rules.effectiveLevel(result);
                counts.results++;
                counts[level]++;
                if (level !== 'none')
                    findings.add(parse_sarif_findingOf(result, level));
            }
        }
        return { format: 'sarif', summary: counts, defaultStatus: counts.error > 0 ? 'FAILED' : 'PASSED', findings: findings.list() };
    },
};
function parse_sarif_findingOf(result, level) {
    const message = (0,json_text/* isRecord */.u4)(result.message) ? result.message : {};
    const text = [message.text, message.markdown, message.id].find((t) => typeof t === 'string');
    const location = Array.isArray(result.locations) && (0,json_text/* isRecord */.u4)(result.locations[0]) ? result.locations[0] : {};
    const physical = (0,json_text/* isRecord */.u4)(location.physicalLocation) ? location.physicalLocation : {};
    const artifact = (0,json_text/* isRecord */.u4)(physical.artifactLocation) ? physical.artifactLocation : {};
    const region = (0,json_text/* isRecord */.u4)(physical.region) ? physical.region : {};
    const ruleId = typeof result.ruleId === 'string' ? result.ruleId : undefined;
    return {
        level,
        message: text ?? ruleId ?? 'SARIF result',
        file: typeof artifact.uri === 'string' ? artifact.uri : undefined,
        line: lineNumber(region.startLine),
        name: ruleId,
    };
}

;// CONCATENATED MODULE: ./src/core/evidence/severity-counts.ts
const NAMED = new Set(['critical', 'high', 'medium', 'low']);
/** Vulnerability counts by severity; `unknown` catches severities outside the four named ones. */
class SeverityCounts {
    counts = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
    add(rawSeverity) {
        const severity = typeof rawSeverity === 'string' ? rawSeverity.toLowerCase() : '';
        const key = NAMED.has(severity) ? severity : 'unknown';
        this.counts[key]++;
        return key;
    }
    /** DESIGN §5 default rule for vulnerability scans. */
    get defaultStatus() {
        return this.counts.critical + this.counts.high > 0 ? 'FAILED' : 'PASSED';
    }
}
function findingLevel(severity) {
    if (severity === 'critical' || severity === 'high')
        return 'error';
    return severity === 'medium' ? 'warning' : 'note';
}

;// CONCATENATED MODULE: ./src/core/evidence/parse-snyk.ts





/**
 * `snyk test --json` (DESIGN §5): one project object, or an array of them (`--all-projects`).
 * Counts vulnerability entries: Snyk lists a vulnerability once per dependency path, and so do we.
 * Only each project's own `vulnerabilities` are read (a container project's `applications` are not).
 */
const snykParser = {
    format: 'snyk',
    detect(text) {
        const shape = jsonShape(text);
        const head = shape?.head;
        if (head === undefined || !hasArray(head, 'vulnerabilities') || head.bomFormat !== undefined)
            return false;
        return typeof head.ok === 'boolean' || typeof head.packageManager === 'string';
    },
    parse(text) {
        const doc = (0,json_text/* parseJsonText */.lk)(text);
        const projects = Array.isArray(doc) ? doc : [doc];
        const severities = new SeverityCounts();
        const findings = new FindingCollector();
        for (const [p, project] of projects.entries()) {
            const where = Array.isArray(doc) ? `Snyk project [${p}]` : 'the Snyk report';
            if (!(0,json_text/* isRecord */.u4)(project))
                throw (0,core_errors/* badInput */.AN)(`${where} is ${(0,json_text/* typeName */.go)(project)}, not an object: is this \`snyk test --json\` output?`);
            if (!Array.isArray(project.vulnerabilities)) {
                const error = typeof project.error === 'string' ? ` (Snyk said: ${project.error})` : '';
                throw (0,core_errors/* badInput */.AN)(`${where} has no "vulnerabilities" list${error}: attach the output of a successful \`snyk test --json\`.`);
            }
            const file = [project.displayTargetFile, project.targetFile, project.projectName].find((f) => typeof f === 'string');
            for (const vuln of project.vulnerabilities) {
                if (!(0,json_text/* isRecord */.u4)(vuln))
                    throw (0,core_errors/* badInput */.AN)(`a vulnerability in ${where} is ${(0,json_text/* typeName */.go)(vuln)}, not an object.`);
                const severity = severities.add(vuln.severity);
                const id = typeof vuln.id === 'string' ? vuln.id : undefined;
                const pkg = [vuln.packageName, vuln.version].filter((s) => typeof s === 'string').join('@');
                const title = typeof vuln.title === 'string' ? vuln.title : (id ?? 'vulnerability');
                findings.add({ level: findingLevel(severity), message: pkg !== '' ? `${title} in ${pkg}` : title, file, name: id });
            }
        }
        const { unknown, ...named } = severities.counts;
        // Snyk has exactly four severities: `unknown` appears only if some entry had another one.
        const summary = unknown > 0 ? { ...named, unknown } : named;
        return { format: 'snyk', summary, defaultStatus: severities.defaultStatus, findings: findings.list() };
    },
};

;// CONCATENATED MODULE: ./src/core/evidence/parse-spdx.ts



/** SPDX 2.x JSON (DESIGN §5): `components` is the number of packages, the described root package included. */
const spdxParser = {
    format: 'spdx',
    detect(text) {
        const shape = jsonShape(text);
        const version = shape?.root === 'object' ? shape.head?.spdxVersion : undefined;
        return typeof version === 'string' && version.startsWith('SPDX-');
    },
    parse(text) {
        const doc = (0,json_text/* parseJsonText */.lk)(text);
        if (!(0,json_text/* isRecord */.u4)(doc) || typeof doc.spdxVersion !== 'string' || !doc.spdxVersion.startsWith('SPDX-2.')) {
            const version = (0,json_text/* isRecord */.u4)(doc) ? JSON.stringify(doc.spdxVersion) : (0,json_text/* typeName */.go)(doc);
            throw (0,core_errors/* badInput */.AN)(`not an SPDX 2.x JSON document (spdxVersion ${version}): Factstore reads SPDX 2.3 JSON.`);
        }
        const counts = {};
        for (const key of ['packages', 'files', 'relationships']) {
            const list = (0,json_text/* arrayAt */.RD)(doc, key, 'SPDX document');
            const bad = list.findIndex((item) => !(0,json_text/* isRecord */.u4)(item));
            if (bad >= 0)
                throw (0,core_errors/* badInput */.AN)(`SPDX ${key}[${bad}] is ${(0,json_text/* typeName */.go)(list[bad])}, not an object.`);
            counts[key] = list.length;
        }
        return {
            format: 'spdx',
            summary: { components: counts.packages, files: counts.files, relationships: counts.relationships, specVersion: doc.spdxVersion },
            defaultStatus: 'PASSED',
        };
    },
};

;// CONCATENATED MODULE: ./src/core/evidence/parse-trivy.ts





/**
 * `trivy ... -f json` (DESIGN §5): vulnerabilities of every result by severity, UNKNOWN included.
 * Reads the current report (`SchemaVersion: 2`) and the legacy (< 0.20) top-level array of results.
 */
const trivyParser = {
    format: 'trivy',
    detect(text) {
        const shape = jsonShape(text);
        const head = shape?.head;
        if (head === undefined)
            return false;
        if (shape?.root === 'object')
            return typeof head.SchemaVersion === 'number' && ('Results' in head || 'ArtifactName' in head);
        return typeof head.Target === 'string' && ('Vulnerabilities' in head || 'Type' in head);
    },
    parse(text) {
        const doc = (0,json_text/* parseJsonText */.lk)(text);
        const results = resultsOf(doc);
        const severities = new SeverityCounts();
        const findings = new FindingCollector();
        for (const [r, result] of results.entries()) {
            if (!(0,json_text/* isRecord */.u4)(result))
                throw (0,core_errors/* badInput */.AN)(`Trivy Results[${r}] is ${(0,json_text/* typeName */.go)(result)}, not an object.`);
            const target = typeof result.Target === 'string' ? result.Target : undefined;
            for (const vuln of (0,json_text/* arrayAt */.RD)(result, 'Vulnerabilities', `Results[${r}]`)) {
                if (!(0,json_text/* isRecord */.u4)(vuln))
                    throw (0,core_errors/* badInput */.AN)(`a vulnerability in Trivy Results[${r}] is ${(0,json_text/* typeName */.go)(vuln)}, not an object.`);
                const severity = severities.add(vuln.Severity);
                const id = typeof vuln.VulnerabilityID === 'string' ? vuln.VulnerabilityID : undefined;
                const pkg = [vuln.PkgName, vuln.InstalledVersion].filter((s) => typeof s === 'string').join('@');
                const title = [id, vuln.Title].filter((s) => typeof s === 'string').join(' ') || 'vulnerability';
                findings.add({ level: findingLevel(severity), message: pkg !== '' ? `${title} in ${pkg}` : title, file: target, name: id });
            }
        }
        return { format: 'trivy', summary: { ...severities.counts }, defaultStatus: severities.defaultStatus, findings: findings.list() };
    },
};
function resultsOf(doc) {
    if (Array.isArray(doc))
        return doc; // legacy format: the array is the results
    if (!(0,json_text/* isRecord */.u4)(doc))
        throw (0,core_errors/* badInput */.AN)(`a Trivy report is a JSON object, not ${(0,json_text/* typeName */.go)(doc)}.`);
    if (doc.SchemaVersion !== 2) {
        throw (0,core_errors/* badInput */.AN)(`Trivy SchemaVersion ${JSON.stringify(doc.SchemaVersion)} is not supported: Factstore reads SchemaVersion 2 (\`trivy -f json\`).`);
    }
    return (0,json_text/* arrayAt */.RD)(doc, 'Results', 'Trivy report');
}

;// CONCATENATED MODULE: ./src/core/evidence/types.ts
/** The evidence formats Factstore understands (DESIGN §5), in the order auto-detection tries them. */
const EVIDENCE_FORMATS = ['junit', 'sarif', 'cyclonedx', 'spdx', 'snyk', 'trivy', 'json'];
function types_isEvidenceFormat(value) {
    return EVIDENCE_FORMATS.includes(value);
}

;// CONCATENATED MODULE: ./src/core/evidence/parsers.ts








/** Every parser, by format. */
const EVIDENCE_PARSERS = {
    junit: junitParser,
    sarif: sarifParser,
    cyclonedx: cyclonedxParser,
    spdx: spdxParser,
    snyk: snykParser,
    trivy: trivyParser,
    json: jsonParser,
};
/** The parsers in detection order: specific formats first, plain `json` (any document) last. */
const PARSERS_IN_DETECTION_ORDER = EVIDENCE_FORMATS.map((f) => EVIDENCE_PARSERS[f]);

;// CONCATENATED MODULE: ./src/core/evidence/detect-format.ts

/** The first format whose parser recognises the text (`json` only when nothing more specific does). */
function detectFormat(text, name) {
    return PARSERS_IN_DETECTION_ORDER.find((parser) => parser.detect(text, name))?.format;
}

;// CONCATENATED MODULE: ./src/core/evidence/read-text.ts

const UTF8_BOM = 0xfeff;
/**
 * Decodes evidence bytes as UTF-8 and strips a leading BOM (dotnet's JUnit logger writes one).
 * Invalid UTF-8 is refused rather than replaced with U+FFFD, so a fact never records mangled text.
 */
function readText(bytes, name) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch (cause) {
        throw (0,core_errors/* badInput */.AN)(`evidence ${name} is not valid UTF-8 text: re-export the report as UTF-8 (binary files are not evidence reports).`, cause);
    }
    return text.charCodeAt(0) === UTF8_BOM ? text.slice(1) : text;
}

;// CONCATENATED MODULE: ./src/core/evidence/parse-evidence.ts








/**
 * Reads one evidence file: size limit, UTF-8, format (given or detected), then the format's parser.
 * Every problem is a FactstoreError('BAD_INPUT') naming the file and saying what to do.
 */
function parseEvidence(bytes, options) {
    const { name } = options;
    const maxBytes = options.maxBytes ?? limits/* DEFAULT_MAX_BYTES */.fS;
    if (bytes.byteLength > maxBytes) {
        throw (0,core_errors/* badInput */.AN)(`evidence ${name} is ${(0,limits/* formatBytes */.z3)(bytes.byteLength)}, over the limit of ${(0,limits/* formatBytes */.z3)(maxBytes)}: ` +
            'attach a smaller report, or raise `evidence.max_bytes` in the config if this size is expected.');
    }
    const text = readText(bytes, name);
    if (text.trim() === '') {
        throw (0,core_errors/* badInput */.AN)(`evidence ${name} is empty: attach the report the tool wrote (was it written before the step ran?).`);
    }
    return withName(name, () => {
        const format = options.format ?? detected(text, name);
        const parser = EVIDENCE_PARSERS[format];
        if (options.format !== undefined && !parser.detect(text, name))
            refuseFormat(text, name, options.format, options.formatFrom ?? { input: '--format' });
        return parser.parse(text);
    });
}
function detected(text, name) {
    const format = detectFormat(text, name);
    if (format !== undefined)
        return format;
    rejectUnreadable(text);
    throw (0,core_errors/* badInput */.AN)(`evidence ${name} is not in a known format (${EVIDENCE_FORMATS.join(', ')}): ` +
        'pass --format with one of them, or attach a report such a tool wrote.');
}
function refuseFormat(text, name, wanted, from) {
    const format = detectFormat(text, name);
    if (format !== undefined) {
        if ('type' in from) {
            throw (0,core_errors/* badInput */.AN)(`evidence ${name} looks like ${format}, not ${wanted}, the format of type ${from.type} (types.${from.type}.format in the config): attach the ${wanted} report, or record this file under a type whose format is ${format}`);
        }
        throw (0,core_errors/* badInput */.AN)(`evidence ${name} looks like ${format}, not ${wanted}: drop ${from.input} or pass ${from.input} ${format}`);
    }
    rejectUnreadable(text);
    throw (0,core_errors/* badInput */.AN)(`evidence ${name} does not look like ${wanted} (nor like any known format: ${EVIDENCE_FORMATS.join(', ')}): ` +
        'check that you attached the right file.');
}
/**
 * When nothing recognises the text, a broken or hostile file deserves its own reason
 * (truncated JSON, entity declarations, bad nesting) rather than "unknown format": parsing it says why.
 */
function rejectUnreadable(text) {
    const first = text.trimStart().charAt(0);
    if (first === '{' || first === '[')
        (0,json_text/* parseJsonText */.lk)(text);
    else if (first === '<')
        parseXml(text);
}
/** Prefixes the file name to parser errors; anything unexpected while parsing is still bad input, not a crash. */
function withName(name, run) {
    try {
        return run();
    }
    catch (error) {
        if (error instanceof core_errors/* FactstoreError */.ST) {
            const message = error.message.startsWith('evidence ') ? error.message : `evidence ${name}: ${error.message}`;
            throw new core_errors/* FactstoreError */.ST(error.code, message, { cause: error });
        }
        const reason = error instanceof Error ? error.message : String(error);
        throw (0,core_errors/* badInput */.AN)(`evidence ${name} could not be read (${reason}): attach the report exactly as the tool wrote it.`, error);
    }
}

;// CONCATENATED MODULE: ./src/core/evidence/index.ts







;// CONCATENATED MODULE: ./src/action/evidence/annotate-findings.ts



/** GitHub shows at most 10 error and 10 warning annotations of a step; more are dropped silently. */
const MAX_ANNOTATIONS_PER_LEVEL = 10;
/**
 * Annotations for the problems the reports name (failing test cases, SARIF errors and warnings),
 * most severe first, within GitHub's per-step limits. Paths are made relative to the workspace,
 * as GitHub needs them to place the annotation on the file.
 */
function planAnnotations(files, workspace) {
    const annotations = [];
    const used = { error: 0, warning: 0 };
    let more = 0;
    let atLeast = false;
    for (const file of files) {
        if ((file.findings?.length ?? 0) >= limits/* MAX_FINDINGS */.Mt)
            atLeast = true;
        for (const finding of file.findings ?? []) {
            const level = annotate_findings_levelOf(finding);
            if (level === undefined)
                continue;
            if (used[level] >= MAX_ANNOTATIONS_PER_LEVEL) {
                more++;
                continue;
            }
            used[level]++;
            annotations.push(toAnnotation(finding, level, file.name, workspace));
        }
    }
    return { annotations, more, atLeast: atLeast && more > 0 };
}
function annotate_findings_levelOf(finding) {
    if (finding.level === 'error' || finding.level === 'failure')
        return 'error';
    return finding.level === 'warning' ? 'warning' : undefined;
}
function toAnnotation(finding, level, report, workspace) {
    const title = finding.name !== undefined ? `${report}: ${finding.name}` : report;
    const annotation = { level, message: finding.message, title };
    const file = finding.file === undefined ? undefined : workspacePath(finding.file, workspace);
    if (file !== undefined) {
        annotation.file = file;
        if (finding.line !== undefined)
            annotation.startLine = finding.line;
    }
    return annotation;
}
/** A report's file reference (a path, or a `file://` URI) relative to the workspace. */
function workspacePath(reference, workspace) {
    let p = reference;
    if (p.startsWith('file://')) {
        try {
            p = (0,external_node_url_.fileURLToPath)(p);
        }
        catch {
            return reference;
        }
    }
    if (!external_node_path_default().isAbsolute(p))
        return p.replace(/^\.\//, '');
    const rel = external_node_path_default().relative(workspace, p);
    return rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? p : rel.split((external_node_path_default()).sep).join('/');
}

// EXTERNAL MODULE: ./src/core/evidence/files/input-names.ts
var input_names = __webpack_require__(23408);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/core/evidence/files/open-evidence-file.ts
/**
 * Opens one evidence file so that what is read is the report the user named and nothing else: not
 * what a symbolic link points at (a link to /proc/self/environ would store the environment, the
 * signing key included), not a device, a pipe or a socket, nothing under /proc, /sys or /dev, and
 * (for the Action) nothing outside the workspace. The checks on the path are made again on the
 * open descriptor, so swapping the file between the checks and the read gains nothing.
 */




// O_NOFOLLOW: a link as the last part of the path fails the open; O_NONBLOCK: a FIFO cannot hang
// the open waiting for a writer; O_NOCTTY: a terminal never becomes ours. (0 where a platform lacks one.)
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOCTTY ?? 0);
const SYSTEM_TREES = {
    '/proc': "the kernel's view of processes, their environment included",
    '/sys': "the kernel's view of devices and drivers",
    '/dev': 'devices',
};
async function openEvidenceFile(file, maxBytes, place, names) {
    const give = `Give ${names.evidence} the report file itself${place.confined ? `, inside ${place.baseName}` : ''}.`;
    // refused before opening, so that opening a device or a pipe never happens at all
    const before = await lstatEvidence(file, names);
    if (!before.isFile())
        throw await notAFile(file, before, give);
    await checkRealPath(file, place, give);
    let handle;
    try {
        handle = await (0,promises_.open)(file, OPEN_FLAGS);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ELOOP' || code === 'EMLINK')
            throw (0,core_errors/* badInput */.AN)(`the evidence ${file} became a symbolic link while it was opened: nothing was read. ${give}`, e);
        throw (0,core_errors/* badInput */.AN)(`cannot read the evidence file ${file} (${code ?? String(e)}): check the path given to ${names.evidence}.`, e);
    }
    try {
        // what was opened is what counts: the path may have been swapped since it was checked
        const info = await handle.stat();
        if (!info.isFile())
            throw await notAFile(file, info, give);
        const real = await checkRealPath(file, place, give);
        const named = await (0,promises_.stat)(real);
        if (named.dev !== info.dev || named.ino !== info.ino) {
            throw (0,core_errors/* badInput */.AN)(`the evidence ${file} changed while it was opened (its path now names another file): nothing was read. ${give}`);
        }
        if (info.size > maxBytes)
            throw evidenceTooBig(file, info.size, maxBytes);
        return { handle, size: info.size };
    }
    catch (e) {
        await handle.close();
        throw e;
    }
}
function evidenceTooBig(file, size, maxBytes) {
    return (0,core_errors/* badInput */.AN)(`the evidence file ${file} is ${size} bytes, over the ${maxBytes}-byte limit: attach a smaller report, ` +
        'or raise evidence.max_bytes in the config (at most 104857600).');
}
async function lstatEvidence(file, names) {
    try {
        return await (0,promises_.lstat)(file);
    }
    catch (e) {
        throw (0,core_errors/* badInput */.AN)(`cannot read the evidence file ${file} (${e.code ?? String(e)}): check the path given to ${names.evidence}.`, e);
    }
}
async function notAFile(file, info, give) {
    if (info.isSymbolicLink()) {
        const target = await (0,promises_.readlink)(file).catch(() => undefined);
        return (0,core_errors/* badInput */.AN)(`the evidence ${file} is a symbolic link${target === undefined ? '' : ` (to ${target})`}: evidence is read only from the report file itself, never through a link. ${give}`);
    }
    if (info.isDirectory())
        return (0,core_errors/* badInput */.AN)(`the evidence ${file} is a directory, not a file: archive it into one file first. ${give}`);
    const kind = info.isFIFO()
        ? 'a named pipe (FIFO)'
        : info.isSocket()
            ? 'a socket'
            : info.isCharacterDevice() || info.isBlockDevice()
                ? 'a device'
                : 'not a regular file';
    return (0,core_errors/* badInput */.AN)(`the evidence ${file} is ${kind}: evidence must be a regular file that a step wrote. ${give}`);
}
/**
 * The file's real path, refused when it is under /proc, /sys or /dev, outside the workspace (when
 * confined), or not where the path says because a directory on it is a symbolic link. Links are
 * tolerated only in the part of the path shared with `base` (a workspace that is itself reached
 * through a link is fine; a link inside it is not).
 */
async function checkRealPath(file, place, give) {
    const lexical = external_node_path_default().resolve(place.base, file);
    const base = external_node_path_default().resolve(place.base);
    let real;
    try {
        real = await (0,promises_.realpath)(lexical);
    }
    catch (e) {
        throw (0,core_errors/* badInput */.AN)(`cannot read the evidence file ${file} (${e.code ?? String(e)}): ${give}`, e);
    }
    const tree = Object.keys(SYSTEM_TREES).find((t) => within(t, real));
    if (tree !== undefined) {
        throw (0,core_errors/* badInput */.AN)(`the evidence ${file} is ${real}, under ${tree} (${SYSTEM_TREES[tree] ?? ''}): that is not a report, and it may hold secrets. ${give}`);
    }
    if (place.confined && !within(base, lexical))
        throw (0,core_errors/* badInput */.AN)(`the evidence ${file} is outside ${place.baseName} (${base}). ${give}`);
    const common = commonAncestor(base, lexical);
    const expected = external_node_path_default().join(await (0,promises_.realpath)(common), external_node_path_default().relative(common, lexical));
    if (real !== expected) {
        const link = await firstLink(common, lexical);
        // a case-insensitive file system may spell the real path in another case: that alone is no link
        // (but a link named like its target in another case, on a case-sensitive one, is one)
        if (link === undefined && real.toLowerCase() === expected.toLowerCase())
            return real;
        const where = link === undefined ? 'a directory on its path is a symbolic link' : `${link.path} on its path is a symbolic link (to ${link.target})`;
        throw (0,core_errors/* badInput */.AN)(`the evidence ${file} is really ${real}: ${where}, and evidence is never read through a link. ${give}`);
    }
    return real;
}
function within(root, p) {
    return p === root || p.startsWith(root.endsWith((external_node_path_default()).sep) ? root : root + (external_node_path_default()).sep);
}
function commonAncestor(a, b) {
    const pa = a.split((external_node_path_default()).sep);
    const pb = b.split((external_node_path_default()).sep);
    let n = 0;
    while (n < pa.length && n < pb.length && pa[n] === pb[n])
        n++;
    const joined = pa.slice(0, n).join((external_node_path_default()).sep);
    return joined === '' ? external_node_path_default().parse(a).root : joined;
}
/** The first symbolic link on the path below `from`, to name it in the message. */
async function firstLink(from, to) {
    let current = from;
    for (const part of external_node_path_default().relative(from, to).split((external_node_path_default()).sep)) {
        current = external_node_path_default().join(current, part);
        const info = await (0,promises_.lstat)(current).catch(() => undefined);
        if (info?.isSymbolicLink() === true)
            return { path: current, target: await (0,promises_.readlink)(current).catch(() => '?') };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/evidence/files/parse-evidence-file.ts






/** The format asked for if given, else the attestation type's configured format, else undefined (auto-detect). */
function requestedFormat(given, type, names = input_names/* CLI_INPUT_NAMES */.j) {
    if (given !== undefined) {
        if (given === 'raw' || types_isEvidenceFormat(given))
            return given;
        throw (0,core_errors/* badInput */.AN)(`${names.format} ${JSON.stringify(given)} is not an evidence format: use one of ${EVIDENCE_FORMATS.join(', ')}, or raw to store the files unparsed.`);
    }
    const configured = type?.format;
    if (configured === undefined)
        return undefined;
    if (configured === 'raw' || types_isEvidenceFormat(configured))
        return configured;
    throw (0,core_errors/* badInput */.AN)(`the type's configured format ${JSON.stringify(configured)} is not an evidence format: set it to one of ${EVIDENCE_FORMATS.join(', ')} in the config.`);
}
/**
 * Parses one file. With a requested format a file that does not parse is an error (the parser says why);
 * when auto-detecting, a file no parser recognises (a PDF, a log) is stored raw: undefined.
 */
function parseWith(bytes, name, format, maxBytes, formatFrom) {
    if (format === 'raw')
        return undefined;
    if (format !== undefined)
        return parseEvidence(bytes, { name, format, maxBytes, ...(formatFrom !== undefined ? { formatFrom } : {}) });
    let detected;
    try {
        // no parser recognises blank text
        detected = detectFormat(readText(bytes, name), name);
    }
    catch {
        // not UTF-8: a binary attachment, not a report
    }
    if (detected === undefined)
        return undefined;
    // a file a parser recognised but cannot read is refused rather than stored as if it were fine
    return parseEvidence(bytes, { name, format: detected, maxBytes });
}

;// CONCATENATED MODULE: ./src/core/evidence/files/refuse-secret-evidence.ts


/**
 * Refuses evidence that holds the signing key (an environment dump, a log that printed the secret):
 * stored, it would publish the key on the facts branch. The message names the kind of marker found,
 * never its bytes. Runs before any parser, whose errors may quote the file.
 */
function refuseSecretEvidence(bytes, file, markers, names = input_names/* CLI_INPUT_NAMES */.j) {
    const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const found = markers.find((m) => m.bytes.length > 0 && haystack.includes(m.bytes));
    if (found === undefined)
        return;
    throw (0,core_errors/* badInput */.AN)(`the evidence file ${file} contains the signing key's ${found.what}: nothing was recorded, because stored evidence is readable by ` +
        `everyone who can read the facts branch. Give ${names.evidence} the report itself, not a file that captured the environment or the key ` +
        '(find the step that wrote it), and replace the key if the file was published anywhere else.');
}

;// CONCATENATED MODULE: ./src/core/evidence/files/evidence-files.ts







/** The schema's limit on evidence files per attestation. */
const MAX_FILES = 100;
const CHUNK = 1024 * 1024;
/**
 * Checks every file (a regular file where the path says, see open-evidence-file.ts) and its size
 * before reading any of them, so an oversized one costs no memory and a bad one no write.
 */
async function checkEvidenceFiles(files, options) {
    const names = options.names ?? input_names/* CLI_INPUT_NAMES */.j;
    if (files.length > MAX_FILES)
        throw (0,core_errors/* badInput */.AN)(`${files.length} evidence files given: the limit is ${MAX_FILES} per attestation; archive them into one.`);
    for (const file of files) {
        const { handle } = await openEvidenceFile(file, options.maxBytes, options.place, names);
        await handle.close();
    }
}
/**
 * Reads the (already checked) files, each from the descriptor its checks were made on: each one's
 * reference for the fact (with the parser's summary), its bytes for the store, and what its parser
 * made of it (absent for a file stored raw).
 */
async function readEvidenceFiles(files, options) {
    const names = options.names ?? input_names/* CLI_INPUT_NAMES */.j;
    const refs = [];
    const blobs = [];
    const parsed = [];
    for (const file of files) {
        const bytes = await readOpened(await openEvidenceFile(file, options.maxBytes, options.place, names), file, options.maxBytes);
        // before any parser, whose errors may quote the file
        refuseSecretEvidence(bytes, file, options.secretMarkers, names);
        const name = external_node_path_default().basename(file);
        const sha256 = `sha256:${(0,fact_id/* sha256Hex */.fg)(bytes)}`;
        const result = parseWith(bytes, name, options.format, options.maxBytes, options.formatOfType !== undefined ? { type: options.formatOfType } : { input: names.format });
        if (result === undefined) {
            refs.push({ name, sha256, size: bytes.length, format: 'raw' });
        }
        else {
            refs.push({ name, sha256, size: bytes.length, format: result.format, summary: result.summary });
            parsed.push({ name, ...result });
        }
        blobs.push({ sha256, bytes });
    }
    return { refs, blobs, parsed };
}
/**
 * Reads from the checked descriptor at most maxBytes + 1 bytes: a file that grew past the limit
 * since it was checked is refused, not read whole.
 */
async function readOpened({ handle, size }, file, maxBytes) {
    try {
        const chunks = [];
        let total = 0;
        // one byte more than the size: a file that grew shows it
        let want = Math.min(size, maxBytes) + 1;
        for (;;) {
            const chunk = Buffer.alloc(Math.min(want, maxBytes + 1 - total));
            let filled = 0;
            while (filled < chunk.length) {
                const { bytesRead } = await handle.read(chunk, filled, chunk.length - filled, null);
                if (bytesRead === 0)
                    break;
                filled += bytesRead;
            }
            chunks.push(chunk.subarray(0, filled));
            total += filled;
            if (total > maxBytes) {
                throw (0,core_errors/* badInput */.AN)(`the evidence file ${file} grew past the ${maxBytes}-byte limit while it was read: attach a report that is complete and smaller, or raise evidence.max_bytes in the config (at most 104857600).`);
            }
            if (filled < chunk.length)
                return chunks.length === 1 ? (chunks[0] ?? Buffer.alloc(0)) : Buffer.concat(chunks, total);
            want = CHUNK;
        }
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/core/schema/format-errors.ts
var format_errors = __webpack_require__(74858);
;// CONCATENATED MODULE: ./src/core/types/check-payload.ts



/**
 * Validates an evidence payload (a parsed summary, or a JSON document) against the type's JSON
 * Schema. Every failing path is listed; a schema that cannot be compiled is the config's fault.
 */
function checkPayload(typeName, schema, payload, evidenceName) {
    const dialect = (0,user_schema/* schemaDialect */.mA)(schema);
    if (dialect === undefined) {
        throw new core_errors/* FactstoreError */.ST('CONFIG', `the schema of type ${typeName} names a dialect Factstore does not read: fix types.${typeName}.schema.$schema (2020-12 or draft-07).`);
    }
    let validate;
    try {
        validate = (0,user_schema/* compileUserSchema */.M)(schema, dialect);
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        throw new core_errors/* FactstoreError */.ST('CONFIG', `the schema of type ${typeName} cannot be compiled (${why}): fix types.${typeName}.schema in the config.`, { cause: e });
    }
    if (validate(payload) === true)
        return;
    const errors = (0,format_errors/* formatErrors */.v)(validate.errors ?? [], schema);
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    throw (0,core_errors/* badInput */.AN)(`evidence ${evidenceName} does not satisfy the schema of type ${typeName} (${count}):\n${(0,format_errors/* renderErrors */.a)(errors)}\n` +
        'Attach the report the type expects, or fix the type\'s schema in the config.');
}

;// CONCATENATED MODULE: ./src/core/types/jq-verdict.ts

/** DESIGN §3 types: the jq must output exactly one boolean: `true` PASSED, `false` FAILED. */
function verdictOf(typeName, outputs) {
    if (outputs.length === 1 && typeof outputs[0] === 'boolean')
        return outputs[0] ? 'PASSED' : 'FAILED';
    const got = outputs.length === 0
        ? 'no output'
        : outputs.length > 1
            ? `${outputs.length} outputs`
            : `${truncate(JSON.stringify(outputs[0]) ?? 'null')}`;
    throw (0,core_errors/* badInput */.AN)(`the jq of type ${typeName} must output true (PASSED) or false (FAILED), but it gave ${got}: ` +
        'fix types.' + typeName + '.jq in the config (e.g. `.failures == 0`).');
}
function truncate(text) {
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

;// CONCATENATED MODULE: ./src/core/types/judge-evidence.ts




/**
 * DESIGN §3–§5: each parsed evidence file is checked against the type's JSON Schema (its summary,
 * or the document for `json`), then judged by the type's jq, else by its format's default rule.
 * Throws on the first file that does not conform; nothing is judged half-way.
 */
function judgeEvidence(input) {
    const { typeName, type } = input;
    if (type !== undefined)
        refuseUnreadable(typeName, type, input.files);
    return input.files.map((file) => {
        const payload = file.format === 'json' ? file.document : file.summary;
        if (type?.schema !== undefined)
            checkPayload(typeName, type.schema, payload, file.name);
        if (type?.jq === undefined)
            return { name: file.name, status: file.defaultStatus, rule: 'format' };
        if (input.jq === undefined)
            throw new core_errors/* FactstoreError */.ST('INTERNAL', `type ${typeName} has a jq expression but no jq engine was given.`);
        let outputs;
        try {
            outputs = input.jq().run(type.jq, payload ?? null);
        }
        catch (e) {
            if (!(e instanceof core_errors/* FactstoreError */.ST))
                throw e;
            throw new core_errors/* FactstoreError */.ST(e.code, `type ${typeName}, evidence ${file.name}: ${e.message}`, { cause: e });
        }
        return { name: file.name, status: verdictOf(typeName, outputs), rule: 'jq' };
    });
}
/** The attestation's status: FAILED if any file fails, PASSED otherwise; undefined with no parsed file. */
function statusOfJudged(judged) {
    if (judged.length === 0)
        return undefined;
    return judged.some((j) => j.status === 'FAILED') ? 'FAILED' : 'PASSED';
}
/**
 * A type whose jq or schema reads fields the evidence's summary never has would record a verdict no
 * report decided (a SARIF report judged by `.critical` is FAILED for good): refused before anything
 * is judged or written, naming what the summary does have.
 */
function refuseUnreadable(typeName, type, files) {
    for (const file of files) {
        const problems = summary_fields_summaryFieldProblems(type, file.format);
        if (problems.length === 0)
            continue;
        throw (0,core_errors/* badInput */.AN)(`type ${typeName} cannot judge ${file.name}, a ${file.format} report: ${problems.join('; ')}. ` +
            `A ${file.format} report is judged by the summary Factstore counts from it (schemas/evidence-summary.schema.json), not by the report's own fields: ` +
            `fix types.${typeName} in the config (\`factstore types get ${typeName}\` shows it), or attach the report the type was written for. Nothing was written.`);
    }
}

;// CONCATENATED MODULE: ./src/core/types/evidence-verdict.ts

/**
 * The evidence's own verdict: each parsed file checked against the type's schema, then judged by
 * the type's jq, else its format's rule; FAILED if any file fails. Undefined when no file was
 * parsed (no evidence, or only files stored raw): there is then nothing a given status contradicts.
 */
function evidenceVerdict(input) {
    const judged = judgeEvidence({ typeName: input.type, type: input.typeConfig, files: input.parsed, jq: input.jq });
    const status = statusOfJudged(judged);
    return status === undefined ? undefined : { status, judged };
}
/** "FAILED (by the format's rule: junit.xml fails)", naming at most three of the files that decided. */
function describeVerdict(verdict) {
    const rules = new Set(verdict.judged.map((j) => j.rule));
    const rule = rules.size > 1 ? "the type's jq and the formats' rules" : rules.has('jq') ? "the type's jq" : "the format's rule";
    const deciding = verdict.judged.filter((j) => j.status === verdict.status).map((j) => j.name);
    const shown = deciding.slice(0, 3).join(', ') + (deciding.length > 3 ? ` and ${deciding.length - 3} more` : '');
    const verb = verdict.status === 'FAILED' ? (deciding.length === 1 ? 'fails' : 'fail') : deciding.length === 1 ? 'passes' : 'pass';
    return `${verdict.status} (by ${rule}: ${shown} ${verb})`;
}

;// CONCATENATED MODULE: ./src/core/types/decide-status.ts




const STATUSES = ['PASSED', 'FAILED', 'PENDING'];
/** the fact schema's limit on the reason (its `shortText`) */
const MAX_REASON = 1024;
/**
 * The status the evidence proves: each parsed file checked against the type's schema, then judged by
 * the type's jq, else by its format's rule. A type with a schema or jq takes only files it can read.
 * DESIGN §4: a status given by hand that differs in any way from the evidence's verdict (PASSED against
 * FAILED, or PENDING against either) is refused unless a reason is given, and the reason is recorded
 * with the verdict it overrode. A reason where nothing is contradicted is refused too, so no fact
 * claims an override that was not one. With no parsed evidence there is no verdict to contradict.
 * The CLI and the Action both decide through here, so they agree on the same evidence.
 */
function decideStatus(input) {
    const { given, overrideReason, type, typeConfig, refs, parsed, jq } = input;
    const names = input.names ?? input_names/* CLI_INPUT_NAMES */.j;
    if (given !== undefined)
        return givenStatus(input, given, names);
    if (overrideReason !== undefined) {
        throw (0,core_errors/* badInput */.AN)(`${names.overrideReason} is only for a ${names.status} that contradicts the evidence, and no ${names.status} was given: ` +
            `drop ${names.overrideReason} to record the status the evidence proves.`);
    }
    const judging = typeConfig?.jq !== undefined || typeConfig?.schema !== undefined;
    const raw = refs.find((r) => r.format === 'raw');
    if (judging && raw !== undefined) {
        throw (0,core_errors/* badInput */.AN)(`type ${type} judges its evidence with ${typeConfig?.jq !== undefined ? 'jq' : 'a JSON Schema'}, but ${raw.name} is in no format it can read: ` +
            `attach a ${typeConfig?.format ?? 'JSON or report'} file, or pass ${names.status} to record it by hand.`);
    }
    const verdict = evidenceVerdict({ type, typeConfig, parsed, jq });
    if (verdict !== undefined)
        return { status: verdict.status };
    throw (0,core_errors/* badInput */.AN)(`attest needs ${names.status} PASSED, FAILED or PENDING, or ${names.evidence} with a report in a known format (${EVIDENCE_FORMATS.join(', ')}) ` +
        `to compute it from. ${names.help}`);
}
/** A given status against the verdict of the files that parsed (files stored raw have none). */
function givenStatus(input, given, names) {
    const { overrideReason: reason, type } = input;
    const verdict = evidenceVerdict({ type, typeConfig: input.typeConfig, parsed: input.parsed, jq: input.jq });
    if (verdict === undefined || verdict.status === given) {
        if (reason === undefined)
            return { status: given };
        const why = verdict === undefined ? 'there is no parsed evidence to contradict (no evidence, or only files stored raw)' : `the evidence says ${describeVerdict(verdict)} too`;
        throw (0,core_errors/* badInput */.AN)(`${names.overrideReason} is only for a ${names.status} that contradicts the evidence, but ${why}: ` +
            `drop ${names.overrideReason}; nothing is overridden, so no override is recorded.`);
    }
    if (reason === undefined) {
        throw (0,core_errors/* badInput */.AN)(`the evidence of ${type} says ${describeVerdict(verdict)}, but ${names.status} gives ${given}: a status that contradicts the evidence needs a recorded reason. ` +
            `Drop ${names.status} to record ${verdict.status}, or keep it and add ${names.overrideReason} "why ${given} stands" ` +
            '(the reason is recorded with the attestation and shown wherever it is). Nothing was written.');
    }
    return { status: given, override: { reason, verdict: verdict.status } };
}
/** The status given by hand, any case; undefined when not given. */
function parseStatus(value, names = input_names/* CLI_INPUT_NAMES */.j) {
    if (value === undefined)
        return undefined;
    const status = STATUSES.find((s) => s === value.toUpperCase());
    if (status === undefined)
        throw (0,core_errors/* badInput */.AN)(`${names.status} ${JSON.stringify(value)} is not a status: use PASSED, FAILED or PENDING.`);
    return status;
}
/** The override reason, surrounding blanks trimmed; undefined when not given; blank or too long is refused. */
function parseOverrideReason(value, names = input_names/* CLI_INPUT_NAMES */.j) {
    if (value === undefined)
        return undefined;
    const reason = value.trim();
    if (reason === '')
        throw (0,core_errors/* badInput */.AN)(`${names.overrideReason} is blank: say why the given status stands against the evidence, e.g. ${names.overrideReason} "flaky test, tracked as PAY-1422".`);
    const length = Array.from(reason).length;
    if (length > MAX_REASON)
        throw (0,core_errors/* badInput */.AN)(`${names.overrideReason} is ${length} characters long: keep it to ${MAX_REASON} and link to the longer story (an issue or a document).`);
    return reason;
}

// EXTERNAL MODULE: ./src/action/inputs/action-input-names.ts
var action_input_names = __webpack_require__(43566);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(43324);
;// CONCATENATED MODULE: ./src/action/evidence/find-evidence.ts




/**
 * The files the `evidence` patterns name (globs as @actions/glob reads them, `!` to exclude),
 * each once, in a stable order. A pattern that matches no file is an error: a report the tests
 * did not write must not turn into an attestation without evidence. Symbolic links are not
 * followed: a link is matched as itself (and then refused as evidence), a linked directory is not
 * searched, so a glob cannot reach out of the workspace through one.
 */
async function findEvidence(patterns, workspace) {
    const found = new Set();
    const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => `!${rooted(p.slice(1), workspace)}`);
    for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
        const globber = await (0,glob/* create */.v)([rooted(pattern, workspace), ...excludes].join('\n'), { matchDirectories: false, followSymbolicLinks: false });
        const files = await globber.glob();
        if (files.length === 0) {
            const link = await linkOnPattern(pattern, workspace);
            throw (0,core_errors/* badInput */.AN)(`the evidence pattern ${JSON.stringify(pattern)} matches no file in ${workspace}` +
                (link === undefined
                    ? ': check that the step before wrote the report there, or fix the `evidence` input (paths and globs are relative to the workspace).'
                    : `: ${link} on its path is a symbolic link, and evidence is never searched or read through a link. Give the reports' own directory in the workspace.`));
        }
        for (const f of files.sort())
            found.add(f);
    }
    return [...found];
}
/** Relative patterns are read from the workspace, wherever the process was started. */
function rooted(pattern, workspace) {
    return external_node_path_default().isAbsolute(pattern) ? pattern : external_node_path_default().join(workspace, pattern);
}
/** The first symbolic link among the pattern's literal directories inside the workspace, to explain an empty match. */
async function linkOnPattern(pattern, workspace) {
    const relative = external_node_path_default().relative(workspace, rooted(pattern, workspace));
    if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return undefined;
    let current = workspace;
    for (const part of relative.split((external_node_path_default()).sep)) {
        if (/[*?[\]{}]/.test(part))
            break;
        current = external_node_path_default().join(current, part);
        if ((await (0,promises_.lstat)(current).catch(() => undefined))?.isSymbolicLink() === true)
            return external_node_path_default().relative(workspace, current);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/action/evidence/gather-evidence.ts





/** The evidence files of the step, read, parsed and judged exactly as `factstore attest` does. */
async function gatherEvidence(input) {
    const { config, typeConfig } = input;
    const format = requestedFormat(input.format, typeConfig, action_input_names/* ACTION_INPUT_NAMES */.f);
    const files = input.patterns.length === 0 ? [] : await findEvidence(input.patterns, input.workspace);
    // every file is read from the workspace only, never through a link
    const place = { base: input.workspace, baseName: 'the workspace', confined: true };
    const options = { maxBytes: config.evidenceMaxBytes, place, names: action_input_names/* ACTION_INPUT_NAMES */.f };
    await checkEvidenceFiles(files, options);
    // a format that is the type's, not the step's `format` input, is named as the config's
    const formatOfType = input.format === undefined && format !== undefined ? input.type : undefined;
    const { refs, blobs, parsed } = await readEvidenceFiles(files, { ...options, format, secretMarkers: input.secretMarkers, ...(formatOfType !== undefined ? { formatOfType } : {}) });
    const { status, override } = decideStatus({
        given: input.status,
        overrideReason: input.overrideReason,
        type: input.type,
        typeConfig,
        refs,
        parsed,
        jq: input.jq,
        names: action_input_names/* ACTION_INPUT_NAMES */.f,
    });
    return { refs, blobs, parsed, status, override };
}

;// CONCATENATED MODULE: ./src/action/evidence/write-annotations.ts


/** Writes the planned annotations, and one notice for what did not fit. */
function writeAnnotations(plan) {
    for (const a of plan.annotations) {
        const properties = {
            title: a.title,
            ...(a.file !== undefined ? { file: a.file } : {}),
            ...(a.startLine !== undefined ? { startLine: a.startLine } : {}),
        };
        if (a.level === 'error')
            core/* error */.z3(a.message, properties);
        else
            core/* warning */.$e(a.message, properties);
    }
    if (plan.more > 0) {
        core/* notice */.lm(`${plan.atLeast ? 'at least ' : ''}${plan.more} more finding${plan.more === 1 ? '' : 's'} of the evidence not annotated: GitHub shows at most ` +
            `${MAX_ANNOTATIONS_PER_LEVEL} errors and ${MAX_ANNOTATIONS_PER_LEVEL} warnings per step. The full reports are stored with the attestation.`, { title: 'Factstore' });
    }
}

// EXTERNAL MODULE: ./src/action/github/open-store.ts + 16 modules
var open_store = __webpack_require__(64032);
// EXTERNAL MODULE: ./src/action/inputs/artifact-digest.ts
var artifact_digest = __webpack_require__(45067);
// EXTERNAL MODULE: ./src/action/inputs/input-reader.ts
var input_reader = __webpack_require__(97916);
// EXTERNAL MODULE: ./src/action/inputs/signing-key.ts + 2 modules
var signing_key = __webpack_require__(90690);
// EXTERNAL MODULE: ./src/action/inputs/store-inputs.ts
var store_inputs = __webpack_require__(37229);
// EXTERNAL MODULE: ./src/action/inputs/shared-inputs.ts
var shared_inputs = __webpack_require__(92271);
;// CONCATENATED MODULE: ./src/action/inputs/attest-inputs.ts









function readAttestInputs(env) {
    const store = (0,store_inputs/* readStoreInputs */.d)(env);
    const signingKey = (0,signing_key/* readSigningKey */.jy)(env);
    const flow = (0,names/* checkName */.I3)('flow', (0,input_reader/* requiredInput */.YF)('flow', 'the flow of the config this attestation is for, e.g. `flow: payment-service`'));
    const type = (0,names/* checkName */.I3)('attestation type', (0,input_reader/* requiredInput */.YF)('type', 'the attestation type, e.g. `type: unit-tests`'));
    const evidenceUrl = (0,input_reader/* optionalInput */.$m)('evidence-url') ?? (0,runner_env/* runUrl */.Vp)(env);
    if (evidenceUrl !== undefined && !URL.canParse(evidenceUrl)) {
        throw (0,core_errors/* badInput */.AN)(`the \`evidence-url\` input ${JSON.stringify(evidenceUrl)} is not an absolute URL: give e.g. https://github.com/acme/app/actions/runs/1.`);
    }
    return {
        ...store,
        flow,
        type,
        status: parseStatus((0,input_reader/* optionalInput */.$m)('status'), action_input_names/* ACTION_INPUT_NAMES */.f),
        overrideReason: parseOverrideReason((0,input_reader/* optionalInput */.$m)('override-reason'), action_input_names/* ACTION_INPUT_NAMES */.f),
        evidence: (0,input_reader/* listInput */.dt)('evidence'),
        format: (0,input_reader/* optionalInput */.$m)('format'),
        artifact: (0,shared_inputs/* readArtifactInput */.r)(),
        trail: (0,shared_inputs/* checkTrail */.H)((0,input_reader/* optionalInput */.$m)('trail') ?? env.sha),
        details: (0,input_reader/* optionalInput */.$m)('details'),
        evidenceUrl,
        signingKey,
        dryRun: (0,input_reader/* booleanInput */.tE)('dry-run'),
        newType: (0,input_reader/* booleanInput */.tE)('new-type'),
    };
}

// EXTERNAL MODULE: ./src/action/record/idempotency-key.ts
var idempotency_key = __webpack_require__(92233);
// EXTERNAL MODULE: ./src/action/record/start-trail.ts
var start_trail = __webpack_require__(37175);
// EXTERNAL MODULE: ./src/action/record/step-outputs.ts
var step_outputs = __webpack_require__(88689);
// EXTERNAL MODULE: ./src/core/report/breakdown/index.ts + 15 modules
var breakdown = __webpack_require__(99856);
;// CONCATENATED MODULE: ./src/action/report/attest-summary.ts

/** The line above the breakdown that says what this step recorded (or, on a re-run, found). */
function recordedLine(fact, factsCommit, written, commitLink) {
    const what = `${(0,breakdown/* codeSpan */.SS)(fact.type)} **${fact.status}** on trail ${(0,breakdown/* codeSpan */.SS)(fact.trail)} of flow ${(0,breakdown/* codeSpan */.SS)(fact.flow)}`;
    const where = factsCommit === undefined ? '' : commitLink !== undefined ? ` in facts commit [${factsCommit.slice(0, 12)}](${commitLink})` : ` in facts commit ${(0,breakdown/* codeSpan */.SS)(factsCommit.slice(0, 12))}`;
    const line = written ? `Recorded ${what}${where}.` : `Already recorded by an earlier run of this step: ${what}${where}. Nothing new was written.`;
    return `${line}${overrideSentence(fact)}\n\n`;
}
/** " ⚠️ The status overrides the evidence, which said FAILED; reason: …" (empty without an override). */
function overrideSentence(fact) {
    if (fact.override === undefined)
        return '';
    return ` ⚠️ The status overrides the evidence, which said **${fact.override.verdict}**; reason: ${(0,breakdown/* escapeMarkdown */.FV)(fact.override.reason)}`;
}
/** A dry run's summary: what would be recorded, from which evidence; nothing is sent. */
function dryRunSummary(fact, requiredByFlow) {
    const lines = [
        '## Factstore (dry run)',
        '',
        `Would record ${(0,breakdown/* codeSpan */.SS)(fact.type)} **${fact.status}** on trail ${(0,breakdown/* codeSpan */.SS)(fact.trail)} of flow ${(0,breakdown/* codeSpan */.SS)(fact.flow)}. Nothing was sent to GitHub.${overrideSentence(fact)}`,
    ];
    if (!requiredByFlow)
        lines.push('', `Flow ${(0,breakdown/* codeSpan */.SS)(fact.flow)} does not require ${(0,breakdown/* codeSpan */.SS)(fact.type)}: it would not count for compliance.`);
    if (fact.evidence.length > 0) {
        lines.push('', '| Evidence | Format | Summary |', '|---|---|---|');
        for (const e of fact.evidence)
            lines.push(`| ${(0,breakdown/* escapeMarkdown */.FV)(e.name)} | ${e.format} | ${(0,breakdown/* escapeMarkdown */.FV)((0,breakdown/* summaryText */.g5)(e.format, e.summary))} |`);
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/action/report/job-summary.ts
var job_summary = __webpack_require__(88403);
// EXTERNAL MODULE: ./src/action/report/trail-summary.ts
var trail_summary = __webpack_require__(32640);
;// CONCATENATED MODULE: ./src/action/commands/attest.ts
























/**
 * The attest step: reads and judges the evidence as `factstore attest` does, then appends the
 * attestation (and the trail's start, when nobody began it) in one signed commit on the facts
 * branch through the API. A dry run stops before the first request.
 */
async function attest(session) {
    const { env } = session;
    const inputs = readAttestInputs(env);
    // a malformed key fails before anything is read or sent; a dry run checks a key only if given
    const signer = inputs.dryRun && inputs.signingKey === undefined ? undefined : (0,signing_key/* signerFrom */.Hc)(inputs.signingKey);
    // evidence that holds the key is refused; a dry run without a key has none to look for
    const secretMarkers = signer === undefined ? [] : (0,signing_key/* keySecretMarkers */.fc)(inputs.signingKey);
    const config = await session.config(inputs, inputs.dryRun);
    // a dry run given a key refuses it as the real run would
    if (signer !== undefined)
        (0,signing_key/* checkSigningKey */.JY)(signer, config.trust.signers, inputs.configPath);
    const flow = session.flow(config, inputs.flow, inputs.configPath);
    const typeConfig = Object.hasOwn(config.types, inputs.type) ? config.types[inputs.type] : undefined;
    if (!inputs.newType)
        assertKnownType(inputs.type, config, '`new-type: true`');
    assertTypeAcceptsAttestations(inputs.type, typeConfig);
    const artifact = await (0,artifact_digest/* artifactDigest */.F)(inputs.artifact, env.workspace);
    const evidence = await gatherEvidence({ ...inputs, patterns: inputs.evidence, workspace: env.workspace, typeConfig, config, jq: () => session.jq(), secretMarkers });
    writeAnnotations(planAnnotations(evidence.parsed, env.workspace));
    const required = flow.require.includes(inputs.type);
    if (!required)
        core/* notice */.lm(`flow ${flow.name} does not require ${inputs.type}: it is recorded but does not count for compliance.`);
    const claims = inputs.dryRun ? undefined : await (0,fetch_oidc_claims/* fetchOidcClaims */.z)(env);
    const context = (0,run_context/* runContext */.p)(env, claims);
    const idempotencyKey = (0,idempotency_key/* stepKey */.U)(env, {
        flow: flow.name,
        trail: inputs.trail,
        what: inputs.type,
        content: { status: evidence.status, override: evidence.override, evidence: evidence.refs.map((r) => r.sha256).sort(), artifact, details: inputs.details },
    });
    const fact = (0,fact_id/* makeFact */.lO)({
        kind: 'attestation',
        flow: flow.name,
        trail: inputs.trail,
        type: inputs.type,
        status: evidence.status,
        evidence: evidence.refs,
        actor: env.actor ?? 'github-actions',
        ts: session.now().toISOString(),
        context,
        ...(artifact !== undefined ? { artifact } : {}),
        ...(evidence.override !== undefined ? { override: evidence.override } : {}),
        ...(inputs.details !== undefined ? { details: inputs.details } : {}),
        ...(inputs.evidenceUrl !== undefined ? { evidenceUrl: inputs.evidenceUrl } : {}),
        ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
    });
    (0,schema/* assertValidFact */.Dz)(fact, 'the attestation fact');
    if (inputs.dryRun || signer === undefined) {
        (0,step_outputs/* setOutputs */.n)({ 'attestation-id': fact.id, trail: fact.trail, status: fact.status, 'facts-commit': undefined });
        await (0,job_summary/* writeJobSummary */.j)(dryRunSummary(fact, required));
        core/* info */.pq(`factstore: dry run: ${fact.type} ${fact.status} on trail ${fact.trail} of flow ${fact.flow}; nothing was sent to GitHub.`);
        return;
    }
    const at = (0,open_store/* factsLocation */.z)(inputs, config);
    const store = (0,open_store/* openStore */.C)(session.github(inputs), at, env, signer);
    const before = await store.readTrail(flow.name, inputs.trail);
    const facts = [fact];
    if ((0,start_trail/* startedTrail */.Qg)(before) === undefined) {
        const commit = env.sha === undefined ? undefined : (0,names/* checkCommit */.su)(env.sha);
        const author = (0,change_author/* changeAuthor */.i)(process.env.GITHUB_EVENT_PATH, env.actor);
        facts.unshift((0,start_trail/* trailFact */.vZ)({ flow: flow.name, trail: inputs.trail, commit, gitBranch: (0,runner_env/* gitBranch */.bC)(env), author, actor: fact.actor, ts: fact.ts, context }));
    }
    const result = await store.append({ facts, evidence: evidence.blobs, message: `attest ${fact.type} ${fact.status} on ${flow.name}/${fact.trail}` });
    const written = result.written.some((f) => f.id === fact.id);
    const factsCommit = result.commit ?? (await store.tip());
    const after = await store.readTrail(flow.name, inputs.trail, factsCommit === undefined ? undefined : { at: factsCommit });
    const stored = after.find((f) => f.id === fact.id) ?? fact;
    (0,step_outputs/* setOutputs */.n)({ 'attestation-id': stored.id, trail: stored.trail, status: stored.status, 'facts-commit': factsCommit });
    const links = (0,breakdown/* factsLinks */.$h)(env.serverUrl, at, factsCommit);
    const { markdown } = (0,trail_summary/* trailSummary */.R)({ config, flow, trail: inputs.trail, facts: after, policyEvaluator: session.policyEvaluator(), links, now: session.now() });
    const commitLink = factsCommit === undefined ? undefined : links.factsCommit?.(factsCommit);
    await (0,job_summary/* writeJobSummary */.j)(recordedLine(stored, factsCommit, written, commitLink) + markdown);
    // not an annotation: the evidence's own findings already use the step's annotation budget
    if (stored.override !== undefined)
        core/* info */.pq(`factstore: ${stored.type} ${stored.status} ${(0,breakdown/* overrideText */.K9)(stored.override)}.`);
    core/* info */.pq(written
        ? `factstore: recorded ${stored.type} ${stored.status} on trail ${stored.trail} of flow ${stored.flow} in ${at.owner}/${at.repo}@${at.branch} (${factsCommit ?? ''}).`
        : `factstore: ${stored.type} ${stored.status} on trail ${stored.trail} was already recorded by this step; nothing new was written.`);
}


/***/ }),

/***/ 75304:
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

/***/ 10463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RD: () => (/* binding */ arrayAt),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   qu: () => (/* binding */ jsonNestingDepth),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95297);


const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
/**
 * Deepest array/object nesting of a JSON text, stopping as soon as it passes `limit`.
 * One pass without allocation: V8's JSON.parse copes with 100k levels, but every recursive walk
 * of the result afterwards (canonical JSON, schema validation) would overflow the stack.
 */
function jsonNestingDepth(text, limit) {
    let depth = 0;
    let deepest = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            i = endOfString(text, i);
        }
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            depth++;
            if (depth > deepest) {
                deepest = depth;
                if (deepest > limit)
                    return deepest;
            }
        }
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            depth--;
        }
    }
    return deepest;
}
/** Index of the quote closing the string that opens at `start` (or the end of the text). */
function endOfString(text, start) {
    let i = start;
    for (;;) {
        i = text.indexOf('"', i + 1);
        if (i < 0)
            return text.length;
        let backslashes = 0;
        while (text.charCodeAt(i - 1 - backslashes) === BACKSLASH)
            backslashes++;
        if (backslashes % 2 === 0)
            return i;
    }
}
/** Parses a JSON report, refusing empty, malformed and too deeply nested text with a clear BAD_INPUT. */
function parseJsonText(text) {
    if (text.trim() === '') {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)('the file is empty: attach the report the tool wrote (was it written before the step ran?).');
    }
    if (jsonNestingDepth(text, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM) > _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`JSON nests arrays/objects deeper than ${_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM} levels, which no report format needs: ` +
            'refused as hostile input; attach the report the tool wrote.');
    }
    try {
        return JSON.parse(text);
    }
    catch (cause) {
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`not valid JSON (${reason}): check that the file was written completely (a truncated file?).`, cause);
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The array at `value[key]`, or [] when absent; anything else there is a format error. */
function arrayAt(value, key, where) {
    const found = value[key];
    if (found === undefined || found === null)
        return [];
    if (!Array.isArray(found))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`${where}.${key} is ${typeName(found)}, not an array: is the file from the tool?`);
    return found;
}
function typeName(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}


/***/ }),

/***/ 95297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F7: () => (/* binding */ MAX_FINDING_MESSAGE),
/* harmony export */   Mt: () => (/* binding */ MAX_FINDINGS),
/* harmony export */   fS: () => (/* binding */ DEFAULT_MAX_BYTES),
/* harmony export */   wM: () => (/* binding */ MAX_NESTING_DEPTH),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var _config_normalize_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75304);

/** Largest evidence file read, unless the config's `evidence.max_bytes` says otherwise (10 MiB). */
const DEFAULT_MAX_BYTES = _config_normalize_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_EVIDENCE_MAX_BYTES */ .TW;
/**
 * Deepest nesting accepted in XML elements or JSON arrays/objects. Real reports stay under 20;
 * the cap keeps every recursive walk (ours, canonical JSON, schema validation) far from the stack limit.
 */
const MAX_NESTING_DEPTH = 256;
/** Findings kept per report for annotations; the counts in the summary always cover everything. */
const MAX_FINDINGS = 50;
/** Longest finding message kept, in characters (stack traces can be megabytes). */
const MAX_FINDING_MESSAGE = 1000;
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} bytes`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
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
