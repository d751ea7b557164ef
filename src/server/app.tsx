// HTTP edge: routes parse the request, call the core, and render a view. No analysis here.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { InputError, isInputError, type InputProblem } from '../core/errors.js';
import { closestSentences } from '../core/align/closest.js';
import { diffTexts } from '../core/diff/moves.js';
import { decodeFile, formatOfText } from '../core/ingest/decode.js';
import { cueKinds, unitStatuses, type ArticleFormat, type ArticleInput, type Comparison, type CueKind, type TextDiffPart, type UnitStatus } from '../core/model.js';
import { classroomSlide, classroomSlides } from '../core/present/classroom.js';
import { pairHeadline, pairRows } from '../core/present/pair-rows.js';
import { unitsInReadingOrder } from '../core/present/reading-order.js';
import type { Store } from '../store/store.js';
import { ComparisonPage, AlignedView, type AlignedOptions } from '../../views/comparison.js';
import { DiffPage, DiffResult } from '../../views/diff.js';
import { ClassroomHandout, ClassroomPage } from '../../views/classroom.js';
import { ClosestList } from '../../views/closest.js';
import { ErrorPage } from '../../views/errors.js';
import { Layout } from '../../views/layout.js';
import { PairView } from '../../views/pair.js';
import { ArticleFieldsetFragment, emptyField, fieldFormats, HomePage, placeProblems, type ArticleField, type Example, type FieldFormat } from '../../views/home.js';
import { runCompare } from './compare-runner.js';
import { toCsv, toMarkdown, toTei } from './exports.js';
import { checkArticleInputs, requestBodyLimit, textTooLong } from './limits.js';
import { sideAParts } from '../core/present/diff-sides.js';
import { mountDeleteRoutes } from './delete-routes.js';
import { editorOf, hasEditCredential, loadCurated, mountCurateRoutes, setCreatorCookies } from './curate-routes.js';
import { createPageCache } from './page-cache.js';
import { readableText } from '../core/ingest/readable.js';
import { defaultThresholds } from '../core/thresholds.js';
import { wantsFragment } from './htmx.js';
import { applySecurity } from './security.js';

export interface AppOptions {
  store: Store;
  examples?: Example[];
}

const require = createRequire(import.meta.url);
const htmxJs = readFileSync(require.resolve('htmx.org/dist/htmx.min.js'), 'utf8');
// From src/server (tsx, vitest) public/ is two levels up; from dist/src/server it is three.
const publicDir = [new URL('../../public/', import.meta.url), new URL('../../../public/', import.meta.url)].find((u) => existsSync(new URL('app.css', u)))!;
const asset = (name: string) => readFileSync(new URL(name, publicDir), 'utf8');

/** Decodes each uploaded file on its own, so one bad file does not lose the good ones. */
async function filesOf(form: FormData): Promise<{ fields: ArticleField[]; problems: InputProblem[] }> {
  const fields: ArticleField[] = [];
  const problems: InputProblem[] = [];
  for (const f of form.getAll('files')) {
    if (typeof f === 'string' || (f.size === 0 && f.name === '')) continue;
    try {
      const input = decodeFile({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
      fields.push({ text: input.text, outlet: input.outlet ?? f.name.replace(/\.[^.]+$/, ''), title: input.title ?? '', format: input.format ?? 'text' });
    } catch (error) {
      if (!isInputError(error)) throw error;
      problems.push(...error.problems);
    }
  }
  return { fields, problems };
}

const knownFormats = new Set<string>(fieldFormats);
/** A format field's value; anything else (or none, as from a client without the select) is plain text, ingest's default. */
const formatOf = (value: unknown): FieldFormat => (knownFormats.has(String(value)) ? (String(value) as FieldFormat) : 'text');
/** How a field's text is read: "auto" by the text's own shape (HTML source pasted into the field is read as HTML). */
const readAs = (format: FieldFormat, text: string): ArticleFormat => (format === 'auto' ? formatOfText(text) : format);

function fieldsOf(form: FormData): ArticleField[] {
  const texts = form.getAll('text').map(String);
  const outlets = form.getAll('outlet').map(String);
  const titles = form.getAll('title').map(String);
  const formats = form.getAll('format');
  return texts.map((text, i) => ({ text, outlet: outlets[i] ?? '', title: titles[i] ?? '', format: formatOf(formats[i]) }));
}

const knownStatuses = new Set<string>(unitStatuses);
const knownCueKinds = new Set<string>(cueKinds);

/** The aligned view's reference outlet and filters from the query; unknown values mean "none". */
function alignedOptions(c: Comparison, q: (k: string) => string | undefined): AlignedOptions {
  const ref = c.articles.some((a) => a.id === q('ref')) ? q('ref')! : (c.articles[0]?.id ?? '');
  const status = knownStatuses.has(q('status') ?? '') ? (q('status') as UnitStatus) : '';
  const cue = knownCueKinds.has(q('cue') ?? '') ? (q('cue') as CueKind) : '';
  return { ref, status, cue, units: unitsInReadingOrder(c, ref, { status, cue }) };
}

export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const examples = options.examples ?? [];
  const app = new Hono();
  // Pages of editors (any edit credential) are rendered fresh and never cached: they hold controls and the edit link.
  const pages = createPageCache({ skip: hasEditCredential });
  app.use('/c/*', pages.middleware);
  applySecurity(app);
  app.use('*', requestBodyLimit());

  app.get('/assets/htmx.js', (c) => c.body(htmxJs, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' }));
  for (const [name, type] of [
    ['app.css', 'text/css'],
    ['app.js', 'text/javascript'],
    ['favicon.svg', 'image/svg+xml'],
  ] as const) {
    const body = asset(name);
    app.get(`/assets/${name}`, (c) => c.body(body, 200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'public, max-age=3600' }));
  }

  // Pages name /assets/favicon.svg; this answers the clients that ask for the old default address anyway.
  app.get('/favicon.ico', (c) => c.body(null, 204, { 'cache-control': 'public, max-age=86400' }));
  app.get('/', (c) => c.html(<HomePage fields={[]} examples={examples} />));
  app.get('/examples/:name', (c) => {
    const example = examples.find((e) => e.name === c.req.param('name'));
    return example ? c.redirect(`/c/${example.id}`, 303) : c.html(<ErrorPage title="Not found" message="There is no example with this name." />, 404);
  });
  app.get('/fields/article', (c) => {
    const n = Math.min(Math.max(Number.parseInt(c.req.query('n') ?? '3', 10) || 3, 1), 50);
    return c.html(<ArticleFieldsetFragment n={n} />);
  });

  app.post('/compare', async (c) => {
    const form = await c.req.formData();
    const fileNames = form.getAll('files').flatMap((f) => (typeof f === 'string' ? [] : [f.name]));
    let fields = fieldsOf(form);
    // Page position of each article handed to the comparison, so a problem lands on its field.
    let origins: number[] = [];
    try {
      const uploaded = await filesOf(form);
      // Uploaded texts take the place of blank article fields rather than following them.
      const typed = uploaded.fields.length > 0 ? fields.filter((f) => f.text.trim() !== '' || f.outlet.trim() !== '' || f.title.trim() !== '') : fields;
      fields = [...typed, ...uploaded.fields];
      if (form.get('add') === 'article') {
        // "Add another article" without JavaScript: the same form, one field longer, nothing lost.
        const problems = uploaded.problems.length > 0 ? placeProblems(uploaded.problems, fields, [], fileNames) : undefined;
        return c.html(<HomePage fields={[...fields, emptyField]} examples={examples} focus={fields.length} {...(problems ? { problems } : {})} />, problems ? 422 : 200);
      }
      if (uploaded.problems.length > 0) throw new InputError(uploaded.problems, 422);
      origins = fields.flatMap((f, i) => (f.text.trim() !== '' ? [i] : []));
      const inputs: ArticleInput[] = origins
        .map((i) => fields[i]!)
        .map((f) => ({ text: f.text, format: readAs(f.format, f.text), ...(f.outlet.trim() ? { outlet: f.outlet.trim() } : {}), ...(f.title.trim() ? { title: f.title.trim() } : {}) }));
      checkArticleInputs(inputs);
      const comparison = await runCompare(inputs);
      const tokens = store.save(comparison);
      // The creator may edit and delete: the tokens ride in HttpOnly cookies scoped to /c/<id>.
      setCreatorCookies(c, tokens.id, tokens);
      const { id } = tokens;
      return c.redirect(`/c/${id}`, 303);
    } catch (error) {
      if (!isInputError(error)) throw error;
      return c.html(<HomePage fields={fields} examples={examples} problems={placeProblems(error.problems, fields, origins, fileNames)} />, error.status);
    }
  });

  app.post('/api/comparisons', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: 'The body must be JSON: {"articles": [...]}.' }, 400);
    }
    const articles = (body as { articles?: unknown })?.articles;
    if (!Array.isArray(articles)) return c.json({ error: 'Expected {"articles": ArticleInput[]}.' }, 400);
    try {
      checkArticleInputs(articles as ArticleInput[]);
      const comparison = await runCompare(articles as ArticleInput[]);
      const tokens = store.save(comparison);
      return c.json({ ...comparison, id: tokens.id, deleteToken: tokens.deleteToken, editToken: tokens.editToken }, 201);
    } catch (error) {
      if (isInputError(error)) return c.json({ error: error.message, problems: error.problems }, error.status);
      throw error;
    }
  });

  app.get('/api/comparisons/:id', (c) => {
    const comparison = loadCurated(store, c.req.param('id'));
    return comparison ? c.json(comparison) : c.json({ error: 'No comparison with this id.' }, 404);
  });

  mountDeleteRoutes(app, { store, onDeleted: (id) => pages.invalidate(id) });
  mountCurateRoutes(app, { store, invalidate: (id) => pages.invalidate(id), alignedOptions });

  // Every view and export shows the curated comparison: the automatic result with the hand edits replayed.
  const load = (c: Context): Comparison | null => loadCurated(store, c.req.param('id') ?? '');
  /** Aligned-view options plus, for a holder of the edit token, the editor (the page then shows edit controls). */
  const viewOptions = (c: Context, comparison: Comparison): AlignedOptions => {
    const editor = editorOf(c, store, comparison.id ?? '');
    if (editor) c.header('cache-control', 'no-store, private');
    return { ...alignedOptions(comparison, (k) => c.req.query(k)), ...(editor ? { editor } : {}) };
  };
  const notFound = (c: Context) => c.html(<ErrorPage title="Not found" message="There is no comparison at this address." />, 404);

  app.get('/c/:id', (c) => {
    const comparison = load(c);
    if (!comparison) return notFound(c);
    return c.html(<ComparisonPage c={comparison} o={viewOptions(c, comparison)} />);
  });
  app.get('/c/:id/aligned', (c) => {
    const comparison = load(c);
    if (!comparison) return notFound(c);
    // A pushed or bookmarked fragment address opens the whole page with the same reference and filters.
    if (!wantsFragment(c)) return c.redirect(`/c/${comparison.id}${new URL(c.req.url).search}`, 303);
    return c.html(<AlignedView c={comparison} o={viewOptions(c, comparison)} />);
  });
  app.get('/c/:id/classroom', (c) => {
    const comparison = load(c);
    if (!comparison) return notFound(c);
    return c.html(<ClassroomPage c={comparison} slide={classroomSlide(comparison, Number.parseInt(c.req.query('i') ?? '0', 10) || 0)} />);
  });
  app.get('/c/:id/classroom/handout', (c) => {
    const comparison = load(c);
    if (!comparison) return notFound(c);
    return c.html(<ClassroomHandout c={comparison} slides={classroomSlides(comparison)} />);
  });
  app.get('/c/:id/pair', (c) => {
    const comparison = load(c);
    if (!comparison) return notFound(c);
    const ids = comparison.articles.map((x) => x.id);
    const a = ids.includes(c.req.query('a') ?? '') ? c.req.query('a')! : (ids[0] ?? '');
    let b = ids.includes(c.req.query('b') ?? '') ? c.req.query('b')! : (ids.find((x) => x !== a) ?? a);
    // An outlet paired with itself shows no difference at all: pair it with the next one and say so.
    const same = b === a && ids.length > 1;
    if (same) b = ids[(ids.indexOf(a) + 1) % ids.length]!;
    const notice = same ? `An outlet compared with itself shows no differences, so ${comparison.articles.find((x) => x.id === b)?.outlet ?? b} is shown as the second outlet.` : undefined;
    const view = <PairView id={comparison.id ?? ''} articles={comparison.articles} a={a} b={b} rows={pairRows(comparison, a, b)} headline={pairHeadline(comparison, a, b)} {...(notice ? { notice } : {})} />;
    if (wantsFragment(c)) return c.html(view);
    return c.html(<Layout title="Pair view"><p><a href={`/c/${comparison.id}`}>Back to the comparison</a></p>{view}</Layout>);
  });
  // Why a unit is missing from some outlets: their closest sentences (a fragment, or a page without JS).
  app.get('/c/:id/units/:unitId/closest', (c) => {
    const comparison = load(c);
    if (!comparison) return notFound(c);
    const unit = comparison.units.find((u) => u.id === c.req.param('unitId'));
    if (!unit) return c.html(<ErrorPage title="Not found" message="There is no such unit in this comparison (any more)." />, 404);
    const editable = editorOf(c, store, comparison.id ?? '') !== null;
    if (editable) c.header('cache-control', 'no-store, private');
    const list = <ClosestList c={comparison} u={unit} closest={closestSentences(comparison, unit.id) ?? []} bar={defaultThresholds.alignMinScore} editable={editable} />;
    if (wantsFragment(c)) return c.html(list);
    return c.html(
      <Layout title={`Closest to ${unit.id}`}>
        <p>
          <a href={`/c/${comparison.id}#${unit.id}`}>Back to the comparison</a>
        </p>
        <h1>Closest elsewhere to unit {unit.id}</h1>
        {list}
      </Layout>,
    );
  });
  app.get('/api/comparisons/:id/units/:unitId/closest', (c) => {
    const comparison = load(c);
    if (!comparison) return c.json({ error: 'No comparison with this id.' }, 404);
    const closest = closestSentences(comparison, c.req.param('unitId'));
    if (!closest) return c.json({ error: 'No unit with this id in the comparison.' }, 404);
    return c.json({ unitId: c.req.param('unitId'), bar: defaultThresholds.alignMinScore, closest });
  });
  /** An export as a file named after its comparison, so a download lands as storydiff-<id>.csv, not export.csv. */
  const download = (c: Context, comparison: Comparison, body: string, type: string, ext: string) =>
    c.body(body, 200, { 'content-type': type, 'content-disposition': `attachment; filename="storydiff-${(comparison.id ?? 'comparison').replace(/[^\w-]/g, '')}.${ext}"` });
  app.get('/c/:id/export.json', (c) => {
    const comparison = load(c);
    return comparison ? download(c, comparison, JSON.stringify(comparison), 'application/json; charset=utf-8', 'json') : notFound(c);
  });
  app.get('/c/:id/export.csv', (c) => {
    const comparison = load(c);
    // The byte order mark makes Excel read the file as UTF-8 rather than as Windows-1252 (umlauts).
    return comparison ? download(c, comparison, `\uFEFF${toCsv(comparison)}`, 'text/csv; charset=utf-8', 'csv') : notFound(c);
  });
  app.get('/c/:id/export.md', (c) => {
    const comparison = load(c);
    return comparison ? download(c, comparison, toMarkdown(comparison), 'text/markdown; charset=utf-8', 'md') : notFound(c);
  });
  app.get('/c/:id/export.tei.xml', (c) => {
    const comparison = load(c);
    return comparison ? download(c, comparison, toTei(comparison), 'application/xml; charset=utf-8', 'tei.xml') : notFound(c);
  });

  app.get('/diff', (c) => c.html(<DiffPage a="" b="" parts={null} truncated={false} />));
  app.post('/diff', async (c) => {
    const form = await c.req.formData();
    const side = { a: String(form.get('a') ?? ''), b: String(form.get('b') ?? '') };
    const format = { a: formatOf(form.get('format-a')), b: formatOf(form.get('format-b')) };
    const fileName: { a?: string; b?: string } = {};
    const page = (rest: { parts: TextDiffPart[] | null; partsA?: TextDiffPart[]; truncated: boolean; error?: string; layout?: string; unit?: string; moves?: number }) => (
      <DiffPage a={side.a} b={side.b} formatA={format.a} formatB={format.b} {...rest} />
    );
    try {
      // A chosen file replaces the text and format of its side; the other side keeps what was typed.
      const both = form.getAll('files');
      for (const [name, k, i] of [['fa', 'a', 0], ['fb', 'b', 1]] as const) {
        const file = form.get(name) ?? both[i] ?? null;
        if (file === null || typeof file === 'string' || file.size === 0) continue;
        const input = decodeFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        side[k] = input.text;
        format[k] = input.format ?? 'text';
        fileName[k] = file.name;
      }
      // The same cap as one article of a comparison, before any work: two 5 MB texts took 7 s.
      const tooLong = (['a', 'b'] as const).flatMap((k) => textTooLong(k, `Text ${k.toUpperCase()}${fileName[k] ? ` (${fileName[k]})` : ''}`, side[k]) ?? []);
      if (tooLong.length > 0) throw new InputError(tooLong, 413);
    } catch (error) {
      if (!isInputError(error)) throw error;
      // Each message names its file or side already; InputError.message would name it twice.
      const message = error.problems.map((p) => p.message).join(' ');
      if (wantsFragment(c)) return c.html(<DiffResult parts={null} truncated={false} error={message} />, error.status);
      return c.html(page({ parts: null, truncated: false, error: message }), error.status);
    }
    const layout = form.get('layout') === 'side' ? 'side' : 'inline';
    const unit = form.get('unit') === 'char' ? 'char' : 'word';
    const a = readableText(side.a, readAs(format.a, side.a));
    const { parts, truncated, moves } = diffTexts(a, readableText(side.b, readAs(format.b, side.b)), { unit, maxEditLength: 2000 });
    const partsA = layout === 'side' ? sideAParts(parts, a) : undefined;
    const result = { parts, truncated, layout, moves, ...(partsA ? { partsA } : {}) };
    if (wantsFragment(c)) return c.html(<DiffResult {...result} />);
    return c.html(page({ ...result, unit }));
  });

  app.notFound((c) => c.html(<ErrorPage title="Not found" message="This page does not exist." />, 404));
  app.onError((error, c) => {
    if (isInputError(error)) return c.html(<ErrorPage title="Cannot do that" message={error.message} />, error.status);
    // Hono's own refusals (e.g. the cross-site form guard's 403) keep their status instead of becoming a 500.
    if (error instanceof HTTPException) {
      const status = error.status as ContentfulStatusCode;
      return c.html(<ErrorPage title="Refused" message={error.message || 'This request was refused.'} />, status);
    }
    console.error(error);
    return c.html(<ErrorPage title="Something went wrong" message="The server failed on this request; it has been logged." />, 500);
  });
  return app;
}
