import { badInput } from '../errors.js';

const DOCTYPE = /<!DOCTYPE/gi;

/**
 * Index just past the `<!DOCTYPE ...>` declaration opening at `start`: its internal subset `[...]`
 * and quoted literals may contain `>`. An unterminated declaration runs to the end of the text.
 */
export function endOfDoctype(text: string, start: number): number {
  let quote = '';
  let inSubset = false;
  for (let i = start + '<!DOCTYPE'.length; i < text.length; i++) {
    const c = text.charAt(i);
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '[') {
      inSubset = true;
    } else if (c === ']') {
      inSubset = false;
    } else if (c === '>' && !inSubset) {
      return i + 1;
    }
  }
  return text.length;
}

/**
 * Refuses any DOCTYPE that declares entities, before any parser sees the text: external entities
 * read local files or URLs (XXE) and nested internal ones expand exponentially ("billion laughs").
 * No test or SBOM tool writes entity declarations, so refusing them all costs nothing legitimate.
 */
export function refuseEntityDeclarations(text: string): void {
  DOCTYPE.lastIndex = 0;
  for (let match = DOCTYPE.exec(text); match !== null; match = DOCTYPE.exec(text)) {
    const end = endOfDoctype(text, match.index);
    if (/<!ENTITY/i.test(text.slice(match.index, end))) {
      throw badInput(
        'the XML declares entities in a DOCTYPE (<!ENTITY ...>), which Factstore refuses up front: ' +
          'entities can read local files (XXE) or expand without bound ("billion laughs"), and no report needs them. ' +
          'Attach the report exactly as the test or SBOM tool wrote it.',
      );
    }
    DOCTYPE.lastIndex = end;
  }
}
