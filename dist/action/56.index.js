export const id = 56;
export const ids = [56];
export const modules = {

/***/ 64032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ factsLocation),
  C: () => (/* binding */ openStore)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/schema/index.ts
var schema = __webpack_require__(91487);
// EXTERNAL MODULE: ./src/core/model/fact-id.ts
var fact_id = __webpack_require__(79361);
// EXTERNAL MODULE: ./src/core/model/fact.ts
var fact = __webpack_require__(97603);
;// CONCATENATED MODULE: ./src/core/model/fact-where.ts

/** The flow a fact belongs to; tamper alarms belong to the facts branch, not to a flow. */
function factFlow(fact) {
    return isFlowFact(fact) ? fact.flow : undefined;
}
/** Where a fact is about, for people: `flow/trail`, `flow`, `facts branch <name>` for an alarm, the destination for an export cursor. */
function factWhere(fact) {
    if (fact.kind === 'alarm')
        return `facts branch ${fact.branch}`;
    if (fact.kind === 'snapshot' || fact.kind === 'drift')
        return `environment ${fact.environment}`;
    if (fact.kind === 'export')
        return `${fact.stream} export to ${fact.destination}`;
    return fact.trail === undefined ? fact.flow : `${fact.flow}/${fact.trail}`;
}

// EXTERNAL MODULE: ./src/core/trust/append-claims.ts
var append_claims = __webpack_require__(60276);
;// CONCATENATED MODULE: ./src/core/store/commit-message.ts



/**
 * A commit message a person can read in `git log`: what was recorded, where; then what the commit
 * appended to each facts file (see append-claims.ts), which its signature covers.
 */
function commitMessage(facts, subject, claims = []) {
    const lines = facts.map((f) => {
        const where = factWhere(f);
        const what = f.kind === 'attestation' ? ` ${f.type} ${f.status}` : f.kind === 'artifact' ? ` ${f.artifact}` : '';
        return `${(0,fact/* auditEvent */._s)(f)} ${where}${what} (${f.id.slice(0, 12)})`;
    });
    const first = subject ?? (lines.length === 1 ? lines[0] : `record ${facts.length} facts`);
    const trailer = claims.length === 0 ? '' : `\n${(0,append_claims/* formatClaims */.fq)(claims)}\n`;
    return `factstore: ${first}\n\n${lines.join('\n')}\n${trailer}`;
}

// EXTERNAL MODULE: ./src/core/store/github/github-errors.ts
var github_errors = __webpack_require__(62368);
// EXTERNAL MODULE: ./src/core/store/github/github-request.ts
var github_request = __webpack_require__(31186);
;// CONCATENATED MODULE: ./src/core/store/github/github-branch-move.ts


const PAGE = 100;
/**
 * How the branch went from `base` to `tip`, through "Compare two commits": its status, and every
 * commit in between (100 a page) checked for a second parent. Without a base, checking for merges
 * would cost the whole history: the move is reported incomplete instead.
 */
async function gitHubBranchMove(request, where, base, tip) {
    if (base === undefined)
        return { relation: 'ahead', merges: [], complete: false };
    if (base === tip)
        return { relation: 'identical', merges: [], complete: true };
    const merges = [];
    for (let page = 1;; page++) {
        let data;
        try {
            data = (await request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner: where.owner, repo: where.repo, basehead: `${base}...${tip}`, per_page: PAGE, page })).data;
        }
        catch (e) {
            if ((0,github_request/* statusOf */.c)(e) === 404)
                return { relation: 'unknown', merges: [], complete: true };
            throw (0,github_errors/* gitHubFailure */.o)(e, where, 'comparing the facts branch with the commit seen before');
        }
        if (data.status !== 'ahead')
            return { relation: data.status, merges: [], complete: true };
        for (const c of data.commits)
            if (c.parents.length > 1)
                merges.push(c.sha);
        const total = data.total_commits ?? 0;
        if (data.commits.length < PAGE || page * PAGE >= total)
            break;
    }
    return { relation: 'ahead', merges, complete: true };
}
/** Whether `ancestor` is `descendant` or one of its ancestors (one request). */
async function gitHubIsAncestor(request, where, ancestor, descendant) {
    if (ancestor === descendant)
        return true;
    try {
        const data = (await request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner: where.owner, repo: where.repo, basehead: `${ancestor}...${descendant}`, per_page: 1 })).data;
        return data.status === 'ahead' || data.status === 'identical';
    }
    catch (e) {
        if ((0,github_request/* statusOf */.c)(e) === 404)
            return false;
        throw (0,github_errors/* gitHubFailure */.o)(e, where, 'comparing two facts commits');
    }
}

;// CONCATENATED MODULE: ./src/core/store/github/github-contents.ts



/**
 * One file of the facts tree at a commit, in one request (the contents API), whatever the store's
 * size; files over the API's 1 MB inline limit are fetched as a blob. Undefined when absent.
 */
async function readPath(request, where, ref, path) {
    let data;
    try {
        data = (await request('GET /repos/{owner}/{repo}/contents/{path}', { owner: where.owner, repo: where.repo, path, ref })).data;
    }
    catch (e) {
        if ((0,github_request/* statusOf */.c)(e) === 404)
            return undefined;
        throw (0,github_errors/* gitHubFailure */.o)(e, where, `reading ${path}`);
    }
    if (Array.isArray(data) || data.type !== 'file')
        return undefined;
    if (data.encoding === 'base64' && typeof data.content === 'string' && (data.content !== '' || data.size === 0)) {
        return Buffer.from(data.content, 'base64');
    }
    try {
        const blob = (await request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { owner: where.owner, repo: where.repo, file_sha: data.sha })).data;
        return Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8');
    }
    catch (e) {
        throw (0,github_errors/* gitHubFailure */.o)(e, where, `reading ${path}`);
    }
}
/** The file names of one folder of the facts tree at a commit; empty when absent. */
async function listPath(request, where, ref, path) {
    try {
        const data = (await request('GET /repos/{owner}/{repo}/contents/{path}', { owner: where.owner, repo: where.repo, path, ref })).data;
        if (!Array.isArray(data))
            throw new errors/* FactstoreError */.ST('INTEGRITY', `${path} in the facts branch is a file, where a folder was expected: run factstore verify.`);
        return data.filter((e) => e.type === 'file').map((e) => e.name);
    }
    catch (e) {
        if ((0,github_request/* statusOf */.c)(e) === 404)
            return [];
        if (e instanceof errors/* FactstoreError */.ST)
            throw e;
        throw (0,github_errors/* gitHubFailure */.o)(e, where, `listing ${path}`);
    }
}

;// CONCATENATED MODULE: ./src/core/store/github/listed-commits-cache.ts
/**
 * The commits that changed a facts file, as GitHub last listed them (newest first), kept by a
 * long-running process (the App) across events. A trail that is judged again and again gains a
 * decision commit each time; without this every evaluation would list its whole history again, one
 * request per 100 commits. With it, an evaluation lists one page and joins it to what it listed
 * before, once that page shows the history it continues.
 *
 * Nothing here is trusted: a listed commit is immutable (its sha names its bytes), and the trust
 * check runs on every commit of the joined list at every evaluation, as on a fresh one. Bounded by
 * the number of commits kept; the least recently used files go first.
 */
class ListedCommitsCache {
    maxCommits;
    files = new Map();
    kept = 0;
    constructor(maxCommits = 20_000) {
        this.maxCommits = maxCommits;
    }
    /** The list last stored for the file, newest first; marks it recently used. */
    get(key) {
        const listed = this.files.get(key);
        if (listed !== undefined) {
            this.files.delete(key);
            this.files.set(key, listed);
        }
        return listed;
    }
    set(key, newestFirst) {
        this.forget(key);
        if (newestFirst.length > this.maxCommits)
            return;
        this.files.set(key, newestFirst);
        this.kept += newestFirst.length;
        for (const [oldest] of this.files) {
            if (this.kept <= this.maxCommits)
                break;
            this.forget(oldest);
        }
    }
    /** How many commits are kept, over all files. */
    get size() {
        return this.kept;
    }
    forget(key) {
        const listed = this.files.get(key);
        if (listed === undefined)
            return;
        this.files.delete(key);
        this.kept -= listed.length;
    }
}
/** The key of a facts file: repository, branch and path (the branch's own tip is checked at each use). */
function listedCommitsKey(where, path) {
    return `${where.owner}/${where.repo}\u0000${where.branch}\u0000${path}`;
}

;// CONCATENATED MODULE: ./src/core/store/github/github-file-history.ts



const github_file_history_PAGE = 100;
/**
 * Every commit that changed the file at `path`, oldest first, from GitHub's path-filtered commit
 * list (100 a page: a trail's commits fit in one request). The signed payload and signature come
 * with each commit (`verification`), so no commit is read on its own; a signed commit GitHub
 * answers without them cannot be checked and is marked unreadable: the decision fails closed.
 *
 * With a `cache` (a long-running App), the first page is joined to the list kept from an earlier
 * call when that page reaches the newest commit kept and agrees with the list from there on; any
 * other answer (a branch rewound or rewritten, more than a page of new commits) is listed in full.
 */
async function gitHubFileCommits(request, where, start, path, 
/** sees every commit listed (the store keeps their trees: the tip is often among them) */
seen, cache) {
    const key = listedCommitsKey(where, path);
    const kept = cache?.get(key);
    const first = await listPage(request, where, start, path, 1);
    let listed = kept === undefined ? undefined : continued(first, kept);
    if (listed === undefined) {
        listed = [...first];
        for (let page = 2, last = first; last.length === github_file_history_PAGE; page++) {
            last = await listPage(request, where, start, path, page);
            listed.push(...last);
        }
    }
    cache?.set(key, listed);
    for (const c of listed)
        seen?.(c);
    return [...listed].reverse().map((c) => fileCommit(request, where, path, c));
}
async function listPage(request, where, start, path, page) {
    try {
        return (await request('GET /repos/{owner}/{repo}/commits', { owner: where.owner, repo: where.repo, sha: start, path, per_page: github_file_history_PAGE, page })).data;
    }
    catch (e) {
        throw (0,github_errors/* gitHubFailure */.o)(e, where, `listing the facts commits of ${path}`);
    }
}
/**
 * The whole list, newest first, when the first page continues the kept one: the page reaches the
 * kept list's newest commit and, from there on, lists the kept list's first commits in order; a
 * page that is not full holds the file's whole history, so the kept list must end where it ends.
 */
function continued(first, kept) {
    const at = first.findIndex((c) => c.sha === kept[0]?.sha);
    // (not found: -1 takes the page's last commit, which is not the kept list's first)
    const overlap = first.slice(at);
    if (overlap.some((c, i) => c.sha !== kept[i]?.sha))
        return undefined;
    if (first.length < github_file_history_PAGE && overlap.length !== kept.length)
        return undefined;
    return [...first.slice(0, at), ...kept];
}
function fileCommit(request, where, path, c) {
    const v = c.commit.verification ?? undefined;
    const signed = typeof v?.signature === 'string' && typeof v.payload === 'string';
    const unsigned = !signed && v?.reason === 'unsigned';
    return {
        commit: c.sha,
        parents: c.parents.map((p) => p.sha),
        time: c.commit.committer?.date ?? '',
        payload: signed ? (v.payload ?? undefined) : undefined,
        signature: signed ? (v.signature ?? undefined) : undefined,
        ...(signed || unsigned
            ? {}
            : {
                unreadable: `GitHub answered facts commit ${c.sha} without its signed payload and signature (verification reason: ${v?.reason ?? 'none given'}), ` +
                    'so its signature cannot be checked: check it from a clone with factstore verify, and report the answer if it persists',
            }),
        textAfter: async () => {
            const bytes = await readPath(request, where, c.sha, path);
            return bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8');
        },
    };
}

// EXTERNAL MODULE: ./src/core/store/layout.ts + 1 modules
var layout = __webpack_require__(97708);
;// CONCATENATED MODULE: ./src/core/store/ndjson.ts

/** Parses an NDJSON facts file; a line that is not JSON is an integrity failure, never skipped. */
function parseNdjson(text, where) {
    if (text === undefined || text === '')
        return [];
    const out = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (line === '')
            continue;
        try {
            out.push(JSON.parse(line));
        }
        catch (e) {
            throw new errors/* FactstoreError */.ST('INTEGRITY', `${where}:${i + 1} is not a JSON fact: the store is damaged; run factstore verify.`, { cause: e });
        }
    }
    return out;
}
/** Parses an index file of `{"flow","trail"}` lines, without duplicates, in recorded order. */
function parseRefs(text) {
    if (text === undefined)
        return [];
    const seen = new Set();
    const out = [];
    for (const line of text.split('\n')) {
        if (line === '' || seen.has(line))
            continue;
        seen.add(line);
        try {
            const ref = JSON.parse(line);
            if (typeof ref.flow === 'string' && typeof ref.trail === 'string')
                out.push({ flow: ref.flow, trail: ref.trail });
        }
        catch {
            // a damaged index line only hides a pointer; verify reports it
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/store/local/appended-facts.ts


/**
 * The facts each commit appended, oldest first. A facts file only grows, so a commit adds the
 * lines past its parent's line count; that is checked, not assumed: a changed or removed line
 * is an INTEGRITY error. Files are read one after the other, holding one version at a time.
 */
async function appendedFacts(reader, commits) {
    const text = lastTextReader(reader);
    const out = [];
    for (const { commit, time, changes } of commits) {
        const facts = [];
        for (const change of changes) {
            if (change.path.endsWith('.ndjson'))
                facts.push(...(await addedBy(commit, change, text)));
        }
        if (facts.length > 0)
            out.push({ commit, time: new Date(time * 1000).toISOString(), facts });
    }
    return out;
}
async function addedBy(commit, change, text) {
    if (change.newOid === undefined)
        throw damaged(`${change.path} was removed by facts commit ${commit}`);
    const before = lines(await text(change.oldOid));
    const after = lines(await text(change.newOid));
    for (let i = 0; i < before.length; i++) {
        if (after[i] !== before[i])
            throw damaged(`${change.path}:${i + 1} was ${i < after.length ? 'changed' : 'removed'} by facts commit ${commit}`);
    }
    return parseNdjson(after.slice(before.length).join('\n'), `${change.path} (facts commit ${commit})`);
}
function damaged(what) {
    return new errors/* FactstoreError */.ST('INTEGRITY', `${what}: facts are only ever appended, so the store was tampered with; run factstore verify.`);
}
function lines(text) {
    const out = text.split('\n');
    if (out[out.length - 1] === '')
        out.pop();
    return out;
}
/** Blob text by id, remembering the last two: a commit's old version is the previous one's new one. */
function lastTextReader(reader) {
    const recent = new Map();
    return async (oid) => {
        if (oid === undefined)
            return '';
        const known = recent.get(oid);
        if (known !== undefined)
            return known;
        const text = Buffer.from((await reader.read(oid)).content).toString('utf8');
        recent.set(oid, text);
        if (recent.size > 2)
            recent.delete(recent.keys().next().value ?? oid);
        return text;
    };
}

;// CONCATENATED MODULE: ./src/core/store/local/history-diff.ts

/** Where facts live; index and evidence files hold none. */
const FACT_ROOTS = new Set(['trails', 'loose']);
/** The facts a commit added: the new lines of every facts file that changed against its parent. */
async function addedFacts(reader, parentTree, tree) {
    const out = [];
    await walk(reader, parentTree, tree, '', out);
    return out;
}
async function walk(reader, before, after, prefix, out) {
    const old = new Map((before === undefined ? [] : await reader.readTree(before)).map((e) => [e.name, e]));
    for (const entry of await reader.readTree(after)) {
        if (prefix === '' && !FACT_ROOTS.has(entry.name))
            continue;
        const prev = old.get(entry.name);
        if (prev?.oid === entry.oid)
            continue;
        const p = `${prefix}${entry.name}`;
        if (entry.mode === '40000') {
            await walk(reader, prev?.mode === '40000' ? prev.oid : undefined, entry.oid, `${p}/`, out);
        }
        else if (entry.name.endsWith('.ndjson')) {
            const now = Buffer.from((await reader.read(entry.oid)).content).toString('utf8');
            const was = prev === undefined ? '' : Buffer.from((await reader.read(prev.oid)).content).toString('utf8');
            // An append-only change keeps the old text as a prefix; anything else is shown whole (verify flags it).
            out.push(...parseNdjson(now.startsWith(was) ? now.slice(was.length) : now, p));
        }
    }
}

// EXTERNAL MODULE: ./src/core/store/local/object-reader.ts
var object_reader = __webpack_require__(5540);
;// CONCATENATED MODULE: ./src/core/store/local/walk-history.ts


/** The first-parent history from `tip`, newest first, with the facts each commit added. */
async function* walkHistory(reader, tip, options) {
    let commit = tip;
    let count = 0;
    while (commit !== undefined) {
        const { raw } = await reader.readCommitHeader(commit);
        const header = (0,object_reader/* parseCommitHeader */.Mv)(raw);
        const time = new Date(header.time * 1000);
        if (options?.since !== undefined && time < options.since)
            return;
        if (options?.limit !== undefined && count >= options.limit)
            return;
        const parent = header.parents[0];
        const parentTree = parent === undefined ? undefined : (await reader.readCommitHeader(parent)).tree;
        const facts = await addedFacts(reader, parentTree, header.tree);
        yield { commit, parents: header.parents, time: time.toISOString(), message: header.message, facts, ...(reader.rawCommits ? { raw } : {}) };
        count++;
        commit = parent;
    }
}

;// CONCATENATED MODULE: ./src/core/store/plan-append.ts


/**
 * Decides what an append changes on top of a tree: each fact goes to its home file unless a fact
 * with the same id is already there (idempotent re-runs), plus its index lines. `reindex` also
 * writes the missing index lines of facts already there (stores written before an index existed).
 */
async function planAppend(facts, read, reindex = false) {
    const files = new Map();
    const original = new Map();
    const text = async (p) => {
        // a file is read once, even when the first fact for it was already there (skipped)
        const cached = files.get(p) ?? original.get(p);
        if (cached !== undefined)
            return cached;
        const bytes = await read(p);
        const was = bytes === undefined ? '' : Buffer.from(bytes).toString('utf8');
        original.set(p, was);
        return was;
    };
    const written = [];
    const skipped = [];
    let indexed = 0;
    for (const fact of facts) {
        const [home, ...indexes] = (0,layout/* placementsFor */._G)(fact);
        if (home === undefined)
            continue;
        const homeText = await text(home.path);
        const there = homeText.includes(`"id":"${fact.id}"`);
        if (there)
            skipped.push(fact);
        else {
            written.push(fact);
            files.set(home.path, appendLine(homeText, home.lines[0]?.text ?? ''));
        }
        if (there && !reindex)
            continue;
        for (const index of indexes) {
            const was = await text(index.path);
            let current = was;
            for (const line of index.lines) {
                if (!current.split('\n').includes(line.text)) {
                    current = appendLine(current, line.text);
                    indexed++;
                }
            }
            if (current !== was)
                files.set(index.path, current);
        }
    }
    const claims = [...files]
        .filter(([path]) => path.startsWith('trails/') || path.startsWith('loose/'))
        .map(([path, after]) => (0,append_claims/* claimFor */.sI)(path, original.get(path) ?? '', after));
    return { files, written, skipped, claims, indexed };
}
function appendLine(text, line) {
    const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
    return `${base}${line}\n`;
}

// EXTERNAL MODULE: ./src/core/signing/commit-signature.ts
var commit_signature = __webpack_require__(75041);
;// CONCATENATED MODULE: ./src/core/store/local/commit-text.ts
/** The signed payload of a commit, byte for byte as git hashes it (without the gpgsig header). */
function commitPayload(input) {
    const seconds = Math.floor(input.time.getTime() / 1000);
    const who = (i) => `${clean(i.name)} <${clean(i.email)}> ${seconds} +0000`;
    const head = [`tree ${input.tree}`, ...input.parents.map((p) => `parent ${p}`)];
    head.push(`author ${who(input.author)}`, `committer ${who(input.committer)}`);
    const message = input.message.endsWith('\n') ? input.message : `${input.message}\n`;
    return `${head.join('\n')}\n\n${message}`;
}
/** git refuses '<', '>' and newlines inside an identity. */
function clean(s) {
    return s.replace(/[<>\n\r]/g, '').trim() || 'unknown';
}

// EXTERNAL MODULE: ./src/core/store/local/objects.ts
var objects = __webpack_require__(73);
;// CONCATENATED MODULE: ./src/core/store/github/github-commit.ts






/**
 * One signed commit on top of `tip` through the Git Data API: a tree on `base_tree` (text files
 * inline, evidence by blob id), a commit whose payload is built and signed here, then the ref moved
 * without force. Returns 'moved' when the branch moved meanwhile (the caller re-applies on the new
 * tip); nothing is published until the ref update succeeds.
 */
async function pushCommit(request, where, c) {
    const call = async (route, params, doing) => {
        try {
            return (await request(route, { owner: where.owner, repo: where.repo, ...params })).data;
        }
        catch (e) {
            if ((0,github_request/* statusOf */.c)(e) === 409)
                throw emptyRepository(where, e);
            throw (0,github_errors/* gitHubFailure */.o)(e, where, doing);
        }
    };
    const entries = [
        ...[...c.files].map(([path, content]) => ({ path, mode: '100644', type: 'blob', content })),
        ...[...c.blobs].map(([path, sha]) => ({ path, mode: '100644', type: 'blob', sha })),
    ];
    const tree = (await call('POST /repos/{owner}/{repo}/git/trees', { ...(c.baseTree !== undefined ? { base_tree: c.baseTree } : {}), tree: entries }, 'writing the facts tree')).sha;
    const parents = c.tip === undefined ? [] : [c.tip];
    const payload = commitPayload({ tree, parents, author: c.author, committer: c.committer, time: c.time, message: c.message });
    const signature = await c.signer.sign(Buffer.from(payload, 'utf8'));
    const expected = (0,objects/* hashObject */.wM)('commit', Buffer.from((0,commit_signature/* addSignatureToCommit */.G)(payload, signature), 'utf8'));
    // GitHub documents YYYY-MM-DDTHH:MM:SSZ; the signed payload holds whole seconds too
    const date = gitHubDate(c.time);
    const created = (await call('POST /repos/{owner}/{repo}/git/commits', {
        message: payload.slice(payload.indexOf('\n\n') + 2),
        tree,
        parents,
        author: { ...c.author, date },
        committer: { ...c.committer, date },
        signature,
    }, 'writing the facts commit'));
    if (created.sha !== expected) {
        // GitHub built other bytes than were signed: the signature would not verify. Not published.
        throw new errors/* FactstoreError */.ST('INTERNAL', `GitHub stored facts commit ${created.sha}, but the signed commit is ${expected}: its signature would not verify, so the branch was not moved and nothing was written. Report this with your GitHub version.`);
    }
    return { outcome: await moveBranch(request, where, c.tip, created.sha), commit: created.sha };
}
/** Creates the branch, or fast-forwards it; 'moved' when someone else got there first. */
async function moveBranch(request, where, tip, sha) {
    try {
        if (tip === undefined) {
            await request('POST /repos/{owner}/{repo}/git/refs', { owner: where.owner, repo: where.repo, ref: `refs/heads/${where.branch}`, sha });
        }
        else {
            await request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { owner: where.owner, repo: where.repo, ref: `heads/${where.branch}`, sha, force: false });
        }
        return 'updated';
    }
    catch (e) {
        const said = (0,github_request/* messageOf */.b)(e);
        if ((0,github_request/* statusOf */.c)(e) === 422 && /fast.forward|already exists/i.test(said))
            return 'moved';
        const doing = tip === undefined ? `creating the facts branch ${where.branch}` : `moving the facts branch ${where.branch}`;
        // Any other refusal of a ref update is a branch protection rule or ruleset ("Changes must be
        // made through a pull request", "Protected branch update failed", "Repository rule violations").
        if ((0,github_request/* statusOf */.c)(e) === 422)
            throw (0,github_errors/* protectedBranch */.l)(e, where, doing);
        throw (0,github_errors/* gitHubFailure */.o)(e, where, doing);
    }
}
function emptyRepository(where, cause) {
    return new errors/* FactstoreError */.ST('CONFIG', `${where.owner}/${where.repo} has no commit yet, and GitHub's API cannot write to an empty repository: push one commit to it (a README will do), then record again. Nothing was written.`, { cause });
}
/** A time as GitHub's Git database API documents dates: `YYYY-MM-DDTHH:MM:SSZ`, whole seconds. */
function gitHubDate(time) {
    return new Date(Math.floor(time.getTime() / 1000) * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

;// CONCATENATED MODULE: ./src/core/store/github/github-path-log.ts

const github_path_log_PAGE = 100;
/**
 * The commits that changed `path` (a file, or a folder's files), oldest first, from GitHub's
 * path-filtered commit list; each commit's change is read from its tree and its parent's.
 */
async function gitHubPathLog(request, where, reader, start, path) {
    const shas = [];
    for (let page = 1;; page++) {
        let data;
        try {
            data = (await request('GET /repos/{owner}/{repo}/commits', { owner: where.owner, repo: where.repo, sha: start, path, per_page: github_path_log_PAGE, page })).data;
        }
        catch (e) {
            throw (0,github_errors/* gitHubFailure */.o)(e, where, `listing the facts commits of ${path}`);
        }
        shas.push(...data.map((c) => c.sha));
        if (data.length < github_path_log_PAGE)
            break;
    }
    const out = [];
    for (const sha of shas.reverse()) {
        const commit = await reader.commit(sha);
        const parent = commit.parents[0]?.sha;
        const parentTree = parent === undefined ? undefined : (await reader.commit(parent)).tree.sha;
        out.push({ commit: sha, time: Math.floor(Date.parse(commit.committer.date) / 1000), changes: await changesUnder(reader, parentTree, commit.tree.sha, path) });
    }
    return out;
}
/** The files under `path` whose blob differs between two trees (or `path` itself, for a file). */
async function changesUnder(reader, before, after, path) {
    const [old, now] = await Promise.all([before === undefined ? undefined : reader.lookup(before, path), reader.lookup(after, path)]);
    if (old?.mode !== '40000' && now?.mode !== '40000') {
        return old?.oid === now?.oid ? [] : [{ path, oldOid: old?.oid, newOid: now?.oid }];
    }
    const list = async (entry) => new Map(entry?.mode === '40000' ? (await reader.readTree(entry.oid)).map((e) => [e.name, e.oid]) : []);
    const [was, is] = await Promise.all([list(old), list(now)]);
    const names = [...new Set([...was.keys(), ...is.keys()])].sort();
    return names.filter((n) => was.get(n) !== is.get(n)).map((n) => ({ path: `${path}/${n}`, oldOid: was.get(n), newOid: is.get(n) }));
}

;// CONCATENATED MODULE: ./src/core/store/github/github-reader.ts


/**
 * Git objects read through the Git Data API (trees, commits, blobs), so the tree walking and
 * history code of the local back-end serves the GitHub one too. Objects are immutable: each one is
 * fetched once per reader.
 */
class GitHubObjectReader extends object_reader/* ObjectReader */.nR {
    request;
    where;
    rawCommits = false;
    trees = new Map();
    commits = new Map();
    constructor(request, where) {
        super('');
        this.request = request;
        this.where = where;
    }
    async read(oid) {
        const data = (await this.get('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { file_sha: oid }, 'reading a blob'));
        const content = data.encoding === 'base64' ? Buffer.from(data.content, 'base64') : Buffer.from(data.content, 'utf8');
        return { type: 'blob', content };
    }
    async readTree(oid) {
        const known = this.trees.get(oid);
        if (known !== undefined)
            return known;
        const data = (await this.get('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { tree_sha: oid }, 'reading a tree'));
        // The API writes directory modes as 040000; git's own tree objects (and this code) say 40000.
        const entries = data.tree.map((e) => ({ name: e.path, mode: e.mode === '040000' ? '40000' : e.mode, oid: e.sha }));
        this.trees.set(oid, entries);
        return entries;
    }
    async readCommitHeader(oid) {
        const c = await this.commit(oid);
        // `raw` carries what history() reads from it: tree, parents, committer time and message.
        const time = Math.floor(Date.parse(c.committer.date) / 1000);
        const raw = [`tree ${c.tree.sha}`, ...c.parents.map((p) => `parent ${p.sha}`), `committer GitHub <noreply@github.com> ${time} +0000`, '', c.message].join('\n');
        return { tree: c.tree.sha, parents: c.parents.map((p) => p.sha), raw };
    }
    /**
     * Keeps a commit "List commits" already returned (its tree, parents, message and time), so reading
     * it later costs no request.
     */
    remember(c) {
        const tree = c.commit.tree?.sha;
        const date = c.commit.committer?.date;
        if (this.commits.has(c.sha) || tree === undefined || date === undefined)
            return;
        this.commits.set(c.sha, { sha: c.sha, tree: { sha: tree }, parents: c.parents.map((p) => ({ sha: p.sha })), message: c.commit.message ?? '', committer: { date } });
    }
    async commit(oid) {
        const known = this.commits.get(oid);
        if (known !== undefined)
            return known;
        const data = (await this.get('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { commit_sha: oid }, 'reading a facts commit'));
        this.commits.set(oid, data);
        return data;
    }
    async get(route, params, doing) {
        try {
            return (await this.request(route, { owner: this.where.owner, repo: this.where.repo, ...params })).data;
        }
        catch (e) {
            throw (0,github_errors/* gitHubFailure */.o)(e, this.where, doing);
        }
    }
}

;// CONCATENATED MODULE: ./src/core/store/github/github-store.ts
















const COMMITTER = { name: 'Factstore', email: 'factstore@users.noreply.github.com' };
/**
 * The GitHub back-end (DESIGN §2): the facts branch of a repository on GitHub, read and written
 * through the REST API, never cloned. A write costs a fixed number of requests whatever the
 * store's size: the tip, its commit, the few files the append touches, one blob per evidence file,
 * one tree, one commit, one ref update.
 */
class GitHubStore {
    options;
    where;
    reader;
    files = new Map();
    constructor(options) {
        this.options = options;
        this.where = { owner: options.owner, repo: options.repo, branch: options.branch ?? 'factstore' };
        this.reader = new GitHubObjectReader(options.request, this.where);
    }
    /**
     * The tip, through "Get a branch": one request that also gives the tip's tree, so an append on it
     * needs no other read of the commit.
     */
    async tip() {
        try {
            const r = await this.options.request('GET /repos/{owner}/{repo}/branches/{branch}', { owner: this.where.owner, repo: this.where.repo, branch: this.where.branch });
            const commit = r.data.commit;
            this.reader.remember(commit);
            return commit.sha;
        }
        catch (e) {
            const status = (0,github_request/* statusOf */.c)(e);
            // 404: no such branch; 409: a repository with no commit at all
            if (status === 404 || status === 409)
                return undefined;
            throw (0,github_errors/* gitHubFailure */.o)(e, this.where, `reading the facts branch ${this.where.branch}`);
        }
    }
    /** Creates the facts branch (an orphan commit holding the layout marker) when it is missing. */
    async init() {
        const tip = await this.tip();
        if (tip !== undefined)
            return { created: false, commit: tip };
        const r = await this.write([], [], 'factstore: create the facts branch\n');
        return { created: r.created, commit: r.commit };
    }
    async append(request) {
        for (const fact of request.facts)
            this.options.validate?.(fact);
        for (const ev of request.evidence ?? []) {
            if (`sha256:${(0,fact_id/* sha256Hex */.fg)(ev.bytes)}` !== ev.sha256) {
                throw new errors/* FactstoreError */.ST('BAD_INPUT', `evidence bytes do not match ${ev.sha256}: the file changed while it was read; record it again.`);
            }
        }
        const r = await this.write(request.facts, request.evidence ?? [], undefined, request.message, request.basedOn, request.reindex === true);
        return { commit: r.changed ? r.commit : undefined, written: r.written, skipped: r.skipped, attempts: r.attempts, indexed: r.indexed };
    }
    async write(facts, evidence, fixedMessage, subject, basedOn, reindex = false) {
        const signer = this.options.signer;
        if (signer === undefined) {
            throw new errors/* FactstoreError */.ST('KEY', 'no signing key: pass the signing-key input (a secret holding a key made by factstore keygen).');
        }
        const clock = this.options.clock ?? (() => new Date());
        const sleep = this.options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        const maxAttempts = this.options.maxAttempts ?? 60;
        // Evidence blobs do not depend on the tip: uploaded once, whatever the retries.
        const blobs = new Map();
        for (const ev of evidence)
            blobs.set((0,layout/* evidencePath */.Zz)(ev.sha256), await this.uploadBlob(ev.bytes));
        for (let attempt = 1; attempt <= maxAttempts; attempt++) {
            const tip = attempt === 1 && basedOn !== undefined ? basedOn : await this.tip();
            if (tip !== undefined && facts.length === 0)
                return { commit: tip, created: false, changed: false, written: [], skipped: [], attempts: attempt, indexed: 0 };
            const baseTree = tip === undefined ? undefined : (await this.reader.commit(tip)).tree.sha;
            const plan = await planAppend(facts, (p) => (tip === undefined ? Promise.resolve(undefined) : this.readAt(tip, p)), reindex);
            if (tip !== undefined && plan.files.size === 0)
                return { commit: tip, created: false, changed: false, written: [], skipped: plan.skipped, attempts: attempt, indexed: 0 };
            const files = new Map(plan.files);
            if (tip === undefined)
                files.set(layout/* MARKER_PATH */.BR, `${JSON.stringify({ factstore: { layout: layout/* LAYOUT_VERSION */.w9 } }, null, 2)}\n`);
            const pushed = await pushCommit(this.options.request, this.where, {
                tip,
                baseTree,
                files,
                blobs,
                author: this.options.author ?? COMMITTER,
                committer: COMMITTER,
                time: clock(),
                message: fixedMessage ?? commitMessage(plan.written, subject, plan.claims),
                signer,
            });
            if (pushed.outcome === 'updated')
                return { commit: pushed.commit, created: tip === undefined, changed: true, written: plan.written, skipped: plan.skipped, attempts: attempt, indexed: plan.indexed };
            // The branch moved: re-apply on the new tip after a jittered pause.
            await sleep(Math.floor(Math.random() * Math.min(500, 10 * 2 ** Math.min(attempt, 6))) + 1);
        }
        throw new errors/* FactstoreError */.ST('CONFLICT', `the facts branch ${this.where.branch} kept moving: gave up after ${maxAttempts} attempts; nothing was written. Run the step again.`);
    }
    async uploadBlob(bytes) {
        try {
            const r = await this.options.request('POST /repos/{owner}/{repo}/git/blobs', { owner: this.where.owner, repo: this.where.repo, content: Buffer.from(bytes).toString('base64'), encoding: 'base64' });
            return r.data.sha;
        }
        catch (e) {
            if ((0,github_request/* statusOf */.c)(e) === 409) {
                throw new errors/* FactstoreError */.ST('CONFIG', `${this.where.owner}/${this.where.repo} has no commit yet, and GitHub's API cannot write to an empty repository: push one commit to it (a README will do), then record again.`, { cause: e });
            }
            throw (0,github_errors/* gitHubFailure */.o)(e, this.where, 'uploading evidence');
        }
    }
    /** The facts commit reads are made at: `at`, else the tip; undefined before the first write. */
    async ref(options) {
        return options?.at ?? (await this.tip());
    }
    async readText(path, options) {
        const ref = await this.ref(options);
        if (ref === undefined)
            return undefined;
        const bytes = await this.readAt(ref, path);
        return bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8');
    }
    /**
     * A file at a facts commit. What a commit holds never changes, so each (commit, path) is asked
     * for once: a decision recorded right after it was evaluated reads nothing twice.
     */
    readAt(ref, path) {
        if (!/^[0-9a-f]{40}$/.test(ref))
            return readPath(this.options.request, this.where, ref, path);
        const key = `${ref}:${path}`;
        let known = this.files.get(key);
        if (known === undefined) {
            known = readPath(this.options.request, this.where, ref, path);
            known.catch(() => this.files.delete(key));
            if (this.files.size > 1000)
                this.files.clear();
            this.files.set(key, known);
        }
        return known;
    }
    async readTrail(flow, trail, options) {
        const p = (0,layout/* trailPath */.yg)(flow, trail);
        return parseNdjson(await this.readText(p, options), p);
    }
    async trailsForArtifact(digest, options) {
        return parseRefs(await this.readText((0,layout/* artifactIndexPath */.gi)(digest), options));
    }
    async trailsForCommit(commit, options) {
        return parseRefs(await this.readText((0,layout/* commitIndexPath */.p9)(commit), options));
    }
    async listTrails(flow, options) {
        const ref = await this.ref(options);
        if (ref === undefined)
            return [];
        const root = await this.reader.lookup((await this.reader.commit(ref)).tree.sha, 'trails');
        if (root === undefined)
            return [];
        const out = [];
        for (const f of await this.reader.readTree(root.oid)) {
            if (flow !== undefined && f.name !== flow)
                continue;
            for (const shard of await this.reader.readTree(f.oid)) {
                for (const file of await this.reader.readTree(shard.oid)) {
                    if (file.name.endsWith('.ndjson'))
                        out.push({ flow: f.name, trail: file.name.slice(0, -'.ndjson'.length) });
                }
            }
        }
        return out;
    }
    async readLoose(kind, key, options) {
        const ref = await this.ref(options);
        if (ref === undefined)
            return [];
        const dir = (0,layout/* looseDir */.Wi)(kind, key);
        const out = [];
        for (const name of (await listPath(this.options.request, this.where, ref, dir)).sort()) {
            const bytes = await readPath(this.options.request, this.where, ref, `${dir}/${name}`);
            out.push(...parseNdjson(bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8'), `${dir}/${name}`));
        }
        return out;
    }
    async looseKeys(kind, options) {
        return (await this.folder(`loose/${kind}`, options)).filter((e) => e.mode === '40000').map((e) => e.name).sort();
    }
    async looseFiles(kind, key, options) {
        const ref = await this.ref(options);
        if (ref === undefined)
            return [];
        const dir = (0,layout/* looseDir */.Wi)(kind, key);
        return (await listPath(this.options.request, this.where, ref, dir)).sort().map((name) => `${dir}/${name}`);
    }
    trailHistory(flow, trail, options) {
        return this.historyOf((0,layout/* trailPath */.yg)(flow, trail), options);
    }
    looseHistory(kind, key, options) {
        return this.historyOf((0,layout/* looseDir */.Wi)(kind, key), options);
    }
    async historyOf(path, options) {
        const start = await this.ref(options);
        if (start === undefined)
            return [];
        return appendedFacts(this.reader, await gitHubPathLog(this.options.request, this.where, this.reader, start, path));
    }
    async *history(options) {
        yield* walkHistory(this.reader, options?.at ?? (await this.tip()), options);
    }
    async indexEntries(folder, options) {
        return (await this.folder(folder, options)).map((e) => e.name);
    }
    /** The entries of one folder through the git trees API (the contents API lists at most 1,000); none when absent. */
    async folder(path, options) {
        const ref = await this.ref(options);
        const dir = ref === undefined ? undefined : await this.reader.lookup((await this.reader.commit(ref)).tree.sha, path);
        return dir === undefined || dir.mode !== '40000' ? [] : this.reader.readTree(dir.oid);
    }
    async indexRefs(path, options) {
        return parseRefs(await this.readText(path, options));
    }
    async readEvidence(sha256, options) {
        const ref = await this.ref(options);
        if (ref === undefined)
            return undefined;
        return readPath(this.options.request, this.where, ref, (0,layout/* evidencePath */.Zz)(sha256));
    }
    async fileHistory(path, options) {
        const at = await this.ref(options);
        if (at === undefined)
            return { path, at, text: undefined, commits: [] };
        const [text, commits] = await Promise.all([this.readText(path, { at }), gitHubFileCommits(this.options.request, this.where, at, path, (c) => this.reader.remember(c), this.options.listedCommits)]);
        return { path, at, text, commits };
    }
    /** One history each: the API lists a file's commits by path, one file at a time. */
    async fileHistoriesOf(paths, options) {
        const at = await this.ref(options);
        return Promise.all([...new Set(paths)].map((p) => this.fileHistory(p, at === undefined ? {} : { at })));
    }
    /** One history per trail file listed at the commit (listing commands; the App never lists). */
    async fileHistories(prefix, options) {
        const at = await this.ref(options);
        if (at === undefined)
            return [];
        const flow = /^trails\/([^/]+)\/?$/.exec(prefix)?.[1];
        if (prefix.replace(/\/+$/, '') !== 'trails' && flow === undefined) {
            throw new errors/* FactstoreError */.ST('INTERNAL', `fileHistories of ${prefix}: the GitHub back-end lists trail files only.`);
        }
        const refs = await this.listTrails(flow, { at });
        return Promise.all(refs.map((r) => this.fileHistory((0,layout/* trailPath */.yg)(r.flow, r.trail), { at })));
    }
    isAncestor(ancestor, descendant) {
        return gitHubIsAncestor(this.options.request, this.where, ancestor, descendant);
    }
    branchMove(base, tip) {
        return gitHubBranchMove(this.options.request, this.where, base, tip);
    }
    /** Replacements, grafts and shallow clones do not exist behind GitHub's API. */
    readHazards() {
        return Promise.resolve([]);
    }
}

// EXTERNAL MODULE: ./src/action/github/repo-name.ts
var repo_name = __webpack_require__(73460);
;// CONCATENATED MODULE: ./src/action/github/open-store.ts




// git's rules for a branch name, as the config schema spells them
const BRANCH = /^(?!.*\.\.)(?!\/)(?!-)(?!.*\.lock$)(?!.*\/$)[^\s~^:?*[\\]{1,255}$/;
/** The facts repository and branch: the inputs, else the config, else the workflow's repository. */
function factsLocation(inputs, config) {
    const repo = inputs.factsRepo ?? (config.facts.repo !== undefined ? (0,repo_name/* parseRepoName */.JL)(config.facts.repo, 'facts.repo of the config') : inputs.repository);
    if (repo === undefined) {
        throw new errors/* FactstoreError */.ST('CONFIG', 'no facts repository: give the `facts-repo` input (owner/name) or facts.repo in the config.');
    }
    const branch = inputs.factsBranch ?? config.facts.branch;
    if (!BRANCH.test(branch)) {
        throw new errors/* FactstoreError */.ST('BAD_INPUT', `the facts branch ${JSON.stringify(branch)} is not a valid git branch name: give e.g. factstore (no spaces, no '..').`);
    }
    return { ...repo, branch };
}
/** The facts branch on GitHub; every fact is checked against the schema before it is sent. */
function openStore(request, at, env, signer) {
    const actor = env.actor ?? 'github-actions';
    const email = env.actorId !== undefined ? `${env.actorId}+${actor}@users.noreply.github.com` : `${actor}@users.noreply.github.com`;
    return new GitHubStore({
        request,
        owner: at.owner,
        repo: at.repo,
        branch: at.branch,
        author: { name: actor, email },
        validate: (fact) => (0,schema/* assertValidFact */.Dz)(fact, `the ${fact.kind} fact`),
        ...(signer !== undefined ? { signer } : {}),
    });
}


/***/ }),

/***/ 97916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ optionalInput),
/* harmony export */   YF: () => (/* binding */ requiredInput),
/* harmony export */   dt: () => (/* binding */ listInput),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** One input, trimmed; undefined when empty (the runner passes every declared input, empty or not). */
function optionalInput(name) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    return value === '' ? undefined : value;
}
function requiredInput(name, what) {
    const value = optionalInput(name);
    if (value === undefined)
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(`the \`${name}\` input is empty: give ${what} under \`with:\` in the workflow step.`);
    return value;
}
/** Several values, one per line or separated by commas; blank entries dropped. */
function listInput(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name)
        .split(/\r?\n|,/)
        .map((v) => v.trim())
        .filter((v) => v !== '');
}
/** `true` or `false` (YAML 1.2 core schema spellings), default false when empty. */
function booleanInput(name) {
    const value = optionalInput(name);
    if (value === undefined)
        return false;
    if (/^(true|True|TRUE)$/.test(value))
        return true;
    if (/^(false|False|FALSE)$/.test(value))
        return false;
    throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(`the \`${name}\` input is ${JSON.stringify(value)}: give true or false.`);
}


/***/ }),

/***/ 37229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ readStoreInputs)
/* harmony export */ });
/* unused harmony export DEFAULT_CONFIG_PATH */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87911);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97916);
/* harmony import */ var _github_repo_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73460);




const DEFAULT_CONFIG_PATH = '.github/factstore.yml';
function readStoreInputs(env) {
    const token = (0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInput */ .$m)('token');
    if (token !== undefined)
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecret */ .$)(token);
    const factsRepo = (0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInput */ .$m)('facts-repo');
    const configPath = ((0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInput */ .$m)('config') ?? DEFAULT_CONFIG_PATH).replace(/^\.\//, '');
    if (configPath.startsWith('/') || configPath.split('/').includes('..')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FactstoreError */ .ST('BAD_INPUT', `the \`config\` input ${JSON.stringify(configPath)} must be a path inside the repository, e.g. ${DEFAULT_CONFIG_PATH}.`);
    }
    return {
        factsRepo: factsRepo === undefined ? undefined : (0,_github_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepoName */ .JL)(factsRepo, '`facts-repo`'),
        factsBranch: (0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalInput */ .$m)('facts-branch'),
        token,
        configPath,
        repository: env.repository === undefined ? undefined : (0,_github_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepoName */ .JL)(env.repository, 'GITHUB_REPOSITORY'),
    };
}


/***/ }),

/***/ 88689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);

/** Sets the step's outputs; an undefined value is set empty, so `steps.x.outputs.y` is always defined. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value ?? '');
}


/***/ }),

/***/ 88403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);

/** Appends Markdown to the step's job summary; outside a runner (no GITHUB_STEP_SUMMARY) it is logged. */
async function writeJobSummary(markdown) {
    if (process.env.GITHUB_STEP_SUMMARY === undefined || process.env.GITHUB_STEP_SUMMARY === '') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(markdown);
        return;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write();
}


/***/ }),

/***/ 87911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ maskSecret)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);

/**
 * Masks a secret in the step's log, line by line as well: the runner matches masks per line, so a
 * multi-line value (an OpenSSH key) registered whole would still show line by line.
 */
function maskSecret(value) {
    if (value.trim() === '')
        return;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    for (const line of value.split(/\r?\n/)) {
        const t = line.trim();
        // short lines (blank, the BEGIN/END armour) are not secret, and masking them would hide ordinary text
        if (t.length >= 8 && !/^-----(BEGIN|END) /.test(t))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(t);
    }
}


/***/ }),

/***/ 79361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   lO: () => (/* binding */ makeFact)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97603);


/** JSON with object keys sorted at every depth: the same fact always hashes the same. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v !== undefined)
                out[key] = sortKeys(v);
        }
        return out;
    }
    return value;
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/**
 * Fills in `v` and the deterministic `id`. With an idempotency key the id is derived from the key
 * alone, so a re-run CI step writes the same id and the store skips it; otherwise from the whole
 * content including the timestamp, so a retried write of the same fact is still a no-op while a
 * person approving again later records a new fact.
 */
function makeFact(input) {
    const basis = input.idempotencyKey !== undefined
        ? canonicalJson({ kind: input.kind, flow: 'flow' in input ? input.flow : undefined, trail: input.trail, key: input.idempotencyKey })
        : canonicalJson(input);
    const fact = { v: _fact_js__WEBPACK_IMPORTED_MODULE_1__/* .FACT_VERSION */ .yQ, id: sha256Hex(basis), ...input };
    return JSON.parse(canonicalJson(fact));
}


/***/ }),

/***/ 97603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _s: () => (/* binding */ auditEvent),
/* harmony export */   tF: () => (/* binding */ isFlowFact),
/* harmony export */   yQ: () => (/* binding */ FACT_VERSION)
/* harmony export */ });
/**
 * The fact model (DESIGN §2). `schemas/fact.schema.json` is the source of truth for the
 * wire shape; these types mirror it and every fact is validated against it before a write.
 */
const FACT_VERSION = 1;
function isFlowFact(fact) {
    return fact.kind !== 'alarm' && fact.kind !== 'snapshot' && fact.kind !== 'drift' && fact.kind !== 'export';
}
/** The audit event name a fact shows as in the log (DESIGN §2). */
function auditEvent(fact) {
    switch (fact.kind) {
        case 'trail':
            return 'TRAIL_STARTED';
        case 'artifact':
            return 'ARTIFACT_REPORTED';
        case 'attestation':
            return 'ATTESTATION_RECORDED';
        case 'approval':
            return fact.decision === 'APPROVED' ? 'APPROVAL_GRANTED' : 'APPROVAL_REJECTED';
        case 'decision':
        case 'bypass':
        case 'snapshot':
            return fact.event;
        case 'drift':
            return fact.event;
        case 'alarm':
            return fact.event;
        case 'export':
            return fact.event;
    }
}


/***/ }),

/***/ 91487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_2__.Dz),
/* harmony export */   a$: () => (/* reexport safe */ _format_errors_js__WEBPACK_IMPORTED_MODULE_3__.a),
/* harmony export */   pG: () => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_2__.pG),
/* harmony export */   tf: () => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_2__.tf),
/* harmony export */   xw: () => (/* reexport safe */ _schema_files_js__WEBPACK_IMPORTED_MODULE_4__.xw)
/* harmony export */ });
/* harmony import */ var _validator_for_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12410);
/* harmony import */ var _check_json_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8596);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93533);
/* harmony import */ var _format_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74858);
/* harmony import */ var _schema_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18326);







/***/ }),

/***/ 75041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ addSignatureToCommit),
/* harmony export */   _: () => (/* binding */ splitSignedCommit)
/* harmony export */ });
/**
 * The `gpgsig` header of a git commit object, read and written exactly as git does
 * (commit.c: parse_buffer_signed_by_header and add_header_signature, SHA-1 repositories).
 */
const SIG_HEADER = 'gpgsig';
/** Lines with their `\n` kept, so joining them gives back the text byte for byte. */
function linesOf(text) {
    return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function splitSignedCommit(raw) {
    const lines = linesOf(raw);
    let payload = '';
    let signature = '';
    let saw = false;
    let inSignature = false;
    // Another hash's signature (gpgsig-sha256) is left out of the payload too, as git does.
    let otherSignature = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        let sig;
        if (inSignature && line.startsWith(' '))
            sig = line.slice(1);
        else if (line.startsWith(`${SIG_HEADER} `)) {
            sig = line.slice(SIG_HEADER.length + 1);
            otherSignature = false;
        }
        else if (line.startsWith(SIG_HEADER))
            otherSignature = true;
        else if (otherSignature && !line.startsWith(' '))
            otherSignature = false;
        if (sig !== undefined) {
            signature += sig;
            saw = true;
            inSignature = true;
            continue;
        }
        inSignature = false;
        if (line.startsWith('\n')) {
            // the blank line ends the headers: the message is payload as it stands
            payload += lines.slice(i).join('');
            break;
        }
        if (!otherSignature)
            payload += line;
    }
    return saw ? { payload, signature } : { payload };
}
/**
 * Inserts `gpgsig <first line>` and ` <next lines>` at the end of the headers (after the
 * committer line in a plain commit), before the blank line that starts the message.
 */
function addSignatureToCommit(payload, armored) {
    const endOfHeaders = payload.indexOf('\n\n');
    const at = endOfHeaders < 0 ? payload.length : endOfHeaders + 1;
    const header = linesOf(armored)
        .map((line, i) => (i === 0 ? `${SIG_HEADER} ${line}` : ` ${line}`))
        .join('');
    // git's signature text always ends with a newline; one without would swallow the blank line
    const terminated = header.endsWith('\n') || header === '' ? header : `${header}\n`;
    return payload.slice(0, at) + terminated + payload.slice(at);
}


/***/ }),

/***/ 80140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ signSshsig),
/* harmony export */   v: () => (/* binding */ GIT_NAMESPACE)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _public_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34740);
/* harmony import */ var _sshsig_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60806);
/* harmony import */ var _ssh_wire_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3719);
/** `ssh-keygen -Y sign` in node:crypto: the same bytes, because Ed25519 is deterministic. */





const GIT_NAMESPACE = 'git';
function signSshsig(key, data, namespace = GIT_NAMESPACE) {
    if (namespace.length === 0)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)('The SSHSIG namespace is empty: use "git" for commits (or another non-empty purpose name).');
    const raw = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, (0,_sshsig_format_js__WEBPACK_IMPORTED_MODULE_3__/* .signedData */ .bD)(namespace, 'sha512', data), key.keyObject);
    const signature = Buffer.concat([(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_4__/* .sshString */ ._G)(_public_key_js__WEBPACK_IMPORTED_MODULE_2__/* .ED25519_KEY_TYPE */ .bI), (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_4__/* .sshString */ ._G)(raw)]);
    return (0,_sshsig_format_js__WEBPACK_IMPORTED_MODULE_3__/* .armorSignature */ .qF)((0,_sshsig_format_js__WEBPACK_IMPORTED_MODULE_3__/* .signatureBlob */ .OD)({ publicKeyBlob: key.publicKeyBlob, namespace, hash: 'sha512', signature }));
}


/***/ }),

/***/ 60806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HK: () => (/* binding */ SIGNATURE_END),
/* harmony export */   Hb: () => (/* binding */ SSHSIG_VERSION),
/* harmony export */   N7: () => (/* binding */ SSHSIG_HASHES),
/* harmony export */   OD: () => (/* binding */ signatureBlob),
/* harmony export */   bD: () => (/* binding */ signedData),
/* harmony export */   lb: () => (/* binding */ SIGNATURE_BEGIN),
/* harmony export */   qF: () => (/* binding */ armorSignature),
/* harmony export */   uT: () => (/* binding */ SSHSIG_MAGIC)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _base64_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53872);
/* harmony import */ var _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3719);
/**
 * The SSHSIG format (OpenSSH PROTOCOL.sshsig), shared by signing and verifying.
 * What the key signs:   "SSHSIG" string(namespace) string(reserved) string(hash alg) string(H(message))
 * The signature blob:   "SSHSIG" uint32(1) string(pubkey blob) string(namespace) string(reserved)
 *                       string(hash alg) string(string(sig type) string(sig bytes))
 */



const SSHSIG_MAGIC = Buffer.from('SSHSIG', 'latin1');
const SSHSIG_VERSION = 1;
const SIGNATURE_BEGIN = '-----BEGIN SSH SIGNATURE-----';
const SIGNATURE_END = '-----END SSH SIGNATURE-----';
/** The hashes OpenSSH accepts; it signs with sha512, git's default. */
const SSHSIG_HASHES = ['sha512', 'sha256'];
function signedData(namespace, hash, data, reserved = Buffer.alloc(0)) {
    return Buffer.concat([
        SSHSIG_MAGIC,
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshString */ ._G)(namespace),
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshString */ ._G)(reserved),
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshString */ ._G)(hash),
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshString */ ._G)((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(hash).update(data).digest()),
    ]);
}
function signatureBlob(fields) {
    return Buffer.concat([
        SSHSIG_MAGIC,
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshUint32 */ .Qz)(SSHSIG_VERSION),
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshString */ ._G)(fields.publicKeyBlob),
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshString */ ._G)(fields.namespace),
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshString */ ._G)(''),
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshString */ ._G)(fields.hash),
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshString */ ._G)(fields.signature),
    ]);
}
/** Armored as ssh-keygen writes the .sig file, final newline included. */
function armorSignature(blob) {
    return `${SIGNATURE_BEGIN}\n${(0,_base64_js__WEBPACK_IMPORTED_MODULE_2__/* .wrapBase64 */ .m)(blob)}\n${SIGNATURE_END}\n`;
}


/***/ }),

/***/ 5736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ verifySshsig)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _base64_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53872);
/* harmony import */ var _ed25519_crypto_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73846);
/* harmony import */ var _public_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34740);
/* harmony import */ var _sshsig_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60806);
/* harmony import */ var _ssh_wire_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3719);
/**
 * Verifies an armored SSHSIG signature. It reports instead of throwing: verifiers walk whole
 * histories and a hostile commit must become a finding, never a crash.
 */






function verifySshsig(armored, data, namespace) {
    try {
        return verifyOrThrow(armored, data, namespace);
    }
    catch (e) {
        const why = e instanceof _ssh_wire_js__WEBPACK_IMPORTED_MODULE_4__/* .SshWireTruncated */ .Uo ? 'it is truncated' : 'it could not be read';
        return { valid: false, error: `The SSH signature is malformed: ${why}.` };
    }
}
/** Echoes only a short, printable version of values taken from the signature. */
const show = (s) => JSON.stringify(s.length > 64 ? `${s.slice(0, 64)}…` : s);
function blobFromArmor(armored) {
    if (typeof armored !== 'string')
        return 'The signature is not text.';
    const text = armored.replace(/\r\n?/g, '\n').trim();
    if (!text.startsWith(_sshsig_format_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_BEGIN */ .lb)) {
        return text.includes('-----BEGIN PGP SIGNATURE-----')
            ? 'This is a PGP signature, not an SSH signature: Factstore verifies SSH (SSHSIG) signatures only.'
            : `This is not an SSH signature: it does not start with ${_sshsig_format_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_BEGIN */ .lb}.`;
    }
    const end = text.indexOf(_sshsig_format_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_END */ .HK);
    if (end < 0)
        return `The SSH signature is truncated: no ${_sshsig_format_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_END */ .HK} line.`;
    return (0,_base64_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeBase64Strict */ .F)(text.slice(_sshsig_format_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNATURE_BEGIN */ .lb.length, end)) ?? 'The SSH signature is damaged: its body is not base64.';
}
function verifyOrThrow(armored, data, namespace) {
    const blob = blobFromArmor(armored);
    if (typeof blob === 'string')
        return { valid: false, error: blob };
    const r = new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_4__/* .SshWireReader */ .PM(blob);
    if (!r.bytes(_sshsig_format_js__WEBPACK_IMPORTED_MODULE_3__/* .SSHSIG_MAGIC */ .uT.length).equals(_sshsig_format_js__WEBPACK_IMPORTED_MODULE_3__/* .SSHSIG_MAGIC */ .uT))
        return { valid: false, error: 'The SSH signature is malformed: it lacks the SSHSIG preamble.' };
    const version = r.uint32();
    if (version !== _sshsig_format_js__WEBPACK_IMPORTED_MODULE_3__/* .SSHSIG_VERSION */ .Hb)
        return { valid: false, error: `The SSH signature has version ${version}; only version ${_sshsig_format_js__WEBPACK_IMPORTED_MODULE_3__/* .SSHSIG_VERSION */ .Hb} is known.` };
    const publicKeyBlob = Buffer.from(r.string());
    const signer = { publicKeyBlob, fingerprint: (0,_public_key_js__WEBPACK_IMPORTED_MODULE_2__/* .sshFingerprint */ .dN)(publicKeyBlob) };
    const fail = (error) => ({ valid: false, ...signer, error });
    const signedNamespace = r.text();
    const reserved = r.string();
    const hash = r.text();
    const signature = new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_4__/* .SshWireReader */ .PM(r.string());
    if (r.remaining !== 0)
        return fail('The SSH signature has trailing data after its fields.');
    if (signedNamespace !== namespace)
        return fail(`The signature was made for namespace ${show(signedNamespace)}, not ${show(namespace)}.`);
    if (!_sshsig_format_js__WEBPACK_IMPORTED_MODULE_3__/* .SSHSIG_HASHES */ .N7.includes(hash))
        return fail(`The signature uses hash ${show(hash)}; expected sha512 or sha256.`);
    const pub = (0,_public_key_js__WEBPACK_IMPORTED_MODULE_2__/* .ed25519PublicFromBlob */ .K)(publicKeyBlob);
    if (!pub)
        return fail(`The signature was made with a ${(0,_public_key_js__WEBPACK_IMPORTED_MODULE_2__/* .blobKeyType */ .b3)(publicKeyBlob) ?? 'unknown'} key; Factstore accepts Ed25519 keys only.`);
    const sigType = signature.text();
    const sigBytes = signature.string();
    if (sigType !== _public_key_js__WEBPACK_IMPORTED_MODULE_2__/* .ED25519_KEY_TYPE */ .bI || sigBytes.length !== _ed25519_crypto_js__WEBPACK_IMPORTED_MODULE_1__/* .ED25519_SIGNATURE_BYTES */ .pl || signature.remaining !== 0) {
        return fail('The SSH signature is malformed: its inner signature is not an Ed25519 signature.');
    }
    const ok = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, (0,_sshsig_format_js__WEBPACK_IMPORTED_MODULE_3__/* .signedData */ .bD)(namespace, hash, data, reserved), (0,_ed25519_crypto_js__WEBPACK_IMPORTED_MODULE_1__/* .publicKeyFromBytes */ .Mk)(pub), sigBytes);
    return ok ? { valid: true, ...signer } : fail('The signature does not match the signed data: the data was changed after signing, or the signature belongs to other data.');
}


/***/ }),

/***/ 62368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ protectedBranch),
/* harmony export */   o: () => (/* binding */ gitHubFailure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _github_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31186);


/**
 * Turns a failed GitHub request into an error that says what to do. 404 and 409 are answered by
 * the callers that expect them (a missing file or branch, an empty repository).
 */
function gitHubFailure(error, where, doing) {
    const status = (0,_github_request_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c)(error);
    const said = (0,_github_request_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error);
    const repo = `${where.owner}/${where.repo}`;
    const what = `GitHub answered ${status ?? 'with an error'} (${said}) while ${doing} in ${repo}`;
    switch (status) {
        case 401:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FactstoreError */ .ST('CONFIG', `${what}: the token is missing, expired or revoked. Pass a valid token (the workflow's github.token, a GitHub App token, or a fine-grained token).`, { cause: error });
        case 403:
            if (/rate limit/i.test(said)) {
                return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FactstoreError */ .ST('CONFLICT', `${what}: GitHub's rate limit held the write back even after retries. Nothing was written; run the step again in a few minutes, or spread the jobs that write facts at once.`, { cause: error });
            }
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FactstoreError */ .ST('CONFIG', `${what}: the token may not do this. Grant \`permissions: contents: write\` to the job (or, for a dedicated facts repository, use a token with Contents read and write on ${repo}).`, { cause: error });
        case 404:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FactstoreError */ .ST('NOT_FOUND', `${what}: the repository does not exist or the token cannot see it. Check the facts repository name and that the token has access to ${repo}.`, { cause: error });
        case 409:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FactstoreError */ .ST('CONFLICT', `${what}: GitHub refused it as a conflict, which it answers for a repository with no commit yet or a ref another push changed at the same moment. Nothing was written: if ${repo} is empty, push one commit to it; otherwise run the step again.`, { cause: error });
        case 422:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FactstoreError */ .ST('INTERNAL', `${what}: report this, with the facts branch tip.`, { cause: error });
        default:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FactstoreError */ .ST('INTERNAL', `${what}: GitHub may be unavailable; nothing was written, try again.`, { cause: error });
    }
}
/** A ref update refused by a branch protection rule or a ruleset. */
function protectedBranch(error, where, doing) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FactstoreError */ .ST('CONFIG', `GitHub answered ${(0,_github_request_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c)(error) ?? 'with an error'} (${(0,_github_request_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error)}) while ${doing} in ${where.owner}/${where.repo}: ` +
        `branch protection refuses the write to ${where.branch}. Let the writer bypass the rule (add the Action's GitHub App or token ` +
        'to the bypass list), or keep the facts branch out of rules that require pull requests or status checks; block force pushes ' +
        'and deletions instead. Facts commits are signed and append-only. Nothing was written.', { cause: error });
}


/***/ }),

/***/ 97708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w9: () => (/* binding */ LAYOUT_VERSION),
  BR: () => (/* binding */ MARKER_PATH),
  gi: () => (/* binding */ artifactIndexPath),
  p9: () => (/* binding */ commitIndexPath),
  Zz: () => (/* binding */ evidencePath),
  Ei: () => (/* binding */ exportKey),
  Wi: () => (/* binding */ looseDir),
  _G: () => (/* binding */ placementsFor),
  yg: () => (/* binding */ trailPath)
});

// UNUSED EXPORTS: ALARM_KEY, looseKey, loosePath, shard

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/model/fact.ts
var model_fact = __webpack_require__(97603);
;// CONCATENATED MODULE: ./src/core/store/term-index.ts
const TERM_FIELDS = (/* unused pure expression or super */ null && (['trail', 'artifact', 'type', 'actor']));
const TERMS_ROOT = 'index/terms';
/** terms are indexed and searched from their second character on */
const MIN_TERM_LENGTH = 2;
const MAX_TERM_LENGTH = 64;
/** The key of a term (or of the start of one): lower case, path-safe, order- and prefix-preserving. */
function termKey(term) {
    let out = '';
    for (const byte of Buffer.from(term.toLowerCase().slice(0, MAX_TERM_LENGTH), 'utf8')) {
        const c = String.fromCharCode(byte);
        out += /[a-z0-9_-]/.test(c) ? c : `~${byte.toString(16).padStart(2, '0')}`;
    }
    return out;
}
/** The two folder levels a key lives under. */
function termShards(key) {
    return [key.slice(0, 2).padEnd(2, '='), key.slice(2, 4).padEnd(2, '=')];
}
function termFolder(field, key) {
    const [a, b] = termShards(key);
    return `${TERMS_ROOT}/${field}/${a}/${b}/${key}`;
}
/** The day a term line of a fact recorded at `ts` goes to. */
function termDay(ts) {
    return ts.slice(0, 10);
}
function termIndexPath(field, term, ts) {
    return `${termFolder(field, termKey(term))}/${termDay(ts)}.ndjson`;
}
/**
 * What an artifact name is found by: the whole name and each of its `/` parts without a tag or
 * digest (`ghcr.io/acme/web:1.2` is found by `ghcr.io/acme/web`, `ghcr.io`, `acme` and `web`).
 */
function nameTerms(name) {
    const parts = name.split('/').map((p) => p.split('@')[0]?.split(':')[0] ?? '');
    return [...new Set([name, ...parts].filter((t) => t.length >= MIN_TERM_LENGTH))];
}
/** The terms a fact is searched by, per field: trail names, artifact names, attestation types, the actors of attestations and approvals. */
function termsOf(fact) {
    const out = [];
    if (fact.kind === 'trail')
        out.push({ field: 'trail', term: fact.trail });
    if (fact.kind === 'artifact')
        out.push(...nameTerms(fact.name).map((term) => ({ field: 'artifact', term })));
    if (fact.kind === 'attestation')
        out.push({ field: 'type', term: fact.type });
    if (fact.kind === 'attestation' || fact.kind === 'approval')
        out.push({ field: 'actor', term: fact.actor });
    return out.filter((t) => t.term.length >= MIN_TERM_LENGTH);
}
/** Whether a fact has a term of `field` that starts with `query` (case-insensitive): how a hint is confirmed. */
function factMatches(fact, field, query) {
    const q = query.toLowerCase();
    return termsOf(fact).some((t) => t.field === field && t.term.toLowerCase().startsWith(q));
}

;// CONCATENATED MODULE: ./src/core/store/layout.ts



/**
 * Where facts live in the facts branch tree. Every lookup by trail, artifact digest or git
 * commit reads O(1) files; every write touches a few small files.
 *
 *   FACTSTORE.json                          layout marker
 *   trails/<flow>/<aa>/<trail>.ndjson       every fact of a trail
 *   index/artifacts/<aa>/<hex>.ndjson       {"flow","trail"} lines: trails that recorded the digest
 *   index/commits/<aa>/<sha>.ndjson         {"flow","trail"} lines: trails started for a git commit
 *   index/terms/<field>/…/<key>/<yyyy-mm-dd>.ndjson  {"flow","trail"} lines: trails by name, type, actor (term-index.ts)
 *   loose/<kind>/<key>/<yyyy-mm>.ndjson     facts bound to no trail (by flow or environment)
 *   evidence/<aa>/<hex>                     evidence bytes, content-addressed
 *
 * `<aa>` is two hex characters: of the digest/commit itself, or of sha256(trail) for trails.
 */
const LAYOUT_VERSION = 1;
const MARKER_PATH = 'FACTSTORE.json';
function shard(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 2);
}
function trailPath(flow, trail) {
    return `trails/${flow}/${shard(trail)}/${trail}.ndjson`;
}
function artifactIndexPath(digest) {
    const hex = digest.slice('sha256:'.length);
    return `index/artifacts/${hex.slice(0, 2)}/${hex}.ndjson`;
}
function commitIndexPath(commit) {
    return `index/commits/${commit.slice(0, 2)}/${commit}.ndjson`;
}
function evidencePath(sha256) {
    const hex = sha256.startsWith('sha256:') ? sha256.slice(7) : sha256;
    return `evidence/${hex.slice(0, 2)}/${hex}`;
}
function looseDir(kind, key) {
    return `loose/${kind}/${key}`;
}
/** The folder key of tamper alarms: they belong to the facts branch, not to a flow. */
const ALARM_KEY = 'tamper';
/** The folder key of an export cursor: its stream and a short hash of its destination (a URL is no file name). */
function exportKey(stream, destination) {
    return `${stream}-${(0,external_node_crypto_.createHash)('sha256').update(destination).digest('hex').slice(0, 16)}`;
}
/** The folder key of a loose fact: its environment for snapshots and drift, `tamper` for alarms, the destination for export cursors, else its flow. */
function looseKey(fact) {
    if (fact.kind === 'alarm')
        return ALARM_KEY;
    if (fact.kind === 'export')
        return exportKey(fact.stream, fact.destination);
    return fact.kind === 'snapshot' || fact.kind === 'drift' ? fact.environment : fact.flow;
}
function loosePath(fact) {
    const key = looseKey(fact);
    return `${looseDir(fact.kind, key)}/${fact.ts.slice(0, 7)}.ndjson`;
}
/** The file appends one fact needs: its home file, plus index lines for artifacts, commits and search terms. */
function placementsFor(fact) {
    const text = JSON.stringify(fact);
    if (!(0,model_fact/* isFlowFact */.tF)(fact) || fact.trail === undefined)
        return [{ path: loosePath(fact), lines: [{ key: fact.id, text }] }];
    const out = [{ path: trailPath(fact.flow, fact.trail), lines: [{ key: fact.id, text }] }];
    const ref = JSON.stringify({ flow: fact.flow, trail: fact.trail });
    if (fact.kind === 'artifact')
        out.push({ path: artifactIndexPath(fact.artifact), lines: [{ key: ref, text: ref }] });
    if (fact.kind === 'trail' && fact.commit !== undefined) {
        out.push({ path: commitIndexPath(fact.commit), lines: [{ key: ref, text: ref }] });
    }
    for (const { field, term } of termsOf(fact))
        out.push({ path: termIndexPath(field, term, fact.ts), lines: [{ key: ref, text: ref }] });
    return out;
}


/***/ }),

/***/ 5540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mv: () => (/* binding */ parseCommitHeader),
/* harmony export */   nR: () => (/* binding */ ObjectReader)
/* harmony export */ });
/* unused harmony export IsoObjectReader */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73);



/** Reads git objects of one repository; the tree walking is shared by every way of reading objects. */
class ObjectReader {
    gitdir;
    /** every object id asked for: a replaced or grafted one among them is an integrity failure */
    seen = new Set();
    /** `readCommitHeader().raw` is the commit object as stored (not a rebuilt one), signature included */
    rawCommits = true;
    constructor(gitdir) {
        this.gitdir = gitdir;
    }
    /** Releases what the reader holds (a child process); reading again restarts it. */
    close() { }
    async readTree(oid) {
        return (0,_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTree */ .cZ)((await this.read(oid)).content);
    }
    /** The commit's tree and parents, read from its header. */
    async readCommitHeader(oid) {
        const raw = Buffer.from((await this.read(oid)).content).toString('utf8');
        return { ...parseCommitHeader(raw), raw };
    }
    /** Walks `filepath` from a tree; `undefined` when any part of it is absent. */
    async lookup(treeOid, filepath) {
        let tree = treeOid;
        const parts = filepath.split('/');
        for (let i = 0; i < parts.length; i++) {
            const entries = await this.readTree(tree);
            const entry = entries.find((e) => e.name === parts[i]);
            if (entry === undefined)
                return undefined;
            if (i === parts.length - 1)
                return entry;
            if (entry.mode !== '40000')
                return undefined;
            tree = entry.oid;
        }
        return undefined;
    }
    async readFile(treeOid, filepath) {
        const entry = await this.lookup(treeOid, filepath);
        if (entry === undefined || entry.mode === '40000')
            return undefined;
        return (await this.read(entry.oid)).content;
    }
}
/** Pure JS reads: no git binary needed. One instance keeps isomorphic-git's pack cache warm. */
class IsoObjectReader extends (/* unused pure expression or super */ null && (ObjectReader)) {
    cache = {};
    async read(oid) {
        this.seen.add(oid);
        const r = await git.readObject({ fs, gitdir: this.gitdir, oid, format: 'content', cache: this.cache });
        return { type: r.type, content: r.object };
    }
}
function parseCommitHeader(raw) {
    const end = raw.indexOf('\n\n');
    const header = end === -1 ? raw : raw.slice(0, end);
    let tree = '';
    let time = 0;
    const parents = [];
    for (const line of header.split('\n')) {
        if (line.startsWith('tree '))
            tree = line.slice(5);
        else if (line.startsWith('parent '))
            parents.push(line.slice(7));
        else if (line.startsWith('committer ')) {
            const m = / (\d+) [+-]\d{4}$/.exec(line);
            if (m?.[1] !== undefined)
                time = Number(m[1]);
        }
    }
    return { tree, parents, time, message: end === -1 ? '' : raw.slice(end + 2) };
}


/***/ }),

/***/ 73:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cZ: () => (/* binding */ parseTree),
/* harmony export */   wM: () => (/* binding */ hashObject)
/* harmony export */ });
/* unused harmony exports writeLooseObject, serializeTree */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);




function hashObject(type, content) {
    const header = Buffer.from(`${type} ${content.length}\0`);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(header).update(content).digest('hex');
}
/**
 * Writes a loose object atomically (temp file + rename) so concurrent writers and readers never
 * see a half-written object; an object that is already there is left alone.
 */
async function writeLooseObject(gitdir, type, content) {
    const oid = hashObject(type, content);
    const dir = path.join(gitdir, 'objects', oid.slice(0, 2));
    const file = path.join(dir, oid.slice(2));
    try {
        await fsp.access(file);
        return oid;
    }
    catch {
        // not there yet
    }
    await fsp.mkdir(dir, { recursive: true });
    const tmp = path.join(dir, `tmp_obj_${process.pid}_${randomBytes(6).toString('hex')}`);
    const header = Buffer.from(`${type} ${content.length}\0`);
    await fsp.writeFile(tmp, deflateSync(Buffer.concat([header, content])), { mode: 0o444 });
    await fsp.rename(tmp, file);
    return oid;
}
function entryKey(e) {
    return e.mode === '40000' ? `${e.name}/` : e.name;
}
/** Serialises a tree in git's order (directories sort as if their name ended in '/'). */
function serializeTree(entries) {
    const sorted = [...entries].sort((a, b) => {
        const ka = Buffer.from(entryKey(a));
        const kb = Buffer.from(entryKey(b));
        return Buffer.compare(ka, kb);
    });
    const parts = [];
    for (const e of sorted) {
        parts.push(Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.oid, 'hex'));
    }
    return Buffer.concat(parts);
}
/** Parses a raw tree object. */
function parseTree(content) {
    const buf = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const out = [];
    let i = 0;
    while (i < buf.length) {
        const space = buf.indexOf(0x20, i);
        const nul = buf.indexOf(0, space);
        const mode = buf.toString('latin1', i, space);
        const name = buf.toString('utf8', space + 1, nul);
        const oid = buf.toString('hex', nul + 1, nul + 21);
        out.push({ mode: mode === '040000' ? '40000' : mode, name, oid });
        i = nul + 21;
    }
    return out;
}


/***/ }),

/***/ 60276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ parseClaims),
/* harmony export */   fq: () => (/* binding */ formatClaims),
/* harmony export */   sI: () => (/* binding */ claimFor),
/* harmony export */   uz: () => (/* binding */ splitLines)
/* harmony export */ });
/* unused harmony export linesHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const PREFIX = 'Factstore-Append: ';
const LINE = /^Factstore-Append: (\S+) (\d{1,9}) (\d{1,9}) ([0-9a-f]{64})$/;
/** The trailer lines for a commit message. */
function formatClaims(claims) {
    return claims.map((c) => `${PREFIX}${c.path} ${c.before} ${c.after} ${c.sha256}`).join('\n');
}
/** The claims a commit message makes; a malformed or contradictory one is a problem, never ignored. */
function parseClaims(message) {
    const claims = new Map();
    for (const line of message.split('\n')) {
        if (!line.startsWith(PREFIX))
            continue;
        const m = LINE.exec(line);
        if (m === null)
            return { ok: false, problem: `malformed append declaration ${JSON.stringify(line.slice(0, 120))}` };
        const [, path = '', before = '', after = '', sha256 = ''] = m;
        const claim = { path, before: Number(before), after: Number(after), sha256 };
        if (claim.after < claim.before)
            return { ok: false, problem: `append declaration for ${path} shrinks the file` };
        if (claims.has(path))
            return { ok: false, problem: `two append declarations for ${path}` };
        claims.set(path, claim);
    }
    return { ok: true, claims };
}
/** The claim for a file that went from `before` to `after` (both whole file texts). */
function claimFor(path, before, after) {
    const lines = splitLines(after);
    return { path, before: splitLines(before).length, after: lines.length, sha256: linesHash(lines) };
}
/** sha256 hex of lines, each followed by `\n`. */
function linesHash(lines) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const line of lines)
        hash.update(`${line}\n`);
    return hash.digest('hex');
}
/** NDJSON text as lines: a final newline ends the last line, it does not start an empty one. */
function splitLines(text) {
    // '' splits into one empty line, which the final-newline rule then drops
    if (text === undefined)
        return [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}


/***/ })

};
