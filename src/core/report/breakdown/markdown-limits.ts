import { countOf, groupThousands } from './summary-text.js';

/** How much of the breakdown a Markdown rendering shows; lowered step by step to fit a size limit. */
export interface MarkdownLimits {
  /** show the rows of PASSED types */
  passedRows: boolean;
  /** type rows shown per flow (after PASSED rows are dropped) */
  rows: number;
  /** next steps and policy violations shown per flow */
  items: number;
  /** flow sections shown */
  flows: number;
}

export const FULL: MarkdownLimits = { passedRows: true, rows: Infinity, items: Infinity, flows: Infinity };

/** What a rendering left out, summed over flows, for the closing line. */
export class Omitted {
  passedRows = 0;
  otherRows = 0;
  nextSteps = 0;
  violations = 0;
  flows = 0;

  get any(): boolean {
    return this.passedRows + this.otherRows + this.nextSteps + this.violations + this.flows > 0;
  }

  /** "1 990 passed types, 3 next steps" */
  describe(): string {
    const parts: string[] = [];
    if (this.flows > 0) parts.push(countOf(this.flows, 'flow'));
    if (this.passedRows > 0) parts.push(`${countOf(this.passedRows, 'passed type')}`);
    if (this.otherRows > 0) parts.push(`${groupThousands(this.otherRows)} failed or missing ${this.otherRows === 1 ? 'type' : 'types'}`);
    if (this.violations > 0) parts.push(countOf(this.violations, 'policy violation'));
    if (this.nextSteps > 0) parts.push(countOf(this.nextSteps, 'next step'));
    return parts.join(', ');
  }
}
