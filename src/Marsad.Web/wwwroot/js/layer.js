// The map's layer as /api/points packs it (MapLayer on the server, which says the layout): every
// placed incident, and for each zoom from 2 to 10 the clusters and lone incidents the map shows
// there, so the page only picks what is in view.
const minZoom = 2;
const maxZoom = 10;

export function readLayer(buffer) {
  let offset = 0;
  const column = (Type, length, size) => {
    const values = new Type(buffer, offset, length);
    offset += Math.ceil(length * size / 4) * 4;
    return values;
  };
  const ints = length => column(Int32Array, length, 4);
  const floats = length => column(Float32Array, length, 4);
  const bytes = length => column(Uint8Array, length, 1);

  const [count, unplaced] = ints(2);
  const [south, west, north, east] = floats(4);
  const incidents = { lat: floats(count), lon: floats(count), fatalities: ints(count), type: bytes(count) };
  const levels = [];
  for (let zoom = minZoom; zoom <= maxZoom; zoom++) {
    const [clusters, alone] = ints(2);
    levels[zoom] = { lat: floats(clusters), lon: floats(clusters), size: ints(clusters), type: bytes(clusters), splitsAt: bytes(clusters), alone: ints(alone) };
  }
  const idBytes = new Uint8Array(buffer, offset);
  let ids = null; // read when first asked for: only a click needs one

  const incident = i => ({ lat: incidents.lat[i], lon: incidents.lon[i], index: i, type: incidents.type[i], fatalities: Math.max(0, incidents.fatalities[i]) });

  return {
    count,
    unplaced,
    bounds: count ? [[south, west], [north, east]] : null,
    // What the map shows at `zoom` within the box: clusters { cluster: true, lat, lon, size, type,
    // splitsAt } and incidents { lat, lon, index, type, fatalities }.
    visible(zoom, [boxWest, boxSouth, boxEast, boxNorth]) {
      const inside = (lat, lon) => lat >= boxSouth && lat <= boxNorth && lon >= boxWest && lon <= boxEast;
      const level = levels[Math.max(minZoom, Math.floor(zoom))];
      if (!level) return [...incidents.lat.keys()].filter(i => inside(incidents.lat[i], incidents.lon[i])).map(incident);
      const items = [];
      for (let c = 0; c < level.size.length; c++) {
        if (inside(level.lat[c], level.lon[c])) {
          items.push({ cluster: true, lat: level.lat[c], lon: level.lon[c], size: level.size[c], type: level.type[c], splitsAt: level.splitsAt[c] });
        }
      }
      for (const i of level.alone) if (inside(incidents.lat[i], incidents.lon[i])) items.push(incident(i));
      return items;
    },
    id: index => (ids ??= new TextDecoder().decode(idBytes).split('\n'))[index],
  };
}
