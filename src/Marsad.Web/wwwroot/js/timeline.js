import { colours } from './map.js';
import { typeName } from './i18n.js';
import { timelineLibrary } from './libraries.js';

// Weekly counts stacked by event type (uPlot). Dragging across the bars chooses a range of whole
// weeks and calls onBrush(since, until); a click without a drag clears it.
const day = 86400;
const week = 7 * day;
const iso = seconds => new Date(seconds * 1000).toISOString().slice(0, 10);
const seconds = date => Date.parse(`${date}T00:00:00Z`) / 1000;

export function createTimeline(container, { onBrush, height = 150 }) {
  let plot = null;
  let weeks = [];

  function brushed(u) {
    if (!onBrush) return;
    const { left, width } = u.select;
    if (width < 3) {
      onBrush(null, null);
      return;
    }
    const from = u.posToVal(left, 'x'), to = u.posToVal(left + width, 'x');
    const chosen = weeks.filter(w => w + week > from && w < to);
    if (chosen.length > 0) onBrush(iso(chosen[0]), iso(chosen[chosen.length - 1] + 6 * day));
  }

  return {
    // data: { types, weeks, counts[type][week] } as /api/timeline sends it. Resolves when drawn.
    async show(data) {
      await timelineLibrary;
      weeks = data.weeks.map(seconds);
      const stacked = [];
      let running = weeks.map(() => 0);
      for (const series of data.counts) {
        running = running.map((sum, i) => sum + series[i]);
        stacked.push(running);
      }
      // Each type's bar is drawn from zero to its running total, tallest first, so every layer shows.
      const order = data.types.map((_, k) => k).reverse();
      const options = {
        width: Math.max(200, container.clientWidth),
        height,
        legend: { show: false },
        cursor: { drag: { x: !!onBrush, y: false, setScale: false }, points: { show: false } },
        scales: { x: { time: true, range: (u, min, max) => [min - day, max + week] } },
        axes: [{ space: 60 }, { size: 36 }],
        series: [{}, ...order.map(k => ({
          label: typeName(data.types[k]),
          fill: colours[k],
          stroke: colours[k],
          width: 0,
          paths: uPlot.paths.bars({ size: [0.92, 40], align: 1 }),
          points: { show: false },
        }))],
        hooks: { setSelect: [brushed] },
      };
      plot?.destroy();
      plot = new uPlot(options, [weeks, ...order.map(k => stacked[k])], container);
      container.dataset.weeks = String(weeks.length);
    },
    // Shows a date range chosen elsewhere (the date inputs) as the brush, without calling onBrush.
    select(since, until) {
      if (!plot) return;
      if (!since && !until) {
        plot.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
        return;
      }
      const left = Math.max(0, plot.valToPos(since ? seconds(since) : plot.scales.x.min, 'x'));
      const right = Math.min(plot.bbox.width / devicePixelRatio, plot.valToPos(until ? seconds(until) + day : plot.scales.x.max, 'x'));
      plot.setSelect({ left, top: 0, width: Math.max(0, right - left), height: plot.bbox.height / devicePixelRatio }, false);
    },
    resize() {
      plot?.setSize({ width: Math.max(200, container.clientWidth), height });
    },
  };
}
