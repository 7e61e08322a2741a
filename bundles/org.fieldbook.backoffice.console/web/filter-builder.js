'use strict';
/**
 * The custom data filter builder of the profile editor: condition rows (column, operator, value) in "all"
 * and "any" groups, one level of groups inside the top one. It edits the tree the back office reads from and
 * writes as the stored filter (FilterTreeJson); the operators each kind of column offers come from the
 * back office too, so no filter rule lives here.
 */
const FilterBuilder = (() => {
  const { el } = Console;

  function condition(columns) {
    return { column: columns[0].name, operator: '', values: [] };
  }

  /**
   * @param options.table the table's name; options.columns its columns ({name, kind, choices});
   *   options.operators the operators of each kind; options.tree the tree to edit (changed in place);
   *   options.save called with the tree when the admin saves
   * @return the builder's element
   */
  function builder(options) {
    const root = el('div', { class: 'filter-builder', id: `builder-${options.table}` });
    const redraw = () => root.replaceChildren(group(options, options.tree, 'top', 0, redraw),
      el('div', { class: 'actions' }, el('button', { type: 'button', class: 'primary', id: `save-filter-${options.table}`,
        onclick: () => options.save(options.tree) }, 'Save filter')));
    options.tree.members.forEach((member) => fill(options, member));
    redraw();
    return root;
  }

  /** Gives a condition without an operator its column's first one, so each row starts complete but for its value. */
  function fill(options, member) {
    if (member.members) {
      member.members.forEach((inner) => fill(options, inner));
      return;
    }
    const operators = operatorsOf(options, member.column);
    if (!operators.some((operator) => operator.id === member.operator)) {
      member.operator = operators.length ? operators[0].id : '';
      member.values = [];
    }
  }

  function columnOf(options, name) {
    return options.columns.find((column) => column.name === name);
  }

  function operatorsOf(options, name) {
    const column = columnOf(options, name);
    return column ? options.operators[column.kind] : [];
  }

  /** @param place the group's place: "top", or its index in the top group */
  function group(options, tree, place, depth, redraw) {
    const id = `${options.table}-${place}`;
    const match = el('select', { id: `match-${id}`, name: `match-${place}`,
      onchange: () => { tree.match = match.value; } },
    ['all', 'any'].map((value) => el('option', { value, selected: value === tree.match }, value)));
    const members = tree.members.map((member, index) => {
      const inner = place === 'top' ? String(index) : `${place}-${index}`;
      return member.members ? group(options, member, inner, depth + 1, redraw) : row(options, member, inner, redraw);
    });
    const remove = (parent) => () => { parent.members.splice(parent.members.indexOf(tree), 1); redraw(); };
    return el('fieldset', { class: `filter-group depth-${depth}`, id: `group-${id}` },
      el('legend', {}, el('label', { for: match.id }, place === 'top' ? 'Rows where' : `Group ${Number(place) + 1}: where`), ' ', match,
        ' of these conditions hold'),
      el('ol', { class: 'conditions' }, members.map((member) => el('li', {}, member))),
      el('div', { class: 'group-actions' },
        el('button', { type: 'button', class: 'quiet', id: `add-condition-${id}`, name: `group-${place}`,
          onclick: () => { const added = condition(options.columns); fill(options, added); tree.members.push(added); redraw(); } },
        'Add condition'),
        depth === 0 ? el('button', { type: 'button', class: 'quiet', id: `add-group-${id}`, onclick: () => {
          const added = { match: tree.match === 'all' ? 'any' : 'all', members: [condition(options.columns)] };
          fill(options, added);
          tree.members.push(added);
          redraw();
        } }, `Add a group (${tree.match === 'all' ? 'any' : 'all'} of)`) : null,
        place !== 'top' ? el('button', { type: 'button', class: 'quiet danger-text', 'aria-label': `Remove group ${Number(place) + 1}`,
          onclick: remove(options.parent(tree)) }, 'Remove group') : null));
  }

  /** One condition: column, operator and value, each a labelled field; problems appear beside the field they concern. */
  function row(options, member, place, redraw) {
    const id = `${options.table}-${place}`;
    const number = place.split('-').map((index) => Number(index) + 1).join('.');
    const column = el('select', { id: `cond-${id}-column`, name: `cond-${place}-column`, onchange: () => {
      member.column = column.value;
      fill(options, member);
      redraw();
      document.getElementById(`cond-${id}-column`).focus();
    } }, options.columns.map((choice) => el('option', { value: choice.name, selected: choice.name === member.column }, choice.name)));
    const operators = operatorsOf(options, member.column);
    const operator = el('select', { id: `cond-${id}-operator`, name: `cond-${place}-operator`, onchange: () => {
      member.operator = operator.value;
      member.values = [];
      redraw();
      document.getElementById(`cond-${id}-operator`).focus();
    } }, operators.map((choice) => el('option', { value: choice.id, selected: choice.id === member.operator }, choice.label)));
    const chosen = operators.find((choice) => choice.id === member.operator);
    return el('div', { class: 'condition', id: `condition-${id}` },
      field(`Condition ${number}: column`, column), field('Operator', operator),
      chosen && chosen.values !== 'none' ? field(chosen.values === 'many' ? 'Values' : 'Value',
        valueInput(columnOf(options, member.column), chosen, member, `cond-${id}-value`, `cond-${place}-value`)) : el('div', {}),
      el('button', { type: 'button', class: 'quiet danger-text', 'aria-label': `Remove condition ${number}`, onclick: () => {
        options.parent(member).members.splice(options.parent(member).members.indexOf(member), 1);
        redraw();
      } }, 'Remove'));
  }

  function field(label, control) {
    return el('div', { class: 'field' }, el('label', { for: control.id }, label), control);
  }

  /** The value's control by the column's kind: dates, days, choices, yes or no, else text (several separated by commas). */
  function valueInput(column, operator, member, id, name) {
    const set = (values) => { member.values = values; };
    const value = member.values.join(', ');
    if (column.kind === 'choice' || column.kind === 'yes-no') {
      const choices = column.kind === 'choice' ? column.choices.map((choice) => [String(choice.value), choice.label])
        : [['true', 'Yes'], ['false', 'No']];
      const select = el('select', { id, name, multiple: operator.values === 'many', onchange: () =>
        set([...select.selectedOptions].map((option) => option.value)) },
      choices.map(([code, label]) => el('option', { value: code, selected: member.values.includes(code) }, label)));
      if (operator.values !== 'many' && !member.values.length) set([select.value]);
      return select;
    }
    const days = operator.id === 'next-x-days' || operator.id === 'last-x-days';
    const type = days ? 'number' : column.kind === 'date' ? 'date' : 'text';
    const input = el('input', { id, name, type, value, min: days ? 0 : null, max: days ? 36500 : null,
      placeholder: operator.values === 'many' ? 'values separated by commas' : column.kind === 'lookup' ? 'a row id (GUID)' : null,
      oninput: () => set(operator.values === 'many' ? input.value.split(',').map((part) => part.trim()).filter(Boolean)
        : [input.value.trim()]) });
    return input;
  }

  /** @return a tree's parent finder: which group holds a member */
  function parents(tree) {
    return (member) => {
      const search = (group) => group.members.includes(member) ? group
        : group.members.filter((inner) => inner.members).map(search).find(Boolean);
      return search(tree);
    };
  }

  return {
    /** @return a builder of the tree, which it changes in place */
    create(table, columns, operators, tree, save) {
      return builder({ table, columns, operators, tree, save, parent: parents(tree) });
    },
    /** @return a new tree: all of one condition on the first column */
    start(columns) {
      return { match: 'all', members: [condition(columns)] };
    }
  };
})();
