export type * from './breakdown.js';
export type { BreakdownFlowInput, BreakdownInput, BreakdownLinks, BreakdownOptions } from './breakdown-input.js';
export { buildBreakdown } from './build-breakdown.js';
export { breakdownFromAssert, breakdownFromGate } from './adapters.js';
export type { MarkdownOptions } from './render-markdown.js';
export { DEFAULT_MAX_LENGTH, renderBreakdownMarkdown } from './render-markdown.js';
export { summaryText } from './summary-text.js';
export { codeSpan, escapeMarkdown } from './markdown-escape.js';
export { factsLinks, type FactsRepository } from './facts-links.js';
