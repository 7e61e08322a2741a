'use strict';
(() => {
  const form = document.getElementById('sign-in-form');
  if (new URLSearchParams(location.search).has('expired')) {
    Console.banner('You were signed out after 30 minutes without activity. Sign in again.', 'info');
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    Console.clearErrors(form);
    try {
      const answer = await Console.call('POST', 'session', { userName: form.userName.value, password: form.password.value });
      location.assign(answer.next);
    } catch (error) {
      Console.showError(form, error);
    }
  });
  // Enabled only now: a form sent before this script runs would go to the server without it.
  form.querySelector('button.primary').disabled = false;
})();
