'use strict';
(() => {
  const { el } = Console;
  const id = new URLSearchParams(location.search).get('id');
  const base = `profiles/${encodeURIComponent(id)}`;
  document.getElementById('people-link').href = `people?id=${encodeURIComponent(id)}`;
  const FILTERS = { relatedOnly: 'Related data only', allRecords: 'All records', customFilter: 'Custom data filter', otherFilter: 'Other data filter' };
  const INTERVALS = [5, 10, 15, 30, 60, 120, 240, 480, 720, 1440];
  const addForm = document.getElementById('add-form');
  let profile = null;
  /** For each table, the custom filter tree being built, saved or not */
  const drafts = {};
  /** Tables whose "Other data filter" was chosen and not saved yet */
  const othersChosen = new Set();

  function interval(minutes) {
    if (minutes === 1440) return '1 day';
    if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
    return `${minutes} minutes`;
  }

  function intervalOptions(select, current) {
    const choices = INTERVALS.includes(current) || current === undefined ? INTERVALS : [...INTERVALS, current].sort((a, b) => a - b);
    select.replaceChildren(...choices.map((minutes) => el('option', { value: minutes, selected: minutes === current }, interval(minutes))));
  }

  /** Anything rarer than hourly: devices sync every table at least every hour anyway. */
  function hourlyNote(minutes) {
    return minutes > 60 ? 'Devices still sync this table every hour: an interval longer than an hour does not make them wait longer.' : '';
  }

  function tableOf(name) {
    return profile.tables.find((table) => table.table === name);
  }

  async function change(form, method, path, body, done) {
    Console.clearErrors(form);
    try {
      profile = await Console.call(method, path, body);
      draw();
      Console.banner(done, 'success');
    } catch (error) {
      Console.showError(form, error);
    }
  }

  /** Choosing "Custom data filter" for a table without one opens the builder; the draft changes when it is saved. */
  function chooseFilter(item, form, value) {
    delete drafts[item.table];
    othersChosen.delete(item.table);
    if (value === 'otherFilter') {
      othersChosen.add(item.table);
      draw();
      document.getElementById(`other-${item.table}-mine`).focus();
      return;
    }
    if (value === 'customFilter' && !item.customFilter) {
      drafts[item.table] = FilterBuilder.start(tableOf(item.table).columns);
      draw();
      document.getElementById(`cond-${item.table}-0-column`).focus();
      return;
    }
    change(form, 'PATCH', `${base}/items/${item.table}`, { downloadFilter: value }, `${item.table} now downloads: ${FILTERS[value]} (in the draft).`);
  }

  function filterField(item, form) {
    const current = drafts[item.table] ? 'customFilter' : othersChosen.has(item.table) ? 'otherFilter' : item.downloadFilter;
    const select = el('select', { id: `filter-${item.table}`, name: 'downloadFilter', onchange: () => chooseFilter(item, form, select.value) },
      Object.entries(FILTERS).map(([value, label]) => el('option', { value, selected: value === current }, label)));
    return el('div', { class: 'field' }, el('label', { for: select.id }, 'Download filter'), select);
  }

  /**
   * A custom filter: the builder over the tree the back office read from the stored filter, or the stored filter
   * read-only with the reason when the builder cannot show it; the stored text below, read-only either way. The
   * tree being edited is kept in drafts until it is saved, so other changes to the page leave it alone.
   */
  function customFilter(item, form) {
    const shown = item.builder || {};
    const table = tableOf(item.table);
    if (!drafts[item.table] && shown.tree) drafts[item.table] = structuredClone(shown.tree);
    const tree = drafts[item.table];
    if (item.downloadFilter !== 'customFilter' && !tree) return null;
    const stored = item.downloadFilter === 'customFilter' && item.customFilter;
    return el('div', { class: 'custom-filter' },
      tree && table ? FilterBuilder.create(item.table, table.columns, profile.operators, tree, () => saveFilter(item, form, tree)) : null,
      shown.unreadable ? el('p', { class: 'warning', id: `unreadable-${item.table}` }, `${shown.unreadable} It is kept as it is;`
        + ' choose another download filter to replace it.') : null,
      stored ? null : el('p', { class: 'hint' }, 'Not saved yet: devices keep the table\'s current download filter until you save this one.'),
      stored ? el('span', { class: 'hint' }, 'Stored filter (read-only):') : null,
      stored ? el('pre', { id: `custom-${item.table}` }, item.customFilter) : null);
  }

  /**
   * The Other data filter, as Dataverse defines it: rows owned by the user, by their teams, within their business unit,
   * and rows created or modified in the last days; each option adds rows. Owners only for a table whose rows have them.
   */
  function otherFilter(item, form) {
    if (item.downloadFilter !== 'otherFilter' && !othersChosen.has(item.table)) return null;
    const options = item.other || { mine: false, myTeams: false, myBusinessUnit: false, changedInLastDays: null };
    const owned = (tableOf(item.table) || {}).owned;
    const box = (key, label) => el('label', { class: 'check' }, el('input', { type: 'checkbox', id: `other-${item.table}-${key}`,
      checked: owned && options[key], disabled: !owned }), ` ${label}`);
    const days = el('input', { type: 'number', min: 1, max: 3650, id: `other-${item.table}-days`, name: 'otherFilter',
      value: options.changedInLastDays ?? '', placeholder: 'off' });
    const save = () => change(form, 'PATCH', `${base}/items/${item.table}`, { downloadFilter: 'otherFilter',
      owners: Object.fromEntries(['mine', 'myTeams', 'myBusinessUnit'].map((key) => [key, document.getElementById(`other-${item.table}-${key}`).checked])),
      changedInLastDays: days.value === '' ? null : Number(days.value) }, `${item.table} now downloads: the other data filter you chose (in the draft).`)
      .then(() => { if (!form.isConnected) { othersChosen.delete(item.table); draw(); } });
    return el('fieldset', { class: 'other-filter', id: `other-${item.table}` }, el('legend', {}, 'Other data filter: rows…'),
      box('mine', 'owned by the user'), box('myTeams', 'owned by one of their teams'), box('myBusinessUnit', 'owned within their business unit'),
      owned ? null : el('p', { class: 'hint' }, `${item.table} rows have no owner here: choose rows changed lately.`),
      el('div', { class: 'field' }, el('label', { for: days.id }, 'created or modified in the last … days (empty: off)'), days),
      options.otherFilter ? el('pre', { id: `other-stored-${item.table}` }, options.otherFilter) : null,
      item.downloadFilter === 'otherFilter' ? null : el('p', { class: 'hint' }, 'Not saved yet: devices keep the table\'s current download filter until you save this one.'),
      el('button', { type: 'button', id: `other-${item.table}-save`, onclick: save }, 'Save filter'));
  }

  async function saveFilter(item, form, tree) {
    await change(form, 'PATCH', `${base}/items/${item.table}`, { downloadFilter: 'customFilter', filter: tree },
      `${item.table} now downloads: the custom data filter you built (in the draft).`);
    if (!form.isConnected) {
      delete drafts[item.table];
      draw();
    }
  }

  function intervalField(item, form) {
    const select = el('select', { id: `interval-${item.table}`, name: 'syncInterval', onchange: () => change(form, 'PATCH',
      `${base}/items/${item.table}`, { syncInterval: Number(select.value) }, `${item.table} now syncs every ${interval(Number(select.value))} (in the draft).`) });
    intervalOptions(select, item.syncInterval);
    const note = hourlyNote(item.syncInterval);
    return el('div', { class: 'field' }, el('label', { for: select.id }, 'Sync interval'), select,
      note ? el('p', { class: 'warning', id: `hourly-${item.table}` }, note) : null);
  }

  function relationshipsField(item, form) {
    const table = tableOf(item.table);
    const choices = (table ? table.relationshipChoices : []).filter((text) => !item.relationships.includes(text));
    const select = el('select', { id: `relationship-${item.table}`, name: 'relationship' },
      el('option', { value: '' }, choices.length ? 'Choose a lookup…' : 'No other lookups'), choices.map((text) => el('option', { value: text }, text)));
    return el('fieldset', {}, el('legend', {}, 'Relationships'),
      item.downloadFilter === 'relatedOnly'
        ? el('p', { class: 'hint follows' }, item.follows.length ? `Follows ${item.follows.join(', ')}: a device holds the rows related to the rows it has of those tables.`
          : 'Follows no table yet: with "Related data only" and no relationship, devices get none of its rows.')
        : null,
      el('ul', { class: 'relationships' }, item.relationships.map((text) => el('li', {}, el('code', {}, text),
        el('button', { type: 'button', class: 'quiet', 'aria-label': `Remove relationship ${text}`,
          onclick: () => change(form, 'DELETE', `${base}/items/${item.table}/relationships/${encodeURIComponent(text)}`, undefined,
            `Removed the relationship ${text} (in the draft).`) }, 'Remove')))),
      el('div', { class: 'add-relationship' }, el('div', { class: 'field' }, el('label', { for: select.id }, 'Add a relationship'), select),
        el('button', { type: 'button', disabled: choices.length === 0, onclick: () => change(form, 'POST', `${base}/items/${item.table}/relationships`,
          { relationship: select.value }, `Added the relationship ${select.value} (in the draft).`) }, 'Add')));
  }

  function itemCard(item) {
    const form = el('form', { class: 'card item', id: `item-${item.table}`, 'data-table': item.table, novalidate: true, onsubmit: (event) => event.preventDefault() });
    const table = tableOf(item.table);
    form.append(...[el('div', { class: 'item-head' }, el('h2', {}, item.table),
      table ? el('span', { class: 'badge' }, `${table.rows} rows`) : null,
      item.customized ? el('span', { class: 'badge managed', title: 'You set its filter or interval: release updates leave them alone' }, 'Customized') : null,
      el('span', { class: 'row-actions' }, el('button', { type: 'button', class: 'quiet danger-text', 'aria-label': `Remove table ${item.table}`,
        onclick: () => removeTable(item, form) }, 'Remove table'))),
    el('div', { class: 'filters' }, filterField(item, form), intervalField(item, form)), customFilter(item, form), otherFilter(item, form),
    relationshipsField(item, form)]
      .filter(Boolean));
    return form;
  }

  async function removeTable(item, form) {
    const sure = await Console.confirm(`Remove ${item.table}?`,
      'The table leaves the draft. Once published, devices no longer download it and remove its rows.', 'Remove table');
    if (sure) await change(form, 'DELETE', `${base}/items/${item.table}`, undefined, `Removed ${item.table} (in the draft).`);
  }

  function drawAddForm() {
    const present = new Set(profile.items.map((item) => item.table));
    const select = addForm.table;
    const chosen = select.value;
    select.replaceChildren(el('option', { value: '' }, 'Choose a table…'), ...profile.tables.filter((table) => !present.has(table.table))
      .map((table) => el('option', { value: table.table, selected: table.table === chosen }, `${table.table} (${table.rows} rows)`)));
    if (addForm.syncInterval.options.length === 0) intervalOptions(addForm.syncInterval, 60);
    warnAdd();
  }

  /** "All records" sends every row of a large table to every device: say so before it is added. */
  function warnAdd() {
    const table = tableOf(addForm.table.value);
    const warning = document.getElementById('add-warning');
    const large = table && table.large && addForm.downloadFilter.value === 'allRecords';
    const rare = hourlyNote(Number(addForm.syncInterval.value));
    warning.textContent = [large ? `${table.table} has ${table.rows} rows: "All records" puts every one of them on every device. `
      + 'Prefer "Related data only" or a filter.' : '', rare].filter(Boolean).join(' ');
    warning.hidden = !warning.textContent;
  }

  function draw() {
    document.getElementById('profile-name').textContent = profile.name;
    document.title = `${profile.name} · Fieldbook admin`;
    const status = !profile.published ? 'Never published' : profile.unpublishedChanges ? 'Draft has unpublished changes' : 'Published';
    document.getElementById('profile-status').replaceChildren(el('span', { class: `status ${profile.unpublishedChanges ? 'draft' : 'ok'}` }, status));
    document.getElementById('publish').disabled = !profile.unpublishedChanges;
    document.getElementById('discard').disabled = !profile.published || !profile.unpublishedChanges;
    document.getElementById('items').replaceChildren(...profile.items.map(itemCard));
    drawAddForm();
  }

  function side(item, other) {
    if (!item) return el('span', { class: 'hint' }, 'Not in this profile');
    const differs = (key) => other && JSON.stringify(other[key]) !== JSON.stringify(item[key]) ? 'differs' : null;
    return el('dl', { class: 'side' },
      el('dt', {}, 'Download filter'), el('dd', { class: differs('downloadFilter') }, FILTERS[item.downloadFilter],
        item.owners.length ? el('span', { class: `message ${differs('owners') || ''}` }, `rows owned: ${item.owners.join(', ')}`) : null,
        item.customFilter ? el('code', { class: 'message' }, item.customFilter) : null),
      el('dt', {}, 'Sync interval'), el('dd', { class: differs('syncInterval') }, interval(item.syncInterval)),
      el('dt', {}, 'Relationships'), el('dd', {}, item.relationships.length ? item.relationships.map((text) => el('code', { class: 'message' }, text)) : '—'));
  }

  const CHANGES = { added: 'Added', removed: 'Removed', changed: 'Changed', same: 'Unchanged' };
  const comparisonColumns = [
    { key: 'table', label: 'Table', cell: (row) => el('span', { class: 'name' }, row.table) },
    { key: 'change', label: 'Change', cell: (row) => [el('span', { class: `change ${row.change}` }, CHANGES[row.change]),
      row.relationshipsAdded.map((text) => el('ins', { class: 'message' }, `+ ${text}`)),
      row.relationshipsRemoved.map((text) => el('del', { class: 'message' }, `− ${text}`))] },
    { key: 'published', label: 'Published (devices now)', cell: (row) => side(row.published, row.draft) },
    { key: 'draft', label: 'Draft (after publishing)', cell: (row) => side(row.draft, row.published) }
  ];

  async function showComparison() {
    try {
      const rows = await Console.call('GET', `${base}/comparison`);
      const order = { added: 0, removed: 1, changed: 2, same: 3 };
      rows.sort((a, b) => order[a.change] - order[b.change]);
      document.getElementById('comparison-table').replaceChildren(Console.table('The published profile beside the draft', comparisonColumns, rows));
      const section = document.getElementById('comparison');
      section.hidden = false;
      section.scrollIntoView();
      document.getElementById('comparison-publish').focus();
    } catch (error) {
      Console.banner(error.message, 'error');
    }
  }

  async function publish() {
    try {
      profile = await Console.call('POST', `${base}/publish`);
      document.getElementById('comparison').hidden = true;
      draw();
      Console.banner(`Published “${profile.name}”: devices get it at their next sync.`, 'success');
    } catch (error) {
      Console.banner(error.message, 'error');
    }
  }

  async function discard() {
    const sure = await Console.confirm('Discard the draft?',
      'Every change since the last publication is thrown away; the draft becomes the published profile again.', 'Discard draft');
    if (!sure) return;
    try {
      profile = await Console.call('POST', `${base}/discard`);
      Object.keys(drafts).forEach((table) => delete drafts[table]);
      document.getElementById('comparison').hidden = true;
      draw();
      Console.banner('Discarded the draft: it is the published profile again.', 'success');
    } catch (error) {
      Console.banner(error.message, 'error');
    }
  }

  addForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const table = addForm.table.value;
    change(addForm, 'POST', `${base}/items`, { table, downloadFilter: addForm.downloadFilter.value, syncInterval: Number(addForm.syncInterval.value) },
      `Added ${table} (in the draft).`);
  });
  addForm.addEventListener('change', warnAdd);
  document.getElementById('publish').addEventListener('click', showComparison);
  document.getElementById('comparison-cancel').addEventListener('click', () => { document.getElementById('comparison').hidden = true; });
  document.getElementById('comparison-publish').addEventListener('click', publish);
  document.getElementById('discard').addEventListener('click', discard);
  Console.start(async () => {
    profile = await Console.call('GET', base);
    draw();
  });
})();
