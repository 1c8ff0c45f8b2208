import * as core from '@actions/core';

/**
 * Masks a secret in the step's log, line by line as well: the runner matches masks per line, so a
 * multi-line value (an OpenSSH key) registered whole would still show line by line.
 */
export function maskSecret(value: string): void {
  if (value.trim() === '') return;
  core.setSecret(value);
  for (const line of value.split(/\r?\n/)) {
    const t = line.trim();
    // short lines (blank, the BEGIN/END armour) are not secret, and masking them would hide ordinary text
    if (t.length >= 8 && !/^-----(BEGIN|END) /.test(t)) core.setSecret(t);
  }
}
