import { clusters } from './clusters.js';

// The page's way to the server: GET requests for JSON, errors as the server's own sentence.
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export async function getJson(path, params = {}) {
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
  return response.json();
}

// The filters the page and the address bar share, as the API names them.
export const filterNames = ['since', 'until', 'country', 'admin1', 'type', 'subType', 'actor', 'text'];

// The answers for one set of filters: a page of the table, the map's points (fetched and
// clustered by the worker, which answers with their count and bounds) and the timeline (which
// ignores the dates, so it keeps showing the whole period); points or timeline may be skipped.
export function ask(filters, { offset = 0, sort = '-date', points = true, timeline = true } = {}) {
  const undated = { ...filters, since: '', until: '' };
  return Promise.all([
    getJson('/api/events', { ...filters, offset, sort }),
    points ? clusters('load', `/api/points${query(filters)}`) : null,
    timeline ? getJson('/api/timeline', undated) : null,
  ]).then(([page, pointSet, weekly]) => ({ current: filters, key: JSON.stringify(undated), page, points: pointSet, weekly }));
}
