'use strict';
(() => {
  const { el } = Console;
  let sort = { key: 'lastSync', descending: false };
  let fleet = null;

  function count(value) {
    return value === null || value === undefined ? '—' : value.toLocaleString();
  }

  function duration(millis) {
    if (millis === null || millis === undefined) return '—';
    const seconds = Math.round(millis / 1000);
    return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  }

  const columns = [
    { key: 'user', label: 'Technician', sortable: true, cell: (t) => t.user },
    { key: 'lastSync', label: 'Last successful sync', sortable: true, cell: (t) => el('span', {},
      t.lastSync ? Console.when(t.lastSync) : 'Never',
      t.stale ? el('span', { class: 'badge stale', title: `No successful sync for more than ${fleet.staleAfterHours} hours` }, 'Stale') : '',
      t.lastFailure ? el('span', { class: 'message danger-text' }, `Latest sync failed: ${t.lastFailure}`) : '') },
    { key: 'durationMillis', label: 'Duration', sortable: true, cell: (t) => duration(t.durationMillis) },
    { key: 'rowsOnDevice', label: 'Rows on the device', sortable: true, cell: (t) => count(t.rowsOnDevice) },
    { key: 'pendingEdits', label: 'Edits waiting', sortable: true, cell: (t) => count(t.pendingEdits) },
    { key: 'openErrors', label: 'Open errors', sortable: true, cell: (t) => count(t.openErrors) },
    { key: 'clientVersion', label: 'App version', sortable: true, cell: (t) => t.clientVersion || '—' },
    { key: 'device', label: 'Device', sortable: true, cell: (t) => t.device || '—' }
  ];

  function draw() {
    document.getElementById('sync-health').replaceChildren(
      Console.table('Sync health of each technician', columns, Console.sortRows(fleet.technicians, sort), sort, (key) => {
        sort = { key, descending: sort.key === key ? !sort.descending : false };
        draw();
      }, 'There are no technicians.'));
  }

  async function load() {
    fleet = await Console.call('GET', 'sync-health');
    document.getElementById('stale-note').textContent =
      `Stale: no successful sync for more than ${fleet.staleAfterHours} hours, or never. Counts are from the device's latest sync.`;
    draw();
  }

  Console.start(load);
})();
