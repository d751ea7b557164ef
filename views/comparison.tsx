// The comparison page: overview and aligned view. Renders only what it is given.
import { articleIdOf, cueKinds, unitStatuses, type ArticleFormat, type Comparison, type Furniture, type FurnitureKind, type Language, type Section, type Unit } from '../src/core/model.js';
import { ClosestToggle } from './closest.js';
import { CurationPanel, UnitCuration, UnitsDatalist, type Editor } from './curate.js';
import { HeadlinesBlock } from './headlines.js';
import { clip, sentenceIndex, unitGist } from '../src/core/present/sentences.js';
import { Layout } from './layout.js';
import { StatusBadge, statusLabel } from './status.js';


export interface AlignedOptions {
  ref: string;
  status: string;
  cue: string;
  /** Units in the reading order of the reference article. */
  units: Unit[];
  /** Set when the viewer holds an edit token: the page then shows the curation controls. */
  editor?: Editor;
}

function Chart(props: { c: Comparison }) {
  const max = Math.max(1, ...unitStatuses.map((s) => props.c.summary.counts[s]));
  return (
    <svg class="chart" viewBox="0 0 360 110" role="img" aria-label="Units per status">
      {unitStatuses.map((s, i) => {
        const w = Math.round((props.c.summary.counts[s] / max) * 170);
        return (
          <g>
            <text x="0" y={i * 26 + 17} class="chart-label">{statusLabel[s].label}</text>
            <rect x="150" y={i * 26 + 4} width={w} height="18" class={`bar ${s}`} />
            <text x={156 + w} y={i * 26 + 17}>{props.c.summary.counts[s]}</text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * Which section of one outlet covers what a section of another covers (the alignment's section
 * links), strongest first; shown only when some article has headings, since otherwise every link
 * would join two "opening" parts.
 */
function SectionLinks(props: { c: Comparison }) {
  const { c } = props;
  if (!c.articles.some((a) => a.sections.some((s) => s.heading))) return null;
  const where = new Map(c.articles.flatMap((a) => a.sections.map((s) => [s.id, { outlet: a.outlet, heading: s.heading }] as const)));
  const links = [...c.sectionLinks].sort((x, y) => y.sharedUnits - x.sharedUnits).slice(0, 12);
  if (links.length === 0) return null;
  const label = (id: string) => {
    const w = where.get(id);
    return w ? (
      <>
        {w.outlet}: {w.heading ? <q>{w.heading}</q> : <em>opening</em>}
      </>
    ) : (
      id
    );
  };
  return (
    <>
      <h3>Sections</h3>
      <div class="scroll">
        <table class="section-links">
          <caption>Sections of different outlets that report the same units (the strongest {links.length}).</caption>
          <thead>
            <tr>
              <th scope="col">This section</th>
              <th scope="col">reports the same facts as this one</th>
              <th scope="col">facts (units) in both</th>
            </tr>
          </thead>
          <tbody>
            {links.map((l) => (
              <tr>
                <td>{label(l.a)}</td>
                <td>{label(l.b)}</td>
                <td>{l.sharedUnits}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Why the unit's sentences were put together: each aligned pair's similarity and shared terms. */
function WhyAligned(props: { c: Comparison; u: Unit }) {
  const { c, u } = props;
  if (u.pairs.length === 0) return null;
  const outlet = (sentenceId: string) => c.articles.find((a) => a.id === articleIdOf(sentenceId))?.outlet ?? sentenceId;
  return (
    <details class="why">
      <summary>Why aligned</summary>
      <p class="hint">Similarity is the share of weighted words two sentences have in common, from 0 to 1.</p>
      <ul>
        {u.pairs.map((p) => (
          <li>
            {outlet(p.a)} ↔ {outlet(p.b)}: similarity {p.score.toFixed(2)}
            {p.anchors.length > 0 ? `; shared: ${p.anchors.slice(0, 6).join(', ')}` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The event at a glance in words: how much every outlet reports, and how much of that alike. */
function consensusSentence(c: Comparison): string {
  const all = c.summary.consensus.length;
  const alike = c.summary.counts.agreement;
  const outlets = c.articles.length === 2 ? 'Both outlets' : `All ${c.articles.length} outlets`;
  if (all === 0) return `No unit is reported by every outlet: the ${c.articles.length} articles share no common core.`;
  const told = alike === all ? 'all of them told alike' : alike === 0 ? 'every one of them told differently (framing)' : `${alike} told alike, ${all - alike} told differently (framing)`;
  return `${outlets} report ${all} of the ${c.summary.units} units: ${told}.`;
}

const languageNames: Record<Exclude<Language, 'und'>, string> = { de: 'German', en: 'English' };

/**
 * Articles in different languages share only names and figures: the reader learns it before the
 * counts, which would otherwise read as outlets that tell nothing alike.
 */
function LanguageNote(props: { c: Comparison }) {
  const byLanguage = new Map<Exclude<Language, 'und'>, string[]>();
  for (const a of props.c.articles) {
    if (a.language === 'und') continue;
    byLanguage.set(a.language, [...(byLanguage.get(a.language) ?? []), a.outlet || a.id]);
  }
  if (byLanguage.size < 2) return null;
  const parts = [...byLanguage].map(([language, outlets]) => `${languageNames[language]}: ${outlets.join(', ')}`);
  return (
    <p class="language-note" role="note">
      These articles are in different languages ({parts.join('; ')}). storydiff compares wording within one language: across
      languages only names and figures can meet, so most facts show as told by one outlet only, and the cues compare words that
      were never meant alike.
    </p>
  );
}

export function Overview(props: { c: Comparison }) {
  const c = props.c;
  const index = sentenceIndex(c);
  const articleIds = c.articles.map((a) => a.id);
  return (
    <section id="overview" aria-labelledby="overview-h">
      <h2 id="overview-h">Overview</h2>
      <LanguageNote c={c} />
      <ul class="counts">
        {unitStatuses.map((s) => (
          <li>
            <StatusBadge status={s} /> <strong>{c.summary.counts[s]}</strong>
          </li>
        ))}
      </ul>
      <p class="lede-summary">{consensusSentence(c)}</p>
      <p class="hint">
        A <dfn>unit</dfn> is one fact as the outlets tell it: the sentences of different outlets that report the same thing
        (u1, u2, … in reading order), or a sentence only one outlet has.
      </p>
      <Chart c={c} />
      <h3>Coverage</h3>
      <div class="scroll">
        <table class="matrix">
          <caption>Units (rows) reported by each outlet (columns); empty cells are gaps.</caption>
          <thead>
            <tr>
              <th scope="col">Unit</th>
              <th scope="col">What it reports</th>
              {c.articles.map((a) => (
                <th scope="col">{a.outlet}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.units.map((u) => {
              const gist = unitGist(index, articleIds, u.sentences);
              return (
                <tr class={u.status}>
                  <th scope="row">
                    <a href={`#${u.id}`}>{u.id}</a> <span class="status-icon" aria-hidden="true" title={statusLabel[u.status].label}>{statusLabel[u.status].icon}</span>
                    <span class="sr">{statusLabel[u.status].label}</span>
                  </th>
                  {/* No title with the whole sentence: hostile text stays out of attributes, and the unit's row holds it. */}
                  <td class="gist">{clip(gist, 70)}</td>
                  {c.articles.map((a) => ((u.sentences[a.id] ?? []).length > 0 ? <td class="has">●<span class="sr">reported</span></td> : <td class="gap"><span class="sr">missing</span></td>))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <SectionLinks c={c} />
      <h3>Per outlet</h3>
      <div class="outlets">
        {c.summary.articles.map((s) => {
          const a = c.articles.find((x) => x.id === s.articleId);
          return (
            <div class="outlet">
              <h4>{a?.outlet ?? s.articleId}</h4>
              <p>
                Reports {s.units} of the {c.summary.units} units ({Math.round(s.coverage * 100)}%)
              </p>
              <p>
                Distinctive words:{' '}
                {s.distinctiveTerms.length === 0
                  ? 'none it uses notably more than the others'
                  : s.distinctiveTerms.slice(0, 8).map((t, i) => (
                      <>
                        {i > 0 ? ', ' : ''}
                        <span class="term" title={`${t.count}× here; z = ${t.zScore.toFixed(2)} against the other outlets`}>
                          {t.term} <small>{t.count}×</small>
                        </span>
                      </>
                    ))}
              </p>
              <p>
                Cues: {Object.entries(s.cueCounts).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ') || '—'}
              </p>
              {a && a.format !== 'text' ? <p class="read-as">{readAsNote[a.format]}</p> : null}
              <FurnitureList furniture={a?.furniture ?? []} />
            </div>
          );
        })}
      </div>
    </section>
  );
}

/** How a non-plain article was read: a reader who pasted page source sees that its tags were not compared. */
const readAsNote: Record<Exclude<ArticleFormat, 'text'>, string> = {
  html: 'Read as HTML: the page’s text was compared, not its markup.',
  markdown: 'Read as Markdown: the text was compared, not its markup.',
};

/** What each kind of page furniture is, for a reader who wonders why a line is missing. */
const furnitureLabel: Record<FurnitureKind, string> = {
  dateline: 'dateline',
  byline: 'byline or time stamp',
  kicker: 'label above the headline',
  navigation: 'site navigation',
  credit: 'photo credit',
  link: 'link to another article',
  share: 'share buttons',
  advertisement: 'advertisement or subscription prompt',
  agency: 'agency code or credit line',
  correction: 'correction or editor’s note',
  embed: 'frame of an embedded post',
  author: 'note about the author',
};

/** The lines of an article that were not compared, folded: they explain a gap, they are no finding. */
function FurnitureList({ furniture }: { furniture: Furniture[] }) {
  if (furniture.length === 0) return null;
  const lines = furniture.length === 1 ? '1 line' : `${furniture.length} lines`;
  return (
    <details class="furniture">
      <summary>Not compared: {lines} of page furniture</summary>
      <ul>
        {furniture.map((f) => (
          <li>
            {furnitureLabel[f.kind]}: <q>{f.text}</q>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * A heading row before the first shown unit of each of the reference article's headed sections
 * (first shown, so a filter that hides a section's opening unit still shows its heading).
 */
function headingRow(c: Comparison, ref: string, u: Unit, seen: { section: string; of?: Map<string, Section> }) {
  if (!seen.of) {
    seen.of = new Map();
    for (const s of c.articles.find((a) => a.id === ref)?.sections ?? []) for (const x of s.sentences) seen.of.set(x.id, s);
  }
  const sec = (u.sentences[ref] ?? []).map((id) => seen.of?.get(id)).find((s) => s !== undefined);
  if (!sec || sec.id === seen.section) return null;
  seen.section = sec.id;
  if (!sec.heading) return null;
  return (
    <tr class="section-row">
      <th scope="colgroup" colspan={c.articles.length + 1}>
        <span class="sr">Section: </span>
        {sec.heading}
      </th>
    </tr>
  );
}

/** The aligned view fragment: the same function serves the full page and htmx swaps. */
export function AlignedView(props: { c: Comparison; o: AlignedOptions }) {
  const { c, o } = props;
  const byId = sentenceIndex(c);
  const seen: { section: string; of?: Map<string, Section> } = { section: '' };
  const base = `/c/${c.id}/aligned`;
  const q = (ref: string, status: string, cue: string) => `?ref=${encodeURIComponent(ref)}&status=${encodeURIComponent(status)}&cue=${encodeURIComponent(cue)}`;
  return (
    <section id="aligned" aria-labelledby="aligned-h">
      <h2 id="aligned-h">Aligned view</h2>
      <form class="filters" method="get" action={`/c/${c.id}`} hx-get={base} hx-target="#aligned" hx-swap="outerHTML" hx-push-url="true">
        <label>
          Reading order of{' '}
          <select name="ref">
            {c.articles.map((a) => (
              <option value={a.id} selected={a.id === o.ref}>{a.outlet}</option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select name="status">
            <option value="">all</option>
            {unitStatuses.map((s) => (
              <option value={s} selected={s === o.status}>{statusLabel[s].label}</option>
            ))}
          </select>
        </label>
        <label>
          Cue{' '}
          <select name="cue">
            <option value="">all</option>
            {cueKinds.map((k) => (
              <option value={k} selected={k === o.cue}>{k}</option>
            ))}
          </select>
        </label>
        <button type="submit">Apply</button>
      </form>
      <p class="refs">
        Reference:{' '}
        {c.articles.map((a, i) => (
          <>
          {i > 0 ? ' · ' : null}
          <a href={`/c/${c.id}${q(a.id, o.status, o.cue)}`} hx-get={`${base}${q(a.id, o.status, o.cue)}`} hx-target="#aligned" hx-swap="outerHTML" hx-push-url={`/c/${c.id}${q(a.id, o.status, o.cue)}`} aria-current={a.id === o.ref ? 'true' : undefined} class="ref-link">
            {a.outlet}
          </a>
          </>
        ))}
      </p>
      {o.units.length === 0 ? (
        // A filter that matches nothing would leave a bare table header: say so, with the way back.
        <p class="no-units" role="status">
          No units match these filters.{' '}
          <a href={`/c/${c.id}${q(o.ref, '', '')}`} hx-get={`${base}${q(o.ref, '', '')}`} hx-target="#aligned" hx-swap="outerHTML" hx-push-url={`/c/${c.id}${q(o.ref, '', '')}`}>
            Show all units
          </a>
        </p>
      ) : (
      <div class="scroll">
        <table class="aligned">
          <thead>
            <tr>
              <th scope="col">Status</th>
              {c.articles.map((a) => (
                <th scope="col">{a.outlet}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {o.units.map((u, i) => (
              <>
              {headingRow(c, o.ref, u, seen)}
              <tr id={u.id} class={u.status}>
                <td>
                  <StatusBadge status={u.status} />
                  <WhyAligned c={c} u={u} />
                  <ClosestToggle c={c} u={u} />
                  <UnitCuration c={c} u={u} next={o.units[i + 1]} editor={o.editor} />
                </td>
                {c.articles.map((a) => (
                  <td>
                    {(u.sentences[a.id] ?? []).length === 0 ? (
                      // Visible and read out, so who left what out does not hang on an empty cell.
                      <p class="not-reported">not reported</p>
                    ) : (
                      (u.sentences[a.id] ?? []).map((sid) => <p>{byId.get(sid)?.text ?? ''}</p>)
                    )}
                    {u.cues.filter((x) => x.articleId === a.id).map((x) => (
                      <p class="cue" title={x.note}>
                        <span class="cue-kind">{x.kind}</span> {x.text}
                      </p>
                    ))}
                  </td>
                ))}
              </tr>
              </>
            ))}
          </tbody>
        </table>
      </div>
      )}
      {o.editor ? <UnitsDatalist c={c} /> : null}
    </section>
  );
}

export function ComparisonPage(props: { c: Comparison; o: AlignedOptions }) {
  const c = props.c;
  const title = c.articles[0]?.title ?? 'Comparison';
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class="permalink">
        <label>
          Permalink <input readonly id="permalink" value={`/c/${c.id}`} />
        </label>{' '}
        <button type="button" class="copy" data-copy="#permalink">Copy</button>
      </p>
      <nav class="exports" aria-label="Exports">
        Export: <a href={`/c/${c.id}/export.json`}>JSON</a> <a href={`/c/${c.id}/export.csv`}>CSV</a> <a href={`/c/${c.id}/export.md`}>Markdown</a>{' '}
        <a href={`/c/${c.id}/export.tei.xml`}>TEI</a> · <a href={`/c/${c.id}/pair`}>Pair view</a> · <a href={`/c/${c.id}/classroom`}>Classroom</a>
      </nav>
      <CurationPanel c={c} editor={props.o.editor} />
      <HeadlinesBlock c={c} />
      <Overview c={c} />
      <AlignedView c={c} o={props.o} />
    </Layout>
  );
}
