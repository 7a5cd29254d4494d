#!/usr/bin/env node
// Claude Code's PreToolUse/PostToolUse hook, as `orch-backup claude install` wires it. Its own
// entry rather than `orch-backup <command>`: it runs on every Write, Edit and Bash call, and the
// CLI's argument parser alone would cost more than the whole decision for a non-config file.
// The compile cache (Node ≥ 22.1) pays off on config edits, which load the backup code.
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/claude-hook/index.js');
