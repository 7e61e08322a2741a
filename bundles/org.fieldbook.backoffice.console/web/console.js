'use strict';
/*
 * The console's shared script: calls to /admin/api/ with the session's CSRF token, the navigation, and
 * the few components every page uses (banner, messages beside fields, confirmation dialog, sortable and
 * paged tables). Values are only ever put into the page as text (textContent), never as HTML.
 */
const Console = (() => {
  let csrf = null;

  async function call(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (csrf && method !== 'GET') headers['X-CSRF-Token'] = csrf;
    const response = await fetch('/admin/api/' + path, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (response.status === 401 && path !== 'session') {
      location.assign('/admin/sign-in?expired');
      throw new Error('You are signed out.');
    }
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(data.message || 'The back office could not do that.');
      error.field = data.field;
      error.status = response.status;
      error.data = data;
      throw error;
    }
    return data;
  }

  /** An element with attributes and children; strings become text nodes. */
  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === false || value === null || value === undefined) continue;
      if (name.startsWith('on')) element.addEventListener(name.substring(2), value);
      else element.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined && child !== false) {
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    }
    return element;
  }

  function banner(message, kind) {
    const box = document.getElementById('banner');
    box.replaceChildren();
    if (message) box.append(el('p', { class: 'banner ' + (kind || 'info') }, message));
  }

  /** Shows an error beside the field it names, else in the banner. */
  function showError(form, error) {
    clearErrors(form);
    const field = error.field && form && form.elements.namedItem(error.field);
    if (field && field.id) {
      const message = el('p', { class: 'field-error', id: field.id + '-error' }, error.message);
      (field.closest('.field') || field.parentElement).append(message);
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', message.id);
      field.focus();
    } else {
      banner(error.message, 'error');
    }
  }

  function clearErrors(form) {
    banner('');
    if (!form) return;
    form.querySelectorAll('.field-error').forEach((message) => message.remove());
    form.querySelectorAll('[aria-invalid]').forEach((field) => {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('aria-describedby');
    });
  }

  /** Asks before something that cannot be undone. @return a promise of whether the user confirmed */
  function confirm(title, message, action) {
    const dialog = document.getElementById('confirm');
    dialog.querySelector('h2').textContent = title;
    dialog.querySelector('p').textContent = message;
    dialog.querySelector('[value=yes]').textContent = action;
    dialog.returnValue = '';
    dialog.showModal();
    dialog.querySelector('[value=no]').focus();
    return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true }));
  }

  /**
   * A table whose sortable columns sort when their header is pressed.
   * columns: [{ key, label, sortable, cell(row) }]; sort: { key, descending }; onSort(key) asks for another order.
   */
  function table(caption, columns, rows, sort, onSort, empty) {
    const head = el('tr', {}, columns.map((column) => {
      if (!column.sortable) return el('th', { scope: 'col' }, column.label);
      const active = sort && sort.key === column.key;
      return el('th', { scope: 'col', 'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : 'none' },
        el('button', { type: 'button', class: 'sort', onclick: () => onSort(column.key) }, column.label,
          el('span', { class: 'sort-mark', 'aria-hidden': 'true' }, active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕')));
    }));
    const body = rows.length === 0
      ? [el('tr', {}, el('td', { colspan: columns.length, class: 'empty' }, empty))]
      : rows.map((row) => el('tr', {}, columns.map((column) => el('td', { 'data-column': column.key }, column.cell(row)))));
    return el('table', { class: 'data' }, el('caption', { class: 'visually-hidden' }, caption), el('thead', {}, head), el('tbody', {}, body));
  }

  /** Page buttons under a table: previous, "page x of y", next. */
  function pager(page, total, pageSize, onPage) {
    const pages = Math.max(1, Math.ceil(total / pageSize));
    return el('nav', { class: 'pager', 'aria-label': 'Pages' },
      el('button', { type: 'button', disabled: page <= 1, onclick: () => onPage(page - 1) }, '← Previous'),
      el('span', { class: 'pager-status' }, `Page ${page} of ${pages} · ${total} in all`),
      el('button', { type: 'button', disabled: page >= pages, onclick: () => onPage(page + 1) }, 'Next →'));
  }

  /** Sorts rows in the page, for lists the back office sends whole. */
  function sortRows(rows, sort) {
    const sorted = [...rows].sort((a, b) => String(a[sort.key] ?? '').localeCompare(String(b[sort.key] ?? ''), undefined, { numeric: true }));
    return sort.descending ? sorted.reverse() : sorted;
  }

  function when(instant) {
    return instant ? new Date(instant).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—';
  }

  /** Loads who is signed in, builds the navigation, then lets the page draw itself. */
  async function start(render) {
    try {
      const me = await call('GET', 'me');
      csrf = me.csrf;
      const here = location.pathname;
      document.getElementById('nav').replaceChildren(el('ul', {}, me.pages.map((page) =>
        el('li', {}, el('a', { href: page.path, 'aria-current': page.path === here ? 'page' : false }, page.label)))));
      document.getElementById('who').textContent = `${me.userName} (${me.role})`;
      document.getElementById('sign-out').addEventListener('click', async () => {
        const answer = await call('DELETE', 'session');
        location.assign(answer.next);
      });
      await render(me);
    } catch (error) {
      banner(error.message, 'error');
    }
  }

  return { call, el, banner, showError, clearErrors, confirm, table, pager, sortRows, when, start };
})();
