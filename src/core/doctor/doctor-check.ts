/** One line of `factstore doctor`: what was checked, how it stands, and what to do about a problem. */
export type DoctorStatus = 'OK' | 'PROBLEM' | 'SKIPPED';

export type DoctorCheckId = 'config' | 'signing-key' | 'facts-branch' | 'branch-protection' | 'token-permissions' | 'app-installation';

export interface DoctorCheck {
  id: DoctorCheckId;
  status: DoctorStatus;
  /** what was found */
  message: string;
  /** what to do: present on every PROBLEM, and on a SKIPPED check that could run */
  fix?: string;
}

export const ok = (id: DoctorCheckId, message: string): DoctorCheck => ({ id, status: 'OK', message });

export const problem = (id: DoctorCheckId, message: string, fix: string): DoctorCheck => ({ id, status: 'PROBLEM', message, fix });

export const skipped = (id: DoctorCheckId, message: string, fix?: string): DoctorCheck => ({ id, status: 'SKIPPED', message, ...(fix !== undefined ? { fix } : {}) });
