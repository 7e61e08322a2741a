'use strict';
(() => {
  const { el } = Console;
  const PAGE_SIZE = 25;
  const createForm = document.getElementById('create-form');
  const copyForm = document.getElementById('copy-form');
  let profiles = [];
  let sort = { key: 'name', descending: false };
  let page = 1;
  let copying = null;

  const columns = [
    { key: 'name', label: 'Name', sortable: true, cell: (p) => [el('span', { class: 'name' }, p.name), p.isDefault ? el('span', { class: 'badge' }, 'Default') : null] },
    { key: 'description', label: 'Description', sortable: true, cell: (p) => p.description || '—' },
    { key: 'managed', label: 'Kind', sortable: true, cell: (p) => p.managed
      ? el('span', { class: 'badge managed', title: 'Ships with Fieldbook and gets its release updates' }, 'Managed')
      : el('span', { class: 'badge', title: 'Yours: gets no release updates' }, 'Unmanaged') },
    { key: 'unpublishedChanges', label: 'Status', sortable: true, cell: status },
    { key: 'release', label: 'Release updates', sortable: true, cell: releaseUpdates },
    { key: 'assigned', label: 'People and teams', sortable: true, cell: (p) => String(p.assigned) },
    { key: 'actions', label: 'Actions', cell: actions }
  ];

  function releaseUpdates(p) {
    if (!p.managed) return 'None (not managed)';
    return [`Gets them (release ${p.release})`, p.releaseUpdates ? ' · ' : null, p.releaseUpdates
      ? el('a', { class: 'badge managed', href: 'releases' }, `${p.releaseUpdates} waiting`) : null];
  }

  function status(p) {
    if (!p.published) return el('span', { class: 'status draft' }, 'Never published');
    if (p.unpublishedChanges) return el('span', { class: 'status draft' }, 'Draft has unpublished changes');
    return el('span', { class: 'status ok' }, 'Published');
  }

  function actions(p) {
    return el('span', { class: 'row-actions' },
      el('a', { class: 'button quiet', href: `profile?id=${encodeURIComponent(p.id)}`, 'aria-label': `Edit ${p.name}` }, 'Edit'),
      el('a', { class: 'button quiet', href: `people?id=${encodeURIComponent(p.id)}`, 'aria-label': `People of ${p.name}` }, 'People'),
      el('button', { type: 'button', class: 'quiet', 'aria-label': `Copy ${p.name}`, onclick: () => openCopy(p) }, 'Copy'),
      el('button', { type: 'button', class: 'quiet danger-text', 'aria-label': `Delete ${p.name}`, onclick: () => remove(p) }, 'Delete'));
  }

  function draw() {
    const rows = Console.sortRows(profiles, sort).slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    document.getElementById('profiles').replaceChildren(
      Console.table('Offline profiles', columns, rows, sort, (key) => {
        sort = { key, descending: sort.key === key && !sort.descending };
        draw();
      }, 'No profiles yet.'),
      Console.pager(page, profiles.length, PAGE_SIZE, (next) => { page = next; draw(); }));
  }

  async function load() {
    profiles = await Console.call('GET', 'profiles');
    draw();
  }

  function openCopy(profile) {
    copying = profile;
    createForm.hidden = true;
    copyForm.hidden = false;
    Console.clearErrors(copyForm);
    document.getElementById('copy-title').textContent = `Copy “${profile.name}”`;
    copyForm.name.value = `Copy of ${profile.name}`;
    copyForm.name.focus();
    copyForm.name.select();
  }

  async function remove(profile) {
    const sure = await Console.confirm(`Delete “${profile.name}”?`,
      'The profile is deleted for good. Users and teams must be moved to another profile first.', 'Delete profile');
    if (!sure) return;
    try {
      await Console.call('DELETE', `profiles/${encodeURIComponent(profile.id)}`);
      await load();
      Console.banner(`Deleted “${profile.name}”.`, 'success');
    } catch (error) {
      Console.banner(`Not deleted: ${error.message}`, 'error');
    }
  }

  function submitting(form, send) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      Console.clearErrors(form);
      try {
        const created = await send();
        form.hidden = true;
        form.reset();
        await load();
        Console.banner(`Created “${created.name}”, a draft: publish it before anyone uses it.`, 'success');
      } catch (error) {
        Console.showError(form, error);
      }
    });
    form.querySelector('[data-cancel]').addEventListener('click', () => { form.hidden = true; Console.clearErrors(form); });
  }

  submitting(createForm, () => Console.call('POST', 'profiles', { name: createForm.name.value, description: createForm.description.value }));
  submitting(copyForm, () => Console.call('POST', `profiles/${encodeURIComponent(copying.id)}/copy`, { name: copyForm.name.value }));
  document.getElementById('new-profile').addEventListener('click', () => {
    copyForm.hidden = true;
    createForm.hidden = false;
    Console.clearErrors(createForm);
    createForm.name.focus();
  });
  Console.start(load);
})();
