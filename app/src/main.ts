// The server entry: Probot reads APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, GHE_HOST, GHE_PROTOCOL (and
// the rest of its settings) from the environment or from .env in the working directory.
import { startApp } from './start.js';

startApp(process.env).catch((e: unknown) => {
  console.error(`factstore: the App could not start: ${e instanceof Error ? e.message : String(e)}. Check APP_ID, PRIVATE_KEY, WEBHOOK_SECRET and FACTSTORE_SIGNING_KEY.`);
  process.exitCode = 1;
});
