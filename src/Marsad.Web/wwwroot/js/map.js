import { el } from './dom.js';
import { t, typeName } from './i18n.js';
import { mapLibraries } from './libraries.js';

// The event map: country borders drawn from Natural Earth (offline), and the events as the server
// clustered them (layer.js), drawn on one canvas: only the visible clusters and markers exist.

// ACLED's six event types in the server's order; type k is drawn in the colour --tk of app.css.
export const eventTypes = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'];
export const colours = eventTypes.map((_, k) => getComputedStyle(document.documentElement).getPropertyValue(`--t${k}`).trim());

const radius = fatalities => Math.min(22, 4 + 2 * Math.sqrt(fatalities));
// A cluster's size as supercluster wrote it: 1234 as 1.2k, 12345 as 12k.
const abbreviated = size => size >= 10000 ? `${Math.round(size / 1000)}k` : size >= 1000 ? `${Math.round(size / 100) / 10}k` : String(size);

// Whether a country's extent meets the box (a Leaflet LatLngBounds).
function meets(geometry, box) {
  let south = 90, west = 180, north = -90, east = -180;
  for (const [lon, lat] of geometry?.coordinates.flat(geometry.type === 'Polygon' ? 1 : 2) ?? []) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  return south <= north && box.intersects([[south, west], [north, east]]);
}

const countriesOf = world => topojson.feature(world, world.objects.countries).features;

// borders: Natural Earth's 1:110m countries as world-atlas ships them (TopoJSON), of which the
// first render draws those near the view; refineBorders() then draws them all at 1:50m, once the
// page is up, as they take several times longer to draw. bounds: the first layer's
// [[south, west], [north, east]], where the map opens (so the borders are drawn once, for that
// view), or null. Resolves once Leaflet has loaded and drawn the borders.
export async function createMap(container, { online, borders, bounds, onSelect }) {
  await mapLibraries;
  const map = L.map(container, { preferCanvas: true, worldCopyJump: true, minZoom: 2, maxZoom: 14 });
  if (bounds) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 7, animate: false });
  else map.setView([15, 0], 5);
  map.attributionControl.setPrefix(false);
  map.createPane('borders').style.zIndex = 250;
  if (online) {
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 19, attribution: '© OpenStreetMap contributors' }).addTo(map);
  }
  const renderer = L.canvas({ pane: 'borders' });
  const drawBorders = countries => L.geoJSON(countries, {
    pane: 'borders',
    renderer,
    interactive: false,
    style: { color: '#8795a5', weight: 0.8, fillColor: '#f7f4ee', fillOpacity: online ? 0.15 : 1 },
  }).addTo(map);
  const near = map.getBounds().pad(0.5);
  let countries = drawBorders(countriesOf(borders).filter(country => meets(country.geometry, near)));
  map.attributionControl.addAttribution('Leaflet · Natural Earth');

  const markers = L.layerGroup().addTo(map);
  let shown = null;

  function draw() {
    const view = map.getBounds();
    const box = [Math.max(-180, view.getWest()), Math.max(-85, view.getSouth()), Math.min(180, view.getEast()), Math.min(85, view.getNorth())];
    const items = shown ? shown.visible(Math.round(map.getZoom()), box) : [];
    markers.clearLayers();
    for (const item of items) markers.addLayer(item.cluster ? clusterMarker(item) : eventMarker(item));
    container.dataset.drawn = String(items.length);
  }

  function clusterMarker({ lat, lon, size, type, splitsAt }) {
    const scale = Math.round(22 + 7 * Math.log10(size));
    const icon = L.divIcon({ html: el('span', {}, abbreviated(size)), className: `cluster t${type}`, iconSize: [scale, scale] });
    const marker = L.marker([lat, lon], { icon, keyboard: false, title: t('events', size) });
    marker.on('click', () => map.setView([lat, lon], splitsAt));
    return marker;
  }

  function eventMarker({ lat, lon, index, type, fatalities }) {
    const marker = L.circleMarker([lat, lon], { radius: radius(fatalities), color: '#ffffff', weight: 1, fillColor: colours[type] ?? '#555', fillOpacity: 0.85 });
    marker.bindTooltip(() => el('span', {}, typeName(eventTypes[type]), fatalities ? ` · ${fatalities} ${t('fatalities')}` : ''));
    marker.on('click', () => onSelect(shown.id(index)));
    return marker;
  }

  map.on('moveend', draw);

  return {
    async refineBorders() {
      const detailed = drawBorders(countriesOf(await fetch('/lib/countries-50m.json').then(r => r.json())));
      countries.remove();
      countries = detailed;
    },
    // layer: what readLayer made of /api/points.
    show(layer) {
      shown = layer;
      container.dataset.points = String(layer.count);
      draw();
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
