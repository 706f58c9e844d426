import { ask, filterNames, query } from './api.js';
import { first, initial, initialSort } from './boot.js';
import { actorInAddress, createActors } from './actors.js';
import { debounce, el } from './dom.js';
import { currentLanguage, onLanguage, setLanguage, subTypeName, t, typeName } from './i18n.js';
import { readLayer } from './layer.js';
import { createMap, eventTypes, legend } from './map.js';
import { showEvent } from './panel.js';
import { createTable } from './table.js';
import { createTimeline } from './timeline.js';

// The page: filters in the form (and the address bar, so a view can be shared), and the map,
// timeline and table drawn from the server's answers for those filters. The timeline ignores the
// dates, so it keeps showing the whole period while its brush chooses some of it.
const form = document.getElementById('filters');
const errorBox = document.getElementById('error');
const view = { offset: 0, sort: '-date' };
let facets = null;
let timelineKey = null;
let generation = 0;

const filters = () => Object.fromEntries(filterNames.map(name => [name, form.elements[name].value.trim()]));

function options(select, values, label = v => v) {
  const current = select.value;
  select.replaceChildren(el('option', { value: '' }, t('any')), ...values.map(v => el('option', { value: v }, label(v))));
  select.value = values.includes(current) ? current : '';
}

function fillChoices() {
  const country = facets.countries.find(c => c.name === form.elements.country.value);
  options(form.elements.country, facets.countries.map(c => c.name));
  options(form.elements.admin1, [...new Set((country?.admin1 ?? facets.countries.flatMap(c => c.admin1)).map(a => a.name))]);
  options(form.elements.type, facets.types.map(x => x.name), typeName);
  const type = facets.types.find(x => x.name === form.elements.type.value);
  options(form.elements.subType, type ? type.subTypes : facets.types.flatMap(x => x.subTypes), subTypeName);
  document.getElementById('actor-list').replaceChildren(...facets.actors.map(a => el('option', { value: a.name })));
}

let map = null;
const timeline = createTimeline(document.getElementById('timeline'), {
  onBrush(since, until) {
    form.elements.since.value = since ?? '';
    form.elements.until.value = until ?? '';
    changed();
  },
});
const table = createTable(document.getElementById('table'), {
  onSelect: showEvent,
  onPage: offset => { view.offset = offset; refresh({ tableOnly: true }); },
  onSort: key => { view.sort = view.sort === `-${key}` ? key : `-${key}`; view.offset = 0; refresh({ tableOnly: true }); },
});
const actors = createActors(document.getElementById('network'), document.getElementById('actor-detail'), {
  onShowEvents(name) {
    form.elements.actor.value = name;
    selectTab('events');
    changed();
  },
});

// Asks for what the filters select: a page of the table, and unless only the page changed, the
// map's points and (when the filters other than dates changed) the timeline.
function load(current, { tableOnly = false } = {}) {
  const key = JSON.stringify({ ...current, since: '', until: '' });
  const answers = ask(current, { offset: view.offset, sort: view.sort, points: !tableOnly, timeline: !tableOnly && key !== timelineKey });
  return { ...answers, points: answers.points?.then(readLayer) };
}

// The address bar, the downloads and the brush's button follow the filters.
function showFilters(current) {
  history.replaceState(null, '', location.pathname + query({ ...current, ...(view.sort !== '-date' ? { sort: view.sort } : {}) }) + location.hash);
  for (const [id, format] of [['download-csv', 'acled-csv'], ['download-geojson', 'geojson']]) {
    document.getElementById(id).href = `/api/export${query({ ...current, format })}`;
  }
  document.getElementById('clear-brush').hidden = !current.since && !current.until;
  errorBox.hidden = true;
}

async function showTimeline(weekly, key, current) {
  if (weekly) {
    await timeline.show(weekly);
    timelineKey = key;
  }
  timeline.select(current.since, current.until);
}

function showPoints(points, total) {
  document.getElementById('summary').textContent = t('events', total) + (points.unplaced ? ` (${t('unplaced', points.unplaced)})` : '');
  map.show(points);
}

async function draw({ current, key }, [page, points, weekly]) {
  showFilters(current);
  table.show(page, view.sort, eventTypes);
  await showTimeline(weekly, key, current);
  if (points) showPoints(points, page.total);
}

function failed(error) {
  errorBox.textContent = error.message;
  errorBox.hidden = false;
}

async function refresh(options = {}) {
  const ticket = ++generation;
  try {
    const answers = load(filters(), options);
    const drawn = await Promise.all([answers.page, answers.points, answers.weekly]);
    await started; // what the first render draws must not come after this
    if (ticket === generation) await draw(answers, drawn);
  } catch (error) {
    if (ticket === generation) failed(error);
  }
  if (ticket === generation) document.documentElement.dataset.rendered = String(ticket);
}

function changed() {
  view.offset = 0;
  refresh();
}

function selectTab(name) {
  for (const tab of ['events', 'actors']) {
    document.getElementById(`tab-${tab}`).setAttribute('aria-selected', String(tab === name));
    document.getElementById(`${tab}-view`).hidden = tab !== name;
  }
  if (name === 'actors') actors.show();
  else {
    history.replaceState(null, '', location.pathname + location.search);
    map.resize();
    timeline.resize();
  }
}

function openActor(name) {
  if (document.getElementById('actors-view').hidden) selectTab('actors');
  actors.choose(name);
}

form.addEventListener('submit', e => e.preventDefault());
form.addEventListener('change', e => {
  if (e.target.name === 'country' || e.target.name === 'type') fillChoices();
  if (e.target.name !== 'text' && e.target.name !== 'actor') changed();
});
form.addEventListener('input', debounce(e => { if (e.target.name === 'text' || e.target.name === 'actor') changed(); }, 300));
form.addEventListener('reset', () => setTimeout(() => { fillChoices(); changed(); }));
document.getElementById('clear-brush').addEventListener('click', () => {
  form.elements.since.value = '';
  form.elements.until.value = '';
  changed();
});
document.getElementById('tab-events').addEventListener('click', () => selectTab('events'));
document.getElementById('tab-actors').addEventListener('click', () => selectTab('actors'));
window.addEventListener('marsad:actor', e => openActor(e.detail));
document.getElementById('language').addEventListener('click', () => setLanguage(currentLanguage() === 'ar' ? 'en' : 'ar'));
window.addEventListener('resize', debounce(() => { map?.resize(); timeline.resize(); actors.resize(); }, 100));
onLanguage(() => {
  document.getElementById('language').textContent = t('switchTo');
  legend(document.getElementById('legend'));
  if (facets) {
    fillChoices();
    timelineKey = null;
    refresh();
  }
});

// The first render: boot.js has already asked for everything it needs; each part is drawn as soon
// as its answer and its library are there.
async function start() {
  view.sort = initialSort;
  setLanguage(currentLanguage());
  showFilters(initial);
  const choices = first.facets.then(offered => {
    facets = offered;
    for (const name of filterNames) {
      const input = form.elements[name];
      // A select takes a value only among its options: offer the address bar's until the real ones come.
      if (input instanceof HTMLSelectElement && initial[name]) input.append(el('option', { value: initial[name] }, initial[name]));
      input.value = initial[name];
    }
    fillChoices();
  });
  const layer = first.points.then(readLayer);
  const mapShown = Promise.all([first.borders, layer, choices]).then(async ([borders, points]) => {
    map = await createMap(document.getElementById('map'), { online: facets.online, borders, bounds: points.bounds, onSelect: showEvent });
  });
  await Promise.all([
    first.page.then(page => table.show(page, view.sort, eventTypes)).then(() => performance.mark('marsad:table')),
    first.weekly.then(weekly => showTimeline(weekly, first.key, initial)).then(() => performance.mark('marsad:timeline')),
    Promise.all([layer, first.page, mapShown]).then(([points, page]) => showPoints(points, page.total)).then(() => performance.mark('marsad:map')),
  ]);
  // The first render is done: the map, timeline and table show the data. Tests and the bench wait for this.
  document.documentElement.dataset.rendered = '0';
  document.documentElement.dataset.ready = 'true';
  window.marsadFirstRender = performance.now();
  requestIdleCallback(() => map.refineBorders());
}

const started = start();
started.catch(failed);
// An address naming an actor (#actor=NAME) opens its page once the first render is done.
started.then(() => {
  const name = actorInAddress();
  if (name) openActor(name);
});
