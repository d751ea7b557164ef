// Home: paste or upload articles. Values come back on a failed submission so nothing typed is lost.
import { articleFormats, type ArticleFormat } from '../src/core/model.js';
import { Layout } from './layout.js';

export interface ArticleField {
  text: string;
  outlet: string;
  title: string;
  /** How to read the text: an upload's comes from its file name; pasted text by its shape unless marked. */
  format: FieldFormat;
}

/** A field's format: one of the article formats, or "auto", read off the text itself when it is compared. */
export type FieldFormat = ArticleFormat | 'auto';
export const fieldFormats: readonly FieldFormat[] = ['auto', ...articleFormats];

const formatLabels: Record<FieldFormat, string> = { auto: 'Automatic', text: 'Plain text', markdown: 'Markdown', html: 'HTML' };

export const emptyField: ArticleField = { text: '', outlet: '', title: '', format: 'auto' };

/** A format select; `name` and `id` differ between the home form (one per article) and /diff (one per side). */
export function FormatSelect(props: { name: string; id: string; value: FieldFormat }) {
  return (
    <label class="format">
      Format{' '}
      <select name={props.name} id={props.id}>
        {fieldFormats.map((value) => (
          <option value={value} selected={value === props.value}>
            {formatLabels[value]}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface Example {
  id: string;
  title: string;
  /** Folder name of a bundled set; gives the example a stable address across restarts. */
  name?: string;
  /** Linked above the form, as the quickest way to see what storydiff shows. */
  featured?: boolean;
}

const exampleHref = (e: Example): string => (e.name ? `/examples/${encodeURIComponent(e.name)}` : `/c/${e.id}`);

/** Input problems placed where they belong: on an article's fields, on the file input, or the form. */
export interface FormProblems {
  /** Problems of the whole submission (no single field): shown in the summary only. */
  form: string[];
  /** Problems of an article fieldset, by its 0-based position on the page. */
  articles: Record<number, string[]>;
  /** Uploaded files that could not be read. */
  files: Array<{ name: string; message: string }>;
  /** Fieldsets that want input to fix a form problem (e.g. too few articles); not repeated in the summary. */
  hints: Record<number, string>;
}

/**
 * Places each problem next to what it concerns. `field` is `articles[k]` (k-th article handed to the
 * comparison, i.e. the k-th non-empty fieldset, `origins[k]` on the page) or a file name.
 */
export function placeProblems(problems: Array<{ field?: string; message: string }>, fields: ArticleField[], origins: number[], fileNames: string[]): FormProblems {
  const placed: FormProblems = { form: [], articles: {}, files: [], hints: {} };
  const onArticle = (i: number, message: string) => (placed.articles[i] ??= []).push(message);
  for (const p of problems) {
    const k = /^articles\[(\d+)\]$/.exec(p.field ?? '');
    if (k) {
      // Each message names its article once, by its number on the page: the core counts only the
      // articles it was handed ("Article 2 …" may be the third field when the first is empty).
      const page = origins[Number(k[1])] ?? Number(k[1]);
      const own = `Article ${Number(k[1]) + 1} `;
      onArticle(page, p.message.startsWith(own) ? `Article ${page + 1} ${p.message.slice(own.length)}` : `Article ${page + 1}: ${p.message}`);
    }
    else if (p.field !== undefined && fileNames.includes(p.field)) placed.files.push({ name: p.field, message: p.message });
    else placed.form.push(p.message);
  }
  // Too few articles: point at the empty fields that want one.
  const filled = fields.filter((f) => f.text.trim() !== '').length;
  if (filled < 2 && placed.files.length === 0) {
    const shown = Math.max(fields.length, 2);
    let wanted = 2 - filled;
    for (let i = 0; i < shown && wanted > 0; i++) {
      if ((fields[i]?.text ?? '').trim() !== '') continue;
      placed.hints[i] = filled === 0 && wanted === 2 ? 'Paste an article here or upload files.' : 'Paste another article here or upload a file: a comparison needs at least two.';
      wanted--;
    }
  }
  return placed;
}

export function ArticleFieldset(props: { n: number; field?: ArticleField; errors?: string[]; /** the field just added: the cursor goes there */ autofocus?: boolean }) {
  const f = props.field ?? emptyField;
  const i = props.n;
  const errors = props.errors ?? [];
  const errorId = `article-${i}-error`;
  return (
    <fieldset class={errors.length ? 'article invalid' : 'article'}>
      <legend>Article {i}</legend>
      <label>
        Outlet <input name="outlet" id={`article-${i}-outlet`} value={f.outlet} />
      </label>
      <label>
        Title <input name="title" id={`article-${i}-title`} value={f.title} />
      </label>
      <FormatSelect name="format" id={`article-${i}-format`} value={f.format} />
      <label>
        Text{' '}
        <textarea name="text" id={`article-${i}-text`} rows={8} autofocus={props.autofocus} aria-invalid={errors.length ? 'true' : undefined} aria-describedby={errors.length ? errorId : undefined}>
          {f.text}
        </textarea>
      </label>
      {errors.length ? (
        <p class="error field-error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * Adds the n-th article field. With htmx it fetches the fieldset, and the answer swaps in the button
 * for n + 1 (see ArticleFieldsetFragment); without JavaScript it submits the form, which comes back
 * with one more field and everything typed kept.
 */
export function AddArticleButton(props: { n: number; oob?: boolean }) {
  return (
    <button
      type="submit"
      name="add"
      value="article"
      formnovalidate
      hx-get={`/fields/article?n=${props.n}`}
      hx-target="#fields"
      hx-swap="beforeend"
      id="add-article"
      hx-swap-oob={props.oob ? 'true' : undefined}
    >
      Add another article
    </button>
  );
}

/** The answer to the add button: the new fieldset, and the button replaced by the one for the next number. */
export function ArticleFieldsetFragment(props: { n: number }) {
  return (
    <>
      <ArticleFieldset n={props.n} autofocus />
      <AddArticleButton n={props.n + 1} oob />
    </>
  );
}

export function HomePage(props: { fields: ArticleField[]; examples: Example[]; error?: string; problems?: FormProblems; /** 0-based field that takes the focus (one just added without JavaScript) */ focus?: number }) {
  const fields = props.fields.length >= 2 ? props.fields : [...props.fields, ...Array(2 - props.fields.length).fill(emptyField)];
  const pr = props.problems ?? { form: props.error ? [props.error] : [], articles: {}, files: [], hints: {} };
  const fileErrors = pr.files.length > 0;
  const firstHint = Object.keys(pr.hints).map(Number).sort((x, y) => x - y)[0];
  const summary = [
    ...pr.form.map((m) => ({ href: firstHint === undefined ? '' : `#article-${firstHint + 1}-text`, m })),
    ...Object.entries(pr.articles).flatMap(([i, ms]) => ms.map((m) => ({ href: `#article-${Number(i) + 1}-text`, m }))),
    ...pr.files.map((f) => ({ href: '#files', m: f.message })),
  ];
  // A failed submit is about the form: the way in for newcomers would only push it down.
  const featured = summary.length > 0 ? [] : props.examples.filter((e) => e.featured);
  return (
    // A failed submit opens on its problems: the summary comes first and takes the focus, and the
    // title says so, since a screen reader announces the title before anything else.
    <Layout title={summary.length > 0 ? 'Error: Compare articles' : 'Compare articles'}>
      {summary.length > 0 ? (
        <div class="error error-summary" role="alert" id="form-error" tabindex={-1} autofocus>
          <p>
            <span aria-hidden="true">⚠ </span>
            {summary.length === 1 ? 'The comparison could not start:' : `The comparison could not start (${summary.length} problems):`}
          </p>
          <ul>
            {summary.map((x) => (
              <li>{x.href ? <a href={x.href}>{x.m}</a> : x.m}</li>
            ))}
          </ul>
          {pr.files.length > 0 ? <p>Everything else is kept below; files that could be read are filled in as texts. Choose the unreadable files again only once they are fixed.</p> : null}
        </div>
      ) : null}
      <h1>Compare how outlets tell one story</h1>
      <p class="intro">
        Paste or upload two or more articles about the same event (German or English; text, Markdown or HTML). storydiff lines
        them up sentence by sentence and shows what every outlet reports, what some leave out, and where the same fact is told
        differently: tone, hedging, sources, quotes, numbers, labels and placement, with word-level diffs.
      </p>
      {featured.length > 0 ? (
        <section class="featured-examples" aria-labelledby="try-h">
          <h2 id="try-h">Try an example</h2>
          <ul>
            {featured.map((e) => (
              <li>
                <a href={exampleHref(e)}>{e.title}</a>
              </li>
            ))}
          </ul>
          {props.examples.length > featured.length ? (
            <p class="hint">
              <a href="#examples">All {props.examples.length} examples</a> are listed under the form.
            </p>
          ) : null}
        </section>
      ) : null}
      {/* The form comes before the long list of examples: it is what the page is for. */}
      <h2 id="compare-h">Compare your own articles</h2>
      <form method="post" action="/compare" enctype="multipart/form-data" id="compare-form" class="dropzone" aria-labelledby="compare-h">
        {/* Enter in a one-line field submits with the form's first submit button: that must be Compare, not "Add another article". */}
        <button type="submit" hidden tabindex={-1}>
          Compare
        </button>
        <div id="fields">
          {fields.map((f, i) => (
            <ArticleFieldset n={i + 1} field={f} errors={[...(pr.articles[i] ?? []), ...(pr.hints[i] ? [pr.hints[i]] : [])]} autofocus={i === props.focus} />
          ))}
        </div>
        <AddArticleButton n={fields.length + 1} />
        <label class="files">
          Or upload files (.txt, .md, .html){' '}
          <input type="file" name="files" id="files" multiple accept=".txt,.md,.markdown,.html,.htm,text/*" aria-invalid={fileErrors ? 'true' : undefined} aria-describedby={fileErrors ? 'files-error' : undefined} />
        </label>
        {fileErrors ? (
          <ul class="error field-error" id="files-error">
            {pr.files.map((f) => (
              <li>
                <span aria-hidden="true">⚠ </span>
                {f.message}
              </li>
            ))}
          </ul>
        ) : null}
        <p class="hint">You can also drop files onto this form.</p>
        <button type="submit" class="primary">Compare</button>
      </form>
      {props.examples.length > 0 ? (
        <section class="examples" id="examples" aria-labelledby="examples-h">
          <h2 id="examples-h">{featured.length > 0 ? 'All examples' : 'Examples'}</h2>
          <ul>
            {props.examples.map((e) => (
              <li>
                <a href={exampleHref(e)}>{e.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
