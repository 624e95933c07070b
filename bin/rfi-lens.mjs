#!/usr/bin/env node
// `rfi-lens` command: runs the TypeScript engine in Node through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
