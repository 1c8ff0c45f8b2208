var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The factstore-attest Action. The GitHub back-end and the Action inputs come with their own
 * issue; until then the step fails loudly rather than pretending to record anything.
 */
function run() {
    process.stderr.write('factstore-attest: the GitHub Action is not available in this version yet; record facts with the factstore CLI ' +
        '(npx factstore attest …) against a clone of the facts branch.\n');
    process.exitCode = 2;
    return Promise.resolve();
}

;// CONCATENATED MODULE: ./src/action/index.ts
// Entry of the factstore-attest Action: no logic here.

void run();

