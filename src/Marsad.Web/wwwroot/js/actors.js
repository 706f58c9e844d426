import { getJson } from './api.js';
import { el, loadScript } from './dom.js';
import { predicateName, t } from './i18n.js';
import { showArticle } from './panel.js';
import { createTimeline } from './timeline.js';

// The actor view: the relation network (cytoscape, loaded the first time the view opens) and,
// for the chosen actor, its incidents per week and the relations with the text behind each.
const edgeColours = {
  leader_of: '#2471a3', member_of: '#5d8aa8', formerly_member_of: '#a0a8b0', served_under: '#5d8aa8',
  defected_to: '#e67e22', killed_by: '#c0392b', allied_with: '#27ae60', claimed: '#8e44ad', incidents: '#c5ccd3',
};

export function createActors(container, detail, { onShowEvents }) {
  let graph = null;
  let network = null;

  async function show() {
    await loadScript('/lib/cytoscape.min.js');
    network = await getJson('/api/network');
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
    detail.replaceChildren(el('h2', {}, t('network')), el('p', { class: 'muted' }, relations.length ? t('chooseActor') : t('noRelations')));
  }

  async function choose(name) {
    const node = network.nodes.find(n => n.name === name);
    const related = network.edges.filter(e => e.kind !== 'incidents' && (e.source === name || e.target === name));
    const chart = el('div', { class: 'timeline', dir: 'ltr' });
    detail.replaceChildren(
      el('h2', { dir: 'auto' }, name),
      el('p', {}, t('actorEvents', node?.events ?? 0), ' · ', el('button', { type: 'button', class: 'link', onclick: () => onShowEvents(name) }, t('eventsOfActor'))),
      chart,
      el('h3', {}, t('relations')),
      el('ul', { class: 'relations' }, related.map(e => el('li', {},
        el('bdi', {}, e.source), ` — ${predicateName(e.kind)} → `, el('bdi', {}, e.target), ' ',
        e.evidence.map(ev => el('button', { type: 'button', class: 'link', onclick: () => showArticle(ev.articleId, [ev.start, ev.end]) }, `[${t('showEvidence')}]`))))));
    if (node?.events) createTimeline(chart, { height: 110 }).show(await getJson('/api/timeline', { actor: name }));
  }

  return { show, resize: () => graph?.resize() };
}
