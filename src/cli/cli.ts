// The storydiff command line. `run()` takes the process's world as a parameter (argv, file access,
// output streams) so it is tested without spawning; bin.ts is the only file that touches `process`.
import { basename } from 'node:path';
import { compare } from '../core/compare.js';
import { isInputError } from '../core/errors.js';
import { decodeFile } from '../core/ingest/decode.js';
import type { ArticleInput, Comparison } from '../core/model.js';

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export type OutputFormat = 'json' | 'html' | 'md';

/** Renders a comparison in a non-JSON format; injected so the CLI core needs no view imports. */
export type Renderers = Partial<Record<Exclude<OutputFormat, 'json'>, (c: Comparison) => string>>;

const usage = `Usage: storydiff compare FILE... [--format json|html|md] [--out FILE]

Compares two or more articles (.txt, .md, .html) about one event and prints the comparison.
  --format   json (default), html (a standalone page) or md (a Markdown report)
  --out      write to FILE instead of standard output
`;

interface ParsedArgs {
  files: string[];
  format: OutputFormat;
  out: string | null;
}

function parseArgs(args: string[]): ParsedArgs | string {
  const [command, ...rest] = args;
  if (command !== 'compare') return command === undefined || command === '--help' || command === '-h' ? '' : `Unknown command: ${command}`;
  const parsed: ParsedArgs = { files: [], format: 'json', out: null };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--format' || arg === '--out') {
      const value = rest[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--out') parsed.out = value;
      else if (value === 'json' || value === 'html' || value === 'md') parsed.format = value;
      else return `Unknown format: ${value} (use json, html or md)`;
    } else if (arg.startsWith('--')) {
      return `Unknown option: ${arg}`;
    } else {
      parsed.files.push(arg);
    }
  }
  if (parsed.files.length < 2) return 'Give at least two article files to compare.';
  return parsed;
}

/** Runs the CLI and returns its exit code: 0 ok, 1 input problem, 2 usage error. */
export async function run(args: string[], io: CliIo, renderers: Renderers = {}): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    if (parsed) io.stderr(`${parsed}\n\n`);
    io.stderr(usage);
    return parsed ? 2 : 0;
  }
  try {
    const inputs: ArticleInput[] = [];
    for (const file of parsed.files) {
      let bytes: Uint8Array;
      try {
        bytes = await io.readFile(file);
      } catch {
        io.stderr(`Cannot read ${file}\n`);
        return 1;
      }
      const input = decodeFile({ name: basename(file), bytes });
      // Without an outlet in the file's metadata, the file name is the best label a user gave.
      input.outlet ||= basename(file).replace(/\.[^.]+$/, '');
      inputs.push(input);
    }
    const comparison = compare(inputs);
    const render = parsed.format === 'json' ? null : renderers[parsed.format];
    if (parsed.format !== 'json' && !render) {
      io.stderr(`The ${parsed.format} format is not available in this build.\n`);
      return 2;
    }
    const text = render ? render(comparison) : `${JSON.stringify(comparison, null, 2)}\n`;
    if (parsed.out) await io.writeFile(parsed.out, text);
    else io.stdout(text);
    return 0;
  } catch (error) {
    if (isInputError(error)) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
