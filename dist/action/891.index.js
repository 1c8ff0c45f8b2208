export const id = 891;
export const ids = [891];
export const modules = {

/***/ 32325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctor: () => (/* binding */ doctor)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/doctor/app-jwt.ts


/**
 * A GitHub App's JSON Web Token (GitHub Docs: "Generating a JSON Web Token (JWT) for a GitHub
 * App"): RS256 over `{ iat, exp, iss }`, issued a minute early against clock drift, valid 9 minutes.
 */
function appJwt(appId, privateKeyPem, now, appIdName = '--app-id') {
    if (!/^\d+$/.test(appId))
        throw new errors/* FactstoreError */.ST('BAD_INPUT', `${appIdName} ${JSON.stringify(appId)} is not an App id: give the number on the App's settings page (App ID).`);
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)(privateKeyPem);
    }
    catch (e) {
        throw new errors/* FactstoreError */.ST('KEY', "the App's private key does not parse: give the .pem file downloaded from the App's settings page (Private keys).", { cause: e });
    }
    const seconds = Math.floor(now.getTime() / 1000);
    const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iat: seconds - 60, exp: seconds + 540, iss: Number(appId) })}`;
    return `${unsigned}.${(0,external_node_crypto_.sign)('RSA-SHA256', Buffer.from(unsigned), key).toString('base64url')}`;
}

// EXTERNAL MODULE: ./src/core/store/github/github-request.ts
var github_request = __webpack_require__(31186);
;// CONCATENATED MODULE: ./src/core/doctor/doctor-check.ts
const ok = (id, message) => ({ id, status: 'OK', message });
const problem = (id, message, fix) => ({ id, status: 'PROBLEM', message, fix });
const skipped = (id, message, fix) => ({ id, status: 'SKIPPED', message, ...(fix !== undefined ? { fix } : {}) });

;// CONCATENATED MODULE: ./src/core/doctor/check-app-installation.ts


/** With the App's credentials: the App is installed on the facts repository (asked with its JWT). */
async function checkAppInstallation(appRequest, t) {
    const name = `${t.owner}/${t.repo}`;
    if (appRequest === undefined)
        return skipped('app-installation', 'no App credentials were given', "give the App's id and private key (factstore doctor --app-id ID --private-key FILE) to check it is installed on the facts repository");
    try {
        const { data } = await appRequest('GET /repos/{owner}/{repo}/installation', { owner: t.owner, repo: t.repo });
        const id = typeof data === 'object' && data !== null && 'id' in data ? String(data.id) : 'unknown';
        return ok('app-installation', `the App is installed on ${name} (installation ${id})`);
    }
    catch (e) {
        const status = (0,github_request/* statusOf */.c)(e);
        if (status === 404)
            return problem('app-installation', `the App is not installed on ${name}`, `install it on ${name} (the App's page on GitHub → Install, or Configure to add the repository)`);
        if (status === 401)
            return problem('app-installation', `GitHub refuses the App's credentials (401: ${(0,github_request/* messageOf */.b)(e)})`, 'check --app-id and that --private-key is a current private key of that App');
        return problem('app-installation', `the App's installation on ${name} cannot be read (${status ?? 'no answer'}: ${(0,github_request/* messageOf */.b)(e)})`, 'check the API URL (--api-url or GITHUB_API_URL) and try again');
    }
}

;// CONCATENATED MODULE: ./src/core/doctor/check-branch-protection.ts


const BLOCKS = { 'force push': 'non_fast_forward', deletion: 'deletion' };
const FIX = 'add a branch ruleset targeting it with "Block force pushes" and "Restrict deletions" (Settings → Rules → Rulesets)';
/**
 * The facts branch is protected against force push and deletion, by a ruleset (`non_fast_forward`
 * and `deletion` rules) or by classic branch protection (neither allowed). Rules can be read with
 * any token; classic protection needs administration rights, so it is read only when rules leave a gap.
 */
async function checkBranchProtection(request, t) {
    const name = `${t.owner}/${t.repo}:${t.branch}`;
    let ruleTypes;
    try {
        const { data } = await request('GET /repos/{owner}/{repo}/rules/branches/{branch}', { owner: t.owner, repo: t.repo, branch: t.branch, per_page: 100 });
        ruleTypes = Array.isArray(data) ? data.map(ruleType) : [];
    }
    catch (e) {
        return problem('branch-protection', `the rules of ${name} cannot be read (${(0,github_request/* statusOf */.c)(e) ?? 'no answer'}: ${(0,github_request/* messageOf */.b)(e)})`, 'check the repository name (--repo) and that the token can read it');
    }
    const missing = Object.keys(BLOCKS).filter((threat) => !ruleTypes.includes(BLOCKS[threat]));
    if (missing.length === 0)
        return ok('branch-protection', `${name} is protected against force push and deletion by a ruleset`);
    let classic;
    try {
        const { data } = await request('GET /repos/{owner}/{repo}/branches/{branch}/protection', { owner: t.owner, repo: t.repo, branch: t.branch });
        classic = { force: enabled(data, 'allow_force_pushes'), deletion: enabled(data, 'allow_deletions') };
    }
    catch (e) {
        const status = (0,github_request/* statusOf */.c)(e);
        if (status === 404)
            return problem('branch-protection', `${name} has no protection against ${missing.join(' or ')} (${(0,github_request/* messageOf */.b)(e)})`, FIX);
        return protectedAtAll(request, t, missing, `${status ?? 'no answer'}: ${(0,github_request/* messageOf */.b)(e)}`);
    }
    const allowed = missing.filter((threat) => (threat === 'force push' ? classic.force : classic.deletion) !== false);
    if (allowed.length === 0)
        return ok('branch-protection', `${name} is protected against force push and deletion${missing.length < 2 ? ' by a ruleset and' : ' by'} classic branch protection`);
    return problem('branch-protection', `${name} allows ${allowed.join(' and ')}: its branch protection does not block ${allowed.length === 2 ? 'either' : 'it'}`, `${FIX}, or untick "Allow force pushes" and "Allow deletions" in its branch protection rule`);
}
/**
 * Classic protection's settings need administration rights, which a workflow's GITHUB_TOKEN never
 * has; whether the branch is protected at all is readable with contents: read ("Get a branch"). An
 * unprotected branch is a problem for sure; a protected one blocks force push and deletion unless
 * someone ticked "Allow force pushes" or "Allow deletions", which this token cannot see: said so.
 */
async function protectedAtAll(request, t, missing, unreadable) {
    const name = `${t.owner}/${t.repo}:${t.branch}`;
    let isProtected;
    try {
        const { data } = await request('GET /repos/{owner}/{repo}/branches/{branch}', { owner: t.owner, repo: t.repo, branch: t.branch });
        isProtected = typeof data === 'object' && data !== null && 'protected' in data ? data.protected : undefined;
    }
    catch {
        isProtected = undefined;
    }
    if (isProtected === false)
        return problem('branch-protection', `${name} has no protection against ${missing.join(' or ')}: no ruleset blocks it and the branch is not protected`, FIX);
    if (isProtected === true) {
        return ok('branch-protection', `${name} has classic branch protection, which blocks force push and deletion unless "Allow force pushes" or "Allow deletions" is ticked; ` +
            `this token cannot read those settings (${unreadable}): a ruleset would make them checkable with any token`);
    }
    return problem('branch-protection', `no ruleset blocks ${missing.join(' or ')} on ${name}, and its classic branch protection cannot be read with this token (${unreadable})`, `${FIX}: rulesets can be read with any token; or run doctor with a token that has Administration: read`);
}
/** A rule's `type` (`non_fast_forward`, `deletion`…); '' for anything else. */
function ruleType(rule) {
    return typeof rule === 'object' && rule !== null && 'type' in rule && typeof rule.type === 'string' ? rule.type : '';
}
function enabled(data, key) {
    if (typeof data !== 'object' || data === null || !(key in data))
        return undefined;
    const setting = data[key];
    return typeof setting === 'object' && setting !== null && 'enabled' in setting && typeof setting.enabled === 'boolean' ? setting.enabled : undefined;
}

// EXTERNAL MODULE: ./src/core/config/load-config.ts + 3 modules
var load_config = __webpack_require__(23656);
;// CONCATENATED MODULE: ./src/core/doctor/check-config.ts


const REVIEW = 'through a reviewed pull request to the default branch';
/** The config is valid, committed on the default branch, and the working tree does not differ from it. */
function checkConfig(source) {
    const where = source.at === undefined ? 'yet (the repository has no commit)' : `at ${source.at}`;
    if (source.explicit === true) {
        const config = parse(source.working ?? '', source.path);
        if (config instanceof Error)
            return { check: problem('config', config.message, `fix ${source.path}`), config: undefined };
        return { check: ok('config', `${source.path} is valid (${summary(config)}); given with --config, it is an unreviewed trust root: the committed config was not checked`), config };
    }
    if (source.failure !== undefined)
        return { check: problem('config', source.failure, `fix ${source.path} on the default branch ${REVIEW.replace(/ to the default branch$/, '')}`), config: undefined };
    if (source.committed === undefined) {
        if (source.working !== undefined) {
            return {
                check: problem('config', `${source.path} is in the working tree but not committed ${where}, and only committed config decides`, `commit ${source.path} ${REVIEW}`),
                config: undefined,
            };
        }
        return { check: problem('config', `no ${source.path} is committed ${where}`, `run factstore init to write a starter config, then commit it ${REVIEW}`), config: undefined };
    }
    const label = source.at === undefined ? source.path : `${source.path} at ${source.at}`;
    const config = parse(source.committed, label);
    if (config instanceof Error)
        return { check: problem('config', config.message, `fix ${source.path} and commit it ${REVIEW}`), config: undefined };
    if (source.working !== undefined && lf(source.working) !== lf(source.committed)) {
        return {
            check: problem('config', `${source.path} in the working tree differs from the config committed ${where}, which is what decides`, `commit the change ${REVIEW}, or discard it (git checkout -- ${source.path})`),
            config,
        };
    }
    return { check: ok('config', `${source.path} committed ${where} is valid (${summary(config)})${source.working === undefined ? '' : '; the working tree agrees'}`), config };
}
function parse(text, label) {
    try {
        return (0,load_config/* parseConfig */.o4)(text, label);
    }
    catch (e) {
        return e instanceof Error ? e : new Error(String(e));
    }
}
function summary(config) {
    const flows = Object.keys(config.flows).length;
    return `${config.trust.signers.length} trusted signer(s), ${flows} flow(s), facts branch ${config.facts.branch}`;
}
/** A checkout may turn LF into CRLF (core.autocrlf): that alone is no difference. */
function lf(text) {
    return text.replace(/\r\n/g, '\n');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/store/local/refs.ts


/** Reads a branch tip from the loose ref or `packed-refs`; `undefined` when the branch does not exist. */
function readBranch(gitdir, branch) {
    return readRef(gitdir, `refs/heads/${branch}`);
}
/**
 * The facts branch's tip: the local branch, else (with `remote`) the remote-tracking branch
 * `<remote>/<branch>` that a plain `git clone` leaves, so a fresh clone is not an empty store.
 */
async function readFactsRef(gitdir, branch, remote) {
    const local = await readBranch(gitdir, branch);
    if (local !== undefined)
        return { ref: `refs/heads/${branch}`, tip: local, remote: false };
    if (remote === undefined)
        return undefined;
    const ref = `refs/remotes/${remote}/${branch}`;
    const tip = await readRef(gitdir, ref);
    return tip === undefined ? undefined : { ref, tip, remote: true };
}
async function readRef(gitdir, ref) {
    try {
        const text = (await external_node_fs_.promises.readFile(external_node_path_default().join(gitdir, ref), 'utf8')).trim();
        if (/^[0-9a-f]{40}$/.test(text))
            return text;
    }
    catch {
        // not loose
    }
    try {
        const packed = await external_node_fs_.promises.readFile(external_node_path_default().join(gitdir, 'packed-refs'), 'utf8');
        for (const line of packed.split('\n')) {
            if (line.endsWith(` ${ref}`))
                return line.slice(0, 40);
        }
    }
    catch {
        // no packed refs
    }
    return undefined;
}
/**
 * Compare-and-swap of a branch, with git's own lock protocol (`<ref>.lock` created exclusively,
 * then renamed over the ref), so native git and other Factstore processes serialise with us.
 */
async function compareAndSwapBranch(gitdir, branch, expected, next) {
    const refFile = path.join(gitdir, 'refs', 'heads', ...branch.split('/'));
    const lockFile = `${refFile}.lock`;
    await fsp.mkdir(path.dirname(refFile), { recursive: true });
    let handle;
    try {
        handle = await fsp.open(lockFile, 'wx');
    }
    catch (e) {
        if (e.code === 'EEXIST')
            return 'locked';
        throw e;
    }
    try {
        const current = await readBranch(gitdir, branch);
        if (current !== expected) {
            await handle.close();
            await fsp.unlink(lockFile);
            return 'moved';
        }
        await handle.writeFile(`${next}\n`);
        await handle.close();
        await fsp.rename(lockFile, refFile);
        return 'updated';
    }
    catch (e) {
        await handle.close().catch(() => undefined);
        await fsp.unlink(lockFile).catch(() => undefined);
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/core/doctor/check-facts-branch.ts


/** The facts branch exists here, or as the remote-tracking branch a plain clone leaves. */
async function checkFactsBranch(gitdir, branch, remote) {
    const found = await readFactsRef(gitdir, branch, remote);
    if (found === undefined) {
        return problem('facts-branch', `there is no facts branch ${branch}, here or as ${remote}/${branch}`, `if it exists on GitHub, git fetch ${remote} ${branch}; otherwise the first write (factstore trails begin) creates it`);
    }
    const at = found.tip.slice(0, 12);
    if (!found.remote)
        return ok('facts-branch', `the facts branch ${branch} is at ${at}`);
    return ok('facts-branch', `the facts are read from ${remote}/${branch} (at ${at}): there is no local branch ${branch} (a plain clone); factstore fetch makes the local branch from it and brings it up to date`);
}

;// CONCATENATED MODULE: ./src/core/doctor/check-facts-branch-on-github.ts


/** Where there is no clone (the Action): the facts branch exists in the facts repository on GitHub. */
async function checkFactsBranchOnGitHub(request, t) {
    const name = `${t.owner}/${t.repo}`;
    try {
        const { data } = await request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner: t.owner, repo: t.repo, ref: `heads/${t.branch}` });
        const sha = typeof data === 'object' && data !== null && 'object' in data ? data.object?.sha : undefined;
        return ok('facts-branch', `the facts branch ${t.branch} of ${name} is at ${typeof sha === 'string' ? sha.slice(0, 12) : 'an unknown commit'}`);
    }
    catch (e) {
        const status = (0,github_request/* statusOf */.c)(e);
        if (status === 404 || status === 409) {
            return problem('facts-branch', `${name} has no facts branch ${t.branch} (${status}: ${(0,github_request/* messageOf */.b)(e)})`, `the first write (the begin or attest step) creates it; check facts-repo and facts-branch if it should exist`);
        }
        return problem('facts-branch', `the facts branch ${t.branch} of ${name} cannot be read (${status ?? 'no answer'}: ${(0,github_request/* messageOf */.b)(e)})`, 'give the job permissions: contents: read on the facts repository');
    }
}

// EXTERNAL MODULE: ./src/core/signing/index.ts + 5 modules
var signing = __webpack_require__(38143);
// EXTERNAL MODULE: ./src/core/trust/authority.ts
var authority = __webpack_require__(52859);
// EXTERNAL MODULE: ./src/core/trust/trusted-keys.ts
var trusted_keys = __webpack_require__(69662);
;// CONCATENATED MODULE: ./src/core/doctor/check-signing-key.ts




/**
 * The key parses, and trust.signers lists it; with what authority: the fact kinds it may record,
 * and whose approvals and bypasses (its `actors`, or everyone's as the App's key).
 */
function checkSigningKey(source, config) {
    if (!source.given) {
        return skipped('signing-key', 'no signing key was given (only writing commands need one)', 'pass --key PATH or set FACTSTORE_SIGNING_KEY to check the key that signs facts');
    }
    if ('unreadable' in source)
        return problem('signing-key', `the signing key (${source.from}) cannot be read: ${source.unreadable}`, 'point --key at the private key file factstore keygen wrote');
    let publicKey;
    let fingerprint;
    try {
        ({ publicKey, fingerprint } = (0,signing/* sshSigner */.Z7)(source.text));
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return problem('signing-key', `the signing key (${source.from}) does not parse: ${why}`, 'give the whole OpenSSH Ed25519 private key (from -----BEGIN to -----END), or make a new one with factstore keygen --out PATH');
    }
    const key = `${fingerprint} (${source.from})`;
    if (config === undefined)
        return skipped('signing-key', `the signing key ${key} parses; its trust is not checked, as there is no valid config`, 'fix the config first');
    const entry = new trusted_keys/* TrustedKeys */.q(config.trust.signers).entryFor((0,signing/* parsePublicKey */.ee)(publicKey).blob);
    if (entry === undefined) {
        return problem('signing-key', `the signing key ${key} is not in trust.signers, so facts it signs do not count and writers refuse it`, `add it under trust.signers through a reviewed pull request:  - { principal: NAME, key: "${publicKey}" }`);
    }
    const s = entry.signer;
    const actors = s.app === true ? 'approvals and bypasses of the GitHub users the App authenticates' : s.actors !== undefined ? `approvals and bypasses by ${s.actors.join(', ')}` : 'no approvals or bypasses';
    return ok('signing-key', `the signing key ${key} is trusted as ${s.principal} (trust.signers[${entry.index}]): it may record ${(0,authority/* kindsOf */.tG)(s).join(', ')} facts; ${actors}`);
}

;// CONCATENATED MODULE: ./src/core/doctor/check-token-permissions.ts


/** The token may write facts: GitHub says `permissions.push` (Contents: write) for the facts repository. */
async function checkTokenPermissions(request, t, hasToken) {
    const name = `${t.owner}/${t.repo}`;
    if (!hasToken)
        return skipped('token-permissions', 'no token was given, so there are no permissions to check', 'pass --token or set GITHUB_TOKEN to the token that writes facts');
    let data;
    try {
        ({ data } = await request('GET /repos/{owner}/{repo}', { owner: t.owner, repo: t.repo }));
    }
    catch (e) {
        const status = (0,github_request/* statusOf */.c)(e);
        if (status === 401)
            return problem('token-permissions', `GitHub refuses the token (401: ${(0,github_request/* messageOf */.b)(e)})`, 'give a valid token (--token or GITHUB_TOKEN): it may have expired or been revoked');
        if (status === 404)
            return problem('token-permissions', `${name} is not visible with this token (404)`, `check --repo, and give the token access to ${name}`);
        return problem('token-permissions', `${name} cannot be read (${status ?? 'no answer'}: ${(0,github_request/* messageOf */.b)(e)})`, 'check the API URL (--api-url or GITHUB_API_URL) and try again');
    }
    const permissions = typeof data === 'object' && data !== null && 'permissions' in data ? data.permissions : undefined;
    const push = permissions?.push;
    if (typeof push !== 'boolean')
        return skipped('token-permissions', `GitHub did not say what the token may do on ${name} (an App installation token's repository has no permissions)`, 'the first write tells: a token needs Contents: read and write');
    if (!push)
        return problem('token-permissions', `the token can read ${name} but not write to it`, `give the token Contents: read and write on ${name} (a fine-grained token's repository permissions, or the workflow's permissions: contents: write)`);
    return ok('token-permissions', `the token may write to ${name} (Contents: write)`);
}

;// CONCATENATED MODULE: ./src/core/doctor/run-doctor.ts








const GITHUB_CHECKS = ['branch-protection', 'token-permissions', 'app-installation'];
/** Every check, in order; the report is ok when none is a PROBLEM (SKIPPED is not one). Nothing is written. */
async function runDoctor(input) {
    const { check: configCheck, config } = checkConfig(input.config);
    const branch = input.branch ?? config?.facts.branch ?? 'factstore';
    const checks = [configCheck, checkSigningKey(input.key, config)];
    const gh = input.github;
    const name = gh === undefined ? undefined : (gh.repo ?? config?.facts.repo ?? gh.fallbackRepo);
    const target = name === undefined ? undefined : targetOf(name, branch);
    if (input.store === 'github') {
        checks.push(gh !== undefined && target !== undefined ? await checkFactsBranchOnGitHub(gh.request, target) : problem('facts-branch', 'the facts repository on GitHub is not known', 'give facts-repo'));
    }
    else if ('unavailable' in input.store) {
        checks.push(problem('facts-branch', input.store.unavailable, 'run doctor inside the repository that holds the facts, or pass --store DIR'));
    }
    else {
        checks.push(await checkFactsBranch(input.store.gitdir, branch, input.store.remote));
    }
    if (gh === undefined) {
        for (const id of GITHUB_CHECKS)
            checks.push(skipped(id, 'GitHub was not asked', 'pass --github (and a token) to check GitHub'));
        return report(checks, { used: false, note: 'the network was not used: pass --github, or a token, to check GitHub too' });
    }
    if (target === undefined) {
        const why = name === undefined ? 'the facts repository is not known (no --repo, no facts.repo in the config, no GitHub origin remote)' : `${JSON.stringify(name)} is not owner/name`;
        for (const id of GITHUB_CHECKS)
            checks.push(problem(id, why, 'pass --repo owner/name'));
        return report(checks, { used: false, note: `GitHub was asked (${gh.reason}) but not contacted: ${why}` });
    }
    checks.push(await checkBranchProtection(gh.request, target), await checkTokenPermissions(gh.request, target, gh.hasToken), await checkAppInstallation(gh.appRequest, target));
    return report(checks, { used: true, note: `GitHub was contacted at ${gh.apiUrl} about ${target.owner}/${target.repo} (${gh.reason})` });
}
function targetOf(name, branch) {
    const m = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})$/.exec(name.trim());
    return m?.[1] === undefined || m[2] === undefined ? undefined : { owner: m[1], repo: m[2], branch };
}
function report(checks, network) {
    return { ok: !checks.some((c) => c.status === 'PROBLEM'), network, checks };
}

;// CONCATENATED MODULE: ./src/core/doctor/index.ts



// EXTERNAL MODULE: ./src/action/github/octokit.ts
var octokit = __webpack_require__(54973);
// EXTERNAL MODULE: ./src/action/inputs/input-reader.ts
var input_reader = __webpack_require__(97916);
// EXTERNAL MODULE: ./src/action/secrets.ts
var secrets = __webpack_require__(87911);
// EXTERNAL MODULE: ./src/action/github/load-config.ts
var github_load_config = __webpack_require__(79705);
// EXTERNAL MODULE: ./src/action/github/repo-name.ts
var repo_name = __webpack_require__(73460);
// EXTERNAL MODULE: ./src/action/github/reviewed-config.ts
var reviewed_config = __webpack_require__(99434);
// EXTERNAL MODULE: ./src/action/inputs/signing-key.ts + 2 modules
var signing_key = __webpack_require__(90690);
// EXTERNAL MODULE: ./src/action/inputs/store-inputs.ts
var store_inputs = __webpack_require__(37229);
// EXTERNAL MODULE: ./src/action/report/job-summary.ts
var job_summary = __webpack_require__(88403);
;// CONCATENATED MODULE: ./src/action/commands/doctor.ts













/**
 * The doctor step: the same checks as `factstore doctor`, with the workflow's token: the config on
 * the default branch (and the workspace's copy), the signing key, the facts branch on GitHub, its
 * protection and the token's permissions. The lines go to the job summary; a PROBLEM fails the step.
 */
async function doctor(session) {
    const { env } = session;
    const inputs = (0,store_inputs/* readStoreInputs */.d)(env);
    const request = session.github(inputs);
    const keyText = (0,signing_key/* readSigningKey */.jy)(env);
    const key = keyText === undefined ? { given: false } : { given: true, from: 'the `signing-key` input', text: keyText };
    const report = await runDoctor({
        config: await configSource(session, inputs),
        key,
        branch: inputs.factsBranch,
        store: 'github',
        github: {
            request,
            appRequest: appClient(session),
            hasToken: inputs.token !== undefined,
            apiUrl: env.apiUrl,
            repo: inputs.factsRepo === undefined ? undefined : (0,repo_name/* repoText */.kK)(inputs.factsRepo),
            fallbackRepo: env.repository,
            reason: 'the doctor step',
        },
    });
    for (const c of report.checks)
        core/* info */.pq(`${c.status.padEnd(8)} ${c.id}: ${c.message}${c.fix === undefined ? '' : ` → ${c.fix}`}`);
    await (0,job_summary/* writeJobSummary */.j)(doctor_summary(report));
    const problems = report.checks.filter((c) => c.status === 'PROBLEM');
    if (problems.length > 0)
        core/* setFailed */.C1(`factstore doctor: ${problems.length} problem(s): ${problems.map((c) => `${c.id}: ${c.message} → ${c.fix ?? ''}`).join('; ')}`);
}
/**
 * With the App's id and private key (inputs `app-id`, `app-private-key`, e.g. from secrets), the
 * App's JWT asks GitHub whether the App is installed on the facts repository; the key is masked.
 */
function appClient(session) {
    const appId = (0,input_reader/* optionalInput */.$m)('app-id');
    const pem = (0,input_reader/* optionalInput */.$m)('app-private-key');
    if (pem !== undefined)
        (0,secrets/* maskSecret */.$)(pem);
    if (appId === undefined && pem === undefined)
        return undefined;
    if (appId === undefined || pem === undefined) {
        throw (0,errors/* badInput */.AN)('give `app-id` and `app-private-key` together (the App id and the .pem key from its settings page), or neither.');
    }
    return (0,octokit/* gitHubRequest */.p)(appJwt(appId, pem, session.now(), 'the `app-id` input'), session.env.apiUrl);
}
async function configSource(session, inputs) {
    const working = await (0,github_load_config/* readWorkspaceConfig */.s)(session.env.workspace, inputs.configPath);
    if (inputs.repository === undefined)
        return { path: inputs.configPath, at: undefined, committed: undefined, working, failure: 'no GITHUB_REPOSITORY: the doctor step runs in a workflow' };
    try {
        const reviewed = await (0,reviewed_config/* loadReviewedConfig */.a)({
            request: session.github(inputs),
            repository: inputs.repository,
            configPath: inputs.configPath,
            defaultBranch: undefined,
            tokenInput: 'token',
            configTokenInput: false,
        });
        return { path: inputs.configPath, at: `${reviewed.branch} (${reviewed.commit.slice(0, 12)})`, committed: reviewed.text, working };
    }
    catch (e) {
        if (!(0,errors/* isFactstoreError */.yt)(e))
            throw e;
        return { path: inputs.configPath, at: undefined, committed: undefined, working, failure: e.message };
    }
}
function doctor_summary(report) {
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const rows = report.checks.map((c) => `| ${c.status} | ${c.id} | ${cell(c.message)} | ${cell(c.fix ?? '')} |`);
    return `## factstore doctor: ${report.ok ? 'healthy' : 'problems found'}\n\n| status | check | found | what to do |\n|---|---|---|---|\n${rows.join('\n')}\n\n${report.network.note}\n`;
}


/***/ }),

/***/ 79705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig),
/* harmony export */   s: () => (/* binding */ readWorkspaceConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_load_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23656);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _reviewed_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99434);





/**
 * The writing steps' config (attest, begin): the checked-out repository's, else the default
 * branch's through the API (a job that did not check out still finds it). Nothing is decided with
 * it: the facts it describes count only by the default branch's config, which assert and gate read.
 */
async function loadConfig(source) {
    const local = await readWorkspaceConfig(source.workspace, source.configPath);
    if (local !== undefined)
        return (0,_core_config_load_config_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConfig */ .o4)(local, source.configPath);
    if (source.request === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FactstoreError */ .ST('CONFIG', `no ${source.configPath} in the workspace, and a dry run sends no request to GitHub to fetch it: check out the repository (actions/checkout) before this step.`);
    }
    if (source.repository === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FactstoreError */ .ST('CONFIG', `no ${source.configPath} in the workspace and no GITHUB_REPOSITORY to fetch it from: check out the repository before this step.`);
    }
    const reviewed = await (0,_reviewed_config_js__WEBPACK_IMPORTED_MODULE_4__/* .loadReviewedConfig */ .a)({
        request: source.request(),
        repository: source.repository,
        configPath: source.configPath,
        defaultBranch: source.defaultBranch,
        tokenInput: 'token',
        configTokenInput: false,
    });
    return reviewed.config;
}
/** The config file of the checked-out repository; undefined when there is none. */
async function readWorkspaceConfig(workspace, configPath) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, configPath);
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FactstoreError */ .ST('CONFIG', `cannot read the config file ${file} (${code ?? String(e)}): check the \`config\` input.`, { cause: e });
    }
}


/***/ }),

/***/ 54973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ gitHubRequest)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86856);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62203);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(bottleneck__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);






/**
 * Writes go one at a time, without the throttling plugin's default gap of a second between them:
 * that gap is GitHub's advice for clients making many writes, and an attest step makes three or
 * four (tree, commit, ref; a blob per evidence file), so it would spend seconds waiting. Secondary
 * rate limits, should they come, are still honoured and retried below.
 */
const WRITES = new (bottleneck__WEBPACK_IMPORTED_MODULE_2___default().Group)({ maxConcurrent: 1, minTime: 0 });
/** How many times a request refused for a rate limit is tried again before the step fails. */
const RATE_LIMIT_RETRIES = 3;
/**
 * `octokit.request` of a client for the REST API at `apiUrl` (GITHUB_API_URL: GitHub Enterprise
 * works as github.com), retrying server errors and, a bounded number of times, rate limits.
 */
function gitHubRequest(token, apiUrl) {
    if (token === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FactstoreError */ .ST('CONFIG', 'the `token` input is empty: leave it out to use the workflow\'s github.token, or pass a token with Contents read and write on the facts repository.');
    }
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        baseUrl: apiUrl,
        retry: { retries: 3 },
        throttle: {
            write: WRITES,
            onRateLimit: (after, options, _octokit, retryCount) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`factstore: GitHub's rate limit was reached on ${options.method} ${options.url}; ${retryCount < RATE_LIMIT_RETRIES ? `retrying in ${after} s` : 'giving up'}.`);
                return retryCount < RATE_LIMIT_RETRIES;
            },
            onSecondaryRateLimit: (after, options, _octokit, retryCount) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`factstore: GitHub's secondary rate limit was reached on ${options.method} ${options.url}; ${retryCount < RATE_LIMIT_RETRIES ? `retrying in ${after} s` : 'giving up'}.`);
                return retryCount < RATE_LIMIT_RETRIES;
            },
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
    return (route, parameters) => octokit.request(route, parameters);
}


/***/ }),

/***/ 99434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ loadReviewedConfig)
/* harmony export */ });
/* harmony import */ var _core_config_load_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23656);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_model_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71837);
/* harmony import */ var _core_store_github_github_request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31186);
/* harmony import */ var _repo_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73460);





/**
 * Reads the config from the default branch of the repository, pinned to its tip commit (one ref
 * read), so that what decided is named exactly; never from the workspace, which a pull request
 * controls.
 */
async function loadReviewedConfig(source) {
    const { request, repository, configPath } = source;
    const branch = source.defaultBranch ?? (await defaultBranchOf(source));
    const commit = await tipOf(source, branch);
    let data;
    try {
        data = (await request('GET /repos/{owner}/{repo}/contents/{path}', { owner: repository.owner, repo: repository.repo, path: configPath, ref: commit })).data;
    }
    catch (e) {
        if ((0,_core_store_github_github_request_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c)(e) === 404) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `no ${configPath} on the default branch ${branch} of ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)} (commit ${commit}): the config is read from the default branch only, so merge it there first (\`factstore init\` writes a starter).`, { cause: e });
        }
        throw apiError(e, source, `reading ${configPath} of ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)}`);
    }
    const file = data;
    if (file.type !== 'file' || file.encoding !== 'base64' || typeof file.content !== 'string') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `${configPath} on the default branch ${branch} of ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)} is not a readable file: make it a YAML file of at most 1 MiB.`);
    }
    const text = Buffer.from(file.content, 'base64').toString('utf8');
    const config = (0,_core_config_load_config_js__WEBPACK_IMPORTED_MODULE_0__/* .parseConfig */ .o4)(text, `${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)}@${commit.slice(0, 12)}:${configPath}`);
    return { config, repository, branch, commit, path: configPath, text };
}
async function defaultBranchOf(source) {
    const { request, repository } = source;
    try {
        const branch = (await request('GET /repos/{owner}/{repo}', { owner: repository.owner, repo: repository.repo })).data;
        if (typeof branch.default_branch === 'string' && branch.default_branch !== '')
            return branch.default_branch;
    }
    catch (e) {
        throw apiError(e, source, `reading the default branch of ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)}`);
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `GitHub named no default branch for ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)}: push one holding the config.`);
}
async function tipOf(source, branch) {
    const { request, repository } = source;
    let sha;
    try {
        sha = (await request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner: repository.owner, repo: repository.repo, ref: `heads/${branch}` })).data.object?.sha;
    }
    catch (e) {
        if ((0,_core_store_github_github_request_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c)(e) === 409) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `the default branch ${branch} of ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)} has no commit: push one holding the config.`, { cause: e });
        }
        if ((0,_core_store_github_github_request_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c)(e) === 404) {
            // GitHub answers 404 to a token that may not see a private repository, too
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `GitHub found no default branch ${branch} of ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)} (404): either it has no commit yet (push one holding the config), ` +
                `or the \`${source.tokenInput}\` token may not read ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)}: give the job \`permissions: contents: read\`${other(source)}.`, { cause: e });
        }
        throw apiError(e, source, `reading the tip of ${branch} of ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)}`);
    }
    if (typeof sha !== 'string' || !_core_model_names_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMIT_PATTERN */ .TJ.test(sha))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `GitHub named no commit for the default branch ${branch} of ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(repository)}: try again.`);
    return sha;
}
function apiError(e, source, doing) {
    const status = (0,_core_store_github_github_request_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c)(e);
    const why = status === 401 || status === 403 || status === 404
        ? `the \`${source.tokenInput}\` token may not read ${(0,_repo_name_js__WEBPACK_IMPORTED_MODULE_3__/* .repoText */ .kK)(source.repository)}: give the job \`permissions: contents: read\`${other(source)}`
        : 'try again';
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST('CONFIG', `GitHub answered ${status ?? 'with an error'} (${(0,_core_store_github_github_request_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .b)(e)}) while ${doing}: ${why}.`, { cause: e });
}
function other(source) {
    return source.configTokenInput && source.tokenInput === 'token' ? ', or a `config-token` that can read it' : '';
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
