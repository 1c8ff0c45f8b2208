/**
 * Limits GitHub states only in prose, which its OpenAPI description cannot check: each rule names
 * the operation (by operationId) and returns what is wrong with a request's body.
 */

/** Create a commit: "a timestamp in ISO 8601 format: `YYYY-MM-DDTHH:MM:SSZ`". The description's own
 * example gives an offset (`2008-07-09T16:13:30+12:00`), so an offset is taken; fractional seconds are not. */
const COMMIT_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

/** "Issue and comment bodies: at most 65,536 characters" (GitHub answers 422 "body is too long"). */
const BODY_LIMIT = 65_536;

type Rule = (body: Record<string, unknown>) => string[];

function commitDates(body: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const who of ['author', 'committer']) {
    const date = (body[who] as { date?: unknown } | undefined)?.date;
    if (typeof date === 'string' && !COMMIT_DATE.test(date)) problems.push(`body/${who}/date "${date}" is not YYYY-MM-DDTHH:MM:SSZ (no fractional seconds)`);
  }
  return problems;
}

/** Characters, not UTF-16 units: an emoji counts once. */
function bodyLength(body: Record<string, unknown>): string[] {
  const text = body.body;
  const length = typeof text === 'string' ? [...text].length : 0;
  return length > BODY_LIMIT ? [`body/body is too long (maximum is ${BODY_LIMIT} characters); it has ${length}`] : [];
}

export const proseRules: Record<string, Rule[]> = {
  'git/create-commit': [commitDates],
  'issues/create': [bodyLength],
  'issues/update': [bodyLength],
  'issues/create-comment': [bodyLength],
  'issues/update-comment': [bodyLength],
  'pulls/create': [bodyLength],
  'pulls/update': [bodyLength],
};
