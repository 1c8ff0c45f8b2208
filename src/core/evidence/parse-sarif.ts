import { badInput } from '../errors.js';
import { FindingCollector, lineNumber } from './findings.js';
import { hasArray, jsonShape } from './json-shape.js';
import { arrayAt, isRecord, parseJsonText, typeName } from './json-text.js';
import { RuleLevels } from './sarif-level.js';
import type { EvidenceParser, Finding, ParsedEvidence } from './types.js';

/** SARIF 2.1.0 (DESIGN §5): results counted by effective level, every run summed. */
export const sarifParser: EvidenceParser = {
  format: 'sarif',
  detect(text) {
    const shape = jsonShape(text);
    if (shape?.root !== 'object' || !hasArray(shape.head, 'runs')) return false;
    const { version, $schema } = shape.head ?? {};
    return typeof version === 'string' || (typeof $schema === 'string' && /sarif/i.test($schema));
  },
  parse(text): ParsedEvidence {
    const log = parseJsonText(text);
    if (!isRecord(log)) throw badInput(`a SARIF log is a JSON object, not ${typeName(log)}.`);
    if (log.version !== '2.1.0') {
      throw badInput(`SARIF version ${JSON.stringify(log.version)} is not supported: Factstore reads SARIF 2.1.0 (ask the tool for it).`);
    }
    const counts = { results: 0, error: 0, warning: 0, note: 0, none: 0 };
    const findings = new FindingCollector();
    for (const [r, run] of arrayAt(log, 'runs', 'SARIF log').entries()) {
      if (!isRecord(run)) throw badInput(`SARIF runs[${r}] is ${typeName(run)}, not an object.`);
      const rules = new RuleLevels(run);
      for (const result of arrayAt(run, 'results', `runs[${r}]`)) {
        if (!isRecord(result)) throw badInput(`a result in SARIF runs[${r}] is ${typeName(result)}, not an object.`);
        const level = rules.effectiveLevel(result);
        counts.results++;
        counts[level]++;
        if (level !== 'none') findings.add(findingOf(result, level));
      }
    }
    return { format: 'sarif', summary: counts, defaultStatus: counts.error > 0 ? 'FAILED' : 'PASSED', findings: findings.list() };
  },
};

function findingOf(result: Record<string, unknown>, level: Finding['level']): Finding {
  const message = isRecord(result.message) ? result.message : {};
  const text = [message.text, message.markdown, message.id].find((t): t is string => typeof t === 'string');
  const location = Array.isArray(result.locations) && isRecord(result.locations[0]) ? result.locations[0] : {};
  const physical = isRecord(location.physicalLocation) ? location.physicalLocation : {};
  const artifact = isRecord(physical.artifactLocation) ? physical.artifactLocation : {};
  const region = isRecord(physical.region) ? physical.region : {};
  const ruleId = typeof result.ruleId === 'string' ? result.ruleId : undefined;
  return {
    level,
    message: text ?? ruleId ?? 'SARIF result',
    file: typeof artifact.uri === 'string' ? artifact.uri : undefined,
    line: lineNumber(region.startLine),
    name: ruleId,
  };
}
