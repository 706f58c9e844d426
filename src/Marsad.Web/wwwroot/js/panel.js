import { getJson } from './api.js';
import { el, safeUrl } from './dom.js';
import { fieldName, subTypeName, t, typeName } from './i18n.js';

// The event panel: the incident's fields, then every article that reports it with the evidence
// highlighted: the event's sentences lightly, each field's words by kind. Articles are shown in
// their own direction (Arabic right to left) whatever the interface language.
const panel = document.getElementById('panel');
const body = document.getElementById('panel-body');
let request = 0;

document.getElementById('panel-close').addEventListener('click', close);

export function close() {
  panel.hidden = true;
  window.dispatchEvent(new Event('resize'));
}

async function open(load, render) {
  const ticket = ++request;
  panel.hidden = false;
  body.replaceChildren(el('p', { class: 'muted' }, t('loading')));
  window.dispatchEvent(new Event('resize'));
  try {
    const data = await load();
    if (ticket === request) body.replaceChildren(...render(data));
  } catch (error) {
    if (ticket === request) body.replaceChildren(el('p', { class: 'error' }, error.message));
  }
  panel.dataset.shown = String(ticket);
  body.querySelector('mark')?.scrollIntoView({ block: 'center' });
}

export const showEvent = id => open(() => getJson(`/api/events/${encodeURIComponent(id)}`), renderEvent);

export const showArticle = (articleId, span) => open(
  () => getJson('/api/article', { id: articleId }),
  article => [el('h2', {}, t('relationEvidence')), articleView(article, [{ start: span[0], end: span[1], kind: 'field', label: t('evidence') }])]);

function renderEvent({ event: e, sources }) {
  const facts = [
    [t('date'), e.date ? `${e.date}${e.timePrecision ? ` (${t('precision')} ${e.timePrecision})` : ''}` : '?'],
    [t('type'), `${typeName(e.type)} / ${subTypeName(e.subType)}`],
    [t('actor1'), actorLink(e.actor1)], [t('actor2'), actorLink(e.actor2)],
    [t('associated'), [...e.assocActor1, ...e.assocActor2].map((a, i) => [i ? '; ' : '', actorLink(a)])],
    [t('place'), [...new Set([e.location, e.admin2, e.admin1, e.country].filter(Boolean))].join(', ')],
    [t('fatalities'), e.fatalities], [t('abducted'), e.abducted],
    [t('ransom'), e.ransomAmount != null ? `${e.ransomAmount.toLocaleString()} ${e.ransomCurrency ?? ''}` : null],
    [t('historical'), e.historical ? t('yes') : null],
    [t('confidence'), e.confidence], [t('notes'), e.notes],
  ].filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0));
  return [
    el('h2', {}, `${typeName(e.type)} · ${e.location ?? e.country ?? ''}`),
    el('dl', { class: 'facts' }, facts.map(([name, value]) => [el('dt', {}, name), el('dd', { dir: 'auto' }, value)])),
    el('h3', {}, `${t('sources')} (${sources.length})`),
    ...sources.map(source),
  ];
}

// An actor's name opens its page in the actor view (main.js listens).
function actorLink(name) {
  return name ? el('button', { type: 'button', class: 'link', title: t('actorPage'), onclick: () => window.dispatchEvent(new CustomEvent('marsad:actor', { detail: name })) }, el('bdi', {}, name)) : null;
}

function source(s) {
  const marks = [
    ...s.evidence.map(([start, end]) => ({ start, end, kind: 'event', label: t('eventEvidence') })),
    ...Object.entries(s.fields).flatMap(([field, spans]) => spans.map(([start, end]) => ({ start, end, kind: field, label: fieldName(field) }))),
  ];
  const url = safeUrl(s.url ?? s.article?.url ?? '');
  return el('section', { class: 'source', 'data-article': s.articleId },
    el('div', { class: 'source-meta' },
      el('bdi', {}, s.source ?? s.articleId),
      s.article?.published ? ` · ${t('published')} ${s.article.published}` : '',
      s.fatalities != null ? ` · ${t('fatalities')}: ${s.fatalities}` : '',
      ` · ${t('confidence')}: ${s.confidence}`,
      url ? [' · ', el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, t('openOriginal'))] : ''),
    el('div', { class: 'marks' }, [...new Set(marks.map(m => m.kind))].map(kind =>
      el('mark', { class: kind === 'event' ? 'event' : `field f-${kind}` }, kind === 'event' ? t('eventEvidence') : fieldName(kind)))),
    s.article ? articleView(s.article, marks) : el('p', { class: 'muted' }, s.articleId));
}

function articleView(article, marks) {
  return el('article', { lang: article.lang === 'other' ? null : article.lang, dir: article.dir },
    article.title ? el('div', { class: 'article-title' }, article.title) : '',
    el('div', { class: 'article' }, highlighted(article.text, marks)));
}

// Cuts the text at every span boundary; each piece is a text node, inside a <mark> when a span
// covers it (a field's mark wins over the event's).
function highlighted(text, marks) {
  const clamp = n => Math.max(0, Math.min(text.length, n));
  const cuts = [...new Set([0, text.length, ...marks.flatMap(m => [clamp(m.start), clamp(m.end)])])].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const covering = marks.filter(m => m.start <= from && m.end >= to);
    const piece = text.slice(from, to);
    if (covering.length === 0) {
      pieces.push(piece);
      continue;
    }
    const field = covering.find(m => m.kind !== 'event');
    pieces.push(el('mark', { class: field ? `field f-${field.kind}` : 'event', title: [...new Set(covering.map(m => m.label))].join(', ') }, piece));
  }
  return pieces;
}
