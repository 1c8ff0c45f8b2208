/**
 * A compliance framework template, as `frameworks/<name>.json` holds it after validation against
 * `schemas/framework.schema.json` and the cross-checks of {@link checkFrameworkValue}.
 */
import type { RawConfig } from '../config/raw-config.js';

export type FrameworkType = NonNullable<RawConfig['types']>[string];
export type FrameworkPolicy = NonNullable<RawConfig['policies']>[string];

/** A control's approval rule: who approves is the config's business, given at import. */
export interface FrameworkApproval {
  required?: boolean;
  min?: number;
  forbid_self?: boolean;
}

export interface FrameworkControl {
  /** the control's ID in the published catalogue */
  id: string;
  /** what it asks, in our own words */
  title: string;
  /** finer catalogue IDs the control bundles */
  covers?: string[];
  types?: string[];
  approval?: FrameworkApproval;
  policies?: string[];
}

export interface Framework {
  name: string;
  title: string;
  version: string;
  description?: string;
  source: { publisher: string; document: string; version: string; url: string; note?: string };
  /** the file under frameworks/catalogues/ listing every ID of the catalogue section */
  catalogue: string;
  types: Record<string, FrameworkType>;
  policies?: Record<string, FrameworkPolicy>;
  controls: FrameworkControl[];
}
