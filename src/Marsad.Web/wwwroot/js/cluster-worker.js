// Clusters the map's points away from the page's main thread: fetches the points for a query
// itself (no parsing on the page), indexes them with supercluster, and answers which clusters a
// view shows. Messages: { id, op: 'load' | 'clusters' | 'expansion', args } → { id, result | error }.
importScripts('/lib/supercluster.min.js');

const types = 6;
let index = null;

async function load(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error((await response.json().catch(() => null))?.detail ?? response.statusText);
  const set = await response.json();
  const bounds = [[90, 180], [-90, -180]];
  const features = set.points.map(([id, lat, lon, type, fatalities]) => {
    bounds[0] = [Math.min(bounds[0][0], lat), Math.min(bounds[0][1], lon)];
    bounds[1] = [Math.max(bounds[1][0], lat), Math.max(bounds[1][1], lon)];
    return { type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { id, t: type, f: fatalities ?? 0 } };
  });
  index = new Supercluster({
    radius: 44,
    minZoom: 2, // the map's own limits: no clustering for zooms it never shows
    maxZoom: 10,
    // Per-type counts as flat numbers: supercluster copies cluster properties shallowly.
    map: p => {
      const counts = { f: p.f };
      for (let k = 0; k < types; k++) counts[`t${k}`] = p.t === k ? 1 : 0;
      return counts;
    },
    reduce: (sum, p) => {
      sum.f += p.f;
      for (let k = 0; k < types; k++) sum[`t${k}`] += p[`t${k}`];
    },
  }).load(features);
  return { count: features.length, unplaced: set.unplaced, bounds: features.length ? bounds : null };
}

const ops = {
  load,
  clusters: (bbox, zoom) => index ? index.getClusters(bbox, zoom) : [],
  expansion: clusterId => index.getClusterExpansionZoom(clusterId),
};

onmessage = async ({ data: { id, op, args } }) => {
  try {
    postMessage({ id, result: await ops[op](...args) });
  } catch (error) {
    postMessage({ id, error: error.message });
  }
};
