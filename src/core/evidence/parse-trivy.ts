import { badInput } from '../errors.js';
import { FindingCollector } from './findings.js';
import { jsonShape } from './json-shape.js';
import { arrayAt, isRecord, parseJsonText, typeName } from './json-text.js';
import { SeverityCounts, findingLevel } from './severity-counts.js';
import type { EvidenceParser, ParsedEvidence } from './types.js';

/**
 * `trivy ... -f json` (DESIGN §5): vulnerabilities of every result by severity, UNKNOWN included.
 * Reads the current report (`SchemaVersion: 2`) and the legacy (< 0.20) top-level array of results.
 */
export const trivyParser: EvidenceParser = {
  format: 'trivy',
  detect(text) {
    const shape = jsonShape(text);
    const head = shape?.head;
    if (head === undefined) return false;
    if (shape?.root === 'object') return typeof head.SchemaVersion === 'number' && ('Results' in head || 'ArtifactName' in head);
    return typeof head.Target === 'string' && ('Vulnerabilities' in head || 'Type' in head);
  },
  parse(text): ParsedEvidence {
    const doc = parseJsonText(text);
    const results = resultsOf(doc);
    const severities = new SeverityCounts();
    const findings = new FindingCollector();
    for (const [r, result] of results.entries()) {
      if (!isRecord(result)) throw badInput(`Trivy Results[${r}] is ${typeName(result)}, not an object.`);
      const target = typeof result.Target === 'string' ? result.Target : undefined;
      for (const vuln of arrayAt(result, 'Vulnerabilities', `Results[${r}]`)) {
        if (!isRecord(vuln)) throw badInput(`a vulnerability in Trivy Results[${r}] is ${typeName(vuln)}, not an object.`);
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

function resultsOf(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc; // legacy format: the array is the results
  if (!isRecord(doc)) throw badInput(`a Trivy report is a JSON object, not ${typeName(doc)}.`);
  if (doc.SchemaVersion !== 2) {
    throw badInput(
      `Trivy SchemaVersion ${JSON.stringify(doc.SchemaVersion)} is not supported: Factstore reads SchemaVersion 2 (\`trivy -f json\`).`,
    );
  }
  return arrayAt(doc, 'Results', 'Trivy report');
}
