export const id = 681;
export const ids = [681];
export const modules = {

/***/ 27681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  snapshot: () => (/* binding */ snapshot)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/evidence/files/input-names.ts
var input_names = __webpack_require__(23408);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/core/environments/sources/limits.ts
/**
 * Largest tool output read for one environment snapshot (64 MiB). Checked before parsing, because
 * JSON.parse of a text holds the text and its whole object tree in memory at once.
 */
const MAX_SNAPSHOT_INPUT_BYTES = 64 * 1024 * 1024;

;// CONCATENATED MODULE: ./src/core/environments/read-source-text.ts




/**
 * A tool's saved output (`file` relative to `cwd`), refused before it is read when it is not a
 * regular file or is over the size limit: JSON.parse holds the text and its tree at once.
 */
async function readSourceText(cwd, file) {
    const target = external_node_path_default().resolve(cwd, file);
    let info;
    try {
        info = await (0,promises_.stat)(target);
    }
    catch (e) {
        if (e instanceof Error && 'code' in e && typeof e.code === 'string')
            throw (0,errors/* badInput */.AN)(`cannot read ${file} (${e.code}): check the path.`, e);
        throw e;
    }
    // checked outside the try: this error has a code too, and would be reported as unreadable
    if (!info.isFile())
        throw (0,errors/* badInput */.AN)(`${file} is not a regular file: give the file the tool's output was saved to.`);
    const size = info.size;
    if (size > MAX_SNAPSHOT_INPUT_BYTES) {
        throw (0,errors/* badInput */.AN)(`${file} is ${size} bytes, over the ${MAX_SNAPSHOT_INPUT_BYTES} bytes a snapshot input may be: snapshot the environment in parts (e.g. one namespace or cluster per environment).`);
    }
    return (0,promises_.readFile)(target, 'utf8');
}

;// CONCATENATED MODULE: ./src/core/environments/source-help.ts
const READS = {
    k8s: (n) => `${n.file}: the output of kubectl get pods -A -o json`,
    docker: (n) => `${n.file}: docker inspect of the containers; ${n.images}: docker image inspect of their images (resolves registry digests)`,
    ecs: (n) => `${n.file}: the output of aws ecs describe-tasks`,
    lambda: (n) => `${n.file}: the output of aws lambda get-function (one function or a JSON array of them)`,
    s3: (n) => `${n.dir}: a local folder synced from the bucket (${n.bucket} names it); or ${n.file}: a JSON array of {Key, ChecksumSHA256} from the S3 API`,
    server: (n) => `${n.paths}: files or folders, each fingerprinted as an artifact file is`,
    list: (n) => `${n.file}: a JSON array of {"name", "sha256"}`,
};
/** What a snapshot of `type` reads, named as the edge names its inputs (for help and errors). */
function whatTypeReads(type, names) {
    return READS[type](names);
}

// EXTERNAL MODULE: ./src/core/evidence/json-text.ts
var json_text = __webpack_require__(10463);
;// CONCATENATED MODULE: ./src/core/environments/sources/artifact-collector.ts
const LOCATION_KEYS = ['cluster', 'namespace', 'pod', 'container', 'containerId', 'task', 'function', 'version', 'bucket', 'key', 'host', 'path'];
/**
 * Groups sightings of the same name+digest into one artifact with every place it runs, so that
 * two snapshots of the same environment compare equal whatever order the tool listed things in.
 */
class ArtifactCollector {
    byKey = new Map();
    add(sighting) {
        const key = `${sighting.name}\0${sighting.digest}`;
        let group = this.byKey.get(key);
        if (group === undefined) {
            group = { name: sighting.name, digest: sighting.digest, localIds: new Set(), images: new Set(), where: new Map() };
            this.byKey.set(key, group);
        }
        if (sighting.localId !== undefined && sighting.localId !== sighting.digest)
            group.localIds.add(sighting.localId);
        if (sighting.image !== undefined)
            group.images.add(sighting.image);
        const where = canonicalLocation(sighting.where);
        group.where.set(JSON.stringify(where), where);
    }
    list() {
        return [...this.byKey.values()]
            .sort((a, b) => compare(a.name, b.name) || compare(a.digest, b.digest))
            .map((g) => {
            // several local ids or references for one digest: the smallest, so the output never depends on input order
            const localId = [...g.localIds].sort(compare)[0];
            const image = [...g.images].sort(compare)[0];
            const where = [...g.where.entries()].sort(([a], [b]) => compare(a, b)).map(([, location]) => location);
            return { name: g.name, digest: g.digest, ...(localId ? { localId } : {}), ...(image ? { image } : {}), where };
        });
    }
}
/** The location with its keys in one order and empty values dropped. */
function canonicalLocation(where) {
    const out = {};
    for (const key of LOCATION_KEYS) {
        const value = where[key];
        if (value !== undefined && value !== '')
            out[key] = value;
    }
    return out;
}
/** Code-unit order, the same on every machine (localeCompare is not). */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/core/environments/sources/wrong-shape.ts

/** The error for JSON that parsed but is not what `tool` prints. */
function wrongShape(tool, problem) {
    return (0,errors/* badInput */.AN)(`not the output of ${tool}: ${problem}; run \`${tool}\` and pass what it prints.`);
}

;// CONCATENATED MODULE: ./src/core/environments/sources/json-fields.ts


/** The non-empty string at `record[key]`, or undefined for anything else. */
function textAt(record, key) {
    const value = record[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** The object at `record[key]`, or an empty one when absent (tools leave out empty objects). */
function recordAt(record, key) {
    const value = record[key];
    return (0,json_text/* isRecord */.u4)(value) ? value : {};
}
/** The array at `record[key]` ([] when absent or null); anything else is not the tool's output. */
function listAt(record, key, where, tool) {
    const value = record[key];
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw wrongShape(tool, `${where}.${key} is ${(0,json_text/* typeName */.go)(value)}, not an array`);
    return value;
}
/** `value` as an object, or the wrong-shape error naming where it was found. */
function expectRecord(value, where, what, tool) {
    if (!(0,json_text/* isRecord */.u4)(value))
        throw wrongShape(tool, `${where} is ${(0,json_text/* typeName */.go)(value)}, not ${what}`);
    return value;
}

;// CONCATENATED MODULE: ./src/core/environments/sources/sha256-digest.ts
const HEX64 = /^[0-9a-f]{64}$/i;
/**
 * `sha256:<64 lowercase hex>` from a digest written `sha256:<hex>` or as bare hex, in either case;
 * undefined for anything else (another algorithm, a short id, a truncated value).
 */
function sha256Digest(value) {
    if (typeof value !== 'string')
        return undefined;
    const hex = value.toLowerCase().startsWith('sha256:') ? value.slice('sha256:'.length) : value;
    return HEX64.test(hex) ? `sha256:${hex.toLowerCase()}` : undefined;
}
/**
 * `sha256:<hex>` from the base64 form AWS uses (Lambda's CodeSha256, S3's ChecksumSHA256);
 * undefined unless it decodes to exactly 32 bytes.
 */
function sha256FromBase64(value) {
    if (typeof value !== 'string' || !/^[A-Za-z0-9+/]{43}=$/.test(value))
        return undefined;
    const bytes = Buffer.from(value, 'base64');
    return bytes.length === 32 ? `sha256:${bytes.toString('hex')}` : undefined;
}

;// CONCATENATED MODULE: ./src/core/environments/sources/image-reference.ts

// Runtimes prefix what they report: dockershim's imageID, CRI-O and old Docker's docker://sha256:…
const SCHEMES = ['docker-pullable://', 'docker://', 'containerd://', 'cri-o://'];
// Docker Hub is written three ways; the familiar form keeps one name across runtimes
// (dockershim says nginx, containerd says docker.io/library/nginx for the same image).
const HUB_PREFIXES = ['docker.io/library/', 'index.docker.io/library/', 'registry-1.docker.io/library/', 'docker.io/', 'index.docker.io/', 'registry-1.docker.io/'];
/**
 * Splits an image reference (`ghcr.io/acme/app:1.2@sha256:…`, `nginx:1.25`,
 * `docker-pullable://nginx@sha256:…`, `sha256:…`) into its repository and digest.
 */
function parseImageReference(reference) {
    let rest = reference.trim();
    for (const scheme of SCHEMES)
        if (rest.startsWith(scheme))
            rest = rest.slice(scheme.length);
    const bare = sha256Digest(rest);
    if (bare !== undefined && rest.includes(':'))
        return { digest: bare, idOnly: true };
    const at = rest.indexOf('@');
    const digest = at >= 0 ? sha256Digest(rest.slice(at + 1)) : undefined;
    let name = at >= 0 ? rest.slice(0, at) : rest;
    const colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf('/'))
        name = name.slice(0, colon); // a tag, not a registry port
    return { ...(name !== '' ? { repository: familiarName(name) } : {}), ...(digest ? { digest } : {}), idOnly: false };
}
function familiarName(name) {
    const lower = name.toLowerCase();
    for (const prefix of HUB_PREFIXES)
        if (lower.startsWith(prefix))
            return name.slice(prefix.length);
    return name;
}

;// CONCATENATED MODULE: ./src/core/environments/sources/k8s-container-status.ts


/**
 * One entry of a Pod's `status.*ContainerStatuses`. `imageID` is what the node actually runs:
 * `repo@sha256:…` (containerd, CRI-O) or `docker-pullable://repo@sha256:…` (dockershim) carry the
 * registry manifest digest CI recorded. A bare `sha256:…` (or `docker://sha256:…`) is the image's
 * local id, its config digest: the image was loaded onto the node (kind load, ctr import, a local
 * build) rather than pulled, so no registry digest exists there. It is kept under that id, which
 * matches an artifact recorded by image id, and reported so the user knows why a digest may not match.
 */
function readContainerStatus(status, where, label) {
    const imageId = textAt(status, 'imageID');
    const image = textAt(status, 'image');
    if (imageId === undefined) {
        const waiting = textAt(recordAt(recordAt(status, 'state'), 'waiting'), 'reason');
        return {
            skip: {
                what: `container ${label}`,
                why: `no image digest yet (${waiting ?? 'not started'}): the kubelet reports imageID once the image is pulled and the container created`,
            },
        };
    }
    const running = parseImageReference(imageId);
    if (running.digest === undefined) {
        return { skip: { what: `container ${label}`, why: `its imageID ${JSON.stringify(imageId)} holds no sha256 digest` } };
    }
    const configured = image !== undefined ? parseImageReference(image) : undefined;
    const name = (configured?.idOnly ? undefined : configured?.repository) ?? running.repository ?? running.digest;
    const sighting = { name, digest: running.digest, ...(image !== undefined ? { image } : {}), where };
    if (!running.idOnly)
        return { sighting };
    return {
        sighting,
        skip: {
            what: `registry digest of container ${label}`,
            why: `its imageID ${running.digest} is the image's local id, not a registry digest (the image was loaded onto the node, not pulled): ` +
                'it is listed under that id; deploy the image from a registry to match the digest CI recorded',
        },
    };
}

// EXTERNAL MODULE: ./src/core/evidence/limits.ts
var limits = __webpack_require__(95297);
;// CONCATENATED MODULE: ./src/core/environments/sources/snapshot-json.ts




/**
 * Parses a tool's JSON output, refusing it with the tool named (`tool` is the command the user
 * should have run) when it is too large, empty, malformed or hostile.
 */
function parseSnapshotJson(text, tool) {
    // a UTF-16 code unit is never more than its UTF-8 bytes, so the cheap length check comes first
    if (text.length > MAX_SNAPSHOT_INPUT_BYTES || Buffer.byteLength(text, 'utf8') > MAX_SNAPSHOT_INPUT_BYTES) {
        throw (0,errors/* badInput */.AN)(`the output of ${tool} is larger than ${(0,limits/* formatBytes */.z3)(MAX_SNAPSHOT_INPUT_BYTES)}, the limit for one snapshot: ` +
            'split the environment (one namespace, cluster or folder at a time).');
    }
    try {
        return (0,json_text/* parseJsonText */.lk)(text);
    }
    catch (e) {
        if ((0,errors/* isFactstoreError */.yt)(e))
            throw (0,errors/* badInput */.AN)(`not the output of ${tool}: ${e.message}`, e);
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/core/environments/sources/read-k8s-pods.ts






const TOOL = 'kubectl get pods -A -o json';
// init containers that ran to completion were part of the rollout; ephemeral ones (kubectl debug) run beside it
const STATUS_LISTS = ['containerStatuses', 'initContainerStatuses', 'ephemeralContainerStatuses'];
/**
 * What runs in a cluster, from `kubectl get pods -A -o json` (a List of Pods) or one Pod
 * (`kubectl get pod NAME -o json`). Only Running pods count; the others are listed in `skipped`.
 */
function readK8sPods(text) {
    const pods = podsOf(parseSnapshotJson(text, TOOL));
    const collector = new ArtifactCollector();
    const skipped = [];
    for (const [i, item] of pods.entries()) {
        const pod = expectRecord(item, `items[${i}]`, 'a Pod', TOOL);
        if (pod.kind !== undefined && pod.kind !== 'Pod')
            throw wrongShape(TOOL, `items[${i}] is a ${JSON.stringify(pod.kind)}, not a Pod`);
        const metadata = recordAt(pod, 'metadata');
        const namespace = textAt(metadata, 'namespace');
        const podName = textAt(metadata, 'name') ?? `items[${i}]`;
        const podLabel = namespace !== undefined ? `${namespace}/${podName}` : podName;
        const status = recordAt(pod, 'status');
        const phase = textAt(status, 'phase');
        if (phase !== 'Running') {
            skipped.push({ what: `pod ${podLabel}`, why: `its phase is ${phase ?? 'missing'}, not Running` });
            continue;
        }
        const host = textAt(recordAt(pod, 'spec'), 'nodeName');
        for (const list of STATUS_LISTS) {
            for (const [j, entry] of listAt(status, list, `pod ${podLabel} status`, TOOL).entries()) {
                if (!(0,json_text/* isRecord */.u4)(entry))
                    throw wrongShape(TOOL, `pod ${podLabel} status.${list}[${j}] is ${(0,json_text/* typeName */.go)(entry)}, not an object`);
                const container = textAt(entry, 'name') ?? `${list}[${j}]`;
                const where = { namespace, pod: podName, container, containerId: textAt(entry, 'containerID'), host };
                const outcome = readContainerStatus(entry, where, `${podLabel}/${container}`);
                if (outcome.sighting)
                    collector.add(outcome.sighting);
                if (outcome.skip)
                    skipped.push(outcome.skip);
            }
        }
    }
    return { artifacts: collector.list(), skipped };
}
function podsOf(doc) {
    if (!(0,json_text/* isRecord */.u4)(doc))
        throw wrongShape(TOOL, `the top level is ${(0,json_text/* typeName */.go)(doc)}, not a List of Pods`);
    if (doc.kind === 'Pod')
        return [doc];
    if (doc.kind !== 'List' && doc.kind !== 'PodList') {
        throw wrongShape(TOOL, `its kind is ${JSON.stringify(doc.kind ?? null)}, not List or Pod`);
    }
    return listAt(doc, 'items', doc.kind, TOOL);
}

;// CONCATENATED MODULE: ./src/core/environments/sources/docker-image-index.ts






const docker_image_index_TOOL = 'docker image inspect <image…>';
/**
 * Local image id → its registry digests, from `docker image inspect` output (an array of images,
 * or one image as the Engine API's GET /images/{name}/json returns it).
 */
function readDockerImageIndex(text) {
    const doc = parseSnapshotJson(text, docker_image_index_TOOL);
    const images = Array.isArray(doc) ? doc : [doc];
    const index = new Map();
    for (const [i, image] of images.entries()) {
        if (!(0,json_text/* isRecord */.u4)(image))
            throw wrongShape(docker_image_index_TOOL, `[${i}] is ${(0,json_text/* typeName */.go)(image)}, not an image`);
        const id = sha256Digest(textAt(image, 'Id'));
        if (id === undefined)
            throw wrongShape(docker_image_index_TOOL, `[${i}].Id is ${JSON.stringify(image.Id ?? null)}, not an image id sha256:<hex>`);
        const digests = [];
        for (const entry of listAt(image, 'RepoDigests', `[${i}]`, docker_image_index_TOOL)) {
            const ref = typeof entry === 'string' ? parseImageReference(entry) : undefined;
            if (ref?.repository !== undefined && ref.digest !== undefined)
                digests.push({ repository: ref.repository, digest: ref.digest });
        }
        index.set(id, [...(index.get(id) ?? []), ...digests]);
    }
    return index;
}
/**
 * The registry digest of a local image run as `configured` (Config.Image): the RepoDigest of the
 * same repository, else the only digest it has; undefined when there is none or several disagree.
 */
function registryDigest(digests, configured) {
    const repository = configured !== undefined ? parseImageReference(configured).repository : undefined;
    const same = digests.find((d) => d.repository === repository);
    if (same !== undefined)
        return same;
    const distinct = new Set(digests.map((d) => d.digest));
    return distinct.size === 1 ? digests[0] : undefined;
}

;// CONCATENATED MODULE: ./src/core/environments/sources/read-docker.ts








const read_docker_TOOL = 'docker inspect <container…>';
/**
 * What runs on a Docker host, from `docker inspect` of its containers. A container names only its
 * LOCAL image id (`Image`), which is not the registry digest CI recorded; `imagesText`, the output
 * of `docker image inspect` for those images, resolves it through their `RepoDigests`. Without it
 * (or when the image has no RepoDigests) the artifact is listed under its local id and `skipped`
 * says why. Stopped containers are skipped.
 */
function readDocker(containersText, imagesText) {
    const doc = parseSnapshotJson(containersText, read_docker_TOOL);
    const images = imagesText !== undefined ? readDockerImageIndex(imagesText) : undefined;
    const collector = new ArtifactCollector();
    const skipped = [];
    for (const [i, item] of (Array.isArray(doc) ? doc : [doc]).entries()) {
        if (!(0,json_text/* isRecord */.u4)(item))
            throw wrongShape(read_docker_TOOL, `[${i}] is ${(0,json_text/* typeName */.go)(item)}, not a container`);
        if (!('State' in item) && 'RepoTags' in item)
            throw wrongShape(read_docker_TOOL, `[${i}] is an image (docker image inspect), not a container`);
        const containerId = textAt(item, 'Id');
        if (containerId === undefined || !('State' in item))
            throw wrongShape(read_docker_TOOL, `[${i}] has no Id and State, so it is not a container`);
        const container = textAt(item, 'Name')?.replace(/^\//, '') ?? containerId.slice(0, 12);
        const state = recordAt(item, 'State');
        if (state.Running !== true) {
            skipped.push({ what: `docker container ${container}`, why: `it is not running (State.Status ${textAt(state, 'Status') ?? 'missing'})` });
            continue;
        }
        const localId = sha256Digest(textAt(item, 'Image'));
        if (localId === undefined) {
            skipped.push({ what: `docker container ${container}`, why: `its Image ${JSON.stringify(item.Image ?? null)} is not an image id sha256:<hex>` });
            continue;
        }
        const image = textAt(recordAt(item, 'Config'), 'Image');
        const configured = image !== undefined ? parseImageReference(image) : undefined;
        const where = { container, containerId };
        const resolved = images !== undefined ? registryDigest(images.get(localId) ?? [], image) : undefined;
        const name = (configured?.idOnly ? undefined : configured?.repository) ?? resolved?.repository ?? localId;
        collector.add({ name, digest: resolved?.digest ?? localId, localId, ...(image !== undefined ? { image } : {}), where });
        if (resolved === undefined) {
            skipped.push({ what: `registry digest of docker container ${container}`, why: unresolvedReason(localId, images?.get(localId), images !== undefined) });
        }
    }
    return { artifacts: collector.list(), skipped };
}
function unresolvedReason(localId, digests, haveImages) {
    const listed = `listed under its local image id ${localId}, which matches only an artifact recorded by that id`;
    if (!haveImages)
        return `${listed}; pass the output of \`docker image inspect\` for its image to resolve the registry digest CI recorded`;
    if (digests === undefined)
        return `${listed}; the \`docker image inspect\` output given has no such image: inspect that image too`;
    if (digests.length === 0)
        return `${listed}; the image has no RepoDigests (built or loaded on this host, never pushed or pulled)`;
    return `${listed}; the image's RepoDigests name several repositories, none of them the one the container was started from`;
}

;// CONCATENATED MODULE: ./src/core/environments/sources/read-ecs-tasks.ts







const read_ecs_tasks_TOOL = 'aws ecs describe-tasks';
/**
 * What runs in ECS, from `aws ecs describe-tasks --cluster C --tasks …`. Each container's
 * `imageDigest` is the manifest digest the agent resolved when it pulled the image; tasks and
 * containers not RUNNING, containers without a digest and the response's `failures` are skipped.
 */
function readEcsTasks(text) {
    const doc = parseSnapshotJson(text, read_ecs_tasks_TOOL);
    if (!(0,json_text/* isRecord */.u4)(doc) || !Array.isArray(doc.tasks)) {
        throw wrongShape(read_ecs_tasks_TOOL, (0,json_text/* isRecord */.u4)(doc) ? 'it has no "tasks" array' : `the top level is ${(0,json_text/* typeName */.go)(doc)}, not an object with "tasks"`);
    }
    const collector = new ArtifactCollector();
    const skipped = [];
    for (const [i, item] of doc.tasks.entries()) {
        const task = expectRecord(item, `tasks[${i}]`, 'a task', read_ecs_tasks_TOOL);
        const taskArn = textAt(task, 'taskArn') ?? `tasks[${i}]`;
        const cluster = textAt(task, 'clusterArn');
        if (task.lastStatus !== 'RUNNING') {
            skipped.push({ what: `task ${taskArn}`, why: `its lastStatus is ${textAt(task, 'lastStatus') ?? 'missing'}, not RUNNING` });
            continue;
        }
        for (const [j, entry] of listAt(task, 'containers', `tasks[${i}]`, read_ecs_tasks_TOOL).entries()) {
            const c = expectRecord(entry, `tasks[${i}].containers[${j}]`, 'a container', read_ecs_tasks_TOOL);
            const container = textAt(c, 'name') ?? `containers[${j}]`;
            const label = `container ${container} of task ${taskArn}`;
            if (c.lastStatus !== undefined && c.lastStatus !== 'RUNNING') {
                skipped.push({ what: label, why: `its lastStatus is ${textAt(c, 'lastStatus') ?? 'missing'}, not RUNNING` });
                continue;
            }
            const digest = sha256Digest(textAt(c, 'imageDigest'));
            if (digest === undefined) {
                const why = c.imageDigest === undefined ? 'ECS reported no imageDigest for it (not pulled yet, or an image ECS could not resolve to a digest)' : `its imageDigest ${JSON.stringify(c.imageDigest)} is not sha256:<hex>`;
                skipped.push({ what: label, why });
                continue;
            }
            const image = textAt(c, 'image');
            const name = (image !== undefined ? parseImageReference(image).repository : undefined) ?? digest;
            collector.add({ name, digest, ...(image !== undefined ? { image } : {}), where: { cluster, task: taskArn, container, containerId: textAt(c, 'runtimeId') } });
        }
    }
    for (const [i, failure] of listAt(doc, 'failures', 'the response', read_ecs_tasks_TOOL).entries()) {
        const f = (0,json_text/* isRecord */.u4)(failure) ? failure : {};
        const detail = [textAt(f, 'reason'), textAt(f, 'detail')].filter((s) => s !== undefined).join(': ');
        skipped.push({ what: `task ${textAt(f, 'arn') ?? `failures[${i}]`}`, why: `ECS could not describe it (${detail || 'no reason given'})` });
    }
    return { artifacts: collector.list(), skipped };
}

;// CONCATENATED MODULE: ./src/core/environments/sources/read-lambda-functions.ts






const read_lambda_functions_TOOL = 'aws lambda get-function';
/**
 * What runs in Lambda, from `aws lambda get-function` (one function, or an array of such outputs).
 * A zip function's `CodeSha256` is the BASE64 sha256 of its deployment package (what `openssl dgst
 * -sha256 -binary | base64` prints), turned into hex here; an image function runs the manifest
 * digest in `Code.ResolvedImageUri`.
 */
function readLambdaFunctions(text) {
    const doc = parseSnapshotJson(text, read_lambda_functions_TOOL);
    const collector = new ArtifactCollector();
    const skipped = [];
    for (const [i, item] of (Array.isArray(doc) ? doc : [doc]).entries()) {
        const where = Array.isArray(doc) ? `[${i}]` : 'the top level';
        const output = expectRecord(item, where, 'a get-function output', read_lambda_functions_TOOL);
        if (!('Configuration' in output))
            throw wrongShape(read_lambda_functions_TOOL, `${where} has no "Configuration"`);
        const config = expectRecord(output.Configuration, `${where}.Configuration`, 'an object', read_lambda_functions_TOOL);
        const name = textAt(config, 'FunctionName');
        if (name === undefined)
            throw wrongShape(read_lambda_functions_TOOL, `${where}.Configuration has no FunctionName`);
        const location = { function: textAt(config, 'FunctionArn') ?? name, version: textAt(config, 'Version') };
        if (config.PackageType === 'Image') {
            const resolved = textAt(recordAt(output, 'Code'), 'ResolvedImageUri');
            const digest = resolved !== undefined ? parseImageReference(resolved).digest : undefined;
            if (digest === undefined) {
                skipped.push({ what: `function ${name}`, why: `an image function whose Code.ResolvedImageUri ${JSON.stringify(resolved ?? null)} names no sha256 digest` });
                continue;
            }
            const image = textAt(recordAt(output, 'Code'), 'ImageUri');
            collector.add({ name, digest, ...(image !== undefined ? { image } : {}), where: location });
            continue;
        }
        const digest = sha256FromBase64(config.CodeSha256);
        if (digest === undefined) {
            skipped.push({ what: `function ${name}`, why: `its CodeSha256 ${JSON.stringify(config.CodeSha256 ?? null)} is not the base64 of a sha256` });
            continue;
        }
        collector.add({ name, digest, where: location });
    }
    return { artifacts: collector.list(), skipped };
}

;// CONCATENATED MODULE: ./src/core/environments/sources/read-s3-checksums.ts






const read_s3_checksums_TOOL = 'aws s3api head-object --checksum-mode ENABLED (a JSON array of {"Key", "ChecksumSHA256"})';
const COMPOSITE = /-(\d+)$/;
/**
 * What a bucket serves, from a JSON array of objects with `Key` and the base64 `ChecksumSHA256`
 * S3 returns (`head-object --checksum-mode ENABLED`, or `Checksum.ChecksumSHA256` of
 * `get-object-attributes`), with an optional `Bucket`. A multipart object's checksum ends in
 * `-<parts>`: it is a checksum of the parts' checksums, not a sha256 of the object, so it is skipped.
 */
function readS3Checksums(text) {
    const doc = parseSnapshotJson(text, read_s3_checksums_TOOL);
    if (!Array.isArray(doc))
        throw wrongShape(read_s3_checksums_TOOL, `the top level is ${(0,json_text/* typeName */.go)(doc)}, not an array of objects`);
    const collector = new ArtifactCollector();
    const skipped = [];
    for (const [i, item] of doc.entries()) {
        const object = expectRecord(item, `[${i}]`, 'an object with Key and ChecksumSHA256', read_s3_checksums_TOOL);
        const key = textAt(object, 'Key');
        if (key === undefined)
            throw wrongShape(read_s3_checksums_TOOL, `[${i}] has no Key`);
        const bucket = textAt(object, 'Bucket');
        const checksum = textAt(object, 'ChecksumSHA256') ?? textAt(recordAt(object, 'Checksum'), 'ChecksumSHA256');
        const what = `object ${bucket !== undefined ? `s3://${bucket}/${key}` : key}`;
        const parts = checksum !== undefined ? COMPOSITE.exec(checksum) : null;
        if (parts !== null || object.ChecksumType === 'COMPOSITE' || ((0,json_text/* isRecord */.u4)(object.Checksum) && object.Checksum.ChecksumType === 'COMPOSITE')) {
            const count = parts?.[1] !== undefined ? ` of ${parts[1]} parts` : '';
            skipped.push({ what, why: `its ChecksumSHA256 is a multipart composite (a checksum of the checksums${count}), not a sha256 of the object: sync the bucket to a folder and read that instead` });
            continue;
        }
        const digest = sha256FromBase64(checksum);
        if (digest === undefined) {
            const why = checksum === undefined ? 'S3 returned no ChecksumSHA256 (uploaded without a SHA-256 checksum, or asked without --checksum-mode ENABLED)' : `its ChecksumSHA256 ${JSON.stringify(checksum)} is not the base64 of a sha256`;
            skipped.push({ what, why });
            continue;
        }
        collector.add({ name: key, digest, where: { bucket, key } });
    }
    return { artifacts: collector.list(), skipped };
}

// EXTERNAL MODULE: ./src/core/evidence/files/fingerprint.ts
var fingerprint = __webpack_require__(86421);
;// CONCATENATED MODULE: ./src/core/environments/sources/read-s3-folder.ts





/**
 * What a bucket serves, from a local folder synced from it (`aws s3 sync s3://bucket folder`):
 * one artifact per file, named by its path relative to the folder with '/' separators, digested
 * as sha256 of its bytes. S3 has no links, so a link in the folder was made locally: one to a
 * file inside the folder is read, one that leads out of it (or to a folder) is never followed.
 */
async function readS3Folder(folder, bucket) {
    const root = await folderRoot(folder);
    const collector = new ArtifactCollector();
    const skipped = [];
    const add = async (rel, file) => {
        const { digest } = await (0,fingerprint/* fingerprintPath */.u)(file);
        collector.add({ name: rel, digest, where: { bucket, path: rel } });
    };
    const walk = async (rel) => {
        const entries = await (0,promises_.readdir)(rel === '' ? root : external_node_path_default().join(root, rel), { withFileTypes: true });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
            const full = external_node_path_default().join(root, childRel);
            if (entry.isDirectory())
                await walk(childRel);
            else if (entry.isFile())
                await add(childRel, full);
            else if (entry.isSymbolicLink())
                await readLink(root, childRel, full, add, skipped);
            else
                skipped.push({ what: `file ${childRel}`, why: `it is ${kindOf(entry)}, not a file S3 could have served` });
        }
    };
    await walk('');
    return { artifacts: collector.list(), skipped };
}
async function folderRoot(folder) {
    let isFolder;
    try {
        isFolder = (await (0,promises_.stat)(folder)).isDirectory();
    }
    catch (e) {
        throw (0,errors/* badInput */.AN)(`cannot read ${folder} (${e.code ?? String(e)}): give the folder the bucket was synced to.`, e);
    }
    if (!isFolder)
        throw (0,errors/* badInput */.AN)(`${folder} is not a folder: give the folder the bucket was synced to.`);
    return (0,promises_.realpath)(folder);
}
async function readLink(root, rel, full, add, skipped) {
    let target;
    try {
        target = await (0,promises_.realpath)(full);
    }
    catch {
        skipped.push({ what: `link ${rel}`, why: 'its target does not exist' });
        return;
    }
    const inside = external_node_path_default().relative(root, target);
    if (inside === '' || inside === '..' || inside.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(inside)) {
        skipped.push({ what: `link ${rel}`, why: 'it leads out of the folder and is not followed' });
    }
    else if ((await (0,promises_.stat)(target)).isFile()) {
        await add(rel, target);
    }
    else {
        skipped.push({ what: `link ${rel}`, why: 'it leads to a folder, which is not followed (its files are read where they are)' });
    }
}
function kindOf(entry) {
    if (entry.isFIFO())
        return 'a named pipe';
    if (entry.isSocket())
        return 'a socket';
    return 'a device or other special file';
}

;// CONCATENATED MODULE: ./src/core/environments/sources/read-server-paths.ts



/**
 * What a server runs, from paths on it (a binary, a deployed folder), each digested exactly as
 * `artifacts create --file` digests it so that the digest CI recorded matches; the name is the
 * path as given. A path that cannot be read is an error, not a skip: a snapshot that silently
 * lost a binary would record it as removed.
 */
async function readServerPaths(paths, options = {}) {
    const collector = new ArtifactCollector();
    for (const target of paths) {
        const { digest } = await (0,fingerprint/* fingerprintPath */.u)(target, options.names ?? input_names/* CLI_INPUT_NAMES */.j);
        collector.add({ name: target, digest, where: { host: options.host, path: target } });
    }
    return { artifacts: collector.list(), skipped: [] };
}

;// CONCATENATED MODULE: ./src/core/environments/sources/read-artifact-list.ts






const FORMAT = 'an artifact list (a JSON array of {"name", "sha256"})';
// enough to fix a hand-written list; a generated list that is wrong everywhere needs its generator fixed
const MAX_PROBLEMS_SHOWN = 50;
/**
 * What runs where no tool can say, from a JSON array of `{ "name", "sha256" }` written by the
 * user or a script. `sha256` may carry the `sha256:` prefix and upper-case hex; every bad entry is
 * reported at once, so a list is fixed in one go.
 */
function readArtifactList(text) {
    const doc = parseSnapshotJson(text, FORMAT);
    if (!Array.isArray(doc))
        throw wrongShape(FORMAT, `the top level is ${(0,json_text/* typeName */.go)(doc)}, not an array`);
    const collector = new ArtifactCollector();
    const problems = [];
    for (const [i, item] of doc.entries()) {
        if (!(0,json_text/* isRecord */.u4)(item)) {
            problems.push(`[${i}] is ${(0,json_text/* typeName */.go)(item)}, not {"name", "sha256"}`);
            continue;
        }
        const name = typeof item.name === 'string' ? item.name.trim() : '';
        const digest = sha256Digest(item.sha256);
        if (name === '')
            problems.push(`[${i}].name is ${typeof item.name === 'string' ? 'empty' : (0,json_text/* typeName */.go)(item.name)}, not a name`);
        if (digest === undefined)
            problems.push(`[${i}].sha256 ${JSON.stringify(item.sha256 ?? null)} is not a sha256 (64 hex digits, with or without sha256:)`);
        if (name !== '' && digest !== undefined)
            collector.add({ name, digest, where: {} });
    }
    if (problems.length > 0) {
        const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).join('; ');
        const more = problems.length > MAX_PROBLEMS_SHOWN ? `; and ${problems.length - MAX_PROBLEMS_SHOWN} more` : '';
        throw (0,errors/* badInput */.AN)(`the artifact list has ${problems.length} invalid ${problems.length === 1 ? 'entry' : 'entries'}: ${shown}${more}. Fix them and run again.`);
    }
    return { artifacts: collector.list(), skipped: [] };
}

;// CONCATENATED MODULE: ./src/core/environments/sources/index.ts
const ENVIRONMENT_TYPES = ['k8s', 'docker', 'ecs', 'lambda', 's3', 'server', 'list'];










;// CONCATENATED MODULE: ./src/core/environments/read-snapshot-source.ts







/**
 * What runs in an environment of `type`, read by that type's reader from the files an earlier
 * step saved; no cluster, daemon or cloud account is contacted.
 */
async function readSnapshotSource(type, files, { cwd, names, stdin }) {
    const need = (given, name) => {
        if (given === undefined)
            throw (0,errors/* badInput */.AN)(`snapshot ${type} needs ${name} (${whatTypeReads(type, names)}).`);
        return given;
    };
    const text = async (name = names.file) => {
        const file = need(files.file, name);
        return file === '-' && stdin !== undefined ? stdinText(await stdin(MAX_SNAPSHOT_INPUT_BYTES)) : readSourceText(cwd, file);
    };
    switch (type) {
        case 'k8s':
            return readK8sPods(await text());
        case 'docker':
            return readDocker(await text(), files.images === undefined ? undefined : await readSourceText(cwd, files.images));
        case 'ecs':
            return readEcsTasks(await text());
        case 'lambda':
            return readLambdaFunctions(await text());
        case 's3':
            if (files.dir !== undefined)
                return readS3Folder(external_node_path_default().resolve(cwd, files.dir), files.bucket);
            return readS3Checksums(await text(`${names.dir} or ${names.file}`));
        case 'server': {
            const paths = files.paths ?? [];
            if (paths.length === 0)
                need(undefined, names.paths);
            return readServerPaths(paths.map((p) => external_node_path_default().resolve(cwd, p)), { names: { ...input_names/* CLI_INPUT_NAMES */.j, file: names.paths } });
        }
        case 'list':
            return readArtifactList(await text());
    }
}
function stdinText(bytes) {
    if (bytes.length > MAX_SNAPSHOT_INPUT_BYTES) {
        throw (0,errors/* badInput */.AN)(`standard input is over the ${MAX_SNAPSHOT_INPUT_BYTES} bytes a snapshot input may be: snapshot the environment in parts (e.g. one namespace or cluster per environment).`);
    }
    if (bytes.length === 0)
        throw (0,errors/* badInput */.AN)('standard input is empty: pipe the tool\'s output in (kubectl get pods -A -o json | factstore snapshot k8s --environment E --file -).');
    return bytes.toString('utf8');
}

// EXTERNAL MODULE: ./src/core/trust/authority.ts
var authority = __webpack_require__(52859);
;// CONCATENATED MODULE: ./src/core/environments/snapshot-authority.ts


/**
 * A snapshot is written only when the signing key may record every fact it plans (snapshot and
 * drift): a fact signed by a key without that authority would not count.
 */
function assertMayRecordSnapshot(signers, publicKey, facts) {
    for (const fact of facts) {
        const problem = (0,authority/* writerAuthorityProblem */.kA)(signers, publicKey, fact);
        if (problem !== undefined)
            throw (0,errors/* badInput */.AN)(`${problem}. Nothing was recorded: sign snapshots with a key listed under trust.signers for the snapshot and drift kinds (a CI key is, by default).`);
    }
}

// EXTERNAL MODULE: ./src/core/text/did-you-mean.ts
var did_you_mean = __webpack_require__(17608);
;// CONCATENATED MODULE: ./src/core/environments/find-environment.ts


/**
 * The environment of `environments:` named `name`, compared case-insensitively as GitHub compares
 * environment names; an unknown one lists those there are.
 */
function findEnvironment(config, name) {
    const found = Object.entries(config.environments).find(([known]) => known.toLowerCase() === name.toLowerCase());
    if (found !== undefined)
        return { name: found[0], env: found[1] };
    const known = Object.keys(config.environments);
    const meant = (0,did_you_mean/* didYouMean */.au)(name, known);
    throw new errors/* FactstoreError */.ST('NOT_FOUND', `environment ${JSON.stringify(name)} is not under environments: in the config${meant !== undefined ? `; did you mean ${meant}?` : ''} ` +
        `(known: ${known.join(', ') || 'none'}). Add it with its type, e.g. environments: { ${name}: { type: k8s } }, and commit the config.`);
}
/** A runtime environment (one with a `type`): logical environments hold no snapshots of their own. */
function findRuntimeEnvironment(config, name) {
    const found = findEnvironment(config, name);
    const { type } = found.env;
    if (type === undefined) {
        throw new errors/* FactstoreError */.ST('BAD_INPUT', `environment ${found.name} is a logical environment (members: ${found.env.members.join(', ')}): it has no snapshots of its own; name one of its members.`);
    }
    return { ...found, type };
}

;// CONCATENATED MODULE: ./src/core/environments/snapshot-environment.ts




/** `value` as an environment type (any case); anything else lists the types there are. */
function parseEnvironmentType(value, names) {
    const type = ENVIRONMENT_TYPES.find((t) => t === value.toLowerCase());
    if (type === undefined)
        throw (0,errors/* badInput */.AN)(`${JSON.stringify(value)} is not an environment type: give ${names.type} one of ${ENVIRONMENT_TYPES.join(', ')} (${names.help}).`);
    return type;
}
/**
 * The runtime environment `name` of the config, which a snapshot of `type` may describe only when
 * the config gives it that type: the config is the truth, so a snapshot of another type is refused.
 */
function snapshotEnvironment(config, name, type, names) {
    const environment = findRuntimeEnvironment(config, name);
    if (environment.type !== type) {
        throw (0,errors/* badInput */.AN)(`environment ${environment.name} is of type ${environment.type} in the config, not ${type}: the config is the truth, so this snapshot is refused. ` +
            `Give ${names.type} ${environment.type}, with ${whatTypeReads(environment.type, names)}.`);
    }
    return { ...environment, type };
}

// EXTERNAL MODULE: ./src/core/model/fact-id.ts
var fact_id = __webpack_require__(79361);
// EXTERNAL MODULE: ./src/core/environments/environment-history.ts
var environment_history = __webpack_require__(36742);
// EXTERNAL MODULE: ./src/core/environments/environment-status.ts
var environment_status = __webpack_require__(74230);
// EXTERNAL MODULE: ./src/core/environments/plan-drift.ts
var plan_drift = __webpack_require__(12909);
;// CONCATENATED MODULE: ./src/core/environments/snapshot-changes.ts
/**
 * The difference between two snapshots by artifact name: ADDED (a name that was not running),
 * REMOVED (a name no longer running), CHANGED (the same name running other digests, e.g. a new
 * image of a deployment). Sorted by name. Where an artifact runs does not count as a change.
 */
function snapshotChanges(before, after) {
    const a = digestsByName(before);
    const b = digestsByName(after);
    const names = [...new Set([...a.keys(), ...b.keys()])].sort();
    const changes = [];
    for (const name of names) {
        const from = a.get(name) ?? [];
        const to = b.get(name) ?? [];
        if (from.length === 0)
            changes.push({ change: 'ADDED', name, from, to });
        else if (to.length === 0)
            changes.push({ change: 'REMOVED', name, from, to });
        else if (from.join() !== to.join())
            changes.push({ change: 'CHANGED', name, from, to });
    }
    return changes;
}
/** Whether two snapshots hold the same artifacts (names, digests and local ids), wherever they run. */
function sameArtifacts(before, after) {
    const key = (items) => items.map((i) => `${i.name}\u0000${i.artifact}\u0000${i.localId ?? ''}`).sort().join('\n');
    return key(before) === key(after);
}
/** The digests running under each name, each list sorted and without repeats. */
function digestsByName(items) {
    const out = new Map();
    for (const item of items)
        out.set(item.name, [...(out.get(item.name) ?? []), item.artifact]);
    for (const [name, digests] of out)
        out.set(name, [...new Set(digests)].sort());
    return out;
}

;// CONCATENATED MODULE: ./src/core/environments/plan-snapshot.ts



/** The fact schema's limits: a snapshot line stays readable. */
const MAX_ARTIFACTS = 10_000;
const MAX_LOCATIONS = 1_000;
const MAX_SKIPPED = 1_000;
/**
 * The ENVIRONMENT_SNAPSHOT fact for what a source read, chained to the previous snapshot (`previous`
 * names its id, so each snapshot has its own id even when an environment returns to an earlier
 * state). Nothing is planned when the same artifacts run as at the previous snapshot: where they run
 * may move (pods are rescheduled) without a new snapshot.
 */
function planSnapshot(input) {
    if (input.artifacts.length > MAX_ARTIFACTS) {
        throw (0,errors/* badInput */.AN)(`${input.environment} runs ${input.artifacts.length} distinct artifacts, more than the ${MAX_ARTIFACTS} one snapshot holds: split it into several environments (e.g. one per cluster or namespace).`);
    }
    const items = input.artifacts.map(toItem).sort((a, b) => a.name.localeCompare(b.name) || a.artifact.localeCompare(b.artifact));
    const before = input.previous?.artifacts ?? [];
    const changes = snapshotChanges(before, items);
    if (input.previous !== undefined && sameArtifacts(before, items))
        return { fact: undefined, changes };
    const skipped = input.skipped.slice(0, MAX_SKIPPED);
    if (input.skipped.length > MAX_SKIPPED)
        skipped[MAX_SKIPPED - 1] = { what: `${input.skipped.length - MAX_SKIPPED + 1} more`, why: 'left out of the snapshot as the ones above' };
    const fact = (0,fact_id/* makeFact */.lO)({
        kind: 'snapshot',
        event: 'ENVIRONMENT_SNAPSHOT',
        environment: input.environment,
        type: input.type,
        artifacts: items,
        ...(input.previous !== undefined ? { previous: input.previous.id } : {}),
        ...(skipped.length > 0 ? { skipped } : {}),
        actor: input.actor,
        ts: input.ts,
        ...(input.context !== undefined ? { context: input.context } : {}),
    });
    return { fact, changes };
}
function toItem(a) {
    // a source with nothing to say of where (a list) gives empty locations: none is recorded
    const where = a.where.filter((l) => Object.keys(l).length > 0).slice(0, MAX_LOCATIONS);
    return {
        name: a.name,
        artifact: a.digest,
        ...(a.localId !== undefined && a.localId !== a.digest ? { localId: a.localId } : {}),
        ...(a.image !== undefined ? { image: a.image } : {}),
        ...(where.length > 0 ? { where } : {}),
    };
}

;// CONCATENATED MODULE: ./src/core/environments/take-snapshot.ts






/**
 * One look at an environment: the snapshot to record (none when the same artifacts run as before),
 * the environment's compliance on it, and the drift facts that calls for. Drift is judged again even
 * when nothing changed, since compliance moves when trails gain attestations.
 */
async function takeSnapshot(input) {
    const { environment } = input;
    const history = await (0,environment_history/* snapshotsOf */.X)(input.store, environment.name);
    const previous = history.at(-1);
    const ts = input.now.toISOString();
    const plan = planSnapshot({
        environment: environment.name,
        type: environment.type,
        artifacts: input.artifacts,
        skipped: input.skipped,
        previous,
        actor: input.actor,
        ts,
        ...(input.context !== undefined ? { context: input.context } : {}),
    });
    // no new fact only when there was a previous snapshot with the same artifacts
    const snapshot = plan.fact ?? previous;
    if (snapshot === undefined)
        throw new errors/* FactstoreError */.ST('INTERNAL', 'a snapshot was planned as unchanged with no previous snapshot: a factstore bug; please report it.');
    const status = await (0,environment_status/* environmentStatus */.E)({
        environment,
        snapshot,
        flows: input.flows,
        store: input.store,
        ...(input.policies !== undefined ? { policies: input.policies } : {}),
        ...(input.policyEvaluator !== undefined ? { policyEvaluator: input.policyEvaluator } : {}),
    });
    const drifts = await (0,environment_history/* driftsOf */.c)(input.store, environment.name);
    const drift = (0,plan_drift/* planDrift */.n)({
        environment: environment.name,
        snapshot,
        status,
        drifts,
        earlier: plan.fact !== undefined ? history : history.slice(0, -1),
        actor: input.actor,
        ts,
    }).map((f) => (0,fact_id/* makeFact */.lO)(input.context !== undefined ? { ...f, context: input.context } : f));
    const open = [...(0,plan_drift/* openDrifts */.T)([...drifts, ...drift]).values()];
    return { facts: [...(plan.fact !== undefined ? [plan.fact] : []), ...drift], snapshot, unchanged: plan.fact === undefined, changes: plan.changes, status, open };
}

// EXTERNAL MODULE: ./src/core/report/breakdown/index.ts + 15 modules
var breakdown = __webpack_require__(99856);
// EXTERNAL MODULE: ./src/core/trust/trusted-facts.ts + 5 modules
var trusted_facts = __webpack_require__(7401);
// EXTERNAL MODULE: ./src/action/env/fetch-oidc-claims.ts + 1 modules
var fetch_oidc_claims = __webpack_require__(43372);
// EXTERNAL MODULE: ./src/action/env/run-context.ts
var run_context = __webpack_require__(18073);
;// CONCATENATED MODULE: ./src/core/environments/find-drift-issue.ts
const PER_PAGE = 100;
/** One drift issue per environment: a label with more open issues than this is not ours to page through. */
const MAX_PAGES = 10;
/**
 * The open issue that carries `label` and `marker`: the oldest, should people have copied one. The
 * label narrows the search, the marker in the body decides (labels can be put on any issue).
 */
async function findDriftIssue(request, { owner, repo, label, marker }) {
    let found;
    for (let page = 1; page <= MAX_PAGES; page++) {
        const listed = (await request('GET /repos/{owner}/{repo}/issues', { owner, repo, labels: label, state: 'open', per_page: PER_PAGE, page })).data;
        for (const issue of listed) {
            if (issue.pull_request !== undefined || !(issue.body ?? '').includes(marker))
                continue;
            if (found === undefined || issue.number < found.number)
                found = issue;
        }
        if (listed.length < PER_PAGE)
            break;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/core/environments/apply-drift-issue.ts

/**
 * Applies a drift issue plan in `owner/repo`: finds the environment's open issue by its label and
 * marker (never opening a second one), then creates it, updates it only when its body changed, or
 * closes it with a comment. GitHub's errors are thrown as the request threw them (a token without
 * `issues: write` gets a 403).
 */
async function applyDriftIssue(request, where, plan) {
    if (plan.action === 'leave')
        return { action: 'none' };
    const { owner, repo } = where;
    const issue = await findDriftIssue(request, { owner, repo, label: plan.label, marker: plan.marker });
    if (plan.action === 'close') {
        if (issue === undefined)
            return { action: 'none' };
        await request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issue.number, body: plan.comment });
        await request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
        return { action: 'closed', number: issue.number, url: issue.html_url };
    }
    if (issue === undefined) {
        const created = (await request('POST /repos/{owner}/{repo}/issues', { owner, repo, title: plan.title, body: plan.body, labels: [plan.label] })).data;
        return { action: 'created', number: created.number, url: created.html_url };
    }
    if ((issue.body ?? '').replace(/\r\n/g, '\n') === plan.body)
        return { action: 'unchanged', number: issue.number, url: issue.html_url };
    await request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: issue.number, body: plan.body });
    return { action: 'updated', number: issue.number, url: issue.html_url };
}

// EXTERNAL MODULE: ./src/core/report/breakdown/markdown-escape.ts
var markdown_escape = __webpack_require__(85125);
// EXTERNAL MODULE: ./src/core/report/breakdown/summary-text.ts
var summary_text = __webpack_require__(46472);
;// CONCATENATED MODULE: ./src/core/environments/drift-issue-body.ts

/** GitHub's limit on an issue's body, in characters. */
const ISSUE_BODY_LIMIT = 65_536;
const more = (n) => `\n_…and ${(0,summary_text/* countOf */.pq)(n, 'more drifting artifact')}, not listed: an issue body holds at most ${ISSUE_BODY_LIMIT} characters._\n`;
/**
 * `head`, as many `rows` as fit, then `tail`, within GitHub's limit, saying how many rows were left
 * out. Lengths are counted in UTF-16 units, never fewer than the characters GitHub counts.
 */
function fitIssueBody(head, rows, tail, limit = ISSUE_BODY_LIMIT) {
    const budget = limit - head.length - tail.length - more(rows.length).length;
    const shown = [];
    let used = 0;
    for (const row of rows) {
        if (used + row.length + 1 > budget)
            break;
        shown.push(row);
        used += row.length + 1;
    }
    const left = rows.length - shown.length;
    return `${head}${shown.map((r) => `${r}\n`).join('')}${left > 0 ? more(left) : ''}${tail}`;
}

;// CONCATENATED MODULE: ./src/core/environments/drift-rows.ts

/** The header of the drift table (the issue body and the job summary). */
const DRIFT_TABLE_HEAD = '| Artifact | Digest | Why | First seen | Expected |\n|---|---|---|---|---|\n';
/** Names, details and expected digests are cut so that one row stays small whatever a tool printed. */
const MAX_NAME = 200;
const MAX_WHY = 400;
const MAX_EXPECTED = 3;
/**
 * One Markdown table row per drifting artifact: its name, digest, why it is drift (with what the
 * flows say of it now, when it still runs), when it was first seen and what ran under its name before.
 */
function driftRows(open, status) {
    const now = new Map(status.artifacts.map((a) => [`${a.name}\u0000${a.artifact}`, a]));
    return open.map((d) => {
        const running = now.get(`${d.name}\u0000${d.artifact}`);
        const details = running === undefined || running.status === 'NO_PROVENANCE' ? d.details : running.flows.filter((f) => f.status !== 'COMPLIANT').map((f) => `${f.flow}: ${f.details}`).join('; ');
        const why = `**${d.reason ?? 'NON_COMPLIANT'}**${details !== undefined && details !== '' ? `: ${(0,markdown_escape/* escapeMarkdown */.FV)((0,markdown_escape/* clip */.$Q)(details, MAX_WHY))}` : ''}`;
        const expected = (d.expected ?? []).slice(0, MAX_EXPECTED).map((e) => (0,markdown_escape/* codeSpan */.SS)(e, true));
        if ((d.expected?.length ?? 0) > MAX_EXPECTED)
            expected.push(`and ${(d.expected?.length ?? 0) - MAX_EXPECTED} more`);
        return `| ${(0,markdown_escape/* codeSpan */.SS)((0,markdown_escape/* clip */.$Q)(d.name, MAX_NAME), true)} | ${(0,markdown_escape/* codeSpan */.SS)(d.artifact, true)} | ${why} | ${(0,markdown_escape/* escapeMarkdown */.FV)(d.firstSeen)} | ${expected.join(' ') || '—'} |`;
    });
}

;// CONCATENATED MODULE: ./src/core/environments/drift-issue.ts




/** The label of every drift issue: with the marker, how the issue of an environment is found again. */
const DRIFT_LABEL = 'factstore-drift';
/** The hidden line that says which environment an issue is about (titles can be edited). */
function driftMarker(environment) {
    return `<!-- factstore:drift:${environment} -->`;
}
/**
 * One issue per environment while anything drifts: the body lists every drifting artifact (cut to
 * fit GitHub's limit, saying how many more there are), so it changes only when the drift does.
 * When the environment is COMPLIANT again the issue is closed with a comment.
 */
function planDriftIssue({ status, open }) {
    const environment = status.environment;
    const base = { environment, label: DRIFT_LABEL, marker: driftMarker(environment) };
    const where = (0,markdown_escape/* codeSpan */.SS)(environment);
    if (open.length > 0) {
        const head = `${base.marker}\n${(0,summary_text/* countOf */.pq)(open.length, 'artifact')} ${open.length === 1 ? 'runs' : 'run'} in ${where} (${status.type}) that ${open.length === 1 ? 'is' : 'are'} not allowed there: ` +
            'no trail recorded it, or it is not COMPLIANT in the flows that must vouch for it.\n\n' +
            DRIFT_TABLE_HEAD;
        const tail = `\nFactstore keeps this issue: each snapshot of ${where} updates it while the drift lasts, and closes it when every artifact running there is COMPLIANT. ` +
            `\`factstore env status ${environment}\` shows the same judgement.\n`;
        return { ...base, action: 'open', title: `Factstore: drift in ${environment}`, body: fitIssueBody(head, driftRows(open, status), tail) };
    }
    if (status.status !== 'COMPLIANT' || status.snapshot === null)
        return { ...base, action: 'leave' };
    return {
        ...base,
        action: 'close',
        comment: `The drift is over: all ${(0,summary_text/* countOf */.pq)(status.artifacts.length, 'artifact')} running in ${where} at snapshot ${(0,markdown_escape/* codeSpan */.SS)(status.snapshot.id.slice(0, 12))} ` +
            `(${status.snapshot.ts}) ${status.artifacts.length === 1 ? 'is' : 'are'} COMPLIANT. Closed by Factstore; a new drift opens a new issue.`,
    };
}

// EXTERNAL MODULE: ./src/core/store/github/github-request.ts
var github_request = __webpack_require__(31186);
// EXTERNAL MODULE: ./src/action/github/repo-name.ts
var repo_name = __webpack_require__(73460);
;// CONCATENATED MODULE: ./src/action/github/drift-issue.ts





/**
 * Keeps the environment's drift issue in the workflow's repository. The facts are recorded by
 * then, so a token that may not write issues (403), or a repository without issues (410), is a
 * warning that says what to grant, not a failed snapshot.
 */
async function keepDriftIssue(request, repository, outcome) {
    const plan = planDriftIssue({ status: outcome.status, open: outcome.open });
    try {
        return await applyDriftIssue(request, repository, plan);
    }
    catch (e) {
        const status = (0,github_request/* statusOf */.c)(e);
        if (status !== 403 && status !== 410)
            throw e;
        const fix = status === 403 ? 'give the job `permissions: issues: write`' : `enable Issues in the settings of ${(0,repo_name/* repoText */.kK)(repository)}`;
        core/* warning */.$e(`factstore: the drift issue of ${plan.environment} was not kept in ${(0,repo_name/* repoText */.kK)(repository)}: GitHub answered ${status} (${(0,github_request/* messageOf */.b)(e)}). ` +
            `The snapshot and drift facts were recorded; to keep the issue, ${fix}, or set \`drift-issue: false\`.`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/action/github/high-water.ts + 2 modules
var high_water = __webpack_require__(62947);
// EXTERNAL MODULE: ./src/action/github/open-store.ts + 16 modules
var open_store = __webpack_require__(64032);
// EXTERNAL MODULE: ./src/action/inputs/signing-key.ts + 2 modules
var signing_key = __webpack_require__(90690);
// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(71837);
// EXTERNAL MODULE: ./src/action/inputs/config-token.ts
var config_token = __webpack_require__(88698);
// EXTERNAL MODULE: ./src/action/inputs/high-water-inputs.ts
var high_water_inputs = __webpack_require__(88954);
// EXTERNAL MODULE: ./src/action/inputs/input-reader.ts
var input_reader = __webpack_require__(97916);
// EXTERNAL MODULE: ./src/action/inputs/store-inputs.ts
var store_inputs = __webpack_require__(37229);
;// CONCATENATED MODULE: ./src/action/inputs/snapshot-inputs.ts







/** The snapshot step's `with:` keys, as the shared snapshot code names them in errors. */
const SNAPSHOT_INPUT_NAMES = {
    type: '`type:`',
    file: '`file:`',
    images: '`images:`',
    dir: '`dir:`',
    bucket: '`bucket:`',
    paths: '`paths:`',
    help: 'the inputs of snapshot/action.yml say what each reads',
};
/** The snapshot step's inputs: the environment, its type, and the files an earlier step saved. */
function readSnapshotInputs(env) {
    const store = (0,store_inputs/* readStoreInputs */.d)(env);
    const paths = (0,input_reader/* listInput */.dt)('paths');
    return {
        ...store,
        ...(0,config_token/* readConfigToken */.u)(store),
        environment: (0,names/* checkName */.I3)('environment', (0,input_reader/* requiredInput */.YF)('environment', 'the environment, as named under `environments:` in the config, e.g. `environment: production`')),
        type: parseEnvironmentType((0,input_reader/* requiredInput */.YF)('type', "the environment's type in the config, e.g. `type: k8s`"), SNAPSHOT_INPUT_NAMES),
        files: { file: (0,input_reader/* optionalInput */.$m)('file'), images: (0,input_reader/* optionalInput */.$m)('images'), dir: (0,input_reader/* optionalInput */.$m)('dir'), bucket: (0,input_reader/* optionalInput */.$m)('bucket'), paths },
        signingKey: (0,signing_key/* readSigningKey */.jy)(env),
        dryRun: (0,input_reader/* booleanInput */.tE)('dry-run'),
        driftIssue: (0,input_reader/* optionalInput */.$m)('drift-issue') === undefined ? true : (0,input_reader/* booleanInput */.tE)('drift-issue'),
        highWaterAppId: (0,high_water_inputs/* readHighWaterAppId */.u)(),
    };
}

// EXTERNAL MODULE: ./src/action/record/step-outputs.ts
var step_outputs = __webpack_require__(88689);
// EXTERNAL MODULE: ./src/action/report/deciding-config.ts
var deciding_config = __webpack_require__(7449);
// EXTERNAL MODULE: ./src/action/report/job-summary.ts
var job_summary = __webpack_require__(88403);
;// CONCATENATED MODULE: ./src/core/environments/status-table.ts

/** Rows past this are counted, not shown: a job summary or comment stays readable. */
const MAX_ROWS = 500;
/** Every running artifact of a judged environment as a Markdown table: its verdict and what each flow says. */
function statusTable(status, maxRows = MAX_ROWS) {
    if (status.snapshot === null)
        return `No snapshot of ${(0,markdown_escape/* codeSpan */.SS)(status.environment)} yet.`;
    const rows = status.artifacts.slice(0, maxRows).map((a) => {
        const why = a.status === 'NO_PROVENANCE' ? 'recorded by no trail' : a.flows.map((f) => `${f.flow} ${f.status}${f.trail !== undefined ? ` (trail ${f.trail})` : ''}`).join(', ');
        const by = a.matchedBy === 'localId' ? ' (by local image id)' : '';
        return `| ${a.status === 'COMPLIANT' ? '✅' : '❌'} | ${(0,markdown_escape/* codeSpan */.SS)((0,markdown_escape/* clip */.$Q)(a.name, 200), true)} | ${(0,markdown_escape/* codeSpan */.SS)(a.artifact, true)}${by} | ${a.status} | ${(0,markdown_escape/* escapeMarkdown */.FV)((0,markdown_escape/* clip */.$Q)(why, 400))} |`;
    });
    const more = status.artifacts.length > maxRows ? `\n\n…and ${status.artifacts.length - maxRows} more running artifacts.` : '';
    return `| | Artifact | Digest | Status | Flows |\n|---|---|---|---|---|\n${rows.join('\n')}${more}`;
}

;// CONCATENATED MODULE: ./src/action/report/snapshot-summary.ts



/** Drift lists in the summary stop here: the job summary is for reading, the issue for the full list. */
const MAX_DRIFT_ROWS = 200;
const snapshot_summary_MAX_SKIPPED = 20;
/** The job summary of a snapshot: the verdict, what was recorded, every running artifact judged, the drift. */
function snapshotSummary({ outcome, skipped, factsCommit, commitLink, dryRun, issue }) {
    const { status } = outcome;
    const env = (0,breakdown/* codeSpan */.SS)(status.environment);
    const lines = [status.status === 'COMPLIANT' ? `## ✅ Factstore: ${env} is COMPLIANT` : `## ❌ Factstore: drift in ${env}`, '', recordedLine(outcome, factsCommit, commitLink, dryRun), ''];
    lines.push(statusTable(status), '');
    const events = outcome.facts.filter((f) => f.kind === 'drift');
    if (events.length > 0) {
        lines.push(`**${dryRun ? 'Would record' : 'Recorded'}:** ${events.map((d) => `${d.event} ${(0,breakdown/* codeSpan */.SS)(d.name)} ${(0,breakdown/* codeSpan */.SS)(d.artifact.slice(0, 19))} (${d.reason ?? d.resolution ?? ''})`).join('; ')}`, '');
    }
    if (outcome.open.length > 0) {
        const rows = driftRows(outcome.open.slice(0, MAX_DRIFT_ROWS), status);
        lines.push(`### Drift (${outcome.open.length})`, '', DRIFT_TABLE_HEAD + rows.join('\n'));
        if (outcome.open.length > MAX_DRIFT_ROWS)
            lines.push('', `…and ${outcome.open.length - MAX_DRIFT_ROWS} more: see the drift issue.`);
        lines.push('');
    }
    const issueLine = issueText(issue);
    if (issueLine !== undefined)
        lines.push(issueLine, '');
    if (skipped.length > 0) {
        lines.push(`Left out of the snapshot (${skipped.length}): ${skipped.slice(0, snapshot_summary_MAX_SKIPPED).map((s) => `${(0,breakdown/* escapeMarkdown */.FV)(s.what)}: ${(0,breakdown/* escapeMarkdown */.FV)(s.why)}`).join('; ')}${skipped.length > snapshot_summary_MAX_SKIPPED ? '; …' : ''}`, '');
    }
    return `${lines.join('\n')}\n`;
}
function recordedLine(outcome, factsCommit, commitLink, dryRun) {
    const { snapshot } = outcome;
    const count = `${snapshot.artifacts.length} artifact${snapshot.artifacts.length === 1 ? '' : 's'}`;
    const id = (0,breakdown/* codeSpan */.SS)(snapshot.id.slice(0, 12));
    const commit = factsCommit === undefined ? '' : commitLink !== undefined ? ` in facts commit [${factsCommit.slice(0, 12)}](${commitLink})` : ` in facts commit ${(0,breakdown/* codeSpan */.SS)(factsCommit.slice(0, 12))}`;
    if (dryRun)
        return `Dry run: ${outcome.facts.length} fact(s) would be recorded; nothing was written (no facts, no issue).`;
    if (outcome.unchanged)
        return `Nothing new recorded: the same ${count} run as at snapshot ${id} (${snapshot.ts})${outcome.facts.length > 0 ? `; the drift facts below were recorded${commit}` : ''}.`;
    return `Recorded snapshot ${id}: ${count} running${commit}.`;
}
function issueText(issue) {
    if (issue === undefined || issue.action === 'none' || issue.number === undefined)
        return undefined;
    const ref = issue.url !== undefined ? `[#${issue.number}](${issue.url})` : `#${issue.number}`;
    const verb = { created: 'opened', updated: 'updated', unchanged: 'open, unchanged', closed: 'closed' }[issue.action];
    return `Drift issue ${ref}: ${verb}.`;
}

;// CONCATENATED MODULE: ./src/action/commands/snapshot.ts


















/**
 * The snapshot step: what an earlier step saved of an environment (kubectl, docker, aws, a list)
 * is read and judged as `factstore snapshot` does, the snapshot and drift facts are appended in one
 * signed commit, and the environment's drift issue is opened, updated or closed. The environment,
 * the flows, the trusted signers and the facts location come from the default branch's config, and
 * only facts trusted keys appended count, as for assert and gate.
 */
async function snapshot(session) {
    const { env } = session;
    const inputs = readSnapshotInputs(env);
    // a dry run writes nothing, so it needs no key; one given is checked as the real run would
    const signer = inputs.dryRun && inputs.signingKey === undefined ? undefined : (0,signing_key/* signerFrom */.Hc)(inputs.signingKey);
    const deciding = await session.decidingConfig(inputs);
    const { config } = deciding;
    if (signer !== undefined)
        (0,signing_key/* checkSigningKey */.JY)(signer, config.trust.signers, `${deciding.path} of the default branch ${deciding.branch}`);
    const environment = snapshotEnvironment(config, inputs.environment, inputs.type, SNAPSHOT_INPUT_NAMES);
    const reading = await readSnapshotSource(inputs.type, inputs.files, { cwd: env.workspace, names: SNAPSHOT_INPUT_NAMES });
    const facts = (0,open_store/* factsLocation */.z)(inputs, config);
    const request = session.github(inputs);
    const store = (0,open_store/* openStore */.C)(request, facts, env, signer);
    const trusted = await trusted_facts/* TrustedFacts */.$.open({ store, signers: config.trust.signers, highWater: (0,high_water/* workflowGateState */.Q)(request, facts, inputs.highWaterAppId).readOnlyHighWaterMark() });
    const context = (0,run_context/* runContext */.p)(env, inputs.dryRun ? undefined : await (0,fetch_oidc_claims/* fetchOidcClaims */.z)(env));
    const outcome = await takeSnapshot({
        environment,
        artifacts: reading.artifacts,
        skipped: reading.skipped,
        store: trusted,
        flows: config.flows,
        policies: config.policies,
        policyEvaluator: session.policyEvaluator(),
        actor: env.actor ?? 'github-actions',
        now: session.now(),
        context,
    });
    if (signer !== undefined)
        assertMayRecordSnapshot(config.trust.signers, signer.publicKey, outcome.facts);
    const write = !inputs.dryRun && outcome.facts.length > 0;
    const basedOn = trusted.factsCommit;
    const result = write ? await store.append({ facts: outcome.facts, message: `snapshot ${environment.name}`, ...(basedOn !== undefined ? { basedOn } : {}) }) : undefined;
    const factsCommit = result?.commit;
    const issue = inputs.driftIssue && !inputs.dryRun && inputs.repository !== undefined ? await keepDriftIssue(request, inputs.repository, outcome) : undefined;
    const detected = outcome.facts.filter((f) => f.kind === 'drift' && f.event === 'DRIFT_DETECTED');
    (0,step_outputs/* setOutputs */.n)({
        status: outcome.status.status,
        'snapshot-id': outcome.snapshot.id,
        drift: String(outcome.open.length),
        recorded: String(!inputs.dryRun && !outcome.unchanged),
        'facts-commit': factsCommit ?? (inputs.dryRun ? undefined : trusted.factsCommit),
        'drift-issue': issue?.url,
    });
    const commitLink = factsCommit === undefined ? undefined : (0,breakdown/* factsLinks */.$h)(env.serverUrl, facts, factsCommit).factsCommit?.(factsCommit);
    await (0,job_summary/* writeJobSummary */.j)(snapshotSummary({ outcome, skipped: reading.skipped, factsCommit, commitLink, dryRun: inputs.dryRun, issue }) + (0,deciding_config/* reportDecidingConfig */.q)(deciding, env.serverUrl));
    for (const d of detected)
        core/* warning */.$e(`factstore: drift in ${environment.name}: ${d.name} ${d.artifact} is ${d.reason ?? 'NON_COMPLIANT'}${d.details !== undefined ? ` (${d.details})` : ''}.`);
    core/* info */.pq(`factstore: ${environment.name} is ${outcome.status.status}: ${outcome.snapshot.artifacts.length} artifact(s) running, ${outcome.open.length} drifting; ` +
        (inputs.dryRun ? 'dry run, nothing was written.' : result === undefined ? 'nothing new was recorded.' : `${result.written.length} fact(s) recorded in ${facts.owner}/${facts.repo}@${facts.branch} (${factsCommit ?? ''}).`));
}


/***/ }),

/***/ 43372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ fetchOidcClaims)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/action/env/oidc-claims.ts

/** The audience the token is requested for, so it is useless to any other service. */
const OIDC_AUDIENCE = 'factstore';
/**
 * The claims of a JWT's payload (its middle part, base64url JSON). The signature is not checked:
 * the token comes straight from the runner's token service over its authenticated channel, and only
 * the claims are kept, never the token.
 */
function decodeClaims(token) {
    const payload = token.split('.')[1];
    let claims;
    try {
        claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    }
    catch (e) {
        throw new errors/* FactstoreError */.ST('INTERNAL', 'factstore: the OIDC token of the run has no readable claims: re-run the job; if it persists, remove `id-token: write` to record facts without them.', { cause: e });
    }
    if (typeof claims !== 'object' || claims === null) {
        throw new errors/* FactstoreError */.ST('INTERNAL', 'factstore: the OIDC token of the run has no claims object: re-run the job; if it persists, remove `id-token: write` to record facts without them.');
    }
    const text = (key) => {
        const v = claims[key];
        return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
    };
    const out = {};
    const issuer = text('iss');
    const jobWorkflowRef = text('job_workflow_ref');
    const repositoryId = text('repository_id');
    const runId = text('run_id');
    if (issuer !== undefined)
        out.issuer = issuer;
    if (jobWorkflowRef !== undefined)
        out.jobWorkflowRef = jobWorkflowRef;
    if (repositoryId !== undefined)
        out.repositoryId = repositoryId;
    if (runId !== undefined)
        out.runId = runId;
    return out;
}

;// CONCATENATED MODULE: ./src/action/env/fetch-oidc-claims.ts



/**
 * The run's OIDC claims when the job has `id-token: write`, else undefined. The token is masked
 * (getIDToken registers it) and dropped here: only its claims leave this function.
 */
async function fetchOidcClaims(env) {
    if (!env.oidcAvailable)
        return undefined;
    let token;
    try {
        token = await core/* getIDToken */.V9(OIDC_AUDIENCE);
    }
    catch (e) {
        throw new errors/* FactstoreError */.ST('CONFIG', `factstore: the job may mint an OIDC token (id-token: write) but the token service refused it (${e instanceof Error ? e.message.replace(/\s+/g, ' ') : String(e)}): re-run the job, or remove \`id-token: write\` to record facts without provenance claims.`, { cause: e });
    }
    core/* setSecret */.Pq(token);
    return decodeClaims(token);
}


/***/ }),

/***/ 18073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ runContext)
/* harmony export */ });
/**
 * Where a fact was recorded from, for the `context` field: the run's identity from the runner's
 * environment and, when the job may mint one, the OIDC token's claims (which GitHub signs, unlike
 * the environment). Absent values are left out.
 */
function runContext(env, claims) {
    const context = {};
    const put = (key, value) => {
        if (value !== undefined && value !== '')
            context[key] = value.slice(0, 4096);
    };
    put('repository', env.repository);
    put('workflow', env.workflow);
    put('job', env.job);
    put('runId', env.runId);
    put('runAttempt', env.runAttempt);
    put('ref', env.ref);
    put('sha', env.sha);
    put('actor', env.actor);
    put('event', env.event);
    put('serverUrl', env.serverUrl);
    if (claims !== undefined) {
        put('oidcIssuer', claims.issuer);
        put('jobWorkflowRef', claims.jobWorkflowRef);
        put('repositoryId', claims.repositoryId);
        put('oidcRunId', claims.runId);
    }
    return context;
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

/***/ 86421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ fingerprintPath)
/* harmony export */ });
/* unused harmony export DIRECTORY_RULE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _input_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23408);






/** How a directory is digested; shown by `artifacts create --help` and the Action's docs. */
const DIRECTORY_RULE = (/* unused pure expression or super */ null && (`A file's digest is the sha256 of its bytes (the same as sha256sum).
A directory's digest is the sha256 of a manifest with one line per file below it,
"<relative path>\\0<sha256 hex of the file>\\n", paths with '/' separators, sorted bytewise.
Symbolic links inside it are not followed: a link counts as a file whose bytes are its target path.
Empty directories add nothing.`));
async function fingerprintPath(target, names = _input_names_js__WEBPACK_IMPORTED_MODULE_5__/* .CLI_INPUT_NAMES */ .j) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(target);
    }
    catch (e) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .badInput */ .AN)(`cannot read ${target} (${e.code ?? String(e)}): check the path given to ${names.file}.`, e);
    }
    if (info.isFile())
        return { digest: `sha256:${await hashFile(target)}`, kind: 'file' };
    if (!info.isDirectory())
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .badInput */ .AN)(`${target} is neither a file nor a directory: give ${names.file} a build output.`);
    const entries = [];
    await walk(target, '', entries);
    entries.sort((a, b) => Buffer.compare(a.rel, b.rel));
    const manifest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const e of entries)
        manifest.update(Buffer.concat([e.rel, Buffer.from(`\0${e.hex}\n`)]));
    return { digest: `sha256:${manifest.digest('hex')}`, kind: 'directory', entries: entries.length };
}
async function walk(root, rel, out) {
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, rel), { withFileTypes: true })) {
        const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
        const full = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, childRel);
        if (entry.isSymbolicLink()) {
            out.push({ rel: Buffer.from(childRel), hex: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(full)).digest('hex') });
        }
        else if (entry.isDirectory()) {
            await walk(root, childRel, out);
        }
        else if (entry.isFile()) {
            out.push({ rel: Buffer.from(childRel), hex: await hashFile(full) });
        }
        else {
            const kind = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(full)).isFIFO() ? 'a named pipe' : 'a special file';
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .badInput */ .AN)(`${full} is ${kind}: a fingerprinted directory may hold only files, directories and links.`);
        }
    }
}
function hashFile(file) {
    return new Promise((resolve, reject) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}


/***/ }),

/***/ 23408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ CLI_INPUT_NAMES)
/* harmony export */ });
const CLI_INPUT_NAMES = {
    evidence: '--evidence',
    format: '--format',
    status: '--status',
    overrideReason: '--override-reason',
    file: '--file',
    help: 'See factstore attest --help.',
};


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
