/**
 * jsonc-parser's scanner and parser, which is all this project uses of it. The package's entry
 * also loads its formatter and editor, whose start-up tables (1,200 indentation strings) cost
 * every command and hook ~4 ms before any work; its parser module is the code the entry
 * re-exports, and ParseErrorCode is a const enum, inlined at compile time.
 */
export { findNodeAtLocation, parseTree, visit } from 'jsonc-parser/lib/umd/impl/parser.js';
export { ParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
