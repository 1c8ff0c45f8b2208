import { isRecord, typeName } from '../../evidence/json-text.js';
import { wrongShape } from './wrong-shape.js';

/** The non-empty string at `record[key]`, or undefined for anything else. */
export function textAt(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The object at `record[key]`, or an empty one when absent (tools leave out empty objects). */
export function recordAt(record: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = record[key];
  return isRecord(value) ? value : {};
}

/** The array at `record[key]` ([] when absent or null); anything else is not the tool's output. */
export function listAt(record: Record<string, unknown>, key: string, where: string, tool: string): unknown[] {
  const value = record[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw wrongShape(tool, `${where}.${key} is ${typeName(value)}, not an array`);
  return value;
}

/** `value` as an object, or the wrong-shape error naming where it was found. */
export function expectRecord(value: unknown, where: string, what: string, tool: string): Record<string, unknown> {
  if (!isRecord(value)) throw wrongShape(tool, `${where} is ${typeName(value)}, not ${what}`);
  return value;
}
