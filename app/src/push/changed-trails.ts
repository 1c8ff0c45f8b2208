import type { TrailRef } from '../../../src/core/store/fact-store.js';
import { touchedTrails } from '../../../src/core/store/touched-trails.js';

/** A file a push changed, as the compare API lists it. */
export interface ChangedFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

/** A trail a push touched; `removed` when its file is gone at the pushed tip (read it as it was before). */
export interface ChangedTrail extends TrailRef {
  removed: boolean;
}

/** The trails whose files a push changed, each once: read at the tip when still there, else before the push. */
export function changedTrails(files: readonly ChangedFile[]): ChangedTrail[] {
  const present = touchedTrails(files.filter((f) => f.status !== 'removed').map((f) => f.filename));
  const gone = touchedTrails(files.flatMap((f) => [...(f.status === 'removed' ? [f.filename] : []), ...(f.previous_filename !== undefined ? [f.previous_filename] : [])]));
  const key = (t: TrailRef): string => `${t.flow}/${t.trail}`;
  const atTip = new Set(present.map(key));
  return [...present.map((t) => ({ ...t, removed: false })), ...gone.filter((t) => !atTip.has(key(t))).map((t) => ({ ...t, removed: true }))];
}
