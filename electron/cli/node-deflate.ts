/** Node's native zlib for the Article 30 record's streams, at a level that favours speed. */
import { deflateSync } from 'node:zlib';
import type { Deflate } from '../../shared/reports/ropa-pdf';

export const nodeDeflate: Deflate = (bytes) => deflateSync(bytes, { level: 3 });
