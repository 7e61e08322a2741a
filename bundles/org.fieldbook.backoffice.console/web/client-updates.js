'use strict';
(() => {
  const { el } = Console;
  const form = document.getElementById('deadline-form');
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const columns = [
    { key: 'version', label: 'Version (at least)', cell: (deadline) => el('span', { class: 'name' }, deadline.version) },
    { key: 'mandatoryAfter', label: `Mandatory after (${zone})`, cell: (deadline) => Console.when(deadline.mandatoryAfter) },
    { key: 'passed', label: 'Now', cell: (deadline) => deadline.passed
      ? el('span', { class: 'badge stale' }, 'Mandatory: no postponing') : 'Technicians may postpone until then' },
    { key: 'setBy', label: 'Set by', cell: (deadline) => `${deadline.setBy}, ${Console.when(deadline.setOn)}` },
    { key: 'actions', label: 'Actions', cell: (deadline) => el('button', { type: 'button', class: 'quiet',
      'aria-label': `Remove the date of ${deadline.version}`, onclick: () => remove(deadline) }, 'Remove') }
  ];

  function draw(state) {
    document.getElementById('site').textContent = !state.served
      ? 'This back office serves no client updates (start it with --client-updates <folder>): devices learn these dates only from the update site.'
      : state.servedVersion ? `The update site serves Fieldbook ${state.servedVersion}.`
        : 'The update site holds no Fieldbook client repository that can be read.';
    const useServed = document.getElementById('use-served');
    useServed.hidden = !state.servedVersion;
    useServed.onclick = () => { form.version.value = state.servedVersion; };
    document.getElementById('deadlines').replaceChildren(Console.table('Mandatory dates', columns, state.deadlines, null, null,
      'No update is mandatory: technicians may always postpone.'));
  }

  /** The browser's local date and time as an instant with its offset, so the back office never guesses a zone. */
  function instant(local) {
    if (!local) return '';
    const date = new Date(local);
    return Number.isNaN(date.getTime()) ? local : date.toISOString();
  }

  async function remove(deadline) {
    if (!await Console.confirm('Remove this date?', `Updates to ${deadline.version} become optional again: technicians may postpone.`,
      'Remove')) return;
    await Console.call('DELETE', `client-updates/deadlines/${encodeURIComponent(deadline.version)}`).then((state) => {
      draw(state);
      Console.banner(`Removed the date of ${deadline.version}.`, 'success');
    }, (error) => Console.showError(null, error));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    Console.clearErrors(form);
    try {
      const state = await Console.call('POST', 'client-updates/deadlines',
        { version: form.version.value, mandatoryAfter: instant(form.mandatoryAfter.value) });
      draw(state);
      const saved = state.deadlines.find((deadline) => deadline.version === state.saved);
      Console.banner(saved && saved.passed
        ? `Saved: updates to ${saved.version} are mandatory now; devices restart into them at their next safe moment.`
        : `Saved: devices may postpone updates to ${state.saved} until ${Console.when(saved.mandatoryAfter)}.`,
      'success');
    } catch (error) {
      Console.showError(form, error);
    }
  });

  document.getElementById('zone-hint').textContent = `In your time zone (${zone}); each device shows it in its own.`;
  Console.start(async () => draw(await Console.call('GET', 'client-updates')));
})();
