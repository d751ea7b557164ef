// Home: paste or upload articles. Values come back on a failed submission so nothing typed is lost.
import { Layout } from './layout.js';

export interface ArticleField {
  text: string;
  outlet: string;
  title: string;
}

export interface Example {
  id: string;
  title: string;
  /** Folder name of a bundled set; gives the example a stable address across restarts. */
  name?: string;
}

export function ArticleFieldset(props: { n: number; field?: ArticleField; error?: string }) {
  const f = props.field ?? { text: '', outlet: '', title: '' };
  const i = props.n;
  return (
    <fieldset class="article">
      <legend>Article {i}</legend>
      <label>
        Outlet <input name="outlet" value={f.outlet} />
      </label>
      <label>
        Title <input name="title" value={f.title} />
      </label>
      <label>
        Text <textarea name="text" rows={8} aria-invalid={props.error ? 'true' : undefined}>{f.text}</textarea>
      </label>
      {props.error ? <p class="error" role="alert">{props.error}</p> : null}
    </fieldset>
  );
}

export function HomePage(props: { fields: ArticleField[]; examples: Example[]; error?: string; fieldErrors?: Record<number, string> }) {
  const fields = props.fields.length >= 2 ? props.fields : [...props.fields, ...Array(2 - props.fields.length).fill({ text: '', outlet: '', title: '' })];
  return (
    <Layout title="Compare articles">
      <h1>Compare how outlets tell one story</h1>
      {props.examples.length > 0 ? (
        <section class="examples">
          <h2>Examples</h2>
          <ul>
            {props.examples.map((e) => (
              <li>
                <a href={e.name ? `/examples/${encodeURIComponent(e.name)}` : `/c/${e.id}`}>{e.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form method="post" action="/compare" enctype="multipart/form-data" id="compare-form" class="dropzone">
        {props.error ? <p class="error" role="alert" id="form-error">{props.error}</p> : null}
        <div id="fields">
          {fields.map((f, i) => (
            <ArticleFieldset n={i + 1} field={f} error={props.fieldErrors?.[i]} />
          ))}
        </div>
        <button type="button" hx-get={`/fields/article?n=${fields.length + 1}`} hx-target="#fields" hx-swap="beforeend" id="add-article">
          Add another article
        </button>
        <label class="files">
          Or upload files (.txt, .md, .html) <input type="file" name="files" multiple accept=".txt,.md,.markdown,.html,.htm,text/*" />
        </label>
        <p class="hint">You can also drop files onto this form.</p>
        <button type="submit" class="primary">Compare</button>
      </form>
    </Layout>
  );
}
