/**
 * Refuses a database written by a newer Ropa Desk before anything opens it. Dexie 4 silently
 * opens a database of a higher version than it declares, so an older release would read and
 * then write rows it does not understand: the way desktop tools have lost people's records.
 * The check reads the stored version without opening (or creating) the database.
 */
import { CURRENT_SCHEMA_VERSION } from '../../shared/register-file/format';
import { DATABASE_NAME } from './database';

/** Dexie stores version n as native version n × 10. */
const DEXIE_VERSION_FACTOR = 10;

export type DatabaseVersionCheck =
  | { status: 'ok' }
  | { status: 'newer'; found: number; supported: number }
  | { status: 'unknown'; message: string };

export async function checkDatabaseVersion(
  factory: IDBFactory = indexedDB,
  name = DATABASE_NAME,
  supported = CURRENT_SCHEMA_VERSION,
): Promise<DatabaseVersionCheck> {
  let databases: IDBDatabaseInfo[];
  try {
    databases = await factory.databases();
  } catch (error) {
    return {
      status: 'unknown',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  const stored = databases.find((db) => db.name === name)?.version;
  if (stored === undefined) return { status: 'ok' };
  const found = stored / DEXIE_VERSION_FACTOR;
  return found > supported ? { status: 'newer', found, supported } : { status: 'ok' };
}
