'use strict';
(() => {
  const { el } = Console;
  const form = document.getElementById('filter-form');
  let sort = { key: 'when', descending: true };
  let page = 1;
  let drawn = 0;

  const columns = [
    { key: 'when', label: 'When', sortable: true, cell: (e) => Console.when(e.when) },
    { key: 'user', label: 'User', cell: (e) => e.user || '—' },
    { key: 'table', label: 'Table', sortable: true, cell: (e) => e.table || '—' },
    { key: 'record', label: 'Record', sortable: true, cell: (e) => el('code', {}, e.record || '—') },
    { key: 'type', label: 'Type', sortable: true, cell: (e) => el('span', { class: 'badge' }, e.type) },
    { key: 'message', label: 'Message', sortable: true, cell: (e) => el('span', { class: 'message' }, e.message || '') },
    { key: 'details', label: 'Details', cell: (e) => el('button', { type: 'button', class: 'quiet', 'aria-label': `Details of the error at ${Console.when(e.when)}`, onclick: () => details(e.id) }, 'Details') }
  ];

  /** The filters as query parameters; a local date and time from the form is sent as an instant. */
  function query() {
    const params = new URLSearchParams();
    for (const name of ['user', 'table', 'type']) {
      if (form[name].value.trim()) params.set(name, form[name].value.trim());
    }
    for (const name of ['from', 'until']) {
      if (form[name].value) params.set(name, new Date(form[name].value).toISOString());
    }
    params.set('sort', sort.key);
    params.set('order', sort.descending ? 'desc' : 'asc');
    return params;
  }

  async function load() {
    Console.clearErrors(form);
    const params = query();
    document.getElementById('csv').href = '/admin/api/sync-errors.csv?' + params;
    params.set('page', page);
    try {
      const found = await Console.call('GET', 'sync-errors?' + params);
      document.getElementById('sync-errors').replaceChildren(
        Console.table('Sync errors', columns, found.rows, sort, (key) => {
          sort = { key, descending: sort.key === key ? !sort.descending : key === 'when' };
          page = 1;
          load();
        }, 'No sync errors match.'),
        Console.pager(found.page, found.total, found.pageSize, (next) => { page = next; load(); }));
      // How many answers the list has shown: tests wait for the next one after a filter or page change.
      document.getElementById('sync-errors').dataset.drawn = ++drawn;
    } catch (error) {
      Console.showError(form, error);
    }
  }

  async function details(id) {
    const error = await Console.call('GET', `sync-errors/${encodeURIComponent(id)}`);
    const entries = [['When', Console.when(error.row.when)], ['User', error.row.user || '—'], ['Table', error.row.table],
      ['Record', error.row.record], ['Type', error.row.type], ['Message', error.row.message], ['Error code', error.code || '—'],
      ['State', error.resolved ? 'Resolved on the device' : 'Open'], ['Action', error.action || '—'],
      ['Details', error.detail || '—'], ['What the device sent', error.actionData || '—']];
    document.getElementById('details-list').replaceChildren(...entries.flatMap(([term, value]) =>
      [el('dt', {}, term), el('dd', {}, term === 'Details' || term === 'What the device sent' ? el('pre', {}, value) : value)]));
    document.getElementById('details').showModal();
  }

  form.addEventListener('submit', (event) => { event.preventDefault(); page = 1; load(); });
  document.getElementById('filter-clear').addEventListener('click', () => { form.reset(); page = 1; load(); });
  Console.start(load);
})();
