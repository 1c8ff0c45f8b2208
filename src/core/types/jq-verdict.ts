import { badInput } from '../errors.js';

/** DESIGN §3 types: the jq must output exactly one boolean: `true` PASSED, `false` FAILED. */
export function verdictOf(typeName: string, outputs: readonly unknown[]): 'PASSED' | 'FAILED' {
  if (outputs.length === 1 && typeof outputs[0] === 'boolean') return outputs[0] ? 'PASSED' : 'FAILED';
  const got =
    outputs.length === 0
      ? 'no output'
      : outputs.length > 1
        ? `${outputs.length} outputs`
        : `${truncate(JSON.stringify(outputs[0]) ?? 'null')}`;
  throw badInput(
    `the jq of type ${typeName} must output true (PASSED) or false (FAILED), but it gave ${got}: ` +
      'fix types.' + typeName + '.jq in the config (e.g. `.failures == 0`).',
  );
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
