/**
 * Largest tool output read for one environment snapshot (64 MiB). Checked before parsing, because
 * JSON.parse of a text holds the text and its whole object tree in memory at once.
 */
export const MAX_SNAPSHOT_INPUT_BYTES = 64 * 1024 * 1024;
