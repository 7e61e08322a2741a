'use strict';
(() => {
  const form = document.getElementById('settings-form');

  async function load() {
    const settings = await Console.call('GET', 'settings');
    document.getElementById(settings.conflictDetection ? 'conflicts-yes' : 'conflicts-no').checked = true;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    Console.clearErrors(form);
    try {
      const saved = await Console.call('PUT', 'settings', { conflictDetection: form.conflictDetection.value === 'true' });
      Console.banner(saved.conflictDetection
        ? 'Saved: the office wins conflicts. Devices follow from their next sync.'
        : 'Saved: the device wins conflicts. Devices follow from their next sync.', 'success');
    } catch (error) {
      Console.showError(form, error);
    }
  });
  Console.start(load);
})();
