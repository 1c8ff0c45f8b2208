// The server entry: Probot reads APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, GHE_HOST, GHE_PROTOCOL (and
// the rest of its settings) from the environment or from .env in the working directory.
import { startFailure } from './start-failure.js';
import { startApp } from './start.js';

startApp(process.env).catch((e: unknown) => {
  console.error(startFailure(e));
  process.exitCode = 1;
});
