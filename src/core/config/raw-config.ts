/** `.github/factstore.yml` as written (snake_case keys), after schema validation, before defaults. */
export interface RawConfig {
  _extends?: string;
  facts?: { repo?: string; branch?: string };
  trust?: { signers?: { principal: string; key: string }[] };
  flows?: Record<string, RawFlow>;
  types?: Record<string, { format?: string; jq?: string; schema?: Record<string, unknown>; archived?: boolean; description?: string }>;
  policies?: Record<string, { jq: string; description?: string }>;
  environments?: Record<string, { members: string[] }>;
  bypass?: { actors: string[]; reasons: Record<string, string>; max_ttl: string };
  evidence?: { max_bytes?: number };
}

export interface RawFlow {
  description?: string;
  require?: string[];
  approval?: { required?: boolean; approvers: string[]; min?: number };
  policies?: string[];
  branches?: string[];
  environments?: string[];
  retries?: 'sticky' | 'latest';
}
