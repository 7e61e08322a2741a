'use strict';
(() => {
  const { el } = Console;
  const CHANGES = { added: 'Table added', removed: 'Table removed', changed: 'Changed' };
  let releases = [];

  function changeCell(update) {
    return [el('span', { class: `change ${update.change}` }, CHANGES[update.change]),
      update.customized ? el('span', { class: 'badge', title: 'You changed its filter or interval: the release keeps yours' }, 'Customized') : null];
  }

  function lines(changes) {
    return el('ul', { class: 'changes' }, changes.map((text) => el('li', {}, text)));
  }

  function columns(release) {
    return [
      { key: 'table', label: 'Table', cell: (update) => el('span', { class: 'name' }, update.table) },
      { key: 'change', label: 'Update', cell: changeCell },
      { key: 'changes', label: 'What it changes in the draft', cell: (update) => lines(update.changes) },
      { key: 'actions', label: 'Your choice', cell: (update) => el('span', { class: 'row-actions' },
        el('button', { type: 'button', class: 'primary', 'aria-label': `Take the update of ${update.table}`,
          onclick: () => decide(release, update, 'take') }, 'Take'),
        el('button', { type: 'button', class: 'quiet', 'aria-label': `Keep ${update.table} current`,
          onclick: () => decide(release, update, 'keep') }, 'Keep current')) }
    ];
  }

  const keptColumns = [
    { key: 'table', label: 'Customized table', cell: (kept) => el('span', { class: 'name' }, kept.table) },
    { key: 'changes', label: 'The release would set (yours stay)', cell: (kept) => lines(kept.changes) }
  ];

  function kept(table) {
    table.classList.add('kept');
    return table;
  }

  function card(release) {
    const head = release.waiting
      ? `Release ${release.waiting} waits: the profile has release ${release.release}.`
      : `Up to date: the profile has release ${release.release}, the one this Fieldbook ships.`;
    return el('section', { class: 'card wide release', 'data-profile': release.id },
      el('h2', {}, release.name),
      el('p', { class: 'note' }, head, ' ', release.waiting
        ? `${release.updates.length} ${release.updates.length === 1 ? 'update waits' : 'updates wait'} for your choice.` : ''),
      release.waiting ? Console.table(`Updates of release ${release.waiting}`, columns(release), release.updates, null, null,
        'Nothing left to decide.') : null,
      release.kept.length ? [el('h3', {}, 'Customized: no filter or interval updates'),
        kept(Console.table('Customized tables the release leaves alone', keptColumns, release.kept, null, null, ''))] : null,
      el('p', { class: 'actions' }, el('a', { class: 'button quiet', href: `profile?id=${encodeURIComponent(release.id)}` },
        'Open the draft to publish')));
  }

  function draw() {
    document.getElementById('releases').replaceChildren(...(releases.length ? releases.map(card)
      : [el('p', { class: 'note' }, 'No managed profile: release updates come only to the profile Fieldbook ships.')]));
  }

  async function decide(release, update, choice) {
    try {
      const now = await Console.call('POST', `releases/${encodeURIComponent(release.id)}/${choice}`, { release: release.waiting, table: update.table });
      releases = releases.map((each) => (each.id === now.id ? now : each));
      draw();
      Console.banner(choice === 'take'
        ? `Took the update of ${update.table} into the draft of “${release.name}”: publish the draft for devices to get it.`
        : `Kept ${update.table} as it is; release ${release.waiting} will not offer this update again.`, 'success');
    } catch (error) {
      Console.banner(error.message, 'error');
    }
  }

  Console.start(async () => {
    releases = await Console.call('GET', 'releases');
    draw();
  });
})();
