// The server entry: Probot reads APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, GHE_HOST, GHE_PROTOCOL (and
// the rest of its settings) from the environment or from .env in the working directory.
import type { Server } from 'probot';
import { startFailure } from './start-failure.js';
import { startApp } from './start.js';

/** The server started from the environment; undefined when it could not start (the reason is printed). */
export const started: Promise<Server | undefined> = startApp(process.env).catch((e: unknown) => {
  console.error(startFailure(e));
  process.exitCode = 1;
  return undefined;
});
