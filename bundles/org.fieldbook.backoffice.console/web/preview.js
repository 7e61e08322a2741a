'use strict';
(() => {
  const { el } = Console;
  const form = document.getElementById('preview-form');
  const result = document.getElementById('preview-result');
  let shown = 0;

  const columns = [
    { key: 'table', label: 'Table', cell: (t) => el('code', {}, t.table) },
    { key: 'filter', label: 'Download filter', cell: (t) => t.filter },
    { key: 'rows', label: 'Rows on the device', cell: (t) => t.problem
      ? el('span', { class: 'message danger-text' }, `Not downloaded: ${t.problem}`) : t.rows.toLocaleString() }
  ];

  async function load() {
    const choices = await Console.call('GET', 'preview/choices');
    form.profile.replaceChildren(...choices.profiles.map((profile) =>
      el('option', { value: profile.id }, profile.draftChanged ? `${profile.name} (draft has unpublished changes)` : profile.name)));
    form.user.replaceChildren(...choices.users.map((user) => el('option', { value: user.name }, `${user.name} (${user.role})`)));
    const technician = choices.users.find((user) => user.role === 'technician');
    if (technician) form.user.value = technician.name;
  }

  function draw(preview) {
    const total = `${preview.total.toLocaleString()} rows in all, against the guidance of at most ${preview.guidance.toLocaleString()} on a device.`;
    result.replaceChildren(
      el('h2', {}, `${preview.user}'s device with the draft of ${preview.profile}`),
      preview.overGuidance
        ? el('p', { class: 'warning', id: 'preview-total' }, `${total} Syncs and searches on the tablet will be slow: narrow the filters before publishing.`)
        : el('p', { class: 'note', id: 'preview-total' }, total),
      Console.table('Rows per table', columns, preview.tables, null, null, 'The profile has no table a device keeps.'));
    // How many previews the page has drawn: tests wait for the next one.
    result.dataset.shown = ++shown;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    Console.clearErrors(form);
    result.replaceChildren(el('p', { class: 'note' }, 'Counting…'));
    try {
      draw(await Console.call('GET', 'preview?' + new URLSearchParams({ profile: form.profile.value, user: form.user.value })));
    } catch (error) {
      result.replaceChildren();
      Console.showError(form, error);
    }
  });
  Console.start(load);
})();
