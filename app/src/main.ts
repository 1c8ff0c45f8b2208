// The server entry: Probot reads APP_ID, PRIVATE_KEY, WEBHOOK_SECRET (and GHE_HOST) from the environment.
import { run } from 'probot';
import factstoreApp from './index.js';

run(factstoreApp).catch((e: unknown) => {
  console.error(`factstore: the App could not start: ${e instanceof Error ? e.message : String(e)}. Check APP_ID, PRIVATE_KEY and WEBHOOK_SECRET.`);
  process.exitCode = 1;
});
