import { badInput } from '../errors.js';
import { jsonShape } from './json-shape.js';
import { arrayAt, isRecord, parseJsonText, typeName } from './json-text.js';
import type { EvidenceParser, ParsedEvidence } from './types.js';
import { xmlRoot } from './xml-root.js';
import { childrenNamed, parseXml, type XmlElement } from './xml-tree.js';

const NAMESPACE = /^https?:\/\/cyclonedx\.org\/schema\/bom\/(\d+\.\d+)$/;

/**
 * CycloneDX SBOMs, JSON and XML (DESIGN §5): every component, nested ones included, but not
 * `metadata.component` (the thing the SBOM describes). Valid if it parses as CycloneDX.
 */
export const cyclonedxParser: EvidenceParser = {
  format: 'cyclonedx',
  detect(text) {
    const shape = jsonShape(text);
    if (shape !== undefined) return shape.root === 'object' && shape.head?.bomFormat === 'CycloneDX';
    const root = xmlRoot(text);
    return root?.localName === 'bom' && Object.values(root.attributes).some((v) => NAMESPACE.test(v));
  },
  parse(text): ParsedEvidence {
    const summary = text.trimStart().startsWith('<') ? countXml(parseXml(text)) : countJson(parseJsonText(text));
    return { format: 'cyclonedx', summary, defaultStatus: 'PASSED' };
  },
};

function countJson(bom: unknown): Record<string, unknown> {
  if (!isRecord(bom) || bom.bomFormat !== 'CycloneDX') {
    throw badInput('not a CycloneDX JSON BOM (no "bomFormat": "CycloneDX"): is the file from a CycloneDX tool?');
  }
  if (typeof bom.specVersion !== 'string') {
    throw badInput(`CycloneDX specVersion is ${typeName(bom.specVersion)}: it must be a string like "1.6" (is the file complete?).`);
  }
  let components = 0;
  // Iterative walk: nesting is already capped, but a stack keeps memory flat on wide BOMs.
  const pending: { list: unknown[]; where: string }[] = [{ list: arrayAt(bom, 'components', 'CycloneDX BOM'), where: 'components' }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const [i, component] of next.list.entries()) {
      if (!isRecord(component)) throw badInput(`CycloneDX ${next.where}[${i}] is ${typeName(component)}, not an object.`);
      components++;
      const where = `${next.where}[${i}].components`;
      const nested = arrayAt(component, 'components', `${next.where}[${i}]`);
      if (nested.length > 0) pending.push({ list: nested, where });
    }
  }
  const vulnerabilities = arrayAt(bom, 'vulnerabilities', 'CycloneDX BOM').length;
  return { components, vulnerabilities, specVersion: bom.specVersion };
}

function countXml(bom: XmlElement): Record<string, unknown> {
  const specVersion = Object.values(bom.attributes)
    .map((v) => NAMESPACE.exec(v)?.[1])
    .find((v) => v !== undefined);
  if (bom.name !== 'bom' || specVersion === undefined) {
    throw badInput(`the XML root <${bom.name}> is not a CycloneDX <bom xmlns="http://cyclonedx.org/schema/bom/1.x">.`);
  }
  let components = 0;
  const pending: XmlElement[] = [bom];
  for (let owner = pending.pop(); owner !== undefined; owner = pending.pop()) {
    for (const list of childrenNamed(owner, 'components')) {
      for (const component of childrenNamed(list, 'component')) {
        components++;
        pending.push(component);
      }
    }
  }
  const vulnerabilities = childrenNamed(bom, 'vulnerabilities').flatMap((v) => childrenNamed(v, 'vulnerability')).length;
  return { components, vulnerabilities, specVersion };
}
