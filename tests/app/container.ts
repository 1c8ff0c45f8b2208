/**
 * The App's container without Docker: the Dockerfile read as Docker reads it (continuations,
 * comments, exec form), the build context filtered by .dockerignore, and the image's files laid
 * out in a folder by its COPY and WORKDIR instructions, so its CMD can be run as the image runs it.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/git.js';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface Instruction {
  keyword: string;
  args: string;
}

export function parseDockerfile(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (/^\s*#/.test(line) || (pending === '' && line.trim() === '')) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const whole = (pending + line).trim();
    pending = '';
    const keyword = whole.split(/\s+/)[0] ?? '';
    instructions.push({ keyword: keyword.toUpperCase(), args: whole.slice(keyword.length).trim() });
  }
  return instructions;
}

/** The exec form (`["node", "x.js"]`) of CMD or HEALTHCHECK CMD; the shell form is refused (no shell in the test). */
export function execForm(args: string): string[] {
  const parsed = JSON.parse(args) as unknown;
  if (!Array.isArray(parsed) || !parsed.every((a): a is string => typeof a === 'string')) throw new Error(`not an exec form: ${args}`);
  return parsed;
}

/** `ENV A=1 B=2` pairs, in order. */
export function envOf(instructions: Instruction[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const i of instructions.filter((x) => x.keyword === 'ENV')) {
    for (const pair of i.args.split(/\s+/)) {
      const [name = '', ...value] = pair.split('=');
      env[name] = value.join('=');
    }
  }
  return env;
}

/** Sources and destination of a COPY (no --from: the build context). */
export function copyOf(i: Instruction): { sources: string[]; dest: string } {
  const words = i.args.split(/\s+/).filter((w) => !w.startsWith('--'));
  return { sources: words.slice(0, -1), dest: words.at(-1) ?? '' };
}

/** Whether .dockerignore leaves `file` (relative to the root) in the build context: the last pattern matching it or a folder above it decides. */
export function inContext(file: string, dockerignore: string): boolean {
  const patterns = dockerignore.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  const parts = file.split('/');
  const prefixes = parts.map((_, n) => parts.slice(0, n + 1).join('/'));
  let included = true;
  for (const p of patterns) {
    const negated = p.startsWith('!');
    const glob = new RegExp(`^${(negated ? p.slice(1) : p).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]').replace(/\u0000/g, '.*')}$`);
    if (prefixes.some((x) => glob.test(x))) included = negated;
  }
  return included;
}

function filesUnder(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel)).flatMap((name) => {
    const r = rel === '' ? name : `${rel}/${name}`;
    return statSync(path.join(dir, r)).isDirectory() ? filesUnder(dir, r) : [r];
  });
}

export interface Image {
  instructions: Instruction[];
  /** where the image's `/` is laid out */
  root: string;
  /** WORKDIR, inside `root` */
  workdir: string;
  env: Record<string, string>;
  cmd: string[];
}

/** The image's files as `docker build` would make them from this repository, in a temporary folder. */
export function layOutImage(dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')): Image {
  const instructions = parseDockerfile(dockerfile);
  const ignore = existsSync(path.join(ROOT, '.dockerignore')) ? readFileSync(path.join(ROOT, '.dockerignore'), 'utf8') : '';
  const root = tempDir('factstore-image-');
  let workdir = '/';
  for (const i of instructions) {
    if (i.keyword === 'WORKDIR') workdir = path.posix.resolve(workdir, i.args);
    if (i.keyword !== 'COPY') continue;
    const { sources, dest } = copyOf(i);
    const target = path.join(root, path.posix.resolve(workdir, dest));
    for (const source of sources) {
      const from = path.join(ROOT, source);
      const files = statSync(from).isDirectory() ? filesUnder(from).map((f) => [`${source}/${f}`, f] as const) : [[source, dest.endsWith('/') ? path.basename(source) : '']] as const;
      for (const [rel, inside] of files) {
        if (!inContext(rel, ignore)) continue;
        const to = path.join(target, inside);
        mkdirSync(path.dirname(to), { recursive: true });
        cpSync(path.join(ROOT, rel), to);
      }
    }
  }
  mkdirSync(path.join(root, workdir), { recursive: true });
  const cmd = instructions.filter((i) => i.keyword === 'CMD').at(-1);
  return { instructions, root, workdir: path.join(root, workdir), env: envOf(instructions), cmd: cmd === undefined ? [] : execForm(cmd.args) };
}
