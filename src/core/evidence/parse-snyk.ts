import { badInput } from '../errors.js';
import { FindingCollector } from './findings.js';
import { hasArray, jsonShape } from './json-shape.js';
import { isRecord, parseJsonText, typeName } from './json-text.js';
import { SeverityCounts, findingLevel } from './severity-counts.js';
import type { EvidenceParser, ParsedEvidence } from './types.js';

/**
 * `snyk test --json` (DESIGN §5): one project object, or an array of them (`--all-projects`).
 * Counts vulnerability entries: Snyk lists a vulnerability once per dependency path, and so do we.
 * Only each project's own `vulnerabilities` are read (a container project's `applications` are not).
 */
export const snykParser: EvidenceParser = {
  format: 'snyk',
  detect(text) {
    const shape = jsonShape(text);
    const head = shape?.head;
    if (head === undefined || !hasArray(head, 'vulnerabilities') || head.bomFormat !== undefined) return false;
    return typeof head.ok === 'boolean' || typeof head.packageManager === 'string';
  },
  parse(text): ParsedEvidence {
    const doc = parseJsonText(text);
    const projects = Array.isArray(doc) ? doc : [doc];
    const severities = new SeverityCounts();
    const findings = new FindingCollector();
    for (const [p, project] of projects.entries()) {
      const where = Array.isArray(doc) ? `Snyk project [${p}]` : 'the Snyk report';
      if (!isRecord(project)) throw badInput(`${where} is ${typeName(project)}, not an object: is this \`snyk test --json\` output?`);
      if (!Array.isArray(project.vulnerabilities)) {
        const error = typeof project.error === 'string' ? ` (Snyk said: ${project.error})` : '';
        throw badInput(`${where} has no "vulnerabilities" list${error}: attach the output of a successful \`snyk test --json\`.`);
      }
      const file = [project.displayTargetFile, project.targetFile, project.projectName].find((f): f is string => typeof f === 'string');
      for (const vuln of project.vulnerabilities) {
        if (!isRecord(vuln)) throw badInput(`a vulnerability in ${where} is ${typeName(vuln)}, not an object.`);
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
