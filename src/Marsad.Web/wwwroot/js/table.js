import { el } from './dom.js';
import { subTypeName, t, typeName } from './i18n.js';

// One page of incidents at a time, sorted and paged by the server.
export function createTable(table, { onSelect, onPage, onSort }) {
  const body = table.tBodies[0];
  const page = document.getElementById('page');
  const previous = document.getElementById('previous');
  const next = document.getElementById('next');
  let last = null;

  previous.addEventListener('click', () => onPage(Math.max(0, last.offset - last.limit)));
  next.addEventListener('click', () => onPage(last.offset + last.limit));
  for (const button of table.querySelectorAll('[data-sort]')) {
    button.addEventListener('click', () => onSort(button.dataset.sort));
  }

  function row(event) {
    const place = [event.location, event.admin1, event.country].filter((v, i, all) => v && all.indexOf(v) === i).join(', ');
    const tr = el('tr', { 'data-id': event.id, tabindex: 0, title: event.historical ? t('historical') : null },
      el('td', {}, event.date ?? '?'),
      el('td', {}, el('span', { class: `swatch t${event.typeIndex}` }), ' ', typeName(event.type), el('div', { class: 'muted' }, subTypeName(event.subType))),
      el('td', { dir: 'auto' }, event.actor1 ?? ''),
      el('td', { dir: 'auto' }, event.actor2 ?? ''),
      el('td', { dir: 'auto' }, place),
      el('td', { class: 'number' }, event.fatalities ?? '–'),
      el('td', { class: 'number' }, event.sources));
    const open = () => {
      for (const selected of body.querySelectorAll('[aria-selected]')) selected.removeAttribute('aria-selected');
      tr.setAttribute('aria-selected', 'true');
      onSelect(event.id);
    };
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', e => { if (e.key === 'Enter') open(); });
    return tr;
  }

  return {
    // result: { total, offset, limit, rows } as /api/events sends it; sort: the order in force.
    show(result, sort, types) {
      last = result;
      body.replaceChildren(...result.rows.map(r => row({ ...r, typeIndex: types.indexOf(r.type) })));
      if (result.rows.length === 0) body.append(el('tr', {}, el('td', { colspan: 7, class: 'muted' }, t('noEvents'))));
      const from = result.total === 0 ? 0 : result.offset + 1;
      page.textContent = t('page', from, result.offset + result.rows.length, result.total);
      previous.disabled = result.offset === 0;
      next.disabled = result.offset + result.limit >= result.total;
      for (const button of table.querySelectorAll('[data-sort]')) {
        const key = button.dataset.sort;
        if (sort === key) button.setAttribute('aria-sort', 'ascending');
        else if (sort === `-${key}`) button.setAttribute('aria-sort', 'descending');
        else button.removeAttribute('aria-sort');
      }
    },
  };
}
