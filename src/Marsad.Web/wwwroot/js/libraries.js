import { loadScript } from './dom.js';

// The libraries the first render draws with (each defines a global). boot.js imports this module,
// so they run while the data is on its way; index.html preloads them.
export const mapLibraries = Promise.all([loadScript('/lib/leaflet/leaflet.js'), loadScript('/lib/topojson-client.min.js')]);
export const timelineLibrary = loadScript('/lib/uplot/uPlot.iife.min.js');
