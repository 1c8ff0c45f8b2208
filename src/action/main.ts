/**
 * The factstore-attest Action. The GitHub back-end and the Action inputs come with their own
 * issue; until then the step fails loudly rather than pretending to record anything.
 */
export function run(): Promise<void> {
  process.stderr.write(
    'factstore-attest: the GitHub Action is not available in this version yet; record facts with the factstore CLI ' +
      '(npx factstore attest …) against a clone of the facts branch.\n',
  );
  process.exitCode = 2;
  return Promise.resolve();
}
