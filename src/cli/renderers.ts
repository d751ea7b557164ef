// The CLI's non-JSON output formats, taken from the same views the web app uses.
import type { Renderers } from './cli.js';

export const renderers: Renderers = {};
