/** The window's compression for the Article 30 record's streams: fflate, as a worker has no zlib. */
import { zlibSync } from 'fflate';
import type { Deflate } from '../../shared/reports/ropa-pdf';

export const windowDeflate: Deflate = (bytes) => zlibSync(bytes, { level: 3 });
