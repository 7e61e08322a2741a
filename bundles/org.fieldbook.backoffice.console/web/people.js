'use strict';
(() => {
  const { el } = Console;
  const id = new URLSearchParams(location.search).get('id');
  const base = `people/${encodeURIComponent(id)}`;
  const form = document.getElementById('search-form');
  const KINDS = { user: 'User', team: 'Team' };
  let profile = null;

  const columns = [
    { key: 'name', label: 'Name', cell: (person) => [el('span', { class: 'name' }, person.name),
      person.kind === 'team' ? el('ul', { class: 'members', 'aria-label': `Members of ${person.name}` },
        person.members.length ? person.members.map((member) => el('li', {}, member)) : el('li', {}, 'No members yet')) : null] },
    { key: 'kind', label: 'Kind', cell: (person) => el('span', { class: 'badge' }, KINDS[person.kind]) },
    { key: 'actions', label: 'Actions', cell: (person) => el('button', { type: 'button', class: 'quiet danger-text',
      'aria-label': `Remove ${person.name}`, onclick: () => remove(person) }, 'Remove') }
  ];

  function draw(people) {
    profile = people;
    document.getElementById('people-title').textContent = `People with offline access: ${people.name}`;
    document.getElementById('editor-link').href = `profile?id=${encodeURIComponent(people.id)}`;
    document.getElementById('people').replaceChildren(el('section', { class: 'card wide' },
      el('h2', {}, 'On this profile'),
      people.isDefault ? el('p', { class: 'note' }, 'This is the default profile: everyone on no profile and in no team with one follows it too.') : null,
      Console.table(`Users and teams on ${people.name}`, columns, people.people, null, null, 'Nobody is on this profile yet.')));
  }

  function candidate(found) {
    const here = found.profileId === profile.id;
    const where = found.profile ? `on “${found.profile}”` : 'on no profile';
    return el('li', {}, el('span', { class: 'name' }, found.name), el('span', { class: 'badge' }, KINDS[found.kind]),
      found.role ? el('span', { class: 'hint' }, found.role) : null, el('span', { class: 'hint' }, here ? 'already on this profile' : where),
      here ? null : el('span', { class: 'row-actions' }, el('button', { type: 'button', 'aria-label': `Add ${found.name}`,
        onclick: () => add(found) }, 'Add')));
  }

  async function search() {
    const text = form.search.value.trim();
    const list = document.getElementById('search-results');
    if (!text) {
      Console.showError(form, { message: 'Type part of a user or team name.', field: 'search' });
      return;
    }
    const found = await Console.call('GET', `${base}/search?q=${encodeURIComponent(text)}`);
    list.replaceChildren(...(found.length ? found.map(candidate) : [el('li', { class: 'hint' }, `No user or team named like “${text}”.`)]));
  }

  async function add(found, move) {
    try {
      draw(await Console.call('POST', `${base}/add`, { kind: found.kind, name: found.name, move: Boolean(move) }));
      await search();
      Console.banner(`${KINDS[found.kind]} ${found.name} now follows “${profile.name}”.`, 'success');
    } catch (error) {
      if (error.status !== 409 || !error.data.from) {
        Console.showError(form, error);
      } else if (await Console.confirm(`Move ${found.name} from “${error.data.from}”?`, error.data.message, `Move to “${profile.name}”`)) {
        await add(found, true);
      } else {
        Console.banner(`${found.name} stays on “${error.data.from}”.`, 'info');
      }
    }
  }

  async function remove(person) {
    const sure = await Console.confirm(`Remove ${person.name} from “${profile.name}”?`, person.kind === 'team'
      ? 'Its members then follow their own profile, another team\'s, or the default profile, from their next sync.'
      : 'They then follow their team\'s profile or the default profile, from their next sync.', 'Remove');
    if (!sure) return;
    try {
      draw(await Console.call('POST', `${base}/remove`, { kind: person.kind, name: person.name }));
      Console.banner(`Removed ${person.name} from “${profile.name}”.`, 'success');
    } catch (error) {
      Console.banner(error.message, 'error');
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    Console.clearErrors(form);
    try {
      await search();
    } catch (error) {
      Console.showError(form, error);
    }
  });
  Console.start(async () => draw(await Console.call('GET', base)));
})();
