import { getJson } from './api.js';
import { el, loadScript, safeUrl } from './dom.js';
import { predicateName, t } from './i18n.js';
import { showArticle } from './panel.js';
import { createTimeline } from './timeline.js';

// The actor view: the relation network (cytoscape, loaded the first time the view opens) and the
// chosen actor's page: the names it is known by, its incidents per week, the career its relations
// tell and every relation with the articles that state it. The page's address names the actor
// (#actor=NAME), so a page can be shared.
const edgeColours = {
  leader_of: '#2471a3', member_of: '#5d8aa8', formerly_member_of: '#a0a8b0', served_under: '#5d8aa8',
  defected_to: '#e67e22', killed_by: '#c0392b', allied_with: '#27ae60', claimed: '#8e44ad', incidents: '#c5ccd3',
};

export const actorInAddress = () => location.hash.startsWith('#actor=') ? decodeURIComponent(location.hash.slice(7)) : null;

export function createActors(container, detail, { onShowEvents }) {
  let graph = null;
  let chosen = null;
  let request = 0;

  async function show() {
    await loadScript('/lib/cytoscape.min.js');
    const network = await getJson('/api/network');
    const relations = network.edges.filter(e => e.kind !== 'incidents');
    graph?.destroy();
    graph = cytoscape({
      container,
      elements: [
        ...network.nodes.map(n => ({ data: { id: n.name, label: n.name, size: 14 + 6 * Math.sqrt(n.events) } })),
        ...network.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind, colour: edgeColours[e.kind] ?? '#888', label: e.kind === 'incidents' ? String(e.count) : predicateName(e.kind) } })),
      ],
      style: [
        { selector: 'node', style: { width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 140, 'background-color': '#17324d', color: '#1d2733' } },
        { selector: 'node:selected', style: { 'background-color': '#e67e22' } },
        { selector: 'edge', style: { width: 2, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#5d6b7a' } },
        { selector: 'edge[kind = "incidents"]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
      ],
      layout: { name: 'cose', animate: false, nodeRepulsion: () => 9000 },
      wheelSensitivity: 0.3,
    });
    graph.on('tap', 'node', e => choose(e.target.id()));
    container.dataset.nodes = String(network.nodes.length);
    // An actor chosen while the network loaded (from an event, or the address) keeps its page.
    if (chosen) graph.getElementById(chosen).select();
    else detail.replaceChildren(el('h2', {}, t('network')), el('p', { class: 'muted' }, relations.length ? t('chooseActor') : t('noRelations')));
  }

  async function choose(name) {
    const ticket = ++request;
    chosen = name;
    history.replaceState(null, '', `${location.pathname}${location.search}#actor=${encodeURIComponent(name)}`);
    graph?.$(':selected').unselect();
    graph?.getElementById(name).select();
    detail.replaceChildren(el('p', { class: 'muted' }, t('loading')));
    try {
      const actor = await getJson('/api/actor', { name });
      if (ticket !== request) return;
      const chart = el('div', { class: 'timeline', dir: 'ltr' });
      detail.replaceChildren(...page(actor, chart).flat(Infinity));
      detail.dataset.actor = actor.name;
      if (actor.events) createTimeline(chart, { height: 110 }).show(await getJson('/api/timeline', { actor: actor.name }));
    } catch (error) {
      if (ticket === request) detail.replaceChildren(el('p', { class: 'error' }, error.message));
    }
  }

  function page(actor, chart) {
    // Every other actor named on the page opens its own page.
    const link = name => name === actor.name ? el('bdi', {}, name) : el('button', { type: 'button', class: 'link', onclick: () => choose(name) }, el('bdi', {}, name));
    return [
      el('h2', { dir: 'auto' }, actor.name),
      el('p', {}, t(actor.kind === 'group' ? 'kindGroup' : 'kindPerson'), ' · ', t('actorEvents', actor.events),
        actor.events ? [' · ', el('button', { type: 'button', class: 'link', onclick: () => onShowEvents(actor.name) }, t('eventsOfActor'))] : ''),
      actor.names.length > 1 ? el('p', { class: 'names' }, `${t('knownAs')} `, actor.names.slice(1).map((n, i) => [i ? ' · ' : '', el('bdi', {}, n)])) : '',
      actor.events ? chart : '',
      actor.career.length ? [el('h3', {}, t('career')), el('ol', { class: 'career' }, actor.career.map(step => el('li', {},
        `${predicateName(step.predicate)} `, link(step.object), step.firstReported ? el('span', { class: 'muted' }, ` (${t('reported')} ${step.firstReported})`) : '')))] : '',
      el('h3', {}, t('relations')),
      actor.relations.length ? el('ul', { class: 'relations' }, actor.relations.map(r => el('li', {},
        link(r.subject), ` — ${predicateName(r.predicate)} → `, link(r.object),
        el('ul', { class: 'sources' }, r.sources.map(source))))) : el('p', { class: 'muted' }, t('noActorRelations')),
    ];
  }

  return { show, choose, resize: () => graph?.resize() };
}

// One article stating a relation: its date, where it was published, and its words.
function source(s) {
  const url = safeUrl(s.url ?? '');
  const name = s.name ?? s.articleId;
  return el('li', {},
    el('span', { class: 'muted' }, s.published ?? t('undated')), ' · ',
    url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, el('bdi', {}, name)) : el('bdi', {}, name), ' · ',
    el('q', { dir: 'auto' }, s.words), ' ',
    el('button', { type: 'button', class: 'link', onclick: () => showArticle(s.articleId, [s.start, s.end]) }, `[${t('showEvidence')}]`));
}
