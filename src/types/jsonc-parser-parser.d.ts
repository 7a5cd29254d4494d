// jsonc-parser ships types for its entry only; its parser module exports the same functions.
declare module 'jsonc-parser/lib/umd/impl/parser.js' {
  export { findNodeAtLocation, parseTree, visit } from 'jsonc-parser';
}
