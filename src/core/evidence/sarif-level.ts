import { isRecord } from './json-text.js';

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVELS = new Set<string>(['error', 'warning', 'note', 'none']);

/** A rule's `defaultConfiguration.level`, looked up by index or by id across the driver and its extensions. */
export class RuleLevels {
  private readonly driver: unknown[];
  private readonly extensions: unknown[][];
  private byId: Map<string, SarifLevel | undefined> | undefined;

  constructor(run: Record<string, unknown>) {
    const tool = isRecord(run.tool) ? run.tool : {};
    this.driver = rulesOf(tool.driver);
    this.extensions = Array.isArray(tool.extensions) ? tool.extensions.map(rulesOf) : [];
  }

  /** SARIF 2.1.0 §3.27.10: explicit level; else a kind other than `fail` is `none`; else the rule's default; else `warning`. */
  effectiveLevel(result: Record<string, unknown>): SarifLevel {
    if (typeof result.level === 'string' && LEVELS.has(result.level)) return result.level as SarifLevel;
    if (typeof result.kind === 'string' && result.kind !== 'fail') return 'none';
    return this.ruleLevel(result) ?? 'warning';
  }

  private ruleLevel(result: Record<string, unknown>): SarifLevel | undefined {
    const reference = isRecord(result.rule) ? result.rule : {};
    const index = typeof result.ruleIndex === 'number' ? result.ruleIndex : reference.index;
    const rules = this.componentRules(reference.toolComponent);
    if (typeof index === 'number' && index >= 0 && rules !== undefined) {
      const level = levelOf(rules[index]);
      if (level !== undefined) return level;
    }
    const id = typeof result.ruleId === 'string' ? result.ruleId : reference.id;
    return typeof id === 'string' ? this.levelById(id) : undefined;
  }

  /** The rules a `toolComponent` reference points at: the driver unless an extension index is given. */
  private componentRules(component: unknown): unknown[] | undefined {
    if (!isRecord(component) || typeof component.index !== 'number') return this.driver;
    return this.extensions[component.index];
  }

  private levelById(id: string): SarifLevel | undefined {
    if (this.byId === undefined) {
      this.byId = new Map();
      // The driver's rules win over extensions' when both define an id: first one kept.
      for (const rule of [...this.driver, ...this.extensions.flat()]) {
        if (isRecord(rule) && typeof rule.id === 'string' && !this.byId.has(rule.id)) this.byId.set(rule.id, levelOf(rule));
      }
    }
    return this.byId.get(id);
  }
}

function rulesOf(component: unknown): unknown[] {
  return isRecord(component) && Array.isArray(component.rules) ? component.rules : [];
}

function levelOf(rule: unknown): SarifLevel | undefined {
  if (!isRecord(rule) || !isRecord(rule.defaultConfiguration)) return undefined;
  const level = rule.defaultConfiguration.level;
  return typeof level === 'string' && LEVELS.has(level) ? (level as SarifLevel) : undefined;
}
