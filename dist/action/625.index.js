export const id = 625;
export const ids = [625];
export const modules = {

/***/ 73460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ parseRepoName),
/* harmony export */   Zj: () => (/* binding */ sameRepo),
/* harmony export */   kK: () => (/* binding */ repoText)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

// GitHub's rules: owners are alphanumeric with single hyphens; repository names allow . _ -
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
/** `owner/name`, as GitHub spells a repository; `what` names the input in the error. */
function parseRepoName(value, what) {
    const [owner, repo, ...rest] = value.trim().split('/');
    if (owner === undefined || repo === undefined || rest.length > 0 || !OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..') {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`${what} ${JSON.stringify(value)} is not a repository: give owner/name, e.g. acme/compliance-facts.`);
    }
    return { owner, repo };
}
function repoText(r) {
    return `${r.owner}/${r.repo}`;
}
/** The same repository: GitHub compares owner and name without regard to case. */
function sameRepo(a, b) {
    return repoText(a).toLowerCase() === repoText(b).toLowerCase();
}


/***/ }),

/***/ 2939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ findUp)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The first `<dir>/<relative>` that exists, for `dir` from `from`'s folder upwards. The package's
 * own files (schemas/, the jq worker, examples/) are found this way, because the same code runs
 * from `src/` (tests) and from a bundle in `dist/<entry>/`, both a few levels under the root.
 */
function findUp(from, relatives, maxDepth = 8) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(from);
    for (let depth = 0; depth < maxDepth; depth++) {
        for (const relative of relatives) {
            const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, relative);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
                return candidate;
        }
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return undefined;
}


/***/ }),

/***/ 8596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ checkJsonSchema)
/* harmony export */ });
/* harmony import */ var _format_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74858);
/* harmony import */ var _user_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33706);


/**
 * Checks that `schema` is a JSON Schema a type's evidence can be validated with (draft 2020-12,
 * or draft-07 when its `$schema` says so), without compiling it. Paths are relative to the schema.
 */
function checkJsonSchema(schema) {
    const dialect = (0,_user_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaDialect */ .mA)(schema);
    if (dialect === undefined) {
        return [
            {
                path: '/$schema',
                message: `names a dialect Factstore does not read: use "${_user_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .DIALECT_META */ .P['2020-12']}" (the default) or "${_user_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .DIALECT_META */ .P['draft-07']}#"`,
            },
        ];
    }
    const ajv = (0,_user_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .userAjv */ .hO)(dialect);
    if (ajv.validateSchema(schema) === true)
        return [];
    const meta = ajv.getSchema(_user_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .DIALECT_META */ .P[dialect])?.schema;
    return (0,_format_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatErrors */ .v)(ajv.errors ?? [], (meta ?? {}));
}


/***/ }),

/***/ 74858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ renderErrors),
/* harmony export */   v: () => (/* binding */ formatErrors)
/* harmony export */ });
/** Keywords whose failure is only a summary of failures already reported beneath them. */
const SUMMARY_KEYWORDS = new Set(['if', 'propertyNames', 'anyOf', 'oneOf', 'allOf', '$ref']);
/**
 * Turns ajv's errors into one entry per bad path, each saying what to fix. `root` is the schema
 * that was validated against, used to list the keys a `$ref`-composed object allows.
 */
function formatErrors(errors, root) {
    const group = alternativeGroups(errors);
    const byKey = new Map();
    errors.forEach((error, i) => {
        if (SUMMARY_KEYWORDS.has(error.keyword) && errors.length > 1)
            return;
        const path = pathOf(error);
        const message = messageOf(error, root);
        const key = `${path}\n${group[i] ?? message}`;
        const seen = byKey.get(key);
        if (seen === undefined)
            byKey.set(key, { path, message });
        else if (!seen.message.split(' or ').includes(message))
            seen.message = `${seen.message} or ${message}`;
    });
    return [...byKey.values()];
}
/**
 * ajv reports the failed alternatives of an anyOf/oneOf just before the anyOf/oneOf error itself,
 * at or under its path: those read as one "X or Y" problem, so each gets its group's index.
 */
function alternativeGroups(errors) {
    const group = errors.map(() => undefined);
    errors.forEach((error, i) => {
        if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf')
            return;
        for (let j = i - 1; j >= 0 && group[j] === undefined; j--) {
            const path = errors[j]?.instancePath ?? '';
            if (path !== error.instancePath && !path.startsWith(`${error.instancePath}/`))
                break;
            group[j] = i;
        }
    });
    return group;
}
/** Renders errors as the indented list used in every "is invalid" message. */
function renderErrors(errors) {
    return errors.map((e) => `  - ${e.path === '' ? '/' : e.path}: ${e.message}`).join('\n');
}
function pointerSegment(key) {
    return `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
function pathOf(error) {
    const params = error.params;
    const child = error.propertyName ??
        stringParam(params, 'missingProperty') ??
        stringParam(params, 'additionalProperty') ??
        stringParam(params, 'unevaluatedProperty');
    return child === undefined ? error.instancePath : error.instancePath + pointerSegment(child);
}
function stringParam(params, name) {
    const value = params[name];
    return typeof value === 'string' ? value : undefined;
}
function show(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function messageOf(error, root) {
    const params = error.params;
    const parent = (error.parentSchema ?? {});
    const description = typeof parent.description === 'string' ? parent.description : undefined;
    // Long descriptions document whole objects; only short ones read well after a type error.
    const hint = description === undefined || description.length > 120 ? '' : `: expected ${description}`;
    switch (error.keyword) {
        case 'required':
            return `is missing: add it${describeProperty(parent, stringParam(params, 'missingProperty'))}`;
        case 'additionalProperties':
        case 'unevaluatedProperties':
            return `is not allowed here: remove it or fix its spelling (allowed: ${allowedKeys(parent, root).join(', ')})`;
        case 'pattern':
        case 'format':
            return `${show(error.data)} is not valid: ${description === undefined ? (error.message ?? 'malformed') : `expected ${description}`}`;
        case 'enum':
            return `${show(error.data)} is not allowed: use one of ${params.allowedValues.map(show).join(', ')}`;
        case 'const':
            return `${show(error.data)} is not allowed: use ${show(params.allowedValue)}`;
        case 'minLength':
            return params.limit === 1 ? `must not be empty${hint}` : `must be at least ${String(params.limit)} characters${hint}`;
        case 'maxLength':
            return `is ${String(error.data.length)} characters long: the limit is ${String(params.limit)}`;
        case 'minItems':
        case 'minProperties':
            return `must have at least ${String(params.limit)} ${params.limit === 1 ? 'entry' : 'entries'}${hint}`;
        case 'uniqueItems':
            return `lists ${show(error.data[Number(params.j)])} twice: remove the repeat`;
        case 'type':
            return `must be ${jsonType(params.type)}, not ${jsonType(typeOf(error.data))}${hint}`;
        default:
            return `${error.message ?? 'is invalid'}${hint}`;
    }
}
function typeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (Number.isInteger(value))
        return 'integer';
    return typeof value;
}
function jsonType(type) {
    const names = {
        object: 'an object (key: value pairs)',
        array: 'a list',
        string: 'a text',
        integer: 'a whole number',
        number: 'a number',
        boolean: 'true or false',
        null: 'null',
    };
    return Array.isArray(type) ? type.map(jsonType).join(' or ') : (names[String(type)] ?? String(type));
}
function describeProperty(parent, key) {
    const properties = parent.properties;
    const description = key === undefined ? undefined : properties?.[key]?.description;
    return typeof description === 'string' ? ` (${description})` : '';
}
/** Keys of the object schema, including those of a local `$ref` it is composed with. */
function allowedKeys(parent, root) {
    const keys = Object.keys(parent.properties ?? {});
    const ref = parent.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/')) {
        const target = resolvePointer(root, ref.slice(1));
        if (target !== undefined)
            keys.push(...allowedKeys(target, root));
    }
    return [...new Set(keys)];
}
function resolvePointer(root, pointer) {
    let node = root;
    for (const raw of pointer.split('/').slice(1)) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[key];
    }
    return node !== null && typeof node === 'object' ? node : undefined;
}


/***/ }),

/***/ 18326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ readSchemaFile),
/* harmony export */   _1: () => (/* binding */ SCHEMA_ID_BASE),
/* harmony export */   pW: () => (/* binding */ schemaNameOfId),
/* harmony export */   xw: () => (/* binding */ findSchemasDir)
/* harmony export */ });
/* unused harmony export useSchemasDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _package_find_up_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2939);





/** Every schema's `$id` is this prefix + `<name>.schema.json`, so a `$ref` between files resolves by name. */
const SCHEMA_ID_BASE = 'https://factstore.dev/schemas/';
const SCHEMA_NAME = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;
let schemasDir;
/** Points the loader at another `schemas/` folder (an embedding with its own layout, or a test). */
function useSchemasDir(dir) {
    schemasDir = dir;
}
/**
 * The package's `schemas/` folder. Searched upwards from this module because the same code runs
 * from `src/core/schema/` (tests, tsx) and from a bundle in `dist/<entry>/` (ncc keeps
 * `import.meta.url` pointing at the bundle): both have the package root a few levels up.
 */
function findSchemasDir() {
    if (schemasDir !== undefined)
        return schemasDir;
    const found = (0,_package_find_up_js__WEBPACK_IMPORTED_MODULE_4__/* .findUp */ .d)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url), [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)('schemas', 'fact.schema.json')]);
    if (found !== undefined) {
        schemasDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(found);
        return schemasDir;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FactstoreError */ .ST('INTERNAL', `factstore: cannot find the schemas/ folder above ${(0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)}: ` +
        'the installation is incomplete; reinstall factstore (its package ships schemas/).');
}
/** Reads `schemas/<name>.schema.json`; `name` is like `fact`, `config` or `cli/assert`. */
function readSchemaFile(name) {
    if (!SCHEMA_NAME.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FactstoreError */ .ST('INTERNAL', `factstore: ${JSON.stringify(name)} is not a schema name (expected e.g. fact or cli/assert).`);
    }
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(findSchemasDir(), `${name}.schema.json`);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FactstoreError */ .ST('INTERNAL', `factstore: no schema named ${name}: ${file} is missing.`, { cause });
    }
    try {
        return JSON.parse(text);
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FactstoreError */ .ST('INTERNAL', `factstore: ${file} is not valid JSON; fix the schema file.`, { cause });
    }
}
/** `https://factstore.dev/schemas/cli/assert.schema.json#/x` → `cli/assert`; anything else → undefined. */
function schemaNameOfId(id) {
    const bare = id.split('#')[0] ?? '';
    if (!bare.startsWith(SCHEMA_ID_BASE) || !bare.endsWith('.schema.json'))
        return undefined;
    return bare.slice(SCHEMA_ID_BASE.length, -'.schema.json'.length);
}


/***/ }),

/***/ 33706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ compileUserSchema),
/* harmony export */   P: () => (/* binding */ DIALECT_META),
/* harmony export */   hO: () => (/* binding */ userAjv),
/* harmony export */   mA: () => (/* binding */ schemaDialect)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);



const DIALECT_META = {
    '2020-12': 'https://json-schema.org/draft/2020-12/schema',
    'draft-07': 'http://json-schema.org/draft-07/schema',
};
/** The dialect `$schema` names (none: 2020-12); undefined for a dialect Factstore does not take. */
function schemaDialect(schema) {
    const declared = typeof schema === 'object' && schema !== null ? schema.$schema : undefined;
    if (declared === undefined)
        return '2020-12';
    if (typeof declared !== 'string')
        return undefined;
    const id = declared.replace(/^https?:\/\//, '').replace(/#$/, '');
    if (id === 'json-schema.org/draft/2020-12/schema')
        return '2020-12';
    if (id === 'json-schema.org/draft-07/schema')
        return 'draft-07';
    return undefined;
}
const instances = {};
/**
 * Validators for schemas users write: every error reported (allErrors), unknown keywords such as
 * `examples` or `x-owner` tolerated (strict off), made on first use.
 */
function userAjv(dialect) {
    let ajv = instances[dialect];
    if (ajv === undefined) {
        const options = { allErrors: true, verbose: true, strict: false, logger: false };
        ajv = dialect === '2020-12' ? new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__.Ajv2020(options) : new ajv__WEBPACK_IMPORTED_MODULE_2__.Ajv(options);
        ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"](ajv);
        instances[dialect] = ajv;
    }
    return ajv;
}
const compiled = new WeakMap();
/** Compiles (once per schema object) a user schema; throws what ajv throws for one it cannot compile. */
function compileUserSchema(schema, dialect) {
    let validate = compiled.get(schema);
    if (validate === undefined) {
        validate = userAjv(dialect).compile(schema);
        compiled.set(schema, validate);
    }
    return validate;
}


/***/ }),

/***/ 93533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ assertValidFact),
/* harmony export */   dl: () => (/* binding */ invalidMessage),
/* harmony export */   pG: () => (/* binding */ validateFact),
/* harmony export */   tf: () => (/* binding */ validate)
/* harmony export */ });
/* unused harmony export assertValid */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _format_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74858);
/* harmony import */ var _validator_for_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12410);



/** Validates `value` against `schemas/<name>.schema.json`, reporting every failing path. */
function validate(name, value) {
    const check = (0,_validator_for_js__WEBPACK_IMPORTED_MODULE_2__/* .validatorFor */ .q)(name);
    if (check(value))
        return { ok: true };
    return { ok: false, errors: (0,_format_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatErrors */ .v)(check.errors ?? [], check.schema) };
}
/** A fact line against `schemas/fact.schema.json`. */
function validateFact(fact) {
    return validate('fact', fact);
}
/**
 * Throws unless `value` is valid, listing every bad path. `what` names the document for the
 * reader ("the config file .github/factstore.yml", "the attestation fact"). The code defaults to
 * CONFIG for the config schema and BAD_INPUT otherwise.
 */
function assertValid(name, value, what, code = name === 'config' ? 'CONFIG' : 'BAD_INPUT') {
    const result = validate(name, value);
    if (!result.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FactstoreError */ .ST(code, invalidMessage(what, result.errors));
}
function invalidMessage(what, errors) {
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    return `factstore: ${what} is invalid (${count}):\n${(0,_format_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .renderErrors */ .a)(errors)}`;
}
/** Convenience for writers: throws BAD_INPUT unless `fact` is a valid fact line. */
function assertValidFact(fact, what = 'the fact') {
    assertValid('fact', fact, what);
}


/***/ }),

/***/ 12410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ validatorFor)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/schema/schema-files.ts
var schema_files = __webpack_require__(18326);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(82815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./src/core/schema/shared-ajv.ts


let ajv;
/** One shared instance, made on first use so that commands which validate nothing pay nothing. */
function sharedAjv() {
    if (ajv === undefined) {
        // verbose: errors carry their schema node, whose `description` becomes the "what to fix" hint.
        // logger false: core never writes to the console. optimize false: compiling the fact schema
        // takes ~25 ms less (CLI start-up), and validating a fact is no slower (measured).
        ajv = new _2020.Ajv2020({ allErrors: true, verbose: true, logger: false, code: { optimize: false } });
        dist_default()["default"](ajv, ['date-time', 'uri']);
    }
    return ajv;
}

;// CONCATENATED MODULE: ./src/core/schema/validator-for.ts



const compiled = new Map();
const added = new Set();
/**
 * The compiled validator of `schemas/<name>.schema.json` (`fact`, `config`, `cli/assert`, …),
 * compiled once and only when first asked for. Schemas it `$ref`s by URL or relative path are
 * loaded from the same folder.
 */
function validatorFor(name) {
    const cached = compiled.get(name);
    if (cached !== undefined)
        return cached;
    const instance = sharedAjv();
    addWithReferences(instance, name);
    const validate = instance.getSchema(idOf(name));
    if (validate === undefined) {
        throw new errors/* FactstoreError */.ST('INTERNAL', `factstore: schema ${name} did not compile.`);
    }
    compiled.set(name, validate);
    return validate;
}
function idOf(name) {
    return `${schema_files/* SCHEMA_ID_BASE */._1}${name}.schema.json`;
}
function addWithReferences(instance, name) {
    if (added.has(name))
        return;
    const schema = (0,schema_files/* readSchemaFile */.EZ)(name);
    const id = idOf(name);
    if (schema.$id !== id) {
        throw new errors/* FactstoreError */.ST('INTERNAL', `factstore: schemas/${name}.schema.json must have "$id": "${id}".`);
    }
    instance.addSchema(schema);
    added.add(name);
    for (const ref of referencesOf(schema)) {
        const target = (0,schema_files/* schemaNameOfId */.pW)(new URL(ref, id).href);
        if (target !== undefined && target !== name)
            addWithReferences(instance, target);
    }
}
function referencesOf(node, found = []) {
    if (Array.isArray(node)) {
        for (const item of node)
            referencesOf(item, found);
    }
    else if (node !== null && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
            if (key === '$ref' && typeof value === 'string' && !value.startsWith('#'))
                found.push(value);
            else
                referencesOf(value, found);
        }
    }
    return found;
}


/***/ }),

/***/ 53872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ decodeBase64Strict),
/* harmony export */   m: () => (/* binding */ wrapBase64)
/* harmony export */ });
/** Strict base64: Node's decoder silently skips junk, which would hide a damaged key or signature. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Decodes base64 with every whitespace removed first; undefined when it is not base64. */
function decodeBase64Strict(text) {
    const compact = text.replace(/\s+/g, '');
    if (compact.length === 0 || !BASE64.test(compact))
        return undefined;
    return Buffer.from(compact, 'base64');
}
/** OpenSSH wraps armored base64 at 70 columns (sshbuf_dtob64 with wrap). */
function wrapBase64(bytes, width = 70) {
    const text = Buffer.from(bytes).toString('base64');
    const lines = [];
    for (let i = 0; i < text.length; i += width)
        lines.push(text.slice(i, i + width));
    return lines.join('\n');
}


/***/ }),

/***/ 73846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F7: () => (/* binding */ rawPublicKey),
/* harmony export */   MM: () => (/* binding */ ED25519_PUBLIC_BYTES),
/* harmony export */   Mk: () => (/* binding */ publicKeyFromBytes),
/* harmony export */   QG: () => (/* binding */ ED25519_SEED_BYTES),
/* harmony export */   pl: () => (/* binding */ ED25519_SIGNATURE_BYTES),
/* harmony export */   we: () => (/* binding */ privateKeyFromSeed)
/* harmony export */ });
/* unused harmony export generateSeed */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Bridges raw Ed25519 bytes (as OpenSSH stores them) and node:crypto KeyObjects.
 * node:crypto speaks DER, so the fixed RFC 8410 prefixes are prepended to the raw bytes.
 */

const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const ED25519_SEED_BYTES = 32;
const ED25519_PUBLIC_BYTES = 32;
const ED25519_SIGNATURE_BYTES = 64;
function privateKeyFromSeed(seed) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}
function publicKeyFromBytes(pub) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.concat([SPKI_PREFIX, pub]), format: 'der', type: 'spki' });
}
/** The raw 32-byte public key of a KeyObject (private or public). */
function rawPublicKey(key) {
    const spki = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key).export({ format: 'der', type: 'spki' });
    return spki.subarray(SPKI_PREFIX.length);
}
function generateSeed() {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
    return { seed: pkcs8.subarray(PKCS8_PREFIX.length), pub: rawPublicKey(privateKey) };
}


/***/ }),

/***/ 34740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ ed25519PublicFromBlob),
/* harmony export */   Zg: () => (/* binding */ publicKeyLine),
/* harmony export */   b3: () => (/* binding */ blobKeyType),
/* harmony export */   bI: () => (/* binding */ ED25519_KEY_TYPE),
/* harmony export */   dN: () => (/* binding */ sshFingerprint),
/* harmony export */   ee: () => (/* binding */ parsePublicKey),
/* harmony export */   r5: () => (/* binding */ ed25519Blob)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _base64_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53872);
/* harmony import */ var _ed25519_crypto_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73846);
/* harmony import */ var _ssh_wire_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3719);
/**
 * OpenSSH public keys: the `ssh-ed25519 AAAA… comment` line, its wire blob and its
 * `SHA256:` fingerprint exactly as `ssh-keygen -l` prints it.
 */





const ED25519_KEY_TYPE = 'ssh-ed25519';
function ed25519Blob(pub) {
    return Buffer.concat([(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_3__/* .sshString */ ._G)(ED25519_KEY_TYPE), (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_3__/* .sshString */ ._G)(pub)]);
}
/** `SHA256:` + unpadded base64 of the blob's sha256, as ssh-keygen prints it. */
function sshFingerprint(blob) {
    return `SHA256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}
/** The `.pub` line; a comment can never break it onto a second line. */
function publicKeyLine(blob, comment) {
    const base = `${ED25519_KEY_TYPE} ${Buffer.from(blob).toString('base64')}`;
    const clean = (comment ?? '').replace(/[\r\n]+/g, ' ').trim();
    return clean ? `${base} ${clean}` : base;
}
/** The raw 32-byte key inside an Ed25519 blob, or undefined when the blob is anything else. */
function ed25519PublicFromBlob(blob) {
    try {
        const r = new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_3__/* .SshWireReader */ .PM(blob);
        if (r.text() !== ED25519_KEY_TYPE)
            return undefined;
        const pub = r.string();
        return pub.length === _ed25519_crypto_js__WEBPACK_IMPORTED_MODULE_2__/* .ED25519_PUBLIC_BYTES */ .MM && r.remaining === 0 ? pub : undefined;
    }
    catch {
        return undefined;
    }
}
/** Key type named inside a blob, for messages; only a plain token is ever echoed back. */
function blobKeyType(blob) {
    try {
        const type = new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_3__/* .SshWireReader */ .PM(blob).text();
        return /^[A-Za-z0-9@._-]{1,64}$/.test(type) ? type : undefined;
    }
    catch {
        return undefined;
    }
}
const FIX = 'Give the one-line public key from the .pub file that `factstore keygen` writes (ssh-ed25519 AAAA… comment).';
function parsePublicKey(line) {
    const text = typeof line === 'string' ? line.trim() : '';
    if (text.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('BAD_INPUT', `The public key is empty. ${FIX}`);
    if (text.includes('PRIVATE KEY')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('BAD_INPUT', `This is a private key, not a public key: never paste it where a public key goes. ${FIX}`);
    }
    if (/[\r\n]/.test(text))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('BAD_INPUT', `The public key spans several lines. ${FIX}`);
    const [type = '', encoded = '', ...rest] = text.split(/[ \t]+/);
    if (!/^[A-Za-z0-9@._-]{1,64}$/.test(type) || encoded === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('BAD_INPUT', `This is not an OpenSSH public key line. ${FIX}`);
    }
    if (type !== ED25519_KEY_TYPE) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('KEY', `The public key is of type ${type}: Factstore signs only with Ed25519 keys. Make one with \`factstore keygen --out PATH\`.`);
    }
    const blob = (0,_base64_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeBase64Strict */ .F)(encoded);
    if (!blob)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('BAD_INPUT', `The public key's base64 part is damaged. ${FIX}`);
    if (!ed25519PublicFromBlob(blob)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('KEY', `The public key says ssh-ed25519 but its data is not an Ed25519 key (truncated or altered). ${FIX}`);
    }
    const comment = rest.join(' ');
    return { type: ED25519_KEY_TYPE, blob, fingerprint: sshFingerprint(blob), ...(comment ? { comment } : {}) };
}


/***/ }),

/***/ 3719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ SshWireReader),
/* harmony export */   Qz: () => (/* binding */ sshUint32),
/* harmony export */   Uo: () => (/* binding */ SshWireTruncated),
/* harmony export */   _G: () => (/* binding */ sshString)
/* harmony export */ });
/**
 * The SSH wire encoding (RFC 4251 §5): big-endian uint32 and length-prefixed strings.
 * Every format in this folder (keys, SSHSIG) is built from these two.
 */
/** Thrown by the reader; callers turn it into a message about *their* format. */
class SshWireTruncated extends Error {
    name = 'SshWireTruncated';
}
function sshUint32(n) {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n >>> 0);
    return b;
}
function sshString(value) {
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value);
    return Buffer.concat([sshUint32(bytes.length), bytes]);
}
class SshWireReader {
    buf;
    pos = 0;
    constructor(buf) {
        this.buf = buf;
    }
    get remaining() {
        return this.buf.length - this.pos;
    }
    /** Reads `n` raw bytes (no length prefix). */
    bytes(n) {
        if (n > this.remaining)
            throw new SshWireTruncated(`needed ${n} bytes, ${this.remaining} left`);
        const out = this.buf.subarray(this.pos, this.pos + n);
        this.pos += n;
        return out;
    }
    uint32() {
        return this.bytes(4).readUInt32BE(0);
    }
    string() {
        return this.bytes(this.uint32());
    }
    /** A string that must be printable text (key types, namespaces, algorithm names). */
    text() {
        return this.string().toString('utf8');
    }
    rest() {
        return this.bytes(this.remaining);
    }
}


/***/ }),

/***/ 31186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ messageOf),
/* harmony export */   c: () => (/* binding */ statusOf)
/* harmony export */ });
/** The HTTP status of a failed request (Octokit's RequestError), or undefined for anything else. */
function statusOf(error) {
    if (typeof error !== 'object' || error === null || !('status' in error))
        return undefined;
    return typeof error.status === 'number' ? error.status : undefined;
}
/** GitHub's own message of a failed request ("Update is not a fast forward", "Bad credentials"…). */
function messageOf(error) {
    if (typeof error === 'object' && error !== null && 'response' in error) {
        const data = error.response?.data;
        if (typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string')
            return data.message;
    }
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
