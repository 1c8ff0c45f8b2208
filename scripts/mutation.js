// npm run mutation [-- <module>…]: StrykerJS, one module group of stryker.config.mjs at a time, then
// bench/mutation.md (score per module, every surviving mutant with file:line) and bench/mutation.json
// (for diffing). Running some modules keeps the others' previous results. Runs are incremental: the
// next run re-tests only the mutants whose code or tests changed (reports/mutation/, not committed);
// MUTATION_FORCE=1 re-tests everything. MUTATION_CONCURRENCY=1 uses one test runner instead of two.
// MUTATION_MUTATE=glob[,glob] (one group named) mutates only those files of the group and prints the
// survivors, leaving the report alone: a quick loop while writing the tests that kill them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Stryker } from '@stryker-mutator/core';
import config, { MODULES } from '../stryker.config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const jsonFile = path.join(root, 'bench', 'mutation.json');
// Surviving mutants no test can kill because the mutated code behaves as the original, each with the
// reason; matched by file, mutator, original text, replacement and the source line's text (not by
// line number, which moves).
const EQUIVALENT = JSON.parse(readFileSync(path.join(root, 'scripts', 'mutation-equivalent.json'), 'utf8'));
const mdFile = path.join(root, 'bench', 'mutation.md');

const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(MODULES);
for (const name of chosen) {
  if (!(name in MODULES)) {
    console.error(`mutation: no module group ${name}; the groups are ${Object.keys(MODULES).join(', ')}.`);
    process.exit(2);
  }
}

const only = (process.env.MUTATION_MUTATE ?? '').split(',').filter((g) => g !== '');
if (only.length > 0 && chosen.length !== 1) {
  console.error('mutation: MUTATION_MUTATE narrows one module group; name that group (npm run mutation -- <group>).');
  process.exit(2);
}

const report = existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, 'utf8')) : { modules: {} };
const strykerVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/@stryker-mutator/core/package.json'), 'utf8')).version;

for (const name of chosen) {
  const group = MODULES[name];
  console.error(`mutation: ${name} (${group.mutate.join(', ')}) against ${group.testFiles.join(', ')}`);
  const started = Date.now();
  // read by stryker.vitest.config.mjs in Stryker's test runner processes
  process.env.MUTATION_TEST_FILES = group.testFiles.join(',');
  process.env.MUTATION_TEST_EXCLUDE = (group.exclude ?? []).join(',');
  let results;
  try {
    results = await new Stryker({
      ...config,
      mutate: only.length > 0 ? only : group.mutate,
      timeoutMS: group.timeoutMS ?? config.timeoutMS,
      incremental: true,
      force: process.env.MUTATION_FORCE === '1',
      incrementalFile: only.length > 0 ? `reports/mutation/${name}.narrowed.incremental.json` : `reports/mutation/${name}.incremental.json`,
    }).runMutationTest();
  } catch (e) {
    // one group that cannot run (a test failing before any mutant) does not stop the others
    console.error(`mutation: ${name} did not run: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
    continue;
  }
  if (only.length > 0) {
    const m = summarise(name, group, results, Date.now() - started);
    for (const v of m.survivors) console.log(`${v.file}:${v.line}:${v.column} ${v.status} ${v.mutator}: ${v.original} → ${v.replacement}${v.equivalent !== undefined ? ` (equivalent: ${v.equivalent})` : ''}`);
    console.error(`mutation: ${name} narrowed to ${only.join(', ')}: score ${m.score}%, ${m.survivors.length} surviving; bench/mutation.md left as it was`);
    continue;
  }
  report.modules[name] = summarise(name, group, results, Date.now() - started);
  report.modules[name].run = new Date().toISOString();
  report.environment = `${os.availableParallelism()} cores, node ${process.version}, StrykerJS ${strykerVersion} (vitest runner, perTest coverage, ${config.concurrency} test runners)`;
  // written after every module, so that a long run keeps what it has done
  writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(mdFile, markdown(report));
  const m = report.modules[name];
  console.error(`mutation: ${name}: score ${m.score}% (target ${m.target}%), ${m.survivors.length} surviving, in ${Math.round(m.seconds / 60)} min`);
}

function summarise(name, group, results, ms) {
  const count = (...statuses) => results.filter((r) => statuses.includes(r.status)).length;
  const survivors = results
    .filter((r) => r.status === 'Survived' || r.status === 'NoCoverage')
    .map((r) => {
      const file = path.relative(root, path.resolve(root, r.fileName));
      const original = snippet(file, r.location);
      const context = sourceLine(file, r.location.start.line);
      const equivalent = EQUIVALENT.find(
        (e) => e.file === file && e.mutator === r.mutatorName && e.original === original && e.replacement === oneLine(r.replacement) && e.context === context,
      );
      return {
        file,
        line: r.location.start.line,
        column: r.location.start.column,
        mutator: r.mutatorName,
        original,
        replacement: oneLine(r.replacement),
        status: r.status,
        ...(equivalent !== undefined ? { equivalent: equivalent.reason } : {}),
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const detected = count('Killed', 'Timeout');
  const undetected = count('Survived', 'NoCoverage');
  const equivalent = survivors.filter((s) => s.equivalent !== undefined).length;
  const pct = (x, of) => (of === 0 ? 100 : Math.floor((1000 * x) / of) / 10);
  return {
    mutate: group.mutate,
    testFiles: group.testFiles,
    ...(group.exclude !== undefined ? { exclude: group.exclude } : {}),
    target: group.target,
    mutants: results.length,
    killed: count('Killed'),
    timeout: count('Timeout'),
    survived: count('Survived'),
    noCoverage: count('NoCoverage'),
    errors: count('CompileError', 'RuntimeError'),
    score: pct(detected, detected + undetected),
    scoreWithoutEquivalent: pct(detected, detected + undetected - equivalent),
    seconds: Math.round(ms / 1000),
    survivors,
  };
}

/** The whole (trimmed) source line a mutant starts on: tells apart equal mutants of one file. */
function sourceLine(file, line) {
  return (readFileSync(path.join(root, file), 'utf8').split('\n')[line - 1] ?? '').trim();
}

/** The mutated source text, on one line (long spans shortened). */
function snippet(file, location) {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
  const { start, end } = location;
  const text = start.line === end.line
    ? (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1)
    : [(lines[start.line - 1] ?? '').slice(start.column - 1), ...lines.slice(start.line, end.line - 1), (lines[end.line - 1] ?? '').slice(0, end.column - 1)].join('\n');
  return oneLine(text);
}

function oneLine(text) {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  return flat.length > 100 ? `${flat.slice(0, 97)}…` : flat;
}

function code(text) {
  const fence = text.includes('`') ? '`` ' : '`';
  return `${fence}${text.replace(/\|/g, '\\|')}${fence === '`` ' ? ' ``' : '`'}`;
}

function markdown(r) {
  const names = Object.keys(MODULES).filter((n) => n in r.modules);
  const out = [
    '# Mutation testing',
    '',
    `StrykerJS mutates the sources of each module group (\`stryker.config.mjs\`) one change at a time and runs the tests that reach the change: a mutant the tests do not notice *survives*. Regenerate with \`npm run mutation\` (every group; hours on 2 cores) or \`npm run mutation -- evaluate\` (one group); it is not part of CI. Last environment: ${r.environment}.`,
    '',
    'Score = killed (or timed out) / (killed + timed out + survived + no coverage). The last column sets aside the mutants listed below as equivalent (no test can tell them from the original code).',
    '',
    '| module | mutated | mutants | killed | timed out | survived | no coverage | score | target | without equivalent | run |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const n of names) {
    const m = r.modules[n];
    const ok = m.score >= m.target ? '' : ' **(below target)**';
    out.push(`| ${n} | ${m.mutate.map(code).join(', ')} | ${m.mutants} | ${m.killed} | ${m.timeout} | ${m.survived} | ${m.noCoverage} | **${m.score} %**${ok} | ≥ ${m.target} % | ${m.scoreWithoutEquivalent} % | ${m.run.slice(0, 10)}, ${Math.round(m.seconds / 60)} min |`);
  }
  // a group with no finished run is listed as such, never left out as if it did not exist
  for (const n of Object.keys(MODULES).filter((x) => !(x in r.modules))) {
    out.push(`| ${n} | ${MODULES[n].mutate.map(code).join(', ')} | | | | | | **not measured yet**: \`npm run mutation -- ${n}\` | ≥ ${MODULES[n].target} % | | |`);
  }
  out.push('', 'Tests each group runs:', '');
  for (const n of names) {
    const m = r.modules[n];
    out.push(`- ${n}: ${m.testFiles.map(code).join(', ')}${m.exclude !== undefined ? ` except ${m.exclude.map(code).join(', ')} (it measures time)` : ''}`);
  }
  const equivalent = names.flatMap((n) => r.modules[n].survivors.filter((s) => s.equivalent !== undefined));
  out.push('', `## Equivalent mutants (${equivalent.length})`, '');
  if (equivalent.length === 0) out.push('None.');
  for (const s of equivalent) out.push(`- \`${s.file}:${s.line}:${s.column}\` ${s.mutator}: ${code(s.original)} → ${code(s.replacement)}. ${s.equivalent}`);
  out.push('', '## Surviving mutants', '');
  for (const n of names) {
    const left = r.modules[n].survivors.filter((s) => s.equivalent === undefined);
    out.push(`### ${n} (${left.length})`, '');
    if (left.length === 0) out.push('None.', '');
    else {
      for (const s of left) out.push(`- \`${s.file}:${s.line}:${s.column}\` ${s.mutator}${s.status === 'NoCoverage' ? ' (no test reaches it)' : ''}: ${code(s.original)} → ${code(s.replacement)}`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
