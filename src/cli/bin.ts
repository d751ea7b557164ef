#!/usr/bin/env node
// The only CLI file that touches the process: it hands the real world to run().
import { readFile, writeFile } from 'node:fs/promises';
import { run } from './cli.js';
import { renderers } from './renderers.js';

const code = await run(
  process.argv.slice(2),
  {
    readFile: (path) => readFile(path),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  renderers,
);
process.exitCode = code;
