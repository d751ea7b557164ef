// The headlines block of the comparison page: each outlet's title with its cue words marked, and
// the cues' notes. Renders Comparison.headlines only; a comparison without it shows nothing.
import type { Article, Comparison, Cue } from '../src/core/model.js';
import { placeTitleCues } from '../src/core/present/cue-spans.js';
import { CueFootnotes, MarkedText, type Mark } from './cue-marks.js';

/**
 * Each titled outlet with the marks in its title, cues numbered in reading order (first title,
 * second title, …, then cues without a place in the text), and the notes in that order.
 */
export function headlineMarks(articles: Article[], headlineCues: Cue[], articleIds: string[]) {
  const cues = headlineCues.filter((x) => articleIds.includes(x.articleId));
  const raw = cues.map((cue, k) => ({ n: k, cue }));
  const titles = articleIds.map((id) => {
    const article = articles.find((a) => a.id === id);
    const title = article?.title ?? '';
    const marks: Mark[] = placeTitleCues(title, raw.filter((x) => x.cue.articleId === id), (x) => x.cue).map(({ item, start, end }) => ({ ...item, start, end }));
    return { articleId: id, outlet: article?.outlet ?? id, title, marks };
  });
  const placed = new Set(titles.flatMap((t) => t.marks.map((m) => m.n)));
  const order = [...titles.flatMap((t) => t.marks.map((m) => m.n)), ...raw.filter((x) => !placed.has(x.n)).map((x) => x.n)];
  const num = new Map(order.map((k, i) => [k, i + 1] as const));
  return {
    titles: titles.map((t) => ({ ...t, marks: t.marks.map((m) => ({ ...m, n: num.get(m.n)! })) })),
    notes: order.map((k) => ({ n: num.get(k)!, cue: cues[k]! })),
    marked: new Set([...placed].map((k) => num.get(k)!)),
  };
}

export function HeadlinesBlock(props: { c: Comparison }) {
  const { c } = props;
  if (!c.headlines) return null;
  const { titles, notes, marked } = headlineMarks(c.articles, c.headlines.cues, c.headlines.articleIds);
  const name = (id: string) => c.articles.find((a) => a.id === id)?.outlet ?? id;
  return (
    <section id="headlines" aria-labelledby="headlines-h">
      <h2 id="headlines-h">Headlines</h2>
      <p class="hint">
        All headlines are about one event, so they are compared like the sentences of one unit. Marked words are framing cues: hover or focus one (Tab) to read its note.
      </p>
      <ul class="headlines">
        {titles.map((t) => (
          <li>
            <strong class="headline-outlet">{t.outlet}</strong>
            <MarkedText text={t.title} marks={t.marks} />
          </li>
        ))}
      </ul>
      {/* The notes fold away: the marks already carry them, and the overview should stay in the first screen. */}
      {notes.length === 0 ? (
        <p class="no-cues">The headlines show no framing difference.</p>
      ) : (
        <details class="headline-notes">
          <summary>{notes.length === 1 ? 'The note of 1 headline cue' : `The notes of ${notes.length} headline cues`}</summary>
          <CueFootnotes notes={notes} marked={marked} name={name} />
        </details>
      )}
    </section>
  );
}
