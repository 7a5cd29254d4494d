/**
 * The main export of a CommonJS package loaded with `import()`. Node puts `module.exports` on
 * `default` (and adds the named exports it can detect); the ncc/webpack bundles in dist/ put it
 * on `default` only, so a named import such as `{ Ajv }` works under Node and fails in a bundle.
 * Packages compiled from TypeScript (ajv, ajv-formats) also set `exports.default` to themselves.
 */
export function mainExport<T>(namespace: unknown): T {
  const main = (namespace as { default?: unknown }).default ?? namespace;
  return ((main as { default?: unknown }).default ?? main) as T;
}
