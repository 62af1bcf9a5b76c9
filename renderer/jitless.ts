/**
 * Imported first by the window and the PDF worker. zod probes for eval (`new Function`) when
 * it builds its first object schema, to compile faster parsers; the CSP forbids eval, so the
 * probe would only report a violation. Jitless parsing is what runs under the CSP anyway.
 */
import { z } from 'zod';

z.config({ jitless: true });
