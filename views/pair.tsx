// Pair view: two outlets' aligned sentences side by side with their word diff and cue notes.
import type { Article, Cue, DiffPart, HeadlinePair, PairRow, Sentence } from '../src/core/model.js';
import { placeCues } from '../src/core/present/cue-spans.js';
import { sentenceIndex } from '../src/core/present/sentences.js';
import { CueFootnotes, MarkedText, type Mark } from './cue-marks.js';
import { DiffResult } from './diff.js';
import { headlineMarks } from './headlines.js';

/** Where each cue stands in a row's text (see placeCues); every cue stays in the footnotes. */
function marksIn(text: string, cues: Array<{ n: number; cue: Cue }>, sentences: Map<string, Sentence>): Mark[] {
  return placeCues(text, cues, (c) => c.cue, sentences).map(({ item, start, end }) => ({ n: item.n, cue: item.cue, start, end }));
}

export function PairView(props: {
  id: string;
  articles: Article[];
  a: string;
  b: string;
  rows: PairRow[];
  /** The two titles and their diff, when both outlets have one and the comparison compared headlines. */
  headline?: HeadlinePair | null;
  /** why the pair shown is not the one asked for */
  notice?: string;
}) {
  const name = (id: string) => props.articles.find((x) => x.id === id)?.outlet ?? id;
  const sentences = sentenceIndex(props);
  // Cues are numbered through the page in reading order (the headlines first; in each row first
  // outlet, second outlet, then cues without a place in the text); each row lists its own notes under it.
  const headline = props.headline ? headlineMarks(props.articles, props.headline.cues, [props.a, props.b]) : null;
  let n = headline?.notes.length ?? 0;
  const rows = props.rows.map((r) => {
    const raw = r.cues.map((cue, k) => ({ n: k, cue }));
    const ma = marksIn(r.a, raw.filter((c) => c.cue.articleId === props.a), sentences);
    const mb = marksIn(r.b, raw.filter((c) => c.cue.articleId === props.b), sentences);
    const placed = new Set([...ma, ...mb].map((m) => m.n));
    const order = [...ma.map((m) => m.n), ...mb.map((m) => m.n), ...raw.filter((c) => !placed.has(c.n)).map((c) => c.n)];
    const num = new Map(order.map((k) => [k, ++n] as const));
    const renumber = (ms: Mark[]) => ms.map((m) => ({ ...m, n: num.get(m.n)! }));
    return { r, ma: renumber(ma), mb: renumber(mb), notes: order.map((k) => ({ n: num.get(k)!, cue: r.cues[k]! })) };
  });
  const onlyA = props.rows.filter((r) => r.only === 'a').length;
  const onlyB = props.rows.filter((r) => r.only === 'b').length;
  const both = props.rows.length - onlyA - onlyB;
  return (
    <section id="pair" aria-labelledby="pair-h">
      <h2 id="pair-h">Pair view</h2>
      {/* The chosen pair's address is pushed, so reload, Back and a copied link keep it. */}
      <form method="get" action={`/c/${props.id}/pair`} hx-get={`/c/${props.id}/pair`} hx-target="#pair" hx-swap="outerHTML" hx-push-url="true">
        {(['a', 'b'] as const).map((k) => (
          <label>
            {k === 'a' ? 'First outlet' : 'Second outlet'}{' '}
            <select name={k}>
              {props.articles.map((x) => (
                <option value={x.id} selected={x.id === props[k]}>{x.outlet}</option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit">Show pair</button>
      </form>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <p class="pair-counts">
        {both} {both === 1 ? 'fact' : 'facts'} both report; {onlyA} only {name(props.a)} reports; {onlyB} only {name(props.b)} reports.
      </p>
      <p class="hint">Marked words are framing cues: hover or focus one (Tab) to read its note; the notes are also listed under each row.</p>
      <div class="scroll">
        <table class="pair">
          <thead>
            <tr>
              <th scope="col">{name(props.a)}</th>
              <th scope="col">{name(props.b)}</th>
              <th scope="col">Word diff</th>
            </tr>
          </thead>
          <tbody>
            {props.headline && headline ? (
              <>
                <tr id="pair-headline" class="headline-row">
                  {headline.titles.map((t) => (
                    <td data-label={`${t.outlet}, headline`}>
                      <span class="headline-label">Headline</span>
                      <MarkedText text={t.title} marks={t.marks} />
                    </td>
                  ))}
                  <td data-label="Word diff">
                    <DiffResult parts={props.headline.parts} truncated={props.headline.truncated} id={null} />
                  </td>
                </tr>
                {headline.notes.length > 0 ? (
                  <tr class="notes-row">
                    <td colspan={3}>
                      <CueFootnotes notes={headline.notes} marked={headline.marked} name={name} />
                    </td>
                  </tr>
                ) : null}
              </>
            ) : null}
            {rows.map(({ r, ma, mb, notes: cues }) => {
              const marked = new Set([...ma, ...mb].map((m) => m.n));
              return (
                <>
                  <tr id={`pair-${r.unitId}`} class={r.only ? `only-${r.only}` : undefined}>
                    <td data-label={name(props.a)}>
                      {r.only === 'b' ? <p class="not-reported">not reported</p> : <MarkedText text={r.a} marks={ma} />}
                    </td>
                    <td data-label={name(props.b)}>
                      {r.only === 'a' ? <p class="not-reported">not reported</p> : <MarkedText text={r.b} marks={mb} />}
                    </td>
                    <td data-label="Word diff">
                      {r.only ? (
                        <p class="not-reported">only {name(r.only === 'a' ? props.a : props.b)} reports this</p>
                      ) : (
                        <DiffResult parts={r.parts} truncated={r.truncated} id={null} />
                      )}
                    </td>
                  </tr>
                  {cues.length > 0 ? (
                    <tr class="notes-row">
                      <td colspan={3}>
                        <CueFootnotes notes={cues} marked={marked} name={name} />
                      </td>
                    </tr>
                  ) : null}
                </>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
