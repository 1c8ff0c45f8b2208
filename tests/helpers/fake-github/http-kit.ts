/** Answers as GitHub shapes them: JSON with `message`, `documentation_url` and `status` on errors. */

export interface Reply {
  status: number;
  /** a JSON value, raw bytes, or nothing (204) */
  body?: unknown;
  raw?: Buffer;
  headers?: Record<string, string>;
}

const DOCS = 'https://docs.github.com/rest';

/** A refusal carried up to the server loop and answered as GitHub would. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly documentation = DOCS,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  reply(): Reply {
    return { status: this.status, body: { message: this.message, documentation_url: this.documentation, status: String(this.status) }, headers: this.headers };
  }
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Reply => ({ status, body, headers });

export const notFound = (message = 'Not Found'): ApiError => new ApiError(404, message);

/** 422 Unprocessable Entity: GitHub's "Validation failed" family. */
export const invalid = (message: string, documentation = DOCS): ApiError => new ApiError(422, message, documentation);

/** What the Git Data API (and list commits) answer on a repository without any branch. */
export const emptyRepository = (): ApiError => new ApiError(409, 'Git Repository is empty.', 'https://docs.github.com/rest/git');

/** GitHub's base64: 60 characters a line, each line ended by a newline (Ruby's Base64.encode64). */
export function wrappedBase64(bytes: Buffer): string {
  const flat = bytes.toString('base64');
  let out = '';
  for (let i = 0; i < flat.length; i += 60) out += `${flat.slice(i, i + 60)}\n`;
  return out;
}

/** The body of a JSON request as an object; anything else is GitHub's "Problems parsing JSON". */
export function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiError(400, 'Problems parsing JSON');
  return body as Record<string, unknown>;
}

export function stringField(body: Record<string, unknown>, name: string): string {
  const v = body[name];
  if (typeof v !== 'string') throw invalid(`Invalid request.\n\n"${name}" wasn't supplied.`);
  return v;
}
