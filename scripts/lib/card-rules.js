// The card rules JSON Schema cannot express (counts and uniqueness across the component tree,
// container depth with column_set + column counted as one level, what a form must hold).
// One pass over the card (`summarize`) collects what every rule needs; each rule is then a small
// function of that summary, turned into a named `code` keyword by scripts/lib/ajv.js.
// These functions are serialized into the precompiled validators (Function.prototype.toString),
// so each must be self-contained: no imports, no free variables, nothing Node-only.
// The pass is iterative (an explicit stack), so a hostile, deeply nested card cannot overflow it,
// and pointers are built only for violations, each from its parent's (see `pointer`): building each from
// the root costs quadratic time on input broken at every level.

/**
 * Walks every object of a card once. Component lists — v2 `body.elements`, v1 `elements` and each
 * `i18n_elements` locale, and inside components `elements`, `columns`, v1 `actions` and v1 div
 * `extra` — make their members components, which carry `depth` (container levels at and above,
 * column_set + its column as one), the enclosing `form` entry and the `root` list they hang from.
 * Opaque payloads (chart_spec, table rows, callback values, template variables) are skipped.
 * Returns the facts the rules read; entries stand for nodes and `pointer(entry)` names one.
 */
function summarize(card) {
  const OPAQUE = { chart_spec: 1, rows: 1, value: 1, template_variable: 1 };
  const LISTS = { elements: 1, columns: 1, actions: 1 };
  const CONTAINERS = { column_set: 1, form: 1, interactive_container: 1, collapsible_panel: 1, repeat: 1 };
  const FIELDS = { input: 1, button: 1, overflow: 1, select_static: 1, multi_select_static: 1, select_person: 1, multi_select_person: 1, date_picker: 1, picker_time: 1, picker_datetime: 1, select_img: 1, checker: 1 };
  const out = { tagged: 0, ids: [], tables: [], containers: [], fields: [], forms: [], submits: new Set(), formOnly: [], audio: [], forwardOff: false };
  if (card === null || typeof card !== 'object') return out;
  out.forwardOff = card.config !== null && typeof card.config === 'object' && card.config.enable_forward === false;
  // entry: [node, parent entry, key or index, isComponent, depth, form entry, root, pointer once built]
  const stack = [[card, null, '', false, 0, null, null, undefined]];
  while (stack.length) {
    const entry = stack.pop();
    const node = entry[0];
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        const child = node[i];
        if (child !== null && typeof child === 'object') stack.push([child, entry, i, entry[3], entry[4], entry[5], entry[6], undefined]);
      }
      continue;
    }
    const tag = node.tag;
    if (typeof tag === 'string') out.tagged++;
    if (typeof node.element_id === 'string') out.ids.push(entry);
    let depth = entry[4];
    let form = entry[5];
    const component = entry[3];
    if (component) {
      if (CONTAINERS[tag] === 1) { depth++; out.containers.push([entry, depth]); }
      if (tag === 'table') out.tables.push(entry);
      if (tag === 'audio') out.audio.push(entry);
      if (tag === 'form') { form = entry; out.forms.push(entry); }
      else if (form !== null && FIELDS[tag] === 1) {
        out.fields.push([entry, form]);
        if (tag === 'button' && (node.form_action_type === 'submit' || node.action_type === 'form_submit')) out.submits.add(form);
      }
      if (form === null && (tag === 'multi_select_static' || tag === 'multi_select_person' || (tag === 'select_img' && node.multi_select === true))) out.formOnly.push(entry);
    }
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const child = node[key];
      if (child === null || typeof child !== 'object' || OPAQUE[key] === 1) continue;
      // Which children are components: the root lists, and the lists and extra of a component.
      const atRoot = entry[1] === null;
      let members = false;
      let root = entry[6];
      if (atRoot && key === 'elements') { members = true; root = '/elements'; }
      else if (atRoot && key === 'i18n_elements') { stack.push([child, entry, key, false, 0, null, 'i18n', undefined]); continue; }
      else if (entry[6] === 'i18n' && entry[1] !== null && entry[1][1] === null) { members = true; root = `/i18n_elements/${key}`; }
      else if (entry[1] !== null && entry[1][1] === null && entry[2] === 'body' && key === 'elements') { members = true; root = '/body/elements'; }
      else if (component && (LISTS[key] === 1 || key === 'extra')) members = true;
      // A column belongs to its column_set's level: the columns list does not add one.
      stack.push([child, entry, key, members, component ? depth : entry[4], component ? form : entry[5], root, undefined]);
    }
  }
  // A pointer is built from its parent's (kept in the entry), only for a violation that is reported:
  // rebuilding each from the root cost O(depth) per violation, O(depth²) on a card broken at every level.
  out.pointer = (entry) => {
    const chain = [];
    let e = entry;
    while (e[1] !== null && e[7] === undefined) { chain.push(e); e = e[1]; }
    let p = e[1] === null ? '' : e[7];
    for (let i = chain.length - 1; i >= 0; i--) {
      p += `/${String(chain[i][2]).replace(/~/g, '~0').replace(/\//g, '~1')}`;
      chain[i][7] = p;
    }
    return p;
  };
  return out;
}

// Each rule returns its violations as `list` (entries the summary already holds, nothing built per
// violation) with `path(v)` and `params(v)` describing one: the validator describes at most its first
// 100 errors (scripts/lib/bound-errors.js), so a card breaking a rule 100,000 times costs 100 pointers
// and a list, not 100,000 error objects for the collector.

/** 2.0: every object with a string `tag` counts toward the card's limit (plain_text included). */
function maxTaggedNodes(s, limit) {
  return { list: s.tagged > limit ? [s.tagged] : [], path: () => '', params: (count) => ({ limit, count }) };
}

/** At most `limit` table components per root element list (per locale in 1.0). */
function maxTables(s, limit) {
  const seen = {};
  const list = [];
  for (const entry of s.tables) {
    seen[entry[6]] = (seen[entry[6]] || 0) + 1;
    if (seen[entry[6]] === limit + 1) list.push(entry);
  }
  return { list, path: (entry) => s.pointer(entry), params: () => ({ limit, count: limit + 1 }) };
}

/** Containers nest at most `limit` levels; column_set and its column are one. Reports the first container past the limit on each branch. */
function maxContainerDepth(s, limit) {
  const list = s.containers.filter(([, depth]) => depth === limit + 1);
  return { list, path: ([entry]) => s.pointer(entry), params: ([, depth]) => ({ limit, depth }) };
}

/** 2.0: element_id values are unique within the card. */
function uniqueElementIds(s) {
  const first = new Map();
  const list = [];
  for (const entry of s.ids) {
    const id = entry[0].element_id;
    if (first.has(id)) list.push(entry);
    else first.set(id, entry);
  }
  return {
    list,
    path: (entry) => `${s.pointer(entry)}/element_id`,
    params: (entry) => ({ elementId: entry[0].element_id, first: `${s.pointer(first.get(entry[0].element_id))}/element_id` }),
  };
}

/** Inside a form, each interactive component needs a `name`. */
function formFieldNames(s) {
  const list = s.fields.filter(([entry]) => typeof entry[0].name !== 'string' || entry[0].name === '');
  return { list, path: ([entry]) => `${s.pointer(entry)}/name`, params: ([entry, form]) => ({ tag: entry[0].tag, form: s.pointer(form) }) };
}

/** Field names are unique within their form. */
function uniqueFormFieldNames(s) {
  const names = new Map();
  const list = [];
  for (const field of s.fields) {
    const [entry, form] = field;
    const name = entry[0].name;
    if (typeof name !== 'string' || name === '') continue;
    if (!names.has(form)) names.set(form, new Map());
    const byName = names.get(form);
    if (byName.has(name)) list.push(field);
    else byName.set(name, entry);
  }
  return {
    list,
    path: ([entry]) => `${s.pointer(entry)}/name`,
    params: ([entry, form]) => ({ name: entry[0].name, first: `${s.pointer(names.get(form).get(entry[0].name))}/name` }),
  };
}

/** Every form holds a submit button (form_action_type "submit", or the historical action_type "form_submit"). */
function formSubmitButton(s) {
  return { list: s.forms.filter((form) => !s.submits.has(form)), path: (form) => s.pointer(form), params: () => ({}) };
}

/** multi_select_static, multi_select_person and a multi-select select_img only work inside a form. */
function formOnlyComponents(s) {
  return { list: s.formOnly, path: (entry) => s.pointer(entry), params: (entry) => ({ tag: entry[0].tag }) };
}

/** 2.0: a card holding audio must not be forwardable (config.enable_forward false). */
function audioWithoutForward(s) {
  return { list: s.forwardOff ? [] : s.audio, path: (entry) => s.pointer(entry), params: () => ({}) };
}

/** The rules by keyword. `limit` rules take a number; the others take `true`. */
export const cardRules = {
  'x-maxTaggedNodes': { fn: maxTaggedNodes, schemaType: 'number' },
  'x-maxTables': { fn: maxTables, schemaType: 'number' },
  'x-maxContainerDepth': { fn: maxContainerDepth, schemaType: 'number' },
  'x-uniqueElementIds': { fn: uniqueElementIds, schemaType: 'boolean' },
  'x-formFieldNames': { fn: formFieldNames, schemaType: 'boolean' },
  'x-uniqueFormFieldNames': { fn: uniqueFormFieldNames, schemaType: 'boolean' },
  'x-formSubmitButton': { fn: formSubmitButton, schemaType: 'boolean' },
  'x-formOnlyComponents': { fn: formOnlyComponents, schemaType: 'boolean' },
  'x-audioWithoutForward': { fn: audioWithoutForward, schemaType: 'boolean' },
};

/**
 * The summary, once per validation: the card keywords sit side by side on the card root, so they
 * run one after the other on the same object within one synchronous validation. The last card
 * summarized is kept only until the next card root starts (`fresh`), so a card changed between two
 * validations is always summarized anew, and it is dropped when the validation ends: `afterCall` names
 * the list of hooks the generated exports run after every call (scripts/lib/input-guard.js), so no
 * card or summary outlives the call that read it.
 * @param {string} afterCall
 */
export function summarySource(afterCall) {
  return `(() => { ${summarize.toString()}
let lastCard, lastSummary;
${afterCall}.push(() => { lastCard = undefined; lastSummary = undefined; });
return (card, fresh) => { if (fresh || card !== lastCard) { lastCard = card; lastSummary = summarize(card); } return lastSummary; };
})()`;
}
export { summarize };
