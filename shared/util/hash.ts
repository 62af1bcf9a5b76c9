/** SHA-256 over canonical JSON, through WebCrypto (present in Node 20 and every window). */
import { canonicalJson as writeCanonical } from './canonical-json';

/** RFC 8785 canonical JSON: key order and number form fixed, so equal data hashes equally. */
export function canonicalJson(value: unknown): string {
  const text = writeCanonical(value);
  if (text === undefined) throw new TypeError('Value cannot be represented as JSON');
  return text;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export const hashOf = (value: unknown): Promise<string> => sha256Hex(canonicalJson(value));
