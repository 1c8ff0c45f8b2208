import { badInput } from '../errors.js';
import { jsonShape } from './json-shape.js';
import { arrayAt, isRecord, parseJsonText, typeName } from './json-text.js';
import type { EvidenceParser, ParsedEvidence } from './types.js';

/** SPDX 2.x JSON (DESIGN §5): `components` is the number of packages, the described root package included. */
export const spdxParser: EvidenceParser = {
  format: 'spdx',
  detect(text) {
    const shape = jsonShape(text);
    const version = shape?.root === 'object' ? shape.head?.spdxVersion : undefined;
    return typeof version === 'string' && version.startsWith('SPDX-');
  },
  parse(text): ParsedEvidence {
    const doc = parseJsonText(text);
    if (!isRecord(doc) || typeof doc.spdxVersion !== 'string' || !doc.spdxVersion.startsWith('SPDX-2.')) {
      const version = isRecord(doc) ? JSON.stringify(doc.spdxVersion) : typeName(doc);
      throw badInput(`not an SPDX 2.x JSON document (spdxVersion ${version}): Factstore reads SPDX 2.3 JSON.`);
    }
    const counts: Record<string, number> = {};
    for (const key of ['packages', 'files', 'relationships']) {
      const list = arrayAt(doc, key, 'SPDX document');
      const bad = list.findIndex((item) => !isRecord(item));
      if (bad >= 0) throw badInput(`SPDX ${key}[${bad}] is ${typeName(list[bad])}, not an object.`);
      counts[key] = list.length;
    }
    return {
      format: 'spdx',
      summary: { components: counts.packages, files: counts.files, relationships: counts.relationships, specVersion: doc.spdxVersion },
      defaultStatus: 'PASSED',
    };
  },
};
