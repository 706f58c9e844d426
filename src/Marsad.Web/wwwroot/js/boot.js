import { ask, filterNames, getJson } from './api.js';
import './libraries.js';

// Loaded async, this module asks for everything the first render needs (the filters' choices,
// the borders and the data for the filters in the address bar), and starts its libraries.
const params = new URLSearchParams(location.search);

export const initial = Object.fromEntries(filterNames.map(name => [name, params.get(name)?.trim() ?? '']));
export const initialSort = params.get('sort') ?? '-date';
export const first = {
  facets: getJson('/api/facets'),
  borders: fetch('/lib/countries-110m.json').then(r => r.json()),
  ...ask(initial, { sort: initialSort }),
};
// Failures are reported when the page awaits these; don't report them twice.
for (const promise of [first.facets, first.borders, first.page, first.points, first.weekly]) promise.catch(() => {});
