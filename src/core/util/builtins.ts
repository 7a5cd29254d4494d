import { createRequire } from 'node:module';

// Built-in modules that cost milliseconds to load and that most runs of the hooks never use,
// required on first use instead: zlib serves only stores large enough for packs (and packed
// manifests), child_process only a pre-commit hook whose script did not already ask git.
const requireBuiltin = createRequire(String(import.meta.url));

export const zlib = (): typeof import('node:zlib') => requireBuiltin('node:zlib');
export const childProcess = (): typeof import('node:child_process') => requireBuiltin('node:child_process');
