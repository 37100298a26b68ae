// The card rules JSON Schema cannot express (counts and uniqueness across the component tree,
// container depth with column_set + column counted as one level, what a form must hold).
// Each rule is a plain function of the card that returns its violations; scripts/lib/ajv.js turns
// each into a named `code` keyword. The functions are serialized into the precompiled validators
// (Function.prototype.toString), so each one — and `walk`, which is inlined beside it — must be
// self-contained: no imports, no free variables, nothing Node-only.
// The walks are iterative (an explicit stack), so a hostile, deeply nested card cannot overflow it.

/**
 * Visits every component of a card, depth-first in document order, and calls `visit` with
 * (component, pointer, info). `pointer()` builds the component's JSON pointer on demand (building
 * every pointer up front costs quadratic time on deep input). info: `depth` = container levels at
 * and above the component (column_set + its column count as one), `form` = the enclosing form's
 * entry or null (`formPointer()` names it), `root` = the root element list it hangs from.
 * Component lists: v2 `body.elements`, v1 `elements` and each `i18n_elements` locale; inside
 * components `elements`, `columns`, v1 `actions` and v1 div `extra`.
 */
function walk(card, visit) {
  const CONTAINERS = { column_set: 1, form: 1, interactive_container: 1, collapsible_panel: 1, repeat: 1 };
  const esc = (k) => String(k).replace(/~/g, '~0').replace(/\//g, '~1');
  // Segments are escaped only when a pointer is built (rarely: for a violation).
  const pointerOf = (entry) => {
    const parts = [];
    for (let e = entry; e !== null; e = e.parent) parts.push(typeof e.seg === 'number' ? `/${e.seg}` : e.raw ? e.seg : `/${esc(e.seg)}`);
    return parts.reverse().join('');
  };
  const stack = [];
  const pushList = (list, parent, seg, depth, form, root) => {
    if (!Array.isArray(list)) return;
    const holder = { seg, raw: true, parent };
    for (let i = list.length - 1; i >= 0; i--) stack.push({ node: list[i], parent: holder, seg: i, depth, form, root });
  };
  if (card === null || typeof card !== 'object') return;
  if (card.body && typeof card.body === 'object') pushList(card.body.elements, null, '/body/elements', 0, null, '/body/elements');
  if (card.i18n_elements && typeof card.i18n_elements === 'object' && !Array.isArray(card.i18n_elements)) {
    const locales = Object.keys(card.i18n_elements);
    for (let i = locales.length - 1; i >= 0; i--) {
      const at = `/i18n_elements/${esc(locales[i])}`;
      pushList(card.i18n_elements[locales[i]], null, at, 0, null, at);
    }
  }
  pushList(card.elements, null, '/elements', 0, null, '/elements');
  while (stack.length) {
    const entry = stack.pop();
    const node = entry.node;
    if (node === null || typeof node !== 'object' || Array.isArray(node)) continue;
    const tag = node.tag;
    // A column belongs to its column_set's level.
    const depth = tag === 'column' ? entry.depth : entry.depth + (CONTAINERS[tag] === 1 ? 1 : 0);
    const form = tag === 'form' ? entry : entry.form;
    visit(node, () => pointerOf(entry), { depth, form, formPointer: () => pointerOf(form), root: entry.root, container: CONTAINERS[tag] === 1 });
    pushList(node.elements, entry, '/elements', depth, form, entry.root);
    pushList(node.columns, entry, '/columns', depth, form, entry.root);
    pushList(node.actions, entry, '/actions', depth, form, entry.root);
    if (node.extra && typeof node.extra === 'object') stack.push({ node: node.extra, parent: entry, seg: '/extra', raw: true, depth, form, root: entry.root });
  }
}

/**
 * Every object of the card (not only components), with its pointer on demand; skips the opaque
 * payloads (chart_spec, table rows, callback values, template variables) whose keys are data.
 */
function walkObjects(card, visit) {
  const OPAQUE = { chart_spec: 1, rows: 1, value: 1, template_variable: 1 };
  const esc = (k) => String(k).replace(/~/g, '~0').replace(/\//g, '~1');
  // Segments are escaped only when a pointer is built (rarely: for a violation).
  const pointerOf = (entry) => {
    const parts = [];
    for (let e = entry; e !== null; e = e.parent) parts.push(typeof e.seg === 'number' ? `/${e.seg}` : e.raw ? e.seg : `/${esc(e.seg)}`);
    return parts.reverse().join('');
  };
  const stack = [{ node: card, parent: null, seg: '', raw: true }];
  while (stack.length) {
    const entry = stack.pop();
    const node = entry.node;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], parent: entry, seg: i });
      continue;
    }
    visit(node, () => pointerOf(entry));
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const child = node[keys[i]];
      // Only objects and arrays can hold objects: scalars are not pushed at all.
      if (child !== null && typeof child === 'object' && OPAQUE[keys[i]] !== 1) stack.push({ node: child, parent: entry, seg: keys[i] });
    }
  }
}

/** 2.0: every object with a string `tag` counts toward the card's limit (plain_text included). */
function maxTaggedNodes(card, limit) {
  let count = 0;
  walkObjects(card, (node) => { if (typeof node.tag === 'string') count++; });
  return count > limit ? [{ path: '', params: { limit, count } }] : [];
}

/** At most `limit` table components per root element list (per locale in 1.0). */
function maxTables(card, limit) {
  const seen = {};
  const out = [];
  walk(card, (node, at, info) => {
    if (node.tag !== 'table') return;
    seen[info.root] = (seen[info.root] || 0) + 1;
    if (seen[info.root] === limit + 1) out.push({ path: at(), params: { limit, count: seen[info.root] } });
  });
  return out;
}

/** Containers nest at most `limit` levels; column_set and its column are one level. */
function maxContainerDepth(card, limit) {
  const out = [];
  // Report the first container past the limit on each branch, not every one below it.
  walk(card, (node, at, info) => {
    if (info.container && info.depth === limit + 1) out.push({ path: at(), params: { limit, depth: info.depth } });
  });
  return out;
}

/** 2.0: element_id values are unique within the card. */
function uniqueElementIds(card) {
  const first = {};
  const out = [];
  walkObjects(card, (node, at) => {
    const id = node.element_id;
    if (typeof id !== 'string') return;
    if (Object.prototype.hasOwnProperty.call(first, id)) out.push({ path: `${at()}/element_id`, params: { elementId: id, first: `${first[id]()}/element_id` } });
    else first[id] = at;
  });
  return out;
}

/** The interactive components a form submits: inside a form, each needs a `name`. */
function formFieldNames(card) {
  const FIELDS = { input: 1, button: 1, overflow: 1, select_static: 1, multi_select_static: 1, select_person: 1, multi_select_person: 1, date_picker: 1, picker_time: 1, picker_datetime: 1, select_img: 1, checker: 1 };
  const out = [];
  walk(card, (node, at, info) => {
    if (info.form === null || FIELDS[node.tag] !== 1) return;
    if (typeof node.name !== 'string' || node.name === '') out.push({ path: `${at()}/name`, params: { tag: node.tag, form: info.formPointer() } });
  });
  return out;
}

/** Field names are unique within their form. */
function uniqueFormFieldNames(card) {
  const FIELDS = { input: 1, button: 1, overflow: 1, select_static: 1, multi_select_static: 1, select_person: 1, multi_select_person: 1, date_picker: 1, picker_time: 1, picker_datetime: 1, select_img: 1, checker: 1 };
  const names = new Map();
  const out = [];
  walk(card, (node, at, info) => {
    if (info.form === null || FIELDS[node.tag] !== 1 || typeof node.name !== 'string' || node.name === '') return;
    const byForm = names.get(info.form) ?? names.set(info.form, {}).get(info.form);
    if (Object.prototype.hasOwnProperty.call(byForm, node.name)) out.push({ path: `${at()}/name`, params: { name: node.name, first: `${byForm[node.name]()}/name` } });
    else byForm[node.name] = at;
  });
  return out;
}

/** Every form holds a submit button (form_action_type "submit", or the historical action_type "form_submit"). */
function formSubmitButton(card) {
  const forms = [];
  const submits = new Set();
  walk(card, (node, at, info) => {
    if (node.tag === 'form') forms.push([info.form, at]);
    else if (info.form !== null && node.tag === 'button' && (node.form_action_type === 'submit' || node.action_type === 'form_submit')) submits.add(info.form);
  });
  return forms.filter(([form]) => !submits.has(form)).map(([, at]) => ({ path: at(), params: {} }));
}

/** multi_select_static, multi_select_person and a multi-select select_img only work inside a form. */
function formOnlyComponents(card) {
  const out = [];
  walk(card, (node, at, info) => {
    if (info.form !== null) return;
    if (node.tag === 'multi_select_static' || node.tag === 'multi_select_person' || (node.tag === 'select_img' && node.multi_select === true)) {
      out.push({ path: at(), params: { tag: node.tag } });
    }
  });
  return out;
}

/**
 * The rules by keyword: the function, what its schema value is, and which walker it needs.
 * `limit` rules take a number; the others take `true`.
 */
export const cardRules = {
  'x-maxTaggedNodes': { fn: maxTaggedNodes, helper: walkObjects, schemaType: 'number' },
  'x-maxTables': { fn: maxTables, helper: walk, schemaType: 'number' },
  'x-maxContainerDepth': { fn: maxContainerDepth, helper: walk, schemaType: 'number' },
  'x-uniqueElementIds': { fn: uniqueElementIds, helper: walkObjects, schemaType: 'boolean' },
  'x-formFieldNames': { fn: formFieldNames, helper: walk, schemaType: 'boolean' },
  'x-uniqueFormFieldNames': { fn: uniqueFormFieldNames, helper: walk, schemaType: 'boolean' },
  'x-formSubmitButton': { fn: formSubmitButton, helper: walk, schemaType: 'boolean' },
  'x-formOnlyComponents': { fn: formOnlyComponents, helper: walk, schemaType: 'boolean' },
};

/** Self-contained source of a rule: an IIFE holding its walker and returning the rule function. */
export function ruleSource(keyword) {
  const { fn, helper } = cardRules[keyword];
  return `(() => { ${helper.toString()}\nreturn ${fn.toString()}; })()`;
}
