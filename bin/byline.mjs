#!/usr/bin/env node
// The `byline` command: runs the TypeScript CLI (the same core/ code the extension runs) through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/byline.ts');
process.exitCode = main(process.argv.slice(2));
