#!/usr/bin/env node
// The `upcart-conformance` command: runs conformance/cli.ts through tsx's loader, so the kit
// reads the contract's TypeScript schemas as they are, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
