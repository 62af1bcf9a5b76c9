/** App settings kept beside the register (not part of the register file). */
import { database } from '../database';

export interface Settings {
  /** Who is at the desk: recorded on every audit event. */
  userName: string;
  /** Set once the first-run choice has been made. */
  onboarded: boolean;
}

const defaults: Settings = { userName: '', onboarded: false };

export async function getSettings(): Promise<Settings> {
  const rows = await database().settings.toArray();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return {
    userName: typeof stored.userName === 'string' ? stored.userName : defaults.userName,
    onboarded: typeof stored.onboarded === 'boolean' ? stored.onboarded : defaults.onboarded,
  };
}

export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  await database().settings.bulkPut(Object.entries(patch).map(([key, value]) => ({ key, value })));
}

export async function currentActor(): Promise<string> {
  const { userName } = await getSettings();
  return userName.trim() || 'Unnamed user';
}
