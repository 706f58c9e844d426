import { clusters } from './clusters.js';
import { el } from './dom.js';
import { t, typeName } from './i18n.js';

// The event map: country borders drawn from Natural Earth (offline), and the events clustered by
// cluster-worker.js, drawn on one canvas: only the visible clusters and markers exist.

// ACLED's six event types in the server's order; type k is drawn in the colour --tk of app.css.
export const eventTypes = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'];
export const colours = eventTypes.map((_, k) => getComputedStyle(document.documentElement).getPropertyValue(`--t${k}`).trim());

const radius = fatalities => Math.min(22, 4 + 2 * Math.sqrt(fatalities));

// borders: Natural Earth's 1:110m countries as world-atlas ships them (TopoJSON); refineBorders()
// swaps in the 1:50m ones once the page is up, as they take several times longer to draw.
export function createMap(container, { online, borders, onSelect }) {
  const map = L.map(container, { preferCanvas: true, worldCopyJump: true, minZoom: 2, maxZoom: 14 }).setView([15, 0], 5);
  map.attributionControl.setPrefix(false);
  map.createPane('borders').style.zIndex = 250;
  if (online) {
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 19, attribution: '© OpenStreetMap contributors' }).addTo(map);
  }
  const renderer = L.canvas({ pane: 'borders' });
  const drawBorders = world => L.geoJSON(topojson.feature(world, world.objects.countries), {
    pane: 'borders',
    renderer,
    interactive: false,
    style: { color: '#8795a5', weight: 0.8, fillColor: '#f7f4ee', fillOpacity: online ? 0.15 : 1 },
  }).addTo(map);
  let countries = drawBorders(borders);
  map.attributionControl.addAttribution('Leaflet · Natural Earth');

  const layer = L.layerGroup().addTo(map);
  let drawing = 0;

  async function draw() {
    const ticket = ++drawing;
    const bounds = map.getBounds();
    const west = Math.max(-180, bounds.getWest()), east = Math.min(180, bounds.getEast());
    const items = await clusters('clusters', [west, Math.max(-85, bounds.getSouth()), east, Math.min(85, bounds.getNorth())], Math.round(map.getZoom()));
    if (ticket !== drawing) return; // the view moved on meanwhile
    layer.clearLayers();
    for (const item of items) layer.addLayer(item.properties.cluster ? clusterMarker(item) : eventMarker(item));
    container.dataset.drawn = String(items.length);
  }

  function clusterMarker(item) {
    const [lon, lat] = item.geometry.coordinates;
    const p = item.properties;
    let dominant = 0;
    for (let k = 1; k < eventTypes.length; k++) if (p[`t${k}`] > p[`t${dominant}`]) dominant = k;
    const size = Math.round(22 + 7 * Math.log10(p.point_count));
    const icon = L.divIcon({ html: el('span', {}, p.point_abbreviated), className: `cluster t${dominant}`, iconSize: [size, size] });
    const marker = L.marker([lat, lon], { icon, keyboard: false, title: t('events', p.point_count) });
    marker.on('click', async () => map.setView([lat, lon], await clusters('expansion', p.cluster_id)));
    return marker;
  }

  function eventMarker(item) {
    const [lon, lat] = item.geometry.coordinates;
    const p = item.properties;
    const marker = L.circleMarker([lat, lon], { radius: radius(p.f), color: '#ffffff', weight: 1, fillColor: colours[p.t] ?? '#555', fillOpacity: 0.85 });
    marker.bindTooltip(() => el('span', {}, typeName(eventTypes[p.t]), p.f ? ` · ${p.f} ${t('fatalities')}` : ''));
    marker.on('click', () => onSelect(p.id));
    return marker;
  }

  map.on('moveend', draw);

  return {
    async refineBorders() {
      const detailed = drawBorders(await fetch('/lib/countries-50m.json').then(r => r.json()));
      countries.remove();
      countries = detailed;
    },
    // points: what the worker answered to 'load': { count, unplaced, bounds }. Resolves when drawn.
    show(points, fit) {
      container.dataset.points = String(points.count);
      if (fit && points.bounds) {
        map.fitBounds(points.bounds, { padding: [30, 30], maxZoom: 7, animate: false });
      }
      return draw();
    },
    resize: () => map.invalidateSize(),
  };
}

export function legend(container) {
  container.replaceChildren(
    el('h3', {}, t('legendTypes')),
    ...eventTypes.map((type, k) => el('div', {}, el('span', { class: `swatch t${k}` }), typeName(type))),
    el('h3', {}, t('legendSize')),
    el('div', { class: 'sizes' }, [0, 10, 50].map(n => el('span', {}, el('span', { class: `dot dot-${n}` }), n))));
}
