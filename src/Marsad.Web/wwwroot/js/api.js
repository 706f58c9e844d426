// The page's way to the server: GET requests, errors as the server's own sentence.
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function get(path, params, read) {
  const response = await fetch(path + query(params), { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = (await response.json()).detail ?? detail;
    } catch {
      // not JSON: keep the status text
    }
    throw new Error(detail);
  }
  return read(response);
}

export const getJson = (path, params = {}) => get(path, params, response => response.json());

// The filters the page and the address bar share, as the API names them.
export const filterNames = ['since', 'until', 'country', 'admin1', 'type', 'subType', 'actor', 'text'];

// The answers for one set of filters, each its own promise so the page can draw each part as it
// comes: a page of the table, the map's layer (its points and clusters, packed: see layer.js) and
// the timeline (which ignores the dates, so it keeps showing the whole period); points or timeline
// may be skipped (null). This module imports nothing, so boot.js can ask as soon as it arrives.
export function ask(filters, { offset = 0, sort = '-date', points = true, timeline = true } = {}) {
  const undated = { ...filters, since: '', until: '' };
  return {
    current: filters,
    key: JSON.stringify(undated),
    page: getJson('/api/events', { ...filters, offset, sort }),
    points: points ? get('/api/points', filters, response => response.arrayBuffer()) : null,
    weekly: timeline ? getJson('/api/timeline', undated) : null,
  };
}
