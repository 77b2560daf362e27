// `--html FILE`: one self-contained page (inline CSS and JS, nothing fetched) showing the reports
// side by side, shared passages highlighted in the same colour in every column, each statement
// linked to its speaker, a voices chart per outlet and the timeline. Every piece of article
// content goes through `esc`, in text and in attributes alike; the script reads only data
// attributes and writes only `textContent`, so hostile article text stays text.

import { actorDetail } from "../5-compare/03-coverage.ts";
import { categoryShares } from "../5-compare/04-voices.ts";
import type { Alignment, Analysis, Paragraph, Span, StoryActor, StoryRecord } from "../types.ts";
import {
  actorIndex,
  actorNames,
  creditLine,
  articleById,
  memberText,
  outletOf,
  statementAlignments,
  whenLabel,
} from "./common.ts";

const ESC: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/** Escapes text for HTML text and double- or single-quoted attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESC[c] as string);
}

/** A safe fragment id from any string (article ids come from users). */
export function domId(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)?.toString(16)}`);
}

/** Only web links become links; `javascript:`, `data:` and the rest stay plain text. */
export function safeHref(url?: string): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

// Light, distinct backgrounds that keep black text readable.
const COLOURS = [
  "#ffe08a",
  "#a7e3ff",
  "#c6f0b5",
  "#ffc2d6",
  "#d7c8ff",
  "#ffd0a8",
  "#b8f0e6",
  "#f4c2ff",
  "#e2f29b",
  "#c4d4ff",
  "#ffb8b0",
  "#d9e8c0",
];

/** The i-th highlight colour: the palette first, then hues a golden angle apart, so no two groups share one. */
export function colour(i: number): string {
  if (i < COLOURS.length) return COLOURS[i] as string;
  const hue = Math.round((i * 137.508) % 360);
  const light = 78 + ((i * 7) % 10);
  return `hsl(${hue} 80% ${light}%)`;
}

interface Layer extends Omit<Span, "text"> {
  kind: "statement" | "highlight";
  /** Statement layers: anchor id, speaker. */
  anchor?: string;
  speaker?: StoryActor;
  speakerName?: string;
  /** Highlight layers: alignment and its colour. */
  alignment?: Alignment;
  colour?: string;
}

/** An article's layers: its statements, then its highlights (from highlightsByArticle). */
function layersOf(
  a: Analysis,
  who: ReturnType<typeof actorIndex>,
  highlights: Map<string, Layer[]>,
): Layer[] {
  const layers: Layer[] = [];
  for (const s of a.statements) {
    const start = Math.min(s.content.start, s.quote?.start ?? Number.POSITIVE_INFINITY);
    const end = Math.max(s.content.end, s.quote?.end ?? 0);
    const speaker = s.speaker ? who(a.article.id, s.speaker.actorId) : undefined;
    layers.push({
      kind: "statement",
      start,
      end,
      anchor: `st-${domId(a.article.id)}-${domId(s.id)}`,
      ...(speaker ? { speaker } : {}),
      ...(s.speaker ? { speakerName: speaker?.name ?? s.speaker.name } : {}),
    });
  }
  for (const h of highlights.get(a.article.id) ?? []) layers.push(h);
  return layers;
}

/** Each article's highlight layers (every member of every alignment, in order), made in one pass. */
function highlightsByArticle(
  aligned: Alignment[],
  colourOf: Map<string, string>,
): Map<string, Layer[]> {
  const out = new Map<string, Layer[]>();
  for (const al of aligned)
    for (const m of al.members) {
      const layer: Layer = {
        kind: "highlight",
        start: m.span.start,
        end: m.span.end,
        alignment: al,
        colour: colourOf.get(al.id) as string,
      };
      const list = out.get(m.articleId);
      if (list) list.push(layer);
      else out.set(m.articleId, [layer]);
    }
  return out;
}

/**
 * The layers over each paragraph, in layer order. Paragraphs come in text order, so a layer's
 * first paragraph is found by binary search and only the ones it spans are visited (filtering
 * every layer for every paragraph was quadratic in a long article).
 */
function layersByParagraph(paras: Span[], layers: Layer[]): Layer[][] {
  const out: Layer[][] = paras.map(() => []);
  const ends = paras.map((p) => p.end);
  for (const l of layers) {
    // the first paragraph ending after the layer's start (offsets are whole numbers)
    for (
      let i = firstAtOrAfter(ends, l.start + 1);
      i < paras.length && (paras[i] as Span).start < l.end;
      i++
    )
      if ((paras[i] as Span).end > l.start) (out[i] as Layer[]).push(l);
  }
  return out;
}

/** Index of the first point at or after `at` in an ascending list. */
function firstAtOrAfter(points: number[], at: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((points[mid] as number) >= at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The innermost layer of a kind over each segment between consecutive points (the shortest; of
 * equal ones, the first). Layers are laid shortest first, each on the segments no shorter one
 * holds; a skip list of the free segments finds those without rereading the taken ones, so a
 * paragraph of thousands of statements is not quadratic.
 */
function innermostPerSegment(
  points: number[],
  layers: Layer[],
  kind: Layer["kind"],
): (Layer | undefined)[] {
  const segments = points.length - 1;
  const out: (Layer | undefined)[] = new Array<Layer | undefined>(segments).fill(undefined);
  // next[k] leads to the first free segment at or after k (is k while k is free); the paths
  // are shortened as they are followed.
  const next = Array.from({ length: segments + 1 }, (_, k) => k);
  const free = (k: number): number => {
    let r = k;
    while (next[r] !== r) r = next[r] as number;
    while (next[k] !== r) {
      const n = next[k] as number;
      next[k] = r;
      k = n;
    }
    return r;
  };
  // A stable sort: of equal lengths, the earlier layer is laid first.
  const ordered = layers
    .filter((l) => l.kind === kind)
    .sort((x, y) => x.end - x.start - (y.end - y.start));
  for (const l of ordered)
    for (
      let k = free(firstAtOrAfter(points, l.start));
      k < segments && (points[k + 1] as number) <= l.end;
      k = free(k + 1)
    ) {
      out[k] = l;
      next[k] = k + 1;
    }
  return out;
}

function renderParagraph(text: string, p: Span, here: Layer[], firstSeen: Set<string>): string {
  const cuts = new Set([p.start, p.end]);
  for (const l of here) {
    if (l.start > p.start) cuts.add(l.start);
    if (l.end < p.end) cuts.add(l.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const highlights = innermostPerSegment(points, here, "highlight");
  const statements = innermostPerSegment(points, here, "statement");
  let html = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i] as number;
    const e = points[i + 1] as number;
    let seg = esc(text.slice(s, e));
    const hl = highlights[i];
    if (hl?.alignment) {
      seg = `<mark class="al" data-al="${esc(hl.alignment.id)}" style="--c:${hl.colour}" title="${esc(
        `${hl.alignment.kind}: ${hl.alignment.id}`,
      )}">${seg}</mark>`;
    }
    const st = statements[i];
    if (st) {
      const first = !firstSeen.has(st.anchor as string);
      firstSeen.add(st.anchor as string);
      const id = first ? ` id="${esc(st.anchor as string)}"` : "";
      if (st.speakerName) {
        const role = st.speaker
          ? [st.speaker.role, st.speaker.organisation].filter(Boolean).join(", ")
          : "";
        const href = st.speaker ? `#actor-${domId(st.speaker.id)}` : "#people";
        seg = `<a class="st"${id} href="${esc(href)}" data-speaker="${esc(st.speakerName)}" data-role="${esc(
          role,
        )}" title="${esc(`Said by ${st.speakerName}`)}">${seg}</a>`;
      } else seg = `<span class="st nospk"${id} title="speaker unknown">${seg}</span>`;
    }
    html += seg;
  }
  return html;
}

function isTitleParagraph(p: Paragraph | undefined, title: string | undefined): boolean {
  return p?.kind === "h1" && title !== undefined && p.text.trim() === title.trim();
}

function column(a: Analysis, layers: Layer[]): string {
  const { article } = a;
  const m = article.meta;
  const paras = article.paragraphs.length
    ? article.paragraphs
    : [{ start: 0, end: article.text.length, text: article.text }];
  const seen = new Set<string>();
  const here = layersByParagraph(paras, layers);
  // A plain text's headline is its first paragraph: shown once, as the column's title, with
  // whatever the analysis marked in it.
  const headline = isTitleParagraph(paras[0], m.title);
  const rendered = paras.map((p, i) => renderParagraph(article.text, p, here[i] as Layer[], seen));
  const title = headline ? rendered[0] : m.title ? esc(m.title) : "";
  const body = (headline ? rendered.slice(1) : rendered).map((x) => `<p>${x}</p>`).join("\n");
  const href = safeHref(m.canonicalUrl ?? m.url);
  const url = m.canonicalUrl ?? m.url;
  const link = url
    ? href
      ? `<a class="src" href="${esc(href)}" rel="noopener noreferrer nofollow">${esc(url)}</a>`
      : `<span class="src">${esc(url)}</span>`
    : "";
  const facts = [
    m.published ? `<time>${esc(m.published)}</time>` : "no publication date",
    m.byline.length ? `by ${esc(m.byline.join(", "))}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
  return `<article class="col" id="art-${esc(domId(article.id))}" data-article="${esc(article.id)}">
<header><h2 class="outlet">${esc(outletOf(a))}</h2>
${title ? `<h3 class="title">${title}</h3>` : ""}
<p class="meta">${facts}</p>${link ? `<p class="meta">${link}</p>` : ""}</header>
<div class="text">
${body}
</div>
</article>`;
}

function voicesChart(record: StoryRecord): string {
  return record.articles
    .map((a) => {
      const vs = record.voices[a.article.id] ?? [];
      // Not Math.max(...list): spreading a list of 100,000+ voices overflows the call stack.
      const max = vs.reduce((m, v) => Math.max(m, v.quotedWords || v.statements), 1);
      const rows = vs
        .map((v) => {
          const pct = Math.round(((v.quotedWords || v.statements) / max) * 100);
          return `<li><span class="who"><a href="#actor-${esc(domId(v.actorId))}">${esc(v.name)}</a> <small>${esc(
            v.category,
          )}</small></span><span class="bar"><span style="width:${pct}%"></span></span><span class="num">${
            v.statements
          } st. · ${v.quotedWords} words</span></li>`;
        })
        .join("\n");
      const byCategory = categoryShares(vs);
      const shares = byCategory
        .map(
          (s) =>
            `<span class="share" style="flex:${s.statements}" title="${esc(
              `${s.category}: ${Math.round(s.share * 100)}%`,
            )}">${esc(s.category)} ${Math.round(s.share * 100)}%</span>`,
        )
        .join("");
      // A small share's segment is too narrow for its label: all are then also listed in words.
      const narrow = byCategory.some((s) => s.share < NARROW_SHARE);
      const legend = narrow
        ? `<p class="share-list">${byCategory
            .map((s) => `${esc(s.category)} ${Math.round(s.share * 100)}%`)
            .join(" · ")}</p>`
        : "";
      return `<div class="voices-col"><h3>${esc(outletOf(a))}</h3>${
        shares ? `<div class="shares">${shares}</div>${legend}` : ""
      }<ul class="voices">${rows || "<li>nobody is quoted or reported</li>"}</ul></div>`;
    })
    .join("\n");
}

// Below this share of an outlet's statements, a category's segment of the bar is too narrow
// for its label to be read.
const NARROW_SHARE = 0.15;

function sharedList(
  record: StoryRecord,
  aligned: Alignment[],
  colourOf: Map<string, string>,
): string {
  const byId = articleById(record);
  const words = memberText(record);
  const names = actorNames(record);
  const credit = creditLine(names);
  return aligned
    .map((al) => {
      const credited = credit(al);
      const members = al.members
        .map((m) => {
          const a = byId.get(m.articleId);
          const anchor = m.statementId
            ? `#st-${domId(m.articleId)}-${domId(m.statementId)}`
            : `#art-${domId(m.articleId)}`;
          return `<li><a href="${esc(anchor)}">${esc(a ? outletOf(a) : m.articleId)}</a>: ${esc(
            words(m, 160),
          )}${esc(credited(m))}</li>`;
        })
        .join("");
      const diff = al.diff
        ? `<p class="diff">${al.diff
            .map((d) =>
              d.op === "="
                ? esc(d.text)
                : d.op === "-"
                  ? `<del>${esc(d.text)}</del>`
                  : `<ins>${esc(d.text)}</ins>`,
            )
            .join(" ")}</p>`
        : "";
      return `<li class="shared" data-al="${esc(al.id)}"><span class="sw" style="--c:${colourOf.get(al.id)}"></span> <strong>${esc(
        al.kind,
      )}</strong> — ${esc(names(al.sourceIds))}<ul>${members}</ul>${diff}</li>`;
    })
    .join("\n");
}

function people(record: StoryRecord): string {
  const byId = articleById(record);
  return record.actors
    .map((a) => {
      const where = Object.keys(a.perArticle)
        .map((id) => {
          const art = byId.get(id);
          return esc(art ? outletOf(art) : id);
        })
        .join(", ");
      const extra = actorDetail(a);
      return `<li id="actor-${esc(domId(a.id))}"><strong>${esc(a.name)}</strong>${
        extra ? ` — ${esc(extra)}` : ""
      } <small>(${esc(a.type)}; in ${where})</small></li>`;
    })
    .join("\n");
}

function timelineList(record: StoryRecord): string {
  const byId = articleById(record);
  return record.timeline
    .map((e) => {
      const where = [e.expression, ...(e.others ?? [])]
        .map((x) => {
          const a = byId.get(x.articleId);
          return `${esc(a ? outletOf(a) : x.articleId)}: “${esc(x.text)}”`;
        })
        .join("; ");
      return `<li${e.resolved ? "" : ' class="unresolved"'}><time>${esc(
        e.resolved ? whenLabel(e.when) : "unresolved",
      )}</time> <span class="event">${esc(e.event)}</span> <small>${where}</small></li>`;
    })
    .join("\n");
}

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 Georgia,"Times New Roman",serif;color:#1d1d1f;background:#fafaf7;overflow-wrap:anywhere}
main{max-width:1400px;margin:0 auto;padding:1rem}
h1{font:700 1.5rem/1.2 system-ui,sans-serif;margin:.5rem 0 1rem}
h2,h3{font-family:system-ui,sans-serif;line-height:1.25}
section{margin:2rem 0}
.cols,.voices-cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr));gap:1.25rem}
.col{background:#fff;border:1px solid #ddd;border-radius:8px;padding:1rem;min-width:0}
.col .outlet{margin:0;font-size:1.2rem}.col .title{margin:.25rem 0;font-size:1rem;font-weight:600}
.meta{margin:.25rem 0;color:#555;font:.85rem system-ui,sans-serif}
mark.al{background:var(--c);color:inherit;border-radius:3px;padding:0 1px;cursor:pointer}
mark.al.focus{outline:2px solid #333}
a.st{color:inherit;text-decoration:underline dotted #777;text-underline-offset:3px}
a.st:hover,a.st:focus{text-decoration-style:solid;background:#0001}
.sw{display:inline-block;width:1em;height:1em;border-radius:3px;background:var(--c);vertical-align:middle;border:1px solid #0002}
.shared{margin:.75rem 0}.diff del{color:#b00020}.diff ins{color:#00693e;font-weight:600}
.voices{list-style:none;padding:0;margin:0}.voices li{display:grid;grid-template-columns:minmax(0,12rem) minmax(0,1fr) auto;gap:.5rem;align-items:center;font:.85rem system-ui,sans-serif;margin:.3rem 0}
.bar{background:#eee;border-radius:3px;height:.8rem;overflow:hidden}.bar span{display:block;height:100%;background:#5b7fbd}
.none{color:#555;font-style:italic}.share-list{margin:-.25rem 0 .5rem;font:.75rem system-ui,sans-serif;color:#555}.shares{display:flex;gap:2px;margin:.5rem 0;font:.75rem system-ui,sans-serif}.share{background:#dde6f5;padding:.15rem .3rem;border-radius:3px;overflow:hidden;white-space:nowrap;min-width:0}
.timeline{padding-left:1.2rem}.timeline li{margin:.5rem 0}.timeline time{font:700 .9rem system-ui,sans-serif;margin-right:.5rem}.unresolved time{color:#b00020}
#speaker{position:fixed;left:0;right:0;bottom:0;margin:0 auto;max-width:40rem;background:#1d1d1f;color:#fff;padding:.6rem 1rem;font:.95rem system-ui,sans-serif;border-radius:8px 8px 0 0}
#speaker[hidden]{display:none}#speaker a{color:#9cf}
@media (max-width:480px){main{padding:.5rem}.voices li{grid-template-columns:1fr}}
`;

const JS = `
(function(){
  var panel=document.getElementById('speaker');
  document.addEventListener('click',function(ev){
    var t=ev.target; var a=t&&t.closest?t.closest('a.st'):null;
    if(!a){return;}
    ev.preventDefault();
    panel.textContent='';
    var b=document.createElement('strong'); b.textContent=a.getAttribute('data-speaker')||'';
    panel.appendChild(document.createTextNode('Said by '));panel.appendChild(b);
    var role=a.getAttribute('data-role'); if(role){panel.appendChild(document.createTextNode(' — '+role));}
    var more=document.createElement('a'); more.href=a.getAttribute('href')||'#people'; more.textContent=' who is this?';
    panel.appendChild(document.createTextNode(' '));panel.appendChild(more);
    panel.hidden=false;
  });
  function focus(id,on){var ms=document.querySelectorAll('mark.al');for(var i=0;i<ms.length;i++){if(ms[i].getAttribute('data-al')===id){ms[i].classList.toggle('focus',on);}}}
  document.addEventListener('mouseover',function(ev){var m=ev.target&&ev.target.closest?ev.target.closest('mark.al,li.shared'):null;if(m){focus(m.getAttribute('data-al'),true);}});
  document.addEventListener('mouseout',function(ev){var m=ev.target&&ev.target.closest?ev.target.closest('mark.al,li.shared'):null;if(m){focus(m.getAttribute('data-al'),false);}});
})();
`;

export function html(record: StoryRecord): string {
  const aligned = statementAlignments(record);
  // Fact sentences shared between reports get the next colours, listed apart from statements.
  const facts = record.alignments.filter((a) => !a.members.some((m) => m.statementId));
  const colourOf = new Map([...aligned, ...facts].map((a, i) => [a.id, colour(i)]));
  const title = record.articles[0]?.article.meta.title ?? "One story, several reports";
  const outlets = record.articles.map(outletOf);
  const who = actorIndex(record);
  const highlights = highlightsByArticle([...aligned, ...facts], colourOf);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'none'">
<title>${esc(`Parallax: ${title}`)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${esc(title)}</h1>
<p class="meta">${esc(`${record.articles.length} reports: ${outlets.join(" · ")}`)}. Passages in the same colour are the same words (or the same point) in different reports; click a statement to see who said it.</p>
<section id="reports"><div class="cols">
${record.articles.map((a) => column(a, layersOf(a, who, highlights))).join("\n")}
</div></section>
<section id="shared"><h2>Shared passages (${aligned.length})</h2>${
    aligned.length
      ? `<ol class="shared-list">\n${sharedList(record, aligned, colourOf)}\n</ol>`
      : `<p class="none">None found: the reports share no passage.</p>`
  }${
    facts.length
      ? `<h3>Shared facts (${facts.length})</h3><ol class="shared-list">${sharedList(record, facts, colourOf)}</ol>`
      : ""
  }</section>
<section id="voices"><h2>Voices</h2><div class="voices-cols">
${voicesChart(record)}
</div></section>
<section id="timeline"><h2>Timeline</h2>${
    record.timeline.length
      ? `<ol class="timeline">\n${timelineList(record)}\n</ol>`
      : `<p class="none">No dates found.</p>`
  }</section>
<section id="people"><h2>People and organisations</h2><ul>
${people(record)}
</ul></section>
</main>
<div id="speaker" role="status" aria-live="polite" hidden></div>
<script>${JS}</script>
</body>
</html>
`;
}
