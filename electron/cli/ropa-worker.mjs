// The command line runs under tsx, whose loader a worker thread does not inherit: load the
// TypeScript worker through tsx's own API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./ropa-worker.ts', import.meta.url);
