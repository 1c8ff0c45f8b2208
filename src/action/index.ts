// Entry of the factstore-attest Action: no logic here.
import { run } from './main.js';

void run();
