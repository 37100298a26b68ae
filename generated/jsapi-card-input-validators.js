/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/jsapi/*.input.json (inputs that carry a card: schemas/card/)
 * Regenerate: npm run generate
 */
// @ts-nocheck
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// jsapi-card-input-validators.standalone.js
var __afterCall = [];
var __jsonShape = function jsonShape(root, depthLimit, valueLimit) {
  const pointer = (keys, n) => {
    let p = "";
    for (let i = 1; i < n; i++) p += `/${String(keys[i]).replace(/~/g, "~0").replace(/\//g, "~1")}`;
    return p;
  };
  const fail = (path, params, message) => ({ instancePath: path, schemaPath: "#", keyword: "json", params, message });
  const objects = [];
  const members = [];
  const next = [];
  const under = [];
  let count = 0;
  const cycle = () => {
    const seen = /* @__PURE__ */ new Map();
    for (let i = 0; i < objects.length; i++) {
      const first = seen.get(objects[i]);
      if (first !== void 0) return fail(pointer(under, i + 1), { reason: "cycle", ancestor: pointer(under, first + 1) }, "contains itself");
      seen.set(objects[i], i);
    }
    return null;
  };
  const enter = (value, key) => {
    const depth = objects.length;
    under.push(key);
    if (depth > depthLimit) {
      objects.push(value);
      return cycle() || fail(pointer(under, depth + 1), { reason: "depth", limit: depthLimit }, `is nested more than ${depthLimit} levels deep`);
    }
    let size;
    if (Array.isArray(value)) size = value.length;
    else {
      const proto = Object.getPrototypeOf(value);
      if (proto !== null && proto !== Object.prototype && Object.getPrototypeOf(proto) !== null) {
        const binary = typeof ArrayBuffer === "function" && (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) || typeof Blob === "function" && value instanceof Blob;
        if (binary) return void 0;
        const ctor = proto.constructor;
        const name = typeof ctor === "function" && ctor.name ? ctor.name : Object.prototype.toString.call(value).slice(8, -1);
        return fail(pointer(under, depth + 1), { reason: "type", type: name }, `is a ${name}, not a JSON value`);
      }
      size = Object.keys(value);
    }
    count += typeof size === "number" ? size : size.length;
    objects.push(value);
    if (!(count <= valueLimit)) return cycle() || fail("", { reason: "size", limit: valueLimit }, `holds more than ${valueLimit} values`);
    members.push(size);
    next.push(0);
    return null;
  };
  try {
    if (root === null || typeof root !== "object") return null;
    const first = enter(root, "");
    if (first) return first;
    under.length = objects.length;
    while (objects.length > 0) {
      const d = objects.length - 1;
      const list = members[d];
      const i = next[d];
      if (i === (typeof list === "number" ? list : list.length)) {
        objects.pop();
        members.pop();
        next.pop();
        under.pop();
        continue;
      }
      next[d] = i + 1;
      const key = typeof list === "number" ? i : list[i];
      const child = objects[d][key];
      if (child === null || typeof child !== "object") continue;
      const problem = enter(child, key);
      if (problem) return problem;
      if (problem === void 0) under.pop();
    }
    return null;
  } catch (error) {
    return fail(pointer(under, under.length), { reason: "unreadable", error: String(error && error.message) }, `cannot be read: ${error && error.message}`);
  }
};
function __guarded(validate) {
  const guarded = function(data) {
    const problem = __jsonShape(data, 256, 4194304);
    if (problem !== null) {
      guarded.errors = [problem];
      return false;
    }
    try {
      const ok = validate(data);
      guarded.errors = validate.errors;
      return ok;
    } finally {
      for (const drop of __afterCall) {
        drop();
      }
    }
  };
  guarded.errors = null;
  return guarded;
}
var __alive = 0;
var __overflow = new Proxy({ instancePath: "", schemaPath: "", keyword: "errorLimit", params: Object.freeze({ limit: 100 }), message: "not listed: more than 100 errors" }, { set() {
  return true;
}, defineProperty() {
  return true;
}, deleteProperty() {
  return true;
}, setPrototypeOf() {
  return true;
}, preventExtensions() {
  return false;
} });
function __append(into, from) {
  for (let i = 0; i < from.length; i++) {
    into.push(from[i]);
  }
  return into;
}
function __bounded(validate) {
  const bounded = function(data) {
    __alive = 0;
    try {
      return validate(data);
    } finally {
      bounded.errors = validate.errors;
    }
  };
  bounded.errors = null;
  return bounded;
}
var sendMessageCard_input = __guarded(__bounded(validate546));
var func2 = require_ucs2length().default;
var pattern4 = new RegExp("^oc_[^\\s]+$", "u");
var pattern33 = new RegExp("^ou_[^\\s]+$", "u");
var func36 = (() => {
  function summarize(card) {
    const OPAQUE = { chart_spec: 1, rows: 1, value: 1, template_variable: 1 };
    const LISTS = { elements: 1, columns: 1, actions: 1 };
    const CONTAINERS = { column_set: 1, form: 1, interactive_container: 1, collapsible_panel: 1, repeat: 1 };
    const FIELDS = { input: 1, button: 1, overflow: 1, select_static: 1, multi_select_static: 1, select_person: 1, multi_select_person: 1, date_picker: 1, picker_time: 1, picker_datetime: 1, select_img: 1, checker: 1 };
    const out = { tagged: 0, ids: [], tables: [], containers: [], fields: [], forms: [], submits: /* @__PURE__ */ new Set(), formOnly: [], audio: [], forwardOff: false };
    if (card === null || typeof card !== "object") return out;
    out.forwardOff = card.config !== null && typeof card.config === "object" && card.config.enable_forward === false;
    const stack = [[card, null, "", false, 0, null, null, void 0]];
    while (stack.length) {
      const entry = stack.pop();
      const node = entry[0];
      if (Array.isArray(node)) {
        for (let i = node.length - 1; i >= 0; i--) {
          const child = node[i];
          if (child !== null && typeof child === "object") stack.push([child, entry, i, entry[3], entry[4], entry[5], entry[6], void 0]);
        }
        continue;
      }
      const tag = node.tag;
      if (typeof tag === "string") out.tagged++;
      if (typeof node.element_id === "string") out.ids.push(entry);
      let depth = entry[4];
      let form = entry[5];
      const component = entry[3];
      if (component) {
        if (CONTAINERS[tag] === 1) {
          depth++;
          out.containers.push([entry, depth]);
        }
        if (tag === "table") out.tables.push(entry);
        if (tag === "audio") out.audio.push(entry);
        if (tag === "form") {
          form = entry;
          out.forms.push(entry);
        } else if (form !== null && FIELDS[tag] === 1) {
          out.fields.push([entry, form]);
          if (tag === "button" && (node.form_action_type === "submit" || node.action_type === "form_submit")) out.submits.add(form);
        }
        if (form === null && (tag === "multi_select_static" || tag === "multi_select_person" || tag === "select_img" && node.multi_select === true)) out.formOnly.push(entry);
      }
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i];
        const child = node[key];
        if (child === null || typeof child !== "object" || OPAQUE[key] === 1) continue;
        const atRoot = entry[1] === null;
        let members = false;
        let root = entry[6];
        if (atRoot && key === "elements") {
          members = true;
          root = "/elements";
        } else if (atRoot && key === "i18n_elements") {
          stack.push([child, entry, key, false, 0, null, "i18n", void 0]);
          continue;
        } else if (entry[6] === "i18n" && entry[1] !== null && entry[1][1] === null) {
          members = true;
          root = `/i18n_elements/${key}`;
        } else if (entry[1] !== null && entry[1][1] === null && entry[2] === "body" && key === "elements") {
          members = true;
          root = "/body/elements";
        } else if (component && (LISTS[key] === 1 || key === "extra")) members = true;
        stack.push([child, entry, key, members, component ? depth : entry[4], component ? form : entry[5], root, void 0]);
      }
    }
    out.pointer = (entry) => {
      const chain = [];
      let e = entry;
      while (e[1] !== null && e[7] === void 0) {
        chain.push(e);
        e = e[1];
      }
      let p = e[1] === null ? "" : e[7];
      for (let i = chain.length - 1; i >= 0; i--) {
        p += `/${String(chain[i][2]).replace(/~/g, "~0").replace(/\//g, "~1")}`;
        chain[i][7] = p;
      }
      return p;
    };
    return out;
  }
  let lastCard, lastSummary;
  __afterCall.push(() => {
    lastCard = void 0;
    lastSummary = void 0;
  });
  return (card, fresh) => {
    if (fresh || card !== lastCard) {
      lastCard = card;
      lastSummary = summarize(card);
    }
    return lastSummary;
  };
})();
var func37 = function maxTaggedNodes(s, limit) {
  return { list: s.tagged > limit ? [s.tagged] : [], path: () => "", params: (count) => ({ limit, count }) };
};
var func39 = function audioWithoutForward(s) {
  return { list: s.forwardOff ? [] : s.audio, path: (entry) => s.pointer(entry), params: () => ({}) };
};
var func41 = function uniqueElementIds(s) {
  const first = /* @__PURE__ */ new Map();
  const list = [];
  for (const entry of s.ids) {
    const id = entry[0].element_id;
    if (first.has(id)) list.push(entry);
    else first.set(id, entry);
  }
  return {
    list,
    path: (entry) => `${s.pointer(entry)}/element_id`,
    params: (entry) => ({ elementId: entry[0].element_id, first: `${s.pointer(first.get(entry[0].element_id))}/element_id` })
  };
};
var func43 = function maxTables(s, limit) {
  const seen = {};
  const list = [];
  for (const entry of s.tables) {
    seen[entry[6]] = (seen[entry[6]] || 0) + 1;
    if (seen[entry[6]] === limit + 1) list.push(entry);
  }
  return { list, path: (entry) => s.pointer(entry), params: () => ({ limit, count: limit + 1 }) };
};
var func45 = function maxContainerDepth(s, limit) {
  const list = s.containers.filter(([, depth]) => depth === limit + 1);
  return { list, path: ([entry]) => s.pointer(entry), params: ([, depth]) => ({ limit, depth }) };
};
var func47 = function formFieldNames(s) {
  const list = s.fields.filter(([entry]) => typeof entry[0].name !== "string" || entry[0].name === "");
  return { list, path: ([entry]) => `${s.pointer(entry)}/name`, params: ([entry, form]) => ({ tag: entry[0].tag, form: s.pointer(form) }) };
};
var func49 = function uniqueFormFieldNames(s) {
  const names = /* @__PURE__ */ new Map();
  const list = [];
  for (const field of s.fields) {
    const [entry, form] = field;
    const name = entry[0].name;
    if (typeof name !== "string" || name === "") continue;
    if (!names.has(form)) names.set(form, /* @__PURE__ */ new Map());
    const byName = names.get(form);
    if (byName.has(name)) list.push(field);
    else byName.set(name, entry);
  }
  return {
    list,
    path: ([entry]) => `${s.pointer(entry)}/name`,
    params: ([entry, form]) => ({ name: entry[0].name, first: `${s.pointer(names.get(form).get(entry[0].name))}/name` })
  };
};
var func51 = function formSubmitButton(s) {
  return { list: s.forms.filter((form) => !s.submits.has(form)), path: (form) => s.pointer(form), params: () => ({}) };
};
var func53 = function formOnlyComponents(s) {
  return { list: s.formOnly, path: (entry) => s.pointer(entry), params: (entry) => ({ tag: entry[0].tag }) };
};
function validate111(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate111.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.enable_forward !== void 0) {
      if (typeof data.enable_forward !== "boolean") {
        const err0 = __alive++ < 100 ? { instancePath: instancePath + "/enable_forward", schemaPath: "#/properties/enable_forward/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.update_multi !== void 0) {
      if (typeof data.update_multi !== "boolean") {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/update_multi", schemaPath: "#/properties/update_multi/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.width_mode !== void 0) {
      if (typeof data.width_mode !== "string") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/width_mode", schemaPath: "#/properties/width_mode/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.compact_width !== void 0) {
      if (typeof data.compact_width !== "boolean") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/compact_width", schemaPath: "#/properties/compact_width/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.wide_screen_mode !== void 0) {
      if (typeof data.wide_screen_mode !== "boolean") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/wide_screen_mode", schemaPath: "#/properties/wide_screen_mode/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.use_custom_translation !== void 0) {
      if (typeof data.use_custom_translation !== "boolean") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/use_custom_translation", schemaPath: "#/properties/use_custom_translation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.enable_forward_interaction !== void 0) {
      if (typeof data.enable_forward_interaction !== "boolean") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/enable_forward_interaction", schemaPath: "#/properties/enable_forward_interaction/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.style !== void 0) {
      let data7 = data.style;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.text_size !== void 0) {
          let data8 = data7.text_size;
          if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
            const err7 = __alive++ < 100 ? { instancePath: instancePath + "/style/text_size", schemaPath: "#/properties/style/properties/text_size/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data7.color !== void 0) {
          let data9 = data7.color;
          if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
            const err8 = __alive++ < 100 ? { instancePath: instancePath + "/style/color", schemaPath: "#/properties/style/properties/color/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/style", schemaPath: "#/properties/style/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.locales !== void 0) {
      let data10 = data.locales;
      if (Array.isArray(data10)) {
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data10[i0] !== "string") {
            const err10 = __alive++ < 100 ? { instancePath: instancePath + "/locales/" + i0, schemaPath: "#/properties/locales/items/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/locales", schemaPath: "#/properties/locales/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data12 = data.summary;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.content !== void 0) {
          if (typeof data12.content !== "string") {
            const err12 = __alive++ < 100 ? { instancePath: instancePath + "/summary/content", schemaPath: "#/properties/summary/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data12.i18n_content !== void 0) {
          let data14 = data12.i18n_content;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key0 in data14) {
              if (typeof data14[key0] !== "string") {
                const err13 = __alive++ < 100 ? { instancePath: instancePath + "/summary/i18n_content/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "../common/text.json#/$defs/I18nContent/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = __alive++ < 100 ? { instancePath: instancePath + "/summary/i18n_content", schemaPath: "../common/text.json#/$defs/I18nContent/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = __alive++ < 100 ? { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.streaming_mode !== void 0) {
      if (typeof data.streaming_mode !== "boolean") {
        const err16 = __alive++ < 100 ? { instancePath: instancePath + "/streaming_mode", schemaPath: "#/properties/streaming_mode/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.streaming_config !== void 0) {
      let data17 = data.streaming_config;
      if (!(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
        const err17 = __alive++ < 100 ? { instancePath: instancePath + "/streaming_config", schemaPath: "#/properties/streaming_config/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate111.errors = vErrors;
  return errors === 0;
}
validate111.evaluated = { "props": { "enable_forward": true, "update_multi": true, "width_mode": true, "compact_width": true, "wide_screen_mode": true, "use_custom_translation": true, "enable_forward_interaction": true, "style": true, "locales": true, "summary": true, "streaming_mode": true, "streaming_config": true }, "dynamicProps": false, "dynamicItems": false };
function validate110(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate110.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!validate111(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate111.errors : __append(vErrors, validate111.errors);
    errors = vErrors.length;
  }
  const _pe0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.update_multi !== void 0) {
      if (true !== data.update_multi) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/update_multi", schemaPath: "#/allOf/1/x-platformError/schema/properties/update_multi/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/1/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  for (let i0 = _pe0; i0 < errors; i0++) {
    const err3 = vErrors[i0];
    if (err3 && err3.keyword !== "errorLimit") {
      if (!err3.platformError) {
        err3.platformError = { ...{ "rule": "v2-update-multi", "code": 300302, "message": "update_multi must be true in a 2.0 card (only shared cards are supported)" }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  validate110.errors = vErrors;
  return errors === 0;
}
validate110.evaluated = { "props": { "update_multi": true, "enable_forward": true, "width_mode": true, "compact_width": true, "wide_screen_mode": true, "use_custom_translation": true, "enable_forward_interaction": true, "style": true, "locales": true, "summary": true, "streaming_mode": true, "streaming_config": true }, "dynamicProps": false, "dynamicItems": false };
var schema147 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://feishu-chat-contract.dev/schemas/card/common/header.json", "type": "object", "properties": { "title": { "$ref": "../common/text.json#/$defs/Text" }, "subtitle": { "$ref": "../common/text.json#/$defs/Text" }, "template": { "type": "string", "enum": ["blue", "wathet", "turquoise", "green", "yellow", "orange", "red", "carmine", "violet", "purple", "indigo", "grey", "default"] }, "text_tag_list": { "type": "array", "items": { "$ref": "#/$defs/TextTag" } }, "i18n_text_tag_list": { "type": "object", "additionalProperties": { "type": "array", "items": { "$ref": "#/$defs/TextTag" } } }, "icon": { "$ref": "../common/icon.json" }, "ud_icon": { "$ref": "../common/icon.json" }, "padding": { "$ref": "../common/style.json#/$defs/Size" } }, "$defs": { "TextTag": { "type": "object", "required": ["tag"], "properties": { "tag": { "const": "text_tag" }, "text": { "$ref": "text.json#/$defs/PlainText" }, "color": { "$ref": "../common/style.json#/$defs/Color" }, "element_id": { "$ref": "style.json#/$defs/ElementId" } } } } };
function validate117(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate117.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("plain_text" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "plain_text" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.content !== void 0) {
      if (typeof data.content !== "string") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.i18n_content !== void 0) {
      let data2 = data.i18n_content;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          if (typeof data2[key0] !== "string") {
            const err3 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_content/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "../common/text.json#/$defs/I18nContent/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_content", schemaPath: "../common/text.json#/$defs/I18nContent/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.lines !== void 0) {
      let data4 = data.lines;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/lines", schemaPath: "#/properties/lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.text_size !== void 0) {
      if (typeof data.text_size !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/text_size", schemaPath: "#/$defs/TextSize/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.text_color !== void 0) {
      if (typeof data.text_color !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/text_color", schemaPath: "../common/style.json#/$defs/Color/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.text_align !== void 0) {
      if (typeof data.text_align !== "string") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/text_align", schemaPath: "#/properties/text_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate117.errors = vErrors;
  return errors === 0;
}
validate117.evaluated = { "props": { "tag": true, "content": true, "i18n_content": true, "lines": true, "text_size": true, "text_color": true, "text_align": true, "element_id": true }, "dynamicProps": false, "dynamicItems": false };
function validate120(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate120.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("lark_md" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "lark_md" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.content !== void 0) {
      if (typeof data.content !== "string") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.i18n_content !== void 0) {
      let data2 = data.i18n_content;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          if (typeof data2[key0] !== "string") {
            const err3 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_content/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "../common/text.json#/$defs/I18nContent/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_content", schemaPath: "../common/text.json#/$defs/I18nContent/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.lines !== void 0) {
      let data4 = data.lines;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/lines", schemaPath: "#/properties/lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.text_size !== void 0) {
      if (typeof data.text_size !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/text_size", schemaPath: "#/$defs/TextSize/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.text_color !== void 0) {
      if (typeof data.text_color !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/text_color", schemaPath: "../common/style.json#/$defs/Color/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.text_align !== void 0) {
      if (typeof data.text_align !== "string") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/text_align", schemaPath: "#/properties/text_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.href !== void 0) {
      let data8 = data.href;
      if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/href", schemaPath: "#/properties/href/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate120.errors = vErrors;
  return errors === 0;
}
validate120.evaluated = { "props": { "tag": true, "content": true, "i18n_content": true, "lines": true, "text_size": true, "text_color": true, "text_align": true, "href": true, "element_id": true }, "dynamicProps": false, "dynamicItems": false };
function validate116(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate116.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : __append(vErrors, validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.tag = true;
    props0.content = true;
    props0.i18n_content = true;
    props0.lines = true;
    props0.text_size = true;
    props0.text_color = true;
    props0.text_align = true;
    props0.element_id = true;
  }
  const _errs2 = errors;
  if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate120.errors : __append(vErrors, validate120.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.tag = true;
        props0.content = true;
        props0.i18n_content = true;
        props0.lines = true;
        props0.text_size = true;
        props0.text_color = true;
        props0.text_align = true;
        props0.href = true;
        props0.element_id = true;
      }
    }
  }
  if (!valid0) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs0;
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate116.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate116.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate125(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate125.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("plain_text" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "plain_text" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.content !== void 0) {
      if (typeof data.content !== "string") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.i18n_content !== void 0) {
      let data2 = data.i18n_content;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          if (typeof data2[key0] !== "string") {
            const err3 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_content/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "../common/text.json#/$defs/I18nContent/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_content", schemaPath: "../common/text.json#/$defs/I18nContent/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.lines !== void 0) {
      let data4 = data.lines;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/lines", schemaPath: "#/properties/lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.text_size !== void 0) {
      if (typeof data.text_size !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/text_size", schemaPath: "#/$defs/TextSize/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.text_color !== void 0) {
      if (typeof data.text_color !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/text_color", schemaPath: "../common/style.json#/$defs/Color/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.text_align !== void 0) {
      if (typeof data.text_align !== "string") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/text_align", schemaPath: "#/properties/text_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate125.errors = vErrors;
  return errors === 0;
}
validate125.evaluated = { "props": { "tag": true, "content": true, "i18n_content": true, "lines": true, "text_size": true, "text_color": true, "text_align": true, "element_id": true }, "dynamicProps": false, "dynamicItems": false };
function validate124(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate124.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("text_tag" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "text_tag" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.text !== void 0) {
      if (!validate125(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate125.errors : __append(vErrors, validate125.errors);
        errors = vErrors.length;
      }
    }
    if (data.color !== void 0) {
      if (typeof data.color !== "string") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/color", schemaPath: "../common/style.json#/$defs/Color/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate124.errors = vErrors;
  return errors === 0;
}
validate124.evaluated = { "props": { "tag": true, "text": true, "color": true, "element_id": true }, "dynamicProps": false, "dynamicItems": false };
var schema168 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://feishu-chat-contract.dev/schemas/card/common/icon.json", "type": "object", "properties": { "tag": { "type": "string", "enum": ["standard_icon", "custom_icon"] }, "token": { "type": "string" }, "img_key": { "type": "string" }, "color": { "$ref": "../common/style.json#/$defs/Color" }, "size": { "type": "string" }, "style": { "type": "object", "properties": { "color": { "$ref": "../common/style.json#/$defs/Color" } } } } };
function validate129(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate129.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag !== void 0) {
      let data0 = data.tag;
      if (typeof data0 !== "string") {
        const err0 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (!(data0 === "standard_icon" || data0 === "custom_icon")) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/enum", keyword: "enum", params: { allowedValues: schema168.properties.tag.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.token !== void 0) {
      if (typeof data.token !== "string") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/token", schemaPath: "#/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.img_key !== void 0) {
      if (typeof data.img_key !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/img_key", schemaPath: "#/properties/img_key/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.color !== void 0) {
      if (typeof data.color !== "string") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/color", schemaPath: "../common/style.json#/$defs/Color/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.size !== void 0) {
      if (typeof data.size !== "string") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.style !== void 0) {
      let data5 = data.style;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.color !== void 0) {
          if (typeof data5.color !== "string") {
            const err6 = __alive++ < 100 ? { instancePath: instancePath + "/style/color", schemaPath: "../common/style.json#/$defs/Color/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/style", schemaPath: "#/properties/style/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate129.errors = vErrors;
  return errors === 0;
}
validate129.evaluated = { "props": { "tag": true, "token": true, "img_key": true, "color": true, "size": true, "style": true }, "dynamicProps": false, "dynamicItems": false };
function validate115(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate115.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title !== void 0) {
      if (!validate116(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate116.errors : __append(vErrors, validate116.errors);
        errors = vErrors.length;
      }
    }
    if (data.subtitle !== void 0) {
      if (!validate116(data.subtitle, { instancePath: instancePath + "/subtitle", parentData: data, parentDataProperty: "subtitle", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate116.errors : __append(vErrors, validate116.errors);
        errors = vErrors.length;
      }
    }
    if (data.template !== void 0) {
      let data2 = data.template;
      if (typeof data2 !== "string") {
        const err0 = __alive++ < 100 ? { instancePath: instancePath + "/template", schemaPath: "#/properties/template/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (!(data2 === "blue" || data2 === "wathet" || data2 === "turquoise" || data2 === "green" || data2 === "yellow" || data2 === "orange" || data2 === "red" || data2 === "carmine" || data2 === "violet" || data2 === "purple" || data2 === "indigo" || data2 === "grey" || data2 === "default")) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/template", schemaPath: "#/properties/template/enum", keyword: "enum", params: { allowedValues: schema147.properties.template.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.text_tag_list !== void 0) {
      let data3 = data.text_tag_list;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate124(data3[i0], { instancePath: instancePath + "/text_tag_list/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate124.errors : __append(vErrors, validate124.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/text_tag_list", schemaPath: "#/properties/text_tag_list/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.i18n_text_tag_list !== void 0) {
      let data5 = data.i18n_text_tag_list;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key0 in data5) {
          let data6 = data5[key0];
          if (Array.isArray(data6)) {
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (!validate124(data6[i1], { instancePath: instancePath + "/i18n_text_tag_list/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, parentData: data6, parentDataProperty: i1, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate124.errors : __append(vErrors, validate124.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err3 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_text_tag_list/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/i18n_text_tag_list/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_text_tag_list", schemaPath: "#/properties/i18n_text_tag_list/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.icon !== void 0) {
      if (!validate129(data.icon, { instancePath: instancePath + "/icon", parentData: data, parentDataProperty: "icon", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate129.errors : __append(vErrors, validate129.errors);
        errors = vErrors.length;
      }
    }
    if (data.ud_icon !== void 0) {
      if (!validate129(data.ud_icon, { instancePath: instancePath + "/ud_icon", parentData: data, parentDataProperty: "ud_icon", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate129.errors : __append(vErrors, validate129.errors);
        errors = vErrors.length;
      }
    }
    if (data.padding !== void 0) {
      if (typeof data.padding !== "string") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/padding", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate115.errors = vErrors;
  return errors === 0;
}
validate115.evaluated = { "props": { "title": true, "subtitle": true, "template": true, "text_tag_list": true, "i18n_text_tag_list": true, "icon": true, "ud_icon": true, "padding": true }, "dynamicProps": false, "dynamicItems": false };
var schema176 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://feishu-chat-contract.dev/schemas/card/components/column_set.json", "type": "object", "required": ["tag", "columns"], "properties": { "tag": { "const": "column_set" }, "flex_mode": { "type": "string", "enum": ["none", "stretch", "flow", "bisect", "trisect"] }, "horizontal_spacing": { "$ref": "../common/style.json#/$defs/Size" }, "horizontal_align": { "type": "string" }, "background_style": { "$ref": "../common/style.json#/$defs/Color" }, "action": { "type": "object", "properties": { "multi_url": { "$ref": "../common/interaction.json#/$defs/MultiUrl" } } }, "element_id": { "$ref": "../common/style.json#/$defs/ElementId" }, "margin": { "$ref": "../common/style.json#/$defs/Size" } } };
function validate137(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate137.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.columns === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "columns" }, message: "must have required property 'columns'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("column_set" !== data.tag) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "column_set" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.flex_mode !== void 0) {
      let data1 = data.flex_mode;
      if (typeof data1 !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/flex_mode", schemaPath: "#/properties/flex_mode/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === "none" || data1 === "stretch" || data1 === "flow" || data1 === "bisect" || data1 === "trisect")) {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/flex_mode", schemaPath: "#/properties/flex_mode/enum", keyword: "enum", params: { allowedValues: schema176.properties.flex_mode.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.horizontal_spacing !== void 0) {
      if (typeof data.horizontal_spacing !== "string") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/horizontal_spacing", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.horizontal_align !== void 0) {
      if (typeof data.horizontal_align !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/horizontal_align", schemaPath: "#/properties/horizontal_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.background_style !== void 0) {
      if (typeof data.background_style !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/background_style", schemaPath: "../common/style.json#/$defs/Color/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.action !== void 0) {
      let data5 = data.action;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.multi_url !== void 0) {
          let data6 = data5.multi_url;
          const _pe0 = errors;
          if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
            const err8 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          const _errs20 = errors;
          let valid7 = false;
          const _errs21 = errors;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.url === void 0) {
              const err9 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data6.url !== void 0) {
              let data7 = data6.url;
              if (typeof data7 === "string") {
                if (func2(data7) < 1) {
                  const err10 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          }
          var _valid0 = _errs21 === errors;
          valid7 = valid7 || _valid0;
          if (_valid0) {
            var props0 = {};
            props0.url = true;
          }
          const _errs24 = errors;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.pc_url === void 0) {
              const err12 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "pc_url" }, message: "must have required property 'pc_url'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data6.ios_url === void 0) {
              const err13 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "ios_url" }, message: "must have required property 'ios_url'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data6.android_url === void 0) {
              const err14 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "android_url" }, message: "must have required property 'android_url'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data6.pc_url !== void 0) {
              let data8 = data6.pc_url;
              if (typeof data8 === "string") {
                if (func2(data8) < 1) {
                  const err15 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/pc_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data6.ios_url !== void 0) {
              let data9 = data6.ios_url;
              if (typeof data9 === "string") {
                if (func2(data9) < 1) {
                  const err17 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/ios_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data6.android_url !== void 0) {
              let data10 = data6.android_url;
              if (typeof data10 === "string") {
                if (func2(data10) < 1) {
                  const err19 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/android_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          }
          var _valid0 = _errs24 === errors;
          valid7 = valid7 || _valid0;
          if (_valid0) {
            if (props0 !== true) {
              props0 = props0 || {};
              props0.pc_url = true;
              props0.ios_url = true;
              props0.android_url = true;
            }
          }
          const _errs31 = errors;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.url !== void 0) {
              let data11 = data6.url;
              if (typeof data11 === "string") {
                if (func2(data11) > 0) {
                  const err21 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data6.pc_url !== void 0) {
              let data12 = data6.pc_url;
              if (typeof data12 === "string") {
                if (func2(data12) > 0) {
                  const err23 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/pc_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data6.ios_url !== void 0) {
              let data13 = data6.ios_url;
              if (typeof data13 === "string") {
                if (func2(data13) > 0) {
                  const err25 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/ios_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data6.android_url !== void 0) {
              let data14 = data6.android_url;
              if (typeof data14 === "string") {
                if (func2(data14) > 0) {
                  const err27 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/android_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          }
          var _valid0 = _errs31 === errors;
          valid7 = valid7 || _valid0;
          if (_valid0) {
            if (props0 !== true) {
              props0 = props0 || {};
              props0.url = true;
              props0.pc_url = true;
              props0.ios_url = true;
              props0.android_url = true;
            }
          }
          if (!valid7) {
            const err29 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" } : __overflow;
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          } else {
            errors = _errs20;
            if (vErrors !== null) {
              __alive -= vErrors.length - _errs20;
              if (_errs20) {
                vErrors.length = _errs20;
              } else {
                vErrors = null;
              }
            }
          }
          for (let i0 = _pe0; i0 < errors; i0++) {
            const err30 = vErrors[i0];
            if (err30 && err30.keyword !== "errorLimit") {
              if (!err30.platformError) {
                err30.platformError = { ...{ "rule": "multi-url-complete", "code": 200621, "message": "multi_url needs url, or all three of pc_url, ios_url and android_url (an all-empty object is no link)", "inferred": true }, value: typeof data6 === "object" ? void 0 : data6 };
              }
            }
          }
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (props0 !== true) {
              props0 = props0 || {};
              props0.url = true;
              props0.pc_url = true;
              props0.ios_url = true;
              props0.android_url = true;
            }
            if (data6.url !== void 0) {
              if (typeof data6.url !== "string") {
                const err31 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data6.pc_url !== void 0) {
              if (typeof data6.pc_url !== "string") {
                const err32 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data6.ios_url !== void 0) {
              if (typeof data6.ios_url !== "string") {
                const err33 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data6.android_url !== void 0) {
              if (typeof data6.android_url !== "string") {
                const err34 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = __alive++ < 100 ? { instancePath: instancePath + "/action", schemaPath: "#/properties/action/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err37 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err38 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
  } else {
    const err39 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err39];
    } else {
      vErrors.push(err39);
    }
    errors++;
  }
  validate137.errors = vErrors;
  return errors === 0;
}
validate137.evaluated = { "props": { "tag": true, "flex_mode": true, "horizontal_spacing": true, "horizontal_align": true, "background_style": true, "action": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
var wrapper0 = { validate: validate135 };
function validate136(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate136.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate137(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate137.errors : __append(vErrors, validate137.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("column_set" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "column_set" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.columns !== void 0) {
      let data1 = data.columns;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (!wrapper0.validate(data2, { instancePath: instancePath + "/columns/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? wrapper0.validate.errors : __append(vErrors, wrapper0.validate.errors);
            errors = vErrors.length;
          } else {
            var props0 = wrapper0.validate.evaluated.props;
          }
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (props0 !== true) {
              props0 = props0 || {};
              props0.tag = true;
            }
            if (data2.tag !== void 0) {
              let data3 = data2.tag;
              const _pe0 = errors;
              if ("column" !== data3) {
                const err2 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0 + "/tag", schemaPath: "#/properties/columns/items/properties/tag/x-platformError/schema/const", keyword: "const", params: { allowedValue: "column" }, message: "must be equal to constant" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
              for (let i1 = _pe0; i1 < errors; i1++) {
                const err3 = vErrors[i1];
                if (err3 && err3.keyword !== "errorLimit") {
                  if (!err3.platformError) {
                    err3.platformError = { ...{ "rule": "column-set-columns", "code": 200621, "message": "column_set.columns holds only column components, not {value}", "inferred": true }, value: typeof data3 === "object" ? void 0 : data3 };
                  }
                }
              }
            }
          } else {
            const err4 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate136.errors = vErrors;
  return errors === 0;
}
validate136.evaluated = { "props": { "tag": true, "columns": true, "flex_mode": true, "horizontal_spacing": true, "horizontal_align": true, "background_style": true, "action": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate143(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate143.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("plain_text" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "plain_text" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.content !== void 0) {
      if (typeof data.content !== "string") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.i18n_content !== void 0) {
      let data2 = data.i18n_content;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          if (typeof data2[key0] !== "string") {
            const err3 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_content/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "../common/text.json#/$defs/I18nContent/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_content", schemaPath: "../common/text.json#/$defs/I18nContent/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.lines !== void 0) {
      let data4 = data.lines;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/lines", schemaPath: "#/properties/lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.text_size !== void 0) {
      if (typeof data.text_size !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/text_size", schemaPath: "#/$defs/TextSize/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.text_color !== void 0) {
      if (typeof data.text_color !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/text_color", schemaPath: "../common/style.json#/$defs/Color/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.text_align !== void 0) {
      if (typeof data.text_align !== "string") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/text_align", schemaPath: "#/properties/text_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate143.errors = vErrors;
  return errors === 0;
}
validate143.evaluated = { "props": { "tag": true, "content": true, "i18n_content": true, "lines": true, "text_size": true, "text_color": true, "text_align": true, "element_id": true }, "dynamicProps": false, "dynamicItems": false };
function validate142(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate142.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.text === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title !== void 0) {
      if (!validate143(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== void 0) {
      if (!validate143(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate142.errors = vErrors;
  return errors === 0;
}
validate142.evaluated = { "props": { "title": true, "text": true }, "dynamicProps": false, "dynamicItems": false };
function validate141(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate141.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.elements === void 0) {
      const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "elements" }, message: "must have required property 'elements'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("form" !== data.tag) {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "form" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.confirm !== void 0) {
      if (!validate142(data.confirm, { instancePath: instancePath + "/confirm", parentData: data, parentDataProperty: "confirm", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate142.errors : __append(vErrors, validate142.errors);
        errors = vErrors.length;
      }
    }
    if (data.fallback !== void 0) {
      let data3 = data.fallback;
      if (!(data3 && typeof data3 == "object" && !Array.isArray(data3))) {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/fallback", schemaPath: "#/properties/fallback/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      if (typeof data.direction !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.horizontal_spacing !== void 0) {
      if (typeof data.horizontal_spacing !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/horizontal_spacing", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.vertical_spacing !== void 0) {
      if (typeof data.vertical_spacing !== "string") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/vertical_spacing", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.horizontal_align !== void 0) {
      if (typeof data.horizontal_align !== "string") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/horizontal_align", schemaPath: "#/properties/horizontal_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.vertical_align !== void 0) {
      if (typeof data.vertical_align !== "string") {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/vertical_align", schemaPath: "#/properties/vertical_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.padding !== void 0) {
      if (typeof data.padding !== "string") {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/padding", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err13 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate141.errors = vErrors;
  return errors === 0;
}
validate141.evaluated = { "props": { "tag": true, "name": true, "confirm": true, "fallback": true, "direction": true, "horizontal_spacing": true, "vertical_spacing": true, "horizontal_align": true, "vertical_align": true, "padding": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate148(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate148.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!wrapper0.validate(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? wrapper0.validate.errors : __append(vErrors, wrapper0.validate.errors);
    errors = vErrors.length;
  } else {
    var props0 = wrapper0.validate.evaluated.props;
    var items0 = wrapper0.validate.evaluated.items;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.tag = true;
    }
    if (data.tag !== void 0) {
      let data0 = data.tag;
      const _pe0 = errors;
      const _errs5 = errors;
      const _errs6 = errors;
      if ("column" !== data0) {
        const err0 = __alive++ < 100 ? {} : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var valid4 = _errs6 === errors;
      if (valid4) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/allOf/0/x-platformError/schema/not", keyword: "not", params: {}, message: "must NOT be valid" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          __alive -= vErrors.length - _errs5;
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
      for (let i0 = _pe0; i0 < errors; i0++) {
        const err2 = vErrors[i0];
        if (err2 && err2.keyword !== "errorLimit") {
          if (!err2.platformError) {
            err2.platformError = { ...{ "rule": "column-placement", "code": 200621, "message": "a column may only sit in column_set.columns, not in an element list", "inferred": true }, value: typeof data0 === "object" ? void 0 : data0 };
          }
        }
      }
      const _pe1 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (!(data0 === "form" || data0 === "table")) {
        const err3 = __alive++ < 100 ? {} : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid6 = _errs10 === errors;
      if (valid6) {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/allOf/1/x-platformError/schema/not", keyword: "not", params: {}, message: "must NOT be valid" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          __alive -= vErrors.length - _errs9;
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
      for (let i1 = _pe1; i1 < errors; i1++) {
        const err5 = vErrors[i1];
        if (err5 && err5.keyword !== "errorLimit") {
          if (!err5.platformError) {
            err5.platformError = { ...{ "rule": "root-only-components", "code": 200621, "message": "{value} may only sit directly in the root element list, not inside a container", "inferred": true }, value: typeof data0 === "object" ? void 0 : data0 };
          }
        }
      }
    }
  } else {
    const err6 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate148.errors = vErrors;
  evaluated0.props = props0;
  evaluated0.items = items0;
  return errors === 0;
}
validate148.evaluated = { "dynamicProps": true, "dynamicItems": true };
function validate140(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate140.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate141(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate141.errors : __append(vErrors, validate141.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("form" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "form" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.elements !== void 0) {
      let data1 = data.elements;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate148(data1[i0], { instancePath: instancePath + "/elements/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate148.errors : __append(vErrors, validate148.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate140.errors = vErrors;
  return errors === 0;
}
validate140.evaluated = { "props": { "tag": true, "elements": true, "name": true, "confirm": true, "fallback": true, "direction": true, "horizontal_spacing": true, "vertical_spacing": true, "horizontal_align": true, "vertical_align": true, "padding": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
var schema200 = { "type": "object", "required": ["type"], "properties": { "type": { "type": "string", "enum": ["open_url", "callback"] }, "default_url": { "type": "string" }, "android_url": { "type": "string" }, "ios_url": { "type": "string" }, "pc_url": { "type": "string" }, "value": { "$ref": "#/$defs/Value" } }, "if": { "properties": { "type": { "const": "open_url" } }, "required": ["type"] }, "then": { "required": ["default_url"] } };
function validate153(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate153.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === void 0 && (missing0 = "type")) {
      const err0 = __alive++ < 100 ? {} : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("open_url" !== data.type) {
          const err1 = __alive++ < 100 ? {} : __overflow;
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    __alive -= vErrors.length - _errs1;
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.default_url === void 0) {
        const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "default_url" }, message: "must have required property 'default_url'" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' } : __overflow;
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err4 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data1 === "open_url" || data1 === "callback")) {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema200.properties.type.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.default_url !== void 0) {
      if (typeof data.default_url !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/default_url", schemaPath: "#/properties/default_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.android_url !== void 0) {
      if (typeof data.android_url !== "string") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/android_url", schemaPath: "#/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.ios_url !== void 0) {
      if (typeof data.ios_url !== "string") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/ios_url", schemaPath: "#/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.pc_url !== void 0) {
      if (typeof data.pc_url !== "string") {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/pc_url", schemaPath: "#/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate153.errors = vErrors;
  return errors === 0;
}
validate153.evaluated = { "props": { "type": true, "default_url": true, "android_url": true, "ios_url": true, "pc_url": true, "value": true }, "dynamicProps": false, "dynamicItems": false };
function validate152(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate152.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate153(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate153.errors : __append(vErrors, validate153.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate152.errors = vErrors;
  return errors === 0;
}
validate152.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate156(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate156.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : __append(vErrors, validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.tag = true;
    props0.content = true;
    props0.i18n_content = true;
    props0.lines = true;
    props0.text_size = true;
    props0.text_color = true;
    props0.text_align = true;
    props0.element_id = true;
  }
  const _errs2 = errors;
  if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate120.errors : __append(vErrors, validate120.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.tag = true;
        props0.content = true;
        props0.i18n_content = true;
        props0.lines = true;
        props0.text_size = true;
        props0.text_color = true;
        props0.text_align = true;
        props0.href = true;
        props0.element_id = true;
      }
    }
  }
  if (!valid0) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs0;
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate156.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate156.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate161(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate161.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.text === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title !== void 0) {
      if (!validate143(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== void 0) {
      if (!validate143(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate161.errors = vErrors;
  return errors === 0;
}
validate161.evaluated = { "props": { "title": true, "text": true }, "dynamicProps": false, "dynamicItems": false };
function validate151(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate151.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.elements === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "elements" }, message: "must have required property 'elements'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("interactive_container" !== data.tag) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "interactive_container" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.behaviors !== void 0) {
      if (!validate152(data.behaviors, { instancePath: instancePath + "/behaviors", parentData: data, parentDataProperty: "behaviors", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate152.errors : __append(vErrors, validate152.errors);
        errors = vErrors.length;
      }
    }
    if (data.width !== void 0) {
      if (typeof data.width !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/width", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.height !== void 0) {
      if (typeof data.height !== "string") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/height", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.background_style !== void 0) {
      if (typeof data.background_style !== "string") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/background_style", schemaPath: "../common/style.json#/$defs/Color/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.has_border !== void 0) {
      if (typeof data.has_border !== "boolean") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/has_border", schemaPath: "#/properties/has_border/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.border_color !== void 0) {
      if (typeof data.border_color !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/border_color", schemaPath: "../common/style.json#/$defs/Color/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.corner_radius !== void 0) {
      if (typeof data.corner_radius !== "string") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/corner_radius", schemaPath: "#/properties/corner_radius/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (typeof data.disabled !== "boolean") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/disabled", schemaPath: "#/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.disabled_tips !== void 0) {
      if (!validate156(data.disabled_tips, { instancePath: instancePath + "/disabled_tips", parentData: data, parentDataProperty: "disabled_tips", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate156.errors : __append(vErrors, validate156.errors);
        errors = vErrors.length;
      }
    }
    if (data.hover_tips !== void 0) {
      if (!validate156(data.hover_tips, { instancePath: instancePath + "/hover_tips", parentData: data, parentDataProperty: "hover_tips", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate156.errors : __append(vErrors, validate156.errors);
        errors = vErrors.length;
      }
    }
    if (data.confirm !== void 0) {
      if (!validate161(data.confirm, { instancePath: instancePath + "/confirm", parentData: data, parentDataProperty: "confirm", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate161.errors : __append(vErrors, validate161.errors);
        errors = vErrors.length;
      }
    }
    if (data.direction !== void 0) {
      if (typeof data.direction !== "string") {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.horizontal_spacing !== void 0) {
      if (typeof data.horizontal_spacing !== "string") {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/horizontal_spacing", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.vertical_spacing !== void 0) {
      if (typeof data.vertical_spacing !== "string") {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/vertical_spacing", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.horizontal_align !== void 0) {
      if (typeof data.horizontal_align !== "string") {
        const err13 = __alive++ < 100 ? { instancePath: instancePath + "/horizontal_align", schemaPath: "#/properties/horizontal_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.vertical_align !== void 0) {
      if (typeof data.vertical_align !== "string") {
        const err14 = __alive++ < 100 ? { instancePath: instancePath + "/vertical_align", schemaPath: "#/properties/vertical_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.padding !== void 0) {
      if (typeof data.padding !== "string") {
        const err15 = __alive++ < 100 ? { instancePath: instancePath + "/padding", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err16 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err17 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate151.errors = vErrors;
  return errors === 0;
}
validate151.evaluated = { "props": { "tag": true, "behaviors": true, "width": true, "height": true, "background_style": true, "has_border": true, "border_color": true, "corner_radius": true, "disabled": true, "disabled_tips": true, "hover_tips": true, "confirm": true, "direction": true, "horizontal_spacing": true, "vertical_spacing": true, "horizontal_align": true, "vertical_align": true, "padding": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate150(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate150.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate151(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate151.errors : __append(vErrors, validate151.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("interactive_container" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "interactive_container" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.elements !== void 0) {
      let data1 = data.elements;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate148(data1[i0], { instancePath: instancePath + "/elements/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate148.errors : __append(vErrors, validate148.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate150.errors = vErrors;
  return errors === 0;
}
validate150.evaluated = { "props": { "tag": true, "elements": true, "behaviors": true, "width": true, "height": true, "background_style": true, "has_border": true, "border_color": true, "corner_radius": true, "disabled": true, "disabled_tips": true, "hover_tips": true, "confirm": true, "direction": true, "horizontal_spacing": true, "vertical_spacing": true, "horizontal_align": true, "vertical_align": true, "padding": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
var schema214 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://feishu-chat-contract.dev/schemas/card/components/collapsible_panel.json", "type": "object", "required": ["tag", "header"], "properties": { "tag": { "const": "collapsible_panel" }, "expanded": { "type": "boolean" }, "background_color": { "$ref": "../common/style.json#/$defs/Color" }, "border": { "type": "object", "properties": { "color": { "$ref": "../common/style.json#/$defs/Color" }, "corner_radius": { "type": "string" } } }, "header": { "type": "object", "properties": { "title": { "type": "object", "required": ["tag"], "properties": { "tag": { "type": "string", "enum": ["plain_text", "markdown"] }, "content": { "type": "string" }, "i18n_content": { "$ref": "../common/text.json#/$defs/I18nContent" } } }, "background_color": { "$ref": "../common/style.json#/$defs/Color" }, "width": { "type": "string" }, "vertical_align": { "type": "string" }, "padding": { "$ref": "../common/style.json#/$defs/Size" }, "icon": { "$ref": "../common/icon.json" }, "icon_position": { "type": "string" }, "icon_expanded_angle": { "type": "number" } } }, "direction": { "type": "string" }, "horizontal_spacing": { "$ref": "../common/style.json#/$defs/Size" }, "vertical_spacing": { "$ref": "../common/style.json#/$defs/Size" }, "horizontal_align": { "type": "string" }, "vertical_align": { "type": "string" }, "padding": { "$ref": "../common/style.json#/$defs/Size" }, "element_id": { "$ref": "../common/style.json#/$defs/ElementId" }, "margin": { "$ref": "../common/style.json#/$defs/Size" } } };
function validate168(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate168.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.header === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "header" }, message: "must have required property 'header'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("collapsible_panel" !== data.tag) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "collapsible_panel" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.expanded !== void 0) {
      if (typeof data.expanded !== "boolean") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/expanded", schemaPath: "#/properties/expanded/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.background_color !== void 0) {
      if (typeof data.background_color !== "string") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/background_color", schemaPath: "../common/style.json#/$defs/Color/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.border !== void 0) {
      let data3 = data.border;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.color !== void 0) {
          if (typeof data3.color !== "string") {
            const err5 = __alive++ < 100 ? { instancePath: instancePath + "/border/color", schemaPath: "../common/style.json#/$defs/Color/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data3.corner_radius !== void 0) {
          if (typeof data3.corner_radius !== "string") {
            const err6 = __alive++ < 100 ? { instancePath: instancePath + "/border/corner_radius", schemaPath: "#/properties/border/properties/corner_radius/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/border", schemaPath: "#/properties/border/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.header !== void 0) {
      let data6 = data.header;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.title !== void 0) {
          let data7 = data6.title;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.tag === void 0) {
              const err8 = __alive++ < 100 ? { instancePath: instancePath + "/header/title", schemaPath: "#/properties/header/properties/title/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data7.tag !== void 0) {
              let data8 = data7.tag;
              if (typeof data8 !== "string") {
                const err9 = __alive++ < 100 ? { instancePath: instancePath + "/header/title/tag", schemaPath: "#/properties/header/properties/title/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              if (!(data8 === "plain_text" || data8 === "markdown")) {
                const err10 = __alive++ < 100 ? { instancePath: instancePath + "/header/title/tag", schemaPath: "#/properties/header/properties/title/properties/tag/enum", keyword: "enum", params: { allowedValues: schema214.properties.header.properties.title.properties.tag.enum }, message: "must be equal to one of the allowed values" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data7.content !== void 0) {
              if (typeof data7.content !== "string") {
                const err11 = __alive++ < 100 ? { instancePath: instancePath + "/header/title/content", schemaPath: "#/properties/header/properties/title/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data7.i18n_content !== void 0) {
              let data10 = data7.i18n_content;
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                for (const key0 in data10) {
                  if (typeof data10[key0] !== "string") {
                    const err12 = __alive++ < 100 ? { instancePath: instancePath + "/header/title/i18n_content/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "../common/text.json#/$defs/I18nContent/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
              } else {
                const err13 = __alive++ < 100 ? { instancePath: instancePath + "/header/title/i18n_content", schemaPath: "../common/text.json#/$defs/I18nContent/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = __alive++ < 100 ? { instancePath: instancePath + "/header/title", schemaPath: "#/properties/header/properties/title/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data6.background_color !== void 0) {
          if (typeof data6.background_color !== "string") {
            const err15 = __alive++ < 100 ? { instancePath: instancePath + "/header/background_color", schemaPath: "../common/style.json#/$defs/Color/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data6.width !== void 0) {
          if (typeof data6.width !== "string") {
            const err16 = __alive++ < 100 ? { instancePath: instancePath + "/header/width", schemaPath: "#/properties/header/properties/width/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.vertical_align !== void 0) {
          if (typeof data6.vertical_align !== "string") {
            const err17 = __alive++ < 100 ? { instancePath: instancePath + "/header/vertical_align", schemaPath: "#/properties/header/properties/vertical_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data6.padding !== void 0) {
          if (typeof data6.padding !== "string") {
            const err18 = __alive++ < 100 ? { instancePath: instancePath + "/header/padding", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data6.icon !== void 0) {
          if (!validate129(data6.icon, { instancePath: instancePath + "/header/icon", parentData: data6, parentDataProperty: "icon", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate129.errors : __append(vErrors, validate129.errors);
            errors = vErrors.length;
          }
        }
        if (data6.icon_position !== void 0) {
          if (typeof data6.icon_position !== "string") {
            const err19 = __alive++ < 100 ? { instancePath: instancePath + "/header/icon_position", schemaPath: "#/properties/header/properties/icon_position/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.icon_expanded_angle !== void 0) {
          let data18 = data6.icon_expanded_angle;
          if (!(typeof data18 == "number" && isFinite(data18))) {
            const err20 = __alive++ < 100 ? { instancePath: instancePath + "/header/icon_expanded_angle", schemaPath: "#/properties/header/properties/icon_expanded_angle/type", keyword: "type", params: { type: "number" }, message: "must be number" } : __overflow;
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = __alive++ < 100 ? { instancePath: instancePath + "/header", schemaPath: "#/properties/header/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      if (typeof data.direction !== "string") {
        const err22 = __alive++ < 100 ? { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.horizontal_spacing !== void 0) {
      if (typeof data.horizontal_spacing !== "string") {
        const err23 = __alive++ < 100 ? { instancePath: instancePath + "/horizontal_spacing", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.vertical_spacing !== void 0) {
      if (typeof data.vertical_spacing !== "string") {
        const err24 = __alive++ < 100 ? { instancePath: instancePath + "/vertical_spacing", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.horizontal_align !== void 0) {
      if (typeof data.horizontal_align !== "string") {
        const err25 = __alive++ < 100 ? { instancePath: instancePath + "/horizontal_align", schemaPath: "#/properties/horizontal_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.vertical_align !== void 0) {
      if (typeof data.vertical_align !== "string") {
        const err26 = __alive++ < 100 ? { instancePath: instancePath + "/vertical_align", schemaPath: "#/properties/vertical_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.padding !== void 0) {
      if (typeof data.padding !== "string") {
        const err27 = __alive++ < 100 ? { instancePath: instancePath + "/padding", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err28 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err29 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate168.errors = vErrors;
  return errors === 0;
}
validate168.evaluated = { "props": { "tag": true, "expanded": true, "background_color": true, "border": true, "header": true, "direction": true, "horizontal_spacing": true, "vertical_spacing": true, "horizontal_align": true, "vertical_align": true, "padding": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate167(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate167.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate168(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate168.errors : __append(vErrors, validate168.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("collapsible_panel" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "collapsible_panel" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.elements !== void 0) {
      let data1 = data.elements;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate148(data1[i0], { instancePath: instancePath + "/elements/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate148.errors : __append(vErrors, validate148.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate167.errors = vErrors;
  return errors === 0;
}
validate167.evaluated = { "props": { "tag": true, "elements": true, "expanded": true, "background_color": true, "border": true, "header": true, "direction": true, "horizontal_spacing": true, "vertical_spacing": true, "horizontal_align": true, "vertical_align": true, "padding": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate173(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate173.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : __append(vErrors, validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.tag = true;
    props0.content = true;
    props0.i18n_content = true;
    props0.lines = true;
    props0.text_size = true;
    props0.text_color = true;
    props0.text_align = true;
    props0.element_id = true;
  }
  const _errs2 = errors;
  if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate120.errors : __append(vErrors, validate120.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.tag = true;
        props0.content = true;
        props0.i18n_content = true;
        props0.lines = true;
        props0.text_size = true;
        props0.text_color = true;
        props0.text_align = true;
        props0.href = true;
        props0.element_id = true;
      }
    }
  }
  if (!valid0) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs0;
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate173.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate173.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate172(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate172.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("div" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "div" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.text !== void 0) {
      if (!validate173(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate173.errors : __append(vErrors, validate173.errors);
        errors = vErrors.length;
      }
    }
    if (data.fields !== void 0) {
      let data2 = data.fields;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.is_short !== void 0) {
              if (typeof data3.is_short !== "boolean") {
                const err2 = __alive++ < 100 ? { instancePath: instancePath + "/fields/" + i0 + "/is_short", schemaPath: "#/properties/fields/items/properties/is_short/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data3.text !== void 0) {
              if (!validate173(data3.text, { instancePath: instancePath + "/fields/" + i0 + "/text", parentData: data3, parentDataProperty: "text", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate173.errors : __append(vErrors, validate173.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err3 = __alive++ < 100 ? { instancePath: instancePath + "/fields/" + i0, schemaPath: "#/properties/fields/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/fields", schemaPath: "#/properties/fields/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.icon !== void 0) {
      if (!validate129(data.icon, { instancePath: instancePath + "/icon", parentData: data, parentDataProperty: "icon", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate129.errors : __append(vErrors, validate129.errors);
        errors = vErrors.length;
      }
    }
    if (data.width !== void 0) {
      if (typeof data.width !== "string") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/width", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.extra !== void 0) {
      let data8 = data.extra;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.tag === void 0) {
          const err6 = __alive++ < 100 ? { instancePath: instancePath + "/extra", schemaPath: "#/properties/extra/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/extra", schemaPath: "#/properties/extra/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.href !== void 0) {
      let data9 = data.href;
      if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/href", schemaPath: "#/properties/href/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate172.errors = vErrors;
  return errors === 0;
}
validate172.evaluated = { "props": { "tag": true, "text": true, "fields": true, "icon": true, "width": true, "extra": true, "href": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate179(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate179.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.content === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property 'content'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("markdown" !== data.tag) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "markdown" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.content !== void 0) {
      if (typeof data.content !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.i18n_content !== void 0) {
      let data2 = data.i18n_content;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          if (typeof data2[key0] !== "string") {
            const err4 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_content/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "../common/text.json#/$defs/I18nContent/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_content", schemaPath: "../common/text.json#/$defs/I18nContent/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.text_align !== void 0) {
      if (typeof data.text_align !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/text_align", schemaPath: "#/properties/text_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.text_size !== void 0) {
      if (typeof data.text_size !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/text_size", schemaPath: "../common/text.json#/$defs/TextSize/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.icon !== void 0) {
      if (!validate129(data.icon, { instancePath: instancePath + "/icon", parentData: data, parentDataProperty: "icon", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate129.errors : __append(vErrors, validate129.errors);
        errors = vErrors.length;
      }
    }
    if (data.href !== void 0) {
      let data7 = data.href;
      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/href", schemaPath: "#/properties/href/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate179.errors = vErrors;
  return errors === 0;
}
validate179.evaluated = { "props": { "tag": true, "content": true, "i18n_content": true, "text_align": true, "text_size": true, "icon": true, "href": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate182(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate182.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("plain_text" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "plain_text" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.content !== void 0) {
      if (typeof data.content !== "string") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.i18n_content !== void 0) {
      let data2 = data.i18n_content;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          if (typeof data2[key0] !== "string") {
            const err3 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_content/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "../common/text.json#/$defs/I18nContent/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_content", schemaPath: "../common/text.json#/$defs/I18nContent/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.lines !== void 0) {
      let data4 = data.lines;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/lines", schemaPath: "#/properties/lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.text_size !== void 0) {
      if (typeof data.text_size !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/text_size", schemaPath: "#/$defs/TextSize/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.text_color !== void 0) {
      if (typeof data.text_color !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/text_color", schemaPath: "../common/style.json#/$defs/Color/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.text_align !== void 0) {
      if (typeof data.text_align !== "string") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/text_align", schemaPath: "#/properties/text_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate182.errors = vErrors;
  return errors === 0;
}
validate182.evaluated = { "props": { "tag": true, "content": true, "i18n_content": true, "lines": true, "text_size": true, "text_color": true, "text_align": true, "element_id": true }, "dynamicProps": false, "dynamicItems": false };
function validate184(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate184.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : __append(vErrors, validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.tag = true;
    props0.content = true;
    props0.i18n_content = true;
    props0.lines = true;
    props0.text_size = true;
    props0.text_color = true;
    props0.text_align = true;
    props0.element_id = true;
  }
  const _errs2 = errors;
  if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate120.errors : __append(vErrors, validate120.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.tag = true;
        props0.content = true;
        props0.i18n_content = true;
        props0.lines = true;
        props0.text_size = true;
        props0.text_color = true;
        props0.text_align = true;
        props0.href = true;
        props0.element_id = true;
      }
    }
  }
  if (!valid0) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs0;
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate184.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate184.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate181(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate181.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.img_key === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "img_key" }, message: "must have required property 'img_key'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("img" !== data.tag) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "img" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.img_key !== void 0) {
      if (typeof data.img_key !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/img_key", schemaPath: "#/properties/img_key/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.alt !== void 0) {
      if (!validate182(data.alt, { instancePath: instancePath + "/alt", parentData: data, parentDataProperty: "alt", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate182.errors : __append(vErrors, validate182.errors);
        errors = vErrors.length;
      }
    }
    if (data.title !== void 0) {
      if (!validate184(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate184.errors : __append(vErrors, validate184.errors);
        errors = vErrors.length;
      }
    }
    if (data.scale_type !== void 0) {
      if (typeof data.scale_type !== "string") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/scale_type", schemaPath: "#/properties/scale_type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.size !== void 0) {
      if (typeof data.size !== "string") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.corner_radius !== void 0) {
      if (typeof data.corner_radius !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/corner_radius", schemaPath: "#/properties/corner_radius/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.transparent !== void 0) {
      if (typeof data.transparent !== "boolean") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/transparent", schemaPath: "#/properties/transparent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.preview !== void 0) {
      if (typeof data.preview !== "boolean") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/preview", schemaPath: "#/properties/preview/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      if (typeof data.mode !== "string") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.custom_width !== void 0) {
      let data10 = data.custom_width;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/custom_width", schemaPath: "#/properties/custom_width/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.compact_width !== void 0) {
      if (typeof data.compact_width !== "boolean") {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/compact_width", schemaPath: "#/properties/compact_width/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.i18n_img_key !== void 0) {
      let data12 = data.i18n_img_key;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key0 in data12) {
          if (typeof data12[key0] !== "string") {
            const err12 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_img_key/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "../common/text.json#/$defs/I18nContent/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_img_key", schemaPath: "../common/text.json#/$defs/I18nContent/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err14 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err15 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate181.errors = vErrors;
  return errors === 0;
}
validate181.evaluated = { "props": { "tag": true, "img_key": true, "alt": true, "title": true, "scale_type": true, "size": true, "corner_radius": true, "transparent": true, "preview": true, "mode": true, "custom_width": true, "compact_width": true, "i18n_img_key": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
var schema245 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://feishu-chat-contract.dev/schemas/card/components/img_combination.json", "type": "object", "required": ["tag", "combination_mode", "img_list"], "properties": { "tag": { "const": "img_combination" }, "combination_mode": { "type": "string", "enum": ["double", "triple", "bisect", "trisect"] }, "img_list": { "type": "array", "items": { "type": "object", "required": ["img_key"], "properties": { "img_key": { "type": "string" } } } }, "combination_transparent": { "type": "boolean" }, "corner_radius": { "type": "string" }, "img_list_length": { "type": "integer" }, "element_id": { "$ref": "../common/style.json#/$defs/ElementId" }, "margin": { "$ref": "../common/style.json#/$defs/Size" } } };
function validate188(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate188.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.combination_mode === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "combination_mode" }, message: "must have required property 'combination_mode'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.img_list === void 0) {
      const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "img_list" }, message: "must have required property 'img_list'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("img_combination" !== data.tag) {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "img_combination" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.combination_mode !== void 0) {
      let data1 = data.combination_mode;
      if (typeof data1 !== "string") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/combination_mode", schemaPath: "#/properties/combination_mode/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === "double" || data1 === "triple" || data1 === "bisect" || data1 === "trisect")) {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/combination_mode", schemaPath: "#/properties/combination_mode/enum", keyword: "enum", params: { allowedValues: schema245.properties.combination_mode.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.img_list !== void 0) {
      let data2 = data.img_list;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.img_key === void 0) {
              const err6 = __alive++ < 100 ? { instancePath: instancePath + "/img_list/" + i0, schemaPath: "#/properties/img_list/items/required", keyword: "required", params: { missingProperty: "img_key" }, message: "must have required property 'img_key'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data3.img_key !== void 0) {
              if (typeof data3.img_key !== "string") {
                const err7 = __alive++ < 100 ? { instancePath: instancePath + "/img_list/" + i0 + "/img_key", schemaPath: "#/properties/img_list/items/properties/img_key/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = __alive++ < 100 ? { instancePath: instancePath + "/img_list/" + i0, schemaPath: "#/properties/img_list/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/img_list", schemaPath: "#/properties/img_list/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.combination_transparent !== void 0) {
      if (typeof data.combination_transparent !== "boolean") {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/combination_transparent", schemaPath: "#/properties/combination_transparent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.corner_radius !== void 0) {
      if (typeof data.corner_radius !== "string") {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/corner_radius", schemaPath: "#/properties/corner_radius/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.img_list_length !== void 0) {
      let data7 = data.img_list_length;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/img_list_length", schemaPath: "#/properties/img_list_length/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err13 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err14 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate188.errors = vErrors;
  return errors === 0;
}
validate188.evaluated = { "props": { "tag": true, "combination_mode": true, "img_list": true, "combination_transparent": true, "corner_radius": true, "img_list_length": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate189(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate189.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.user_id === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "user_id" }, message: "must have required property 'user_id'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("person" !== data.tag) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "person" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.user_id !== void 0) {
      if (typeof data.user_id !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/user_id", schemaPath: "#/properties/user_id/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.size !== void 0) {
      if (typeof data.size !== "string") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.show_avatar !== void 0) {
      if (typeof data.show_avatar !== "boolean") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/show_avatar", schemaPath: "#/properties/show_avatar/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.show_name !== void 0) {
      if (typeof data.show_name !== "boolean") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/show_name", schemaPath: "#/properties/show_name/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.style !== void 0) {
      if (typeof data.style !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/style", schemaPath: "#/properties/style/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate189.errors = vErrors;
  return errors === 0;
}
validate189.evaluated = { "props": { "tag": true, "user_id": true, "size": true, "show_avatar": true, "show_name": true, "style": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate190(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate190.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.persons === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "persons" }, message: "must have required property 'persons'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("person_list" !== data.tag) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "person_list" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.persons !== void 0) {
      let data1 = data.persons;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.id === void 0) {
              const err3 = __alive++ < 100 ? { instancePath: instancePath + "/persons/" + i0, schemaPath: "#/properties/persons/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data2.id !== void 0) {
              if (typeof data2.id !== "string") {
                const err4 = __alive++ < 100 ? { instancePath: instancePath + "/persons/" + i0 + "/id", schemaPath: "#/properties/persons/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          } else {
            const err5 = __alive++ < 100 ? { instancePath: instancePath + "/persons/" + i0, schemaPath: "#/properties/persons/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/persons", schemaPath: "#/properties/persons/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.drop_invalid_user_id !== void 0) {
      if (typeof data.drop_invalid_user_id !== "boolean") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/drop_invalid_user_id", schemaPath: "#/properties/drop_invalid_user_id/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.lines !== void 0) {
      let data5 = data.lines;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/lines", schemaPath: "#/properties/lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.show_name !== void 0) {
      if (typeof data.show_name !== "boolean") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/show_name", schemaPath: "#/properties/show_name/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.show_avatar !== void 0) {
      if (typeof data.show_avatar !== "boolean") {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/show_avatar", schemaPath: "#/properties/show_avatar/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.size !== void 0) {
      if (typeof data.size !== "string") {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.icon !== void 0) {
      if (!validate129(data.icon, { instancePath: instancePath + "/icon", parentData: data, parentDataProperty: "icon", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate129.errors : __append(vErrors, validate129.errors);
        errors = vErrors.length;
      }
    }
    if (data.ud_icon !== void 0) {
      if (!validate129(data.ud_icon, { instancePath: instancePath + "/ud_icon", parentData: data, parentDataProperty: "ud_icon", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate129.errors : __append(vErrors, validate129.errors);
        errors = vErrors.length;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err13 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate190.errors = vErrors;
  return errors === 0;
}
validate190.evaluated = { "props": { "tag": true, "persons": true, "drop_invalid_user_id": true, "lines": true, "show_name": true, "show_avatar": true, "size": true, "icon": true, "ud_icon": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate193(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate193.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.chart_spec === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chart_spec" }, message: "must have required property 'chart_spec'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("chart" !== data.tag) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "chart" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.chart_spec !== void 0) {
      let data1 = data.chart_spec;
      if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/chart_spec", schemaPath: "#/properties/chart_spec/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.aspect_ratio !== void 0) {
      if (typeof data.aspect_ratio !== "string") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/aspect_ratio", schemaPath: "#/properties/aspect_ratio/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.color_theme !== void 0) {
      if (typeof data.color_theme !== "string") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/color_theme", schemaPath: "#/properties/color_theme/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.height !== void 0) {
      if (typeof data.height !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/height", schemaPath: "#/properties/height/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.preview !== void 0) {
      if (typeof data.preview !== "boolean") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/preview", schemaPath: "#/properties/preview/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate193.errors = vErrors;
  return errors === 0;
}
validate193.evaluated = { "props": { "tag": true, "chart_spec": true, "aspect_ratio": true, "color_theme": true, "height": true, "preview": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
var schema257 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://feishu-chat-contract.dev/schemas/card/components/table.json", "type": "object", "required": ["tag", "columns", "rows"], "properties": { "tag": { "const": "table" }, "columns": { "type": "array", "items": { "type": "object", "required": ["name", "data_type"], "properties": { "name": { "type": "string" }, "display_name": { "type": "string" }, "width": { "type": "string" }, "vertical_align": { "type": "string" }, "horizontal_align": { "type": "string" }, "data_type": { "type": "string", "enum": ["text", "lark_md", "options", "number", "persons", "date", "markdown"] }, "format": { "type": "object", "properties": { "precision": { "type": "integer" }, "symbol": { "type": "string" }, "separator": { "type": "boolean" } } }, "date_format": { "type": "string" } } } }, "rows": { "type": "array", "items": { "type": "object" } }, "page_size": { "type": "integer", "minimum": 1, "maximum": 10 }, "row_height": { "type": "string" }, "row_max_height": { "type": "string" }, "freeze_first_column": { "type": "boolean" }, "header_style": { "type": "object" }, "element_id": { "$ref": "../common/style.json#/$defs/ElementId" }, "margin": { "$ref": "../common/style.json#/$defs/Size" } } };
function validate194(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate194.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.columns === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "columns" }, message: "must have required property 'columns'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.rows === void 0) {
      const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("table" !== data.tag) {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "table" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.columns !== void 0) {
      let data1 = data.columns;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.name === void 0) {
              const err4 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data2.data_type === void 0) {
              const err5 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/required", keyword: "required", params: { missingProperty: "data_type" }, message: "must have required property 'data_type'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2.name !== void 0) {
              if (typeof data2.name !== "string") {
                const err6 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0 + "/name", schemaPath: "#/properties/columns/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data2.display_name !== void 0) {
              if (typeof data2.display_name !== "string") {
                const err7 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0 + "/display_name", schemaPath: "#/properties/columns/items/properties/display_name/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data2.width !== void 0) {
              if (typeof data2.width !== "string") {
                const err8 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0 + "/width", schemaPath: "#/properties/columns/items/properties/width/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data2.vertical_align !== void 0) {
              if (typeof data2.vertical_align !== "string") {
                const err9 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0 + "/vertical_align", schemaPath: "#/properties/columns/items/properties/vertical_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data2.horizontal_align !== void 0) {
              if (typeof data2.horizontal_align !== "string") {
                const err10 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0 + "/horizontal_align", schemaPath: "#/properties/columns/items/properties/horizontal_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data2.data_type !== void 0) {
              let data8 = data2.data_type;
              if (typeof data8 !== "string") {
                const err11 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0 + "/data_type", schemaPath: "#/properties/columns/items/properties/data_type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              if (!(data8 === "text" || data8 === "lark_md" || data8 === "options" || data8 === "number" || data8 === "persons" || data8 === "date" || data8 === "markdown")) {
                const err12 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0 + "/data_type", schemaPath: "#/properties/columns/items/properties/data_type/enum", keyword: "enum", params: { allowedValues: schema257.properties.columns.items.properties.data_type.enum }, message: "must be equal to one of the allowed values" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data2.format !== void 0) {
              let data9 = data2.format;
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                if (data9.precision !== void 0) {
                  let data10 = data9.precision;
                  if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                    const err13 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0 + "/format/precision", schemaPath: "#/properties/columns/items/properties/format/properties/precision/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
                if (data9.symbol !== void 0) {
                  if (typeof data9.symbol !== "string") {
                    const err14 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0 + "/format/symbol", schemaPath: "#/properties/columns/items/properties/format/properties/symbol/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                if (data9.separator !== void 0) {
                  if (typeof data9.separator !== "boolean") {
                    const err15 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0 + "/format/separator", schemaPath: "#/properties/columns/items/properties/format/properties/separator/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0 + "/format", schemaPath: "#/properties/columns/items/properties/format/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data2.date_format !== void 0) {
              if (typeof data2.date_format !== "string") {
                const err17 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0 + "/date_format", schemaPath: "#/properties/columns/items/properties/date_format/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = __alive++ < 100 ? { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.rows !== void 0) {
      let data14 = data.rows;
      if (Array.isArray(data14)) {
        const len1 = data14.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data15 = data14[i1];
          if (!(data15 && typeof data15 == "object" && !Array.isArray(data15))) {
            const err20 = __alive++ < 100 ? { instancePath: instancePath + "/rows/" + i1, schemaPath: "#/properties/rows/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = __alive++ < 100 ? { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.page_size !== void 0) {
      let data16 = data.page_size;
      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
        const err22 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data16 == "number" && isFinite(data16)) {
        if (data16 > 10 || isNaN(data16)) {
          const err23 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" } : __overflow;
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data16 < 1 || isNaN(data16)) {
          const err24 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" } : __overflow;
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
    }
    if (data.row_height !== void 0) {
      if (typeof data.row_height !== "string") {
        const err25 = __alive++ < 100 ? { instancePath: instancePath + "/row_height", schemaPath: "#/properties/row_height/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.row_max_height !== void 0) {
      if (typeof data.row_max_height !== "string") {
        const err26 = __alive++ < 100 ? { instancePath: instancePath + "/row_max_height", schemaPath: "#/properties/row_max_height/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.freeze_first_column !== void 0) {
      if (typeof data.freeze_first_column !== "boolean") {
        const err27 = __alive++ < 100 ? { instancePath: instancePath + "/freeze_first_column", schemaPath: "#/properties/freeze_first_column/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.header_style !== void 0) {
      let data20 = data.header_style;
      if (!(data20 && typeof data20 == "object" && !Array.isArray(data20))) {
        const err28 = __alive++ < 100 ? { instancePath: instancePath + "/header_style", schemaPath: "#/properties/header_style/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err29 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err30 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate194.errors = vErrors;
  return errors === 0;
}
validate194.evaluated = { "props": { "tag": true, "columns": true, "rows": true, "page_size": true, "row_height": true, "row_max_height": true, "freeze_first_column": true, "header_style": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate195(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate195.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("hr" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "hr" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate195.errors = vErrors;
  return errors === 0;
}
validate195.evaluated = { "props": { "tag": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate197(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate197.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : __append(vErrors, validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.tag = true;
    props0.content = true;
    props0.i18n_content = true;
    props0.lines = true;
    props0.text_size = true;
    props0.text_color = true;
    props0.text_align = true;
    props0.element_id = true;
  }
  const _errs2 = errors;
  if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate120.errors : __append(vErrors, validate120.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.tag = true;
        props0.content = true;
        props0.i18n_content = true;
        props0.lines = true;
        props0.text_size = true;
        props0.text_color = true;
        props0.text_align = true;
        props0.href = true;
        props0.element_id = true;
      }
    }
  }
  if (!valid0) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs0;
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate197.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate197.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate196(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate196.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.file_key === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "file_key" }, message: "must have required property 'file_key'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("audio" !== data.tag) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "audio" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.file_key !== void 0) {
      if (typeof data.file_key !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/file_key", schemaPath: "#/properties/file_key/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.i18n_file_key !== void 0) {
      let data2 = data.i18n_file_key;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          if (typeof data2[key0] !== "string") {
            const err4 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_file_key/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "../common/text.json#/$defs/I18nContent/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_file_key", schemaPath: "../common/text.json#/$defs/I18nContent/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.audio_id !== void 0) {
      if (typeof data.audio_id !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/audio_id", schemaPath: "#/properties/audio_id/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (typeof data.disabled !== "boolean") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/disabled", schemaPath: "#/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.disabled_tips !== void 0) {
      if (!validate197(data.disabled_tips, { instancePath: instancePath + "/disabled_tips", parentData: data, parentDataProperty: "disabled_tips", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate197.errors : __append(vErrors, validate197.errors);
        errors = vErrors.length;
      }
    }
    if (data.show_progress_bar !== void 0) {
      if (typeof data.show_progress_bar !== "boolean") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/show_progress_bar", schemaPath: "#/properties/show_progress_bar/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.show_time !== void 0) {
      if (typeof data.show_time !== "boolean") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/show_time", schemaPath: "#/properties/show_time/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.time_display !== void 0) {
      if (typeof data.time_display !== "string") {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/time_display", schemaPath: "#/properties/time_display/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.time_position !== void 0) {
      if (typeof data.time_position !== "string") {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/time_position", schemaPath: "#/properties/time_position/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.border !== void 0) {
      let data11 = data.border;
      if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/border", schemaPath: "#/properties/border/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.style !== void 0) {
      if (typeof data.style !== "string") {
        const err13 = __alive++ < 100 ? { instancePath: instancePath + "/style", schemaPath: "#/properties/style/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.padding !== void 0) {
      if (typeof data.padding !== "string") {
        const err14 = __alive++ < 100 ? { instancePath: instancePath + "/padding", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.background_style !== void 0) {
      if (typeof data.background_style !== "string") {
        const err15 = __alive++ < 100 ? { instancePath: instancePath + "/background_style", schemaPath: "../common/style.json#/$defs/Color/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.fill_color !== void 0) {
      if (typeof data.fill_color !== "string") {
        const err16 = __alive++ < 100 ? { instancePath: instancePath + "/fill_color", schemaPath: "../common/style.json#/$defs/Color/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.width !== void 0) {
      if (typeof data.width !== "string") {
        const err17 = __alive++ < 100 ? { instancePath: instancePath + "/width", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.fallback !== void 0) {
      let data17 = data.fallback;
      if (!(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
        const err18 = __alive++ < 100 ? { instancePath: instancePath + "/fallback", schemaPath: "#/properties/fallback/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err19 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err20 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate196.errors = vErrors;
  return errors === 0;
}
validate196.evaluated = { "props": { "tag": true, "file_key": true, "i18n_file_key": true, "audio_id": true, "disabled": true, "disabled_tips": true, "show_progress_bar": true, "show_time": true, "time_display": true, "time_position": true, "border": true, "style": true, "padding": true, "background_style": true, "fill_color": true, "width": true, "fallback": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
var schema272 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://feishu-chat-contract.dev/schemas/card/components/button.json", "type": "object", "required": ["tag"], "properties": { "tag": { "const": "button" }, "text": { "$ref": "../common/text.json#/$defs/Text" }, "type": { "type": "string", "enum": ["default", "primary", "danger", "text", "primary_text", "danger_text", "primary_filled", "danger_filled", "laser"] }, "size": { "type": "string" }, "icon": { "$ref": "../common/icon.json" }, "hover_tips": { "$ref": "../common/text.json#/$defs/Text" }, "form_action_type": { "type": "string", "enum": ["submit", "reset"] }, "action_type": { "type": "string", "enum": ["link", "request", "multi", "form_submit", "form_reset"] }, "url": { "type": "string" }, "multi_url": { "$ref": "../common/interaction.json#/$defs/MultiUrl" }, "complex_interaction": { "type": "boolean" }, "name": { "type": "string" }, "required": { "type": "boolean" }, "disabled": { "type": "boolean" }, "disabled_tips": { "$ref": "../common/text.json#/$defs/Text" }, "width": { "$ref": "../common/style.json#/$defs/Size" }, "behaviors": { "$ref": "../common/interaction.json#/$defs/Behaviors" }, "confirm": { "$ref": "../common/interaction.json#/$defs/Confirm" }, "value": { "$ref": "../common/interaction.json#/$defs/Value" }, "element_id": { "$ref": "../common/style.json#/$defs/ElementId" }, "margin": { "$ref": "../common/style.json#/$defs/Size" } }, "allOf": [{ "x-platformError": { "rule": "button-url-xor-multi-url", "code": 200621, "message": "a button takes url or multi_url, not both", "inferred": true, "schema": { "type": "object", "not": { "required": ["url", "multi_url"] } } } }] };
function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate202.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : __append(vErrors, validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.tag = true;
    props0.content = true;
    props0.i18n_content = true;
    props0.lines = true;
    props0.text_size = true;
    props0.text_color = true;
    props0.text_align = true;
    props0.element_id = true;
  }
  const _errs2 = errors;
  if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate120.errors : __append(vErrors, validate120.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.tag = true;
        props0.content = true;
        props0.i18n_content = true;
        props0.lines = true;
        props0.text_size = true;
        props0.text_color = true;
        props0.text_align = true;
        props0.href = true;
        props0.element_id = true;
      }
    }
  }
  if (!valid0) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs0;
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate202.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate202.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate209(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate209.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate153(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate153.errors : __append(vErrors, validate153.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate209.errors = vErrors;
  return errors === 0;
}
validate209.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate212.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.text === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title !== void 0) {
      if (!validate143(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== void 0) {
      if (!validate143(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate212.errors = vErrors;
  return errors === 0;
}
validate212.evaluated = { "props": { "title": true, "text": true }, "dynamicProps": false, "dynamicItems": false };
function validate201(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate201.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _pe0 = errors;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/0/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs4 = errors;
  const _errs5 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.url === void 0 && (missing0 = "url") || data.multi_url === void 0 && (missing0 = "multi_url")) {
      const err1 = __alive++ < 100 ? {} : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var valid2 = _errs5 === errors;
  if (valid2) {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/0/x-platformError/schema/not", keyword: "not", params: {}, message: "must NOT be valid" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs4;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs4;
      if (_errs4) {
        vErrors.length = _errs4;
      } else {
        vErrors = null;
      }
    }
  }
  for (let i0 = _pe0; i0 < errors; i0++) {
    const err3 = vErrors[i0];
    if (err3 && err3.keyword !== "errorLimit") {
      if (!err3.platformError) {
        err3.platformError = { ...{ "rule": "button-url-xor-multi-url", "code": 200621, "message": "a button takes url or multi_url, not both", "inferred": true }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err4 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("button" !== data.tag) {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "button" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.text !== void 0) {
      if (!validate202(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate202.errors : __append(vErrors, validate202.errors);
        errors = vErrors.length;
      }
    }
    if (data.type !== void 0) {
      let data2 = data.type;
      if (typeof data2 !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data2 === "default" || data2 === "primary" || data2 === "danger" || data2 === "text" || data2 === "primary_text" || data2 === "danger_text" || data2 === "primary_filled" || data2 === "danger_filled" || data2 === "laser")) {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema272.properties.type.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.size !== void 0) {
      if (typeof data.size !== "string") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.icon !== void 0) {
      if (!validate129(data.icon, { instancePath: instancePath + "/icon", parentData: data, parentDataProperty: "icon", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate129.errors : __append(vErrors, validate129.errors);
        errors = vErrors.length;
      }
    }
    if (data.hover_tips !== void 0) {
      if (!validate202(data.hover_tips, { instancePath: instancePath + "/hover_tips", parentData: data, parentDataProperty: "hover_tips", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate202.errors : __append(vErrors, validate202.errors);
        errors = vErrors.length;
      }
    }
    if (data.form_action_type !== void 0) {
      let data6 = data.form_action_type;
      if (typeof data6 !== "string") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/form_action_type", schemaPath: "#/properties/form_action_type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data6 === "submit" || data6 === "reset")) {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/form_action_type", schemaPath: "#/properties/form_action_type/enum", keyword: "enum", params: { allowedValues: schema272.properties.form_action_type.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.action_type !== void 0) {
      let data7 = data.action_type;
      if (typeof data7 !== "string") {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/action_type", schemaPath: "#/properties/action_type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(data7 === "link" || data7 === "request" || data7 === "multi" || data7 === "form_submit" || data7 === "form_reset")) {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/action_type", schemaPath: "#/properties/action_type/enum", keyword: "enum", params: { allowedValues: schema272.properties.action_type.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      if (typeof data.url !== "string") {
        const err13 = __alive++ < 100 ? { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.multi_url !== void 0) {
      let data9 = data.multi_url;
      const _pe1 = errors;
      if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
        const err14 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      const _errs26 = errors;
      let valid7 = false;
      const _errs27 = errors;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.url === void 0) {
          const err15 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" } : __overflow;
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data9.url !== void 0) {
          let data10 = data9.url;
          if (typeof data10 === "string") {
            if (func2(data10) < 1) {
              const err16 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      }
      var _valid0 = _errs27 === errors;
      valid7 = valid7 || _valid0;
      if (_valid0) {
        var props2 = {};
        props2.url = true;
      }
      const _errs30 = errors;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.pc_url === void 0) {
          const err18 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "pc_url" }, message: "must have required property 'pc_url'" } : __overflow;
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data9.ios_url === void 0) {
          const err19 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "ios_url" }, message: "must have required property 'ios_url'" } : __overflow;
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data9.android_url === void 0) {
          const err20 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "android_url" }, message: "must have required property 'android_url'" } : __overflow;
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data9.pc_url !== void 0) {
          let data11 = data9.pc_url;
          if (typeof data11 === "string") {
            if (func2(data11) < 1) {
              const err21 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/pc_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data9.ios_url !== void 0) {
          let data12 = data9.ios_url;
          if (typeof data12 === "string") {
            if (func2(data12) < 1) {
              const err23 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/ios_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data9.android_url !== void 0) {
          let data13 = data9.android_url;
          if (typeof data13 === "string") {
            if (func2(data13) < 1) {
              const err25 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/android_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      }
      var _valid0 = _errs30 === errors;
      valid7 = valid7 || _valid0;
      if (_valid0) {
        if (props2 !== true) {
          props2 = props2 || {};
          props2.pc_url = true;
          props2.ios_url = true;
          props2.android_url = true;
        }
      }
      const _errs37 = errors;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.url !== void 0) {
          let data14 = data9.url;
          if (typeof data14 === "string") {
            if (func2(data14) > 0) {
              const err27 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data9.pc_url !== void 0) {
          let data15 = data9.pc_url;
          if (typeof data15 === "string") {
            if (func2(data15) > 0) {
              const err29 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/pc_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data9.ios_url !== void 0) {
          let data16 = data9.ios_url;
          if (typeof data16 === "string") {
            if (func2(data16) > 0) {
              const err31 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/ios_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data9.android_url !== void 0) {
          let data17 = data9.android_url;
          if (typeof data17 === "string") {
            if (func2(data17) > 0) {
              const err33 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/android_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      }
      var _valid0 = _errs37 === errors;
      valid7 = valid7 || _valid0;
      if (_valid0) {
        if (props2 !== true) {
          props2 = props2 || {};
          props2.url = true;
          props2.pc_url = true;
          props2.ios_url = true;
          props2.android_url = true;
        }
      }
      if (!valid7) {
        const err35 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" } : __overflow;
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      } else {
        errors = _errs26;
        if (vErrors !== null) {
          __alive -= vErrors.length - _errs26;
          if (_errs26) {
            vErrors.length = _errs26;
          } else {
            vErrors = null;
          }
        }
      }
      for (let i1 = _pe1; i1 < errors; i1++) {
        const err36 = vErrors[i1];
        if (err36 && err36.keyword !== "errorLimit") {
          if (!err36.platformError) {
            err36.platformError = { ...{ "rule": "multi-url-complete", "code": 200621, "message": "multi_url needs url, or all three of pc_url, ios_url and android_url (an all-empty object is no link)", "inferred": true }, value: typeof data9 === "object" ? void 0 : data9 };
          }
        }
      }
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (props2 !== true) {
          props2 = props2 || {};
          props2.url = true;
          props2.pc_url = true;
          props2.ios_url = true;
          props2.android_url = true;
        }
        if (data9.url !== void 0) {
          if (typeof data9.url !== "string") {
            const err37 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data9.pc_url !== void 0) {
          if (typeof data9.pc_url !== "string") {
            const err38 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data9.ios_url !== void 0) {
          if (typeof data9.ios_url !== "string") {
            const err39 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data9.android_url !== void 0) {
          if (typeof data9.android_url !== "string") {
            const err40 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = __alive++ < 100 ? { instancePath: instancePath + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.complex_interaction !== void 0) {
      if (typeof data.complex_interaction !== "boolean") {
        const err42 = __alive++ < 100 ? { instancePath: instancePath + "/complex_interaction", schemaPath: "#/properties/complex_interaction/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err43 = __alive++ < 100 ? { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      if (typeof data.required !== "boolean") {
        const err44 = __alive++ < 100 ? { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (typeof data.disabled !== "boolean") {
        const err45 = __alive++ < 100 ? { instancePath: instancePath + "/disabled", schemaPath: "#/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.disabled_tips !== void 0) {
      if (!validate202(data.disabled_tips, { instancePath: instancePath + "/disabled_tips", parentData: data, parentDataProperty: "disabled_tips", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate202.errors : __append(vErrors, validate202.errors);
        errors = vErrors.length;
      }
    }
    if (data.width !== void 0) {
      if (typeof data.width !== "string") {
        const err46 = __alive++ < 100 ? { instancePath: instancePath + "/width", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.behaviors !== void 0) {
      if (!validate209(data.behaviors, { instancePath: instancePath + "/behaviors", parentData: data, parentDataProperty: "behaviors", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate209.errors : __append(vErrors, validate209.errors);
        errors = vErrors.length;
      }
    }
    if (data.confirm !== void 0) {
      if (!validate212(data.confirm, { instancePath: instancePath + "/confirm", parentData: data, parentDataProperty: "confirm", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate212.errors : __append(vErrors, validate212.errors);
        errors = vErrors.length;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err47 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err48 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
  } else {
    const err49 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err49];
    } else {
      vErrors.push(err49);
    }
    errors++;
  }
  validate201.errors = vErrors;
  return errors === 0;
}
validate201.evaluated = { "props": { "tag": true, "text": true, "type": true, "size": true, "icon": true, "hover_tips": true, "form_action_type": true, "action_type": true, "url": true, "multi_url": true, "complex_interaction": true, "name": true, "required": true, "disabled": true, "disabled_tips": true, "width": true, "behaviors": true, "confirm": true, "value": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate217(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate217.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : __append(vErrors, validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.tag = true;
    props0.content = true;
    props0.i18n_content = true;
    props0.lines = true;
    props0.text_size = true;
    props0.text_color = true;
    props0.text_align = true;
    props0.element_id = true;
  }
  const _errs2 = errors;
  if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate120.errors : __append(vErrors, validate120.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.tag = true;
        props0.content = true;
        props0.i18n_content = true;
        props0.lines = true;
        props0.text_size = true;
        props0.text_color = true;
        props0.text_align = true;
        props0.href = true;
        props0.element_id = true;
      }
    }
  }
  if (!valid0) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs0;
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate217.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate217.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate223(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate223.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate153(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate153.errors : __append(vErrors, validate153.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate223.errors = vErrors;
  return errors === 0;
}
validate223.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate226(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate226.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.text === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title !== void 0) {
      if (!validate143(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== void 0) {
      if (!validate143(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate226.errors = vErrors;
  return errors === 0;
}
validate226.evaluated = { "props": { "title": true, "text": true }, "dynamicProps": false, "dynamicItems": false };
function validate216(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate216.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.options === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "options" }, message: "must have required property 'options'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("overflow" !== data.tag) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "overflow" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.options !== void 0) {
      let data1 = data.options;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.text !== void 0) {
              if (!validate217(data2.text, { instancePath: instancePath + "/options/" + i0 + "/text", parentData: data2, parentDataProperty: "text", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate217.errors : __append(vErrors, validate217.errors);
                errors = vErrors.length;
              }
            }
            if (data2.value !== void 0) {
              if (typeof data2.value !== "string") {
                const err3 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/value", schemaPath: "#/properties/options/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data2.icon !== void 0) {
              if (!validate129(data2.icon, { instancePath: instancePath + "/options/" + i0 + "/icon", parentData: data2, parentDataProperty: "icon", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate129.errors : __append(vErrors, validate129.errors);
                errors = vErrors.length;
              }
            }
            if (data2.url !== void 0) {
              if (typeof data2.url !== "string") {
                const err4 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/url", schemaPath: "#/properties/options/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data2.multi_url !== void 0) {
              let data7 = data2.multi_url;
              const _pe0 = errors;
              if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
                const err5 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
              const _errs18 = errors;
              let valid7 = false;
              const _errs19 = errors;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.url === void 0) {
                  const err6 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                if (data7.url !== void 0) {
                  let data8 = data7.url;
                  if (typeof data8 === "string") {
                    if (func2(data8) < 1) {
                      const err7 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    }
                  } else {
                    const err8 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
              }
              var _valid0 = _errs19 === errors;
              valid7 = valid7 || _valid0;
              if (_valid0) {
                var props1 = {};
                props1.url = true;
              }
              const _errs22 = errors;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.pc_url === void 0) {
                  const err9 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "pc_url" }, message: "must have required property 'pc_url'" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (data7.ios_url === void 0) {
                  const err10 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "ios_url" }, message: "must have required property 'ios_url'" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                if (data7.android_url === void 0) {
                  const err11 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "android_url" }, message: "must have required property 'android_url'" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
                if (data7.pc_url !== void 0) {
                  let data9 = data7.pc_url;
                  if (typeof data9 === "string") {
                    if (func2(data9) < 1) {
                      const err12 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/pc_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                    }
                  } else {
                    const err13 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
                if (data7.ios_url !== void 0) {
                  let data10 = data7.ios_url;
                  if (typeof data10 === "string") {
                    if (func2(data10) < 1) {
                      const err14 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/ios_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                  } else {
                    const err15 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
                if (data7.android_url !== void 0) {
                  let data11 = data7.android_url;
                  if (typeof data11 === "string") {
                    if (func2(data11) < 1) {
                      const err16 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/android_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                  } else {
                    const err17 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
              }
              var _valid0 = _errs22 === errors;
              valid7 = valid7 || _valid0;
              if (_valid0) {
                if (props1 !== true) {
                  props1 = props1 || {};
                  props1.pc_url = true;
                  props1.ios_url = true;
                  props1.android_url = true;
                }
              }
              const _errs29 = errors;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.url !== void 0) {
                  let data12 = data7.url;
                  if (typeof data12 === "string") {
                    if (func2(data12) > 0) {
                      const err18 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                  } else {
                    const err19 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data7.pc_url !== void 0) {
                  let data13 = data7.pc_url;
                  if (typeof data13 === "string") {
                    if (func2(data13) > 0) {
                      const err20 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/pc_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                  } else {
                    const err21 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
                if (data7.ios_url !== void 0) {
                  let data14 = data7.ios_url;
                  if (typeof data14 === "string") {
                    if (func2(data14) > 0) {
                      const err22 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/ios_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  } else {
                    const err23 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data7.android_url !== void 0) {
                  let data15 = data7.android_url;
                  if (typeof data15 === "string") {
                    if (func2(data15) > 0) {
                      const err24 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/android_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  } else {
                    const err25 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              }
              var _valid0 = _errs29 === errors;
              valid7 = valid7 || _valid0;
              if (_valid0) {
                if (props1 !== true) {
                  props1 = props1 || {};
                  props1.url = true;
                  props1.pc_url = true;
                  props1.ios_url = true;
                  props1.android_url = true;
                }
              }
              if (!valid7) {
                const err26 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              } else {
                errors = _errs18;
                if (vErrors !== null) {
                  __alive -= vErrors.length - _errs18;
                  if (_errs18) {
                    vErrors.length = _errs18;
                  } else {
                    vErrors = null;
                  }
                }
              }
              for (let i1 = _pe0; i1 < errors; i1++) {
                const err27 = vErrors[i1];
                if (err27 && err27.keyword !== "errorLimit") {
                  if (!err27.platformError) {
                    err27.platformError = { ...{ "rule": "multi-url-complete", "code": 200621, "message": "multi_url needs url, or all three of pc_url, ios_url and android_url (an all-empty object is no link)", "inferred": true }, value: typeof data7 === "object" ? void 0 : data7 };
                  }
                }
              }
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (props1 !== true) {
                  props1 = props1 || {};
                  props1.url = true;
                  props1.pc_url = true;
                  props1.ios_url = true;
                  props1.android_url = true;
                }
                if (data7.url !== void 0) {
                  if (typeof data7.url !== "string") {
                    const err28 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data7.pc_url !== void 0) {
                  if (typeof data7.pc_url !== "string") {
                    const err29 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data7.ios_url !== void 0) {
                  if (typeof data7.ios_url !== "string") {
                    const err30 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data7.android_url !== void 0) {
                  if (typeof data7.android_url !== "string") {
                    const err31 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0, schemaPath: "#/properties/options/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = __alive++ < 100 ? { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err35 = __alive++ < 100 ? { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      if (typeof data.required !== "boolean") {
        const err36 = __alive++ < 100 ? { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (typeof data.disabled !== "boolean") {
        const err37 = __alive++ < 100 ? { instancePath: instancePath + "/disabled", schemaPath: "#/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.disabled_tips !== void 0) {
      if (!validate217(data.disabled_tips, { instancePath: instancePath + "/disabled_tips", parentData: data, parentDataProperty: "disabled_tips", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate217.errors : __append(vErrors, validate217.errors);
        errors = vErrors.length;
      }
    }
    if (data.width !== void 0) {
      if (typeof data.width !== "string") {
        const err38 = __alive++ < 100 ? { instancePath: instancePath + "/width", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.behaviors !== void 0) {
      if (!validate223(data.behaviors, { instancePath: instancePath + "/behaviors", parentData: data, parentDataProperty: "behaviors", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate223.errors : __append(vErrors, validate223.errors);
        errors = vErrors.length;
      }
    }
    if (data.confirm !== void 0) {
      if (!validate226(data.confirm, { instancePath: instancePath + "/confirm", parentData: data, parentDataProperty: "confirm", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate226.errors : __append(vErrors, validate226.errors);
        errors = vErrors.length;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err39 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err40 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate216.errors = vErrors;
  return errors === 0;
}
validate216.evaluated = { "props": { "tag": true, "options": true, "name": true, "required": true, "disabled": true, "disabled_tips": true, "width": true, "behaviors": true, "confirm": true, "value": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
var schema290 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://feishu-chat-contract.dev/schemas/card/components/input.json", "type": "object", "required": ["tag"], "properties": { "tag": { "const": "input" }, "placeholder": { "$ref": "../common/text.json#/$defs/Text" }, "default_value": { "type": "string" }, "i18n_default_value": { "$ref": "../common/text.json#/$defs/I18nContent" }, "max_length": { "type": "integer", "minimum": 1, "maximum": 1e3 }, "input_type": { "type": "string", "enum": ["text", "multiline_text", "password"] }, "show_icon": { "type": "boolean" }, "rows": { "type": "integer" }, "auto_resize": { "type": "boolean" }, "max_rows": { "type": "integer" }, "label": { "$ref": "../common/text.json#/$defs/Text" }, "label_position": { "type": "string" }, "fallback": { "type": "object" }, "name": { "type": "string" }, "required": { "type": "boolean" }, "disabled": { "type": "boolean" }, "disabled_tips": { "$ref": "../common/text.json#/$defs/Text" }, "width": { "$ref": "../common/style.json#/$defs/Size" }, "behaviors": { "$ref": "../common/interaction.json#/$defs/Behaviors" }, "confirm": { "$ref": "../common/interaction.json#/$defs/Confirm" }, "value": { "$ref": "../common/interaction.json#/$defs/Value" }, "element_id": { "$ref": "../common/style.json#/$defs/ElementId" }, "margin": { "$ref": "../common/style.json#/$defs/Size" } } };
function validate231(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate231.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : __append(vErrors, validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.tag = true;
    props0.content = true;
    props0.i18n_content = true;
    props0.lines = true;
    props0.text_size = true;
    props0.text_color = true;
    props0.text_align = true;
    props0.element_id = true;
  }
  const _errs2 = errors;
  if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate120.errors : __append(vErrors, validate120.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.tag = true;
        props0.content = true;
        props0.i18n_content = true;
        props0.lines = true;
        props0.text_size = true;
        props0.text_color = true;
        props0.text_align = true;
        props0.href = true;
        props0.element_id = true;
      }
    }
  }
  if (!valid0) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs0;
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate231.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate231.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate237(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate237.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate153(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate153.errors : __append(vErrors, validate153.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate237.errors = vErrors;
  return errors === 0;
}
validate237.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate240(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate240.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.text === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title !== void 0) {
      if (!validate143(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== void 0) {
      if (!validate143(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate240.errors = vErrors;
  return errors === 0;
}
validate240.evaluated = { "props": { "title": true, "text": true }, "dynamicProps": false, "dynamicItems": false };
function validate230(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate230.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("input" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "input" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.placeholder !== void 0) {
      if (!validate231(data.placeholder, { instancePath: instancePath + "/placeholder", parentData: data, parentDataProperty: "placeholder", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate231.errors : __append(vErrors, validate231.errors);
        errors = vErrors.length;
      }
    }
    if (data.default_value !== void 0) {
      if (typeof data.default_value !== "string") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/default_value", schemaPath: "#/properties/default_value/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.i18n_default_value !== void 0) {
      let data3 = data.i18n_default_value;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key0 in data3) {
          if (typeof data3[key0] !== "string") {
            const err3 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_default_value/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "../common/text.json#/$defs/I18nContent/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_default_value", schemaPath: "../common/text.json#/$defs/I18nContent/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.max_length !== void 0) {
      let data5 = data.max_length;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/max_length", schemaPath: "#/properties/max_length/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 1e3 || isNaN(data5)) {
          const err6 = __alive++ < 100 ? { instancePath: instancePath + "/max_length", schemaPath: "#/properties/max_length/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000" } : __overflow;
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err7 = __alive++ < 100 ? { instancePath: instancePath + "/max_length", schemaPath: "#/properties/max_length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" } : __overflow;
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.input_type !== void 0) {
      let data6 = data.input_type;
      if (typeof data6 !== "string") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/input_type", schemaPath: "#/properties/input_type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data6 === "text" || data6 === "multiline_text" || data6 === "password")) {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/input_type", schemaPath: "#/properties/input_type/enum", keyword: "enum", params: { allowedValues: schema290.properties.input_type.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.show_icon !== void 0) {
      if (typeof data.show_icon !== "boolean") {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/show_icon", schemaPath: "#/properties/show_icon/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.rows !== void 0) {
      let data8 = data.rows;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.auto_resize !== void 0) {
      if (typeof data.auto_resize !== "boolean") {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/auto_resize", schemaPath: "#/properties/auto_resize/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.max_rows !== void 0) {
      let data10 = data.max_rows;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err13 = __alive++ < 100 ? { instancePath: instancePath + "/max_rows", schemaPath: "#/properties/max_rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.label !== void 0) {
      if (!validate231(data.label, { instancePath: instancePath + "/label", parentData: data, parentDataProperty: "label", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate231.errors : __append(vErrors, validate231.errors);
        errors = vErrors.length;
      }
    }
    if (data.label_position !== void 0) {
      if (typeof data.label_position !== "string") {
        const err14 = __alive++ < 100 ? { instancePath: instancePath + "/label_position", schemaPath: "#/properties/label_position/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.fallback !== void 0) {
      let data13 = data.fallback;
      if (!(data13 && typeof data13 == "object" && !Array.isArray(data13))) {
        const err15 = __alive++ < 100 ? { instancePath: instancePath + "/fallback", schemaPath: "#/properties/fallback/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err16 = __alive++ < 100 ? { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      if (typeof data.required !== "boolean") {
        const err17 = __alive++ < 100 ? { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (typeof data.disabled !== "boolean") {
        const err18 = __alive++ < 100 ? { instancePath: instancePath + "/disabled", schemaPath: "#/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.disabled_tips !== void 0) {
      if (!validate231(data.disabled_tips, { instancePath: instancePath + "/disabled_tips", parentData: data, parentDataProperty: "disabled_tips", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate231.errors : __append(vErrors, validate231.errors);
        errors = vErrors.length;
      }
    }
    if (data.width !== void 0) {
      if (typeof data.width !== "string") {
        const err19 = __alive++ < 100 ? { instancePath: instancePath + "/width", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.behaviors !== void 0) {
      if (!validate237(data.behaviors, { instancePath: instancePath + "/behaviors", parentData: data, parentDataProperty: "behaviors", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate237.errors : __append(vErrors, validate237.errors);
        errors = vErrors.length;
      }
    }
    if (data.confirm !== void 0) {
      if (!validate240(data.confirm, { instancePath: instancePath + "/confirm", parentData: data, parentDataProperty: "confirm", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate240.errors : __append(vErrors, validate240.errors);
        errors = vErrors.length;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err20 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err21 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate230.errors = vErrors;
  return errors === 0;
}
validate230.evaluated = { "props": { "tag": true, "placeholder": true, "default_value": true, "i18n_default_value": true, "max_length": true, "input_type": true, "show_icon": true, "rows": true, "auto_resize": true, "max_rows": true, "label": true, "label_position": true, "fallback": true, "name": true, "required": true, "disabled": true, "disabled_tips": true, "width": true, "behaviors": true, "confirm": true, "value": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate245(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate245.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : __append(vErrors, validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.tag = true;
    props0.content = true;
    props0.i18n_content = true;
    props0.lines = true;
    props0.text_size = true;
    props0.text_color = true;
    props0.text_align = true;
    props0.element_id = true;
  }
  const _errs2 = errors;
  if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate120.errors : __append(vErrors, validate120.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.tag = true;
        props0.content = true;
        props0.i18n_content = true;
        props0.lines = true;
        props0.text_size = true;
        props0.text_color = true;
        props0.text_align = true;
        props0.href = true;
        props0.element_id = true;
      }
    }
  }
  if (!valid0) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs0;
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate245.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate245.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate252(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate252.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate153(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate153.errors : __append(vErrors, validate153.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate252.errors = vErrors;
  return errors === 0;
}
validate252.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate255(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate255.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.text === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title !== void 0) {
      if (!validate143(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== void 0) {
      if (!validate143(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate255.errors = vErrors;
  return errors === 0;
}
validate255.evaluated = { "props": { "title": true, "text": true }, "dynamicProps": false, "dynamicItems": false };
function validate244(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate244.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("select_static" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "select_static" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.options !== void 0) {
      let data1 = data.options;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.text !== void 0) {
              if (!validate245(data2.text, { instancePath: instancePath + "/options/" + i0 + "/text", parentData: data2, parentDataProperty: "text", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate245.errors : __append(vErrors, validate245.errors);
                errors = vErrors.length;
              }
            }
            if (data2.value !== void 0) {
              if (typeof data2.value !== "string") {
                const err2 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/value", schemaPath: "#/properties/options/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data2.icon !== void 0) {
              if (!validate129(data2.icon, { instancePath: instancePath + "/options/" + i0 + "/icon", parentData: data2, parentDataProperty: "icon", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate129.errors : __append(vErrors, validate129.errors);
                errors = vErrors.length;
              }
            }
            if (data2.url !== void 0) {
              if (typeof data2.url !== "string") {
                const err3 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/url", schemaPath: "#/properties/options/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data2.multi_url !== void 0) {
              let data7 = data2.multi_url;
              const _pe0 = errors;
              if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
                const err4 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              const _errs18 = errors;
              let valid7 = false;
              const _errs19 = errors;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.url === void 0) {
                  const err5 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                if (data7.url !== void 0) {
                  let data8 = data7.url;
                  if (typeof data8 === "string") {
                    if (func2(data8) < 1) {
                      const err6 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err6];
                      } else {
                        vErrors.push(err6);
                      }
                      errors++;
                    }
                  } else {
                    const err7 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                }
              }
              var _valid0 = _errs19 === errors;
              valid7 = valid7 || _valid0;
              if (_valid0) {
                var props1 = {};
                props1.url = true;
              }
              const _errs22 = errors;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.pc_url === void 0) {
                  const err8 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "pc_url" }, message: "must have required property 'pc_url'" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
                if (data7.ios_url === void 0) {
                  const err9 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "ios_url" }, message: "must have required property 'ios_url'" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (data7.android_url === void 0) {
                  const err10 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "android_url" }, message: "must have required property 'android_url'" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                if (data7.pc_url !== void 0) {
                  let data9 = data7.pc_url;
                  if (typeof data9 === "string") {
                    if (func2(data9) < 1) {
                      const err11 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/pc_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                  } else {
                    const err12 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
                if (data7.ios_url !== void 0) {
                  let data10 = data7.ios_url;
                  if (typeof data10 === "string") {
                    if (func2(data10) < 1) {
                      const err13 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/ios_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                  } else {
                    const err14 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                if (data7.android_url !== void 0) {
                  let data11 = data7.android_url;
                  if (typeof data11 === "string") {
                    if (func2(data11) < 1) {
                      const err15 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/android_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  } else {
                    const err16 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
              }
              var _valid0 = _errs22 === errors;
              valid7 = valid7 || _valid0;
              if (_valid0) {
                if (props1 !== true) {
                  props1 = props1 || {};
                  props1.pc_url = true;
                  props1.ios_url = true;
                  props1.android_url = true;
                }
              }
              const _errs29 = errors;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.url !== void 0) {
                  let data12 = data7.url;
                  if (typeof data12 === "string") {
                    if (func2(data12) > 0) {
                      const err17 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                  } else {
                    const err18 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                if (data7.pc_url !== void 0) {
                  let data13 = data7.pc_url;
                  if (typeof data13 === "string") {
                    if (func2(data13) > 0) {
                      const err19 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/pc_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  } else {
                    const err20 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                if (data7.ios_url !== void 0) {
                  let data14 = data7.ios_url;
                  if (typeof data14 === "string") {
                    if (func2(data14) > 0) {
                      const err21 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/ios_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                  } else {
                    const err22 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
                if (data7.android_url !== void 0) {
                  let data15 = data7.android_url;
                  if (typeof data15 === "string") {
                    if (func2(data15) > 0) {
                      const err23 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/android_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  } else {
                    const err24 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              }
              var _valid0 = _errs29 === errors;
              valid7 = valid7 || _valid0;
              if (_valid0) {
                if (props1 !== true) {
                  props1 = props1 || {};
                  props1.url = true;
                  props1.pc_url = true;
                  props1.ios_url = true;
                  props1.android_url = true;
                }
              }
              if (!valid7) {
                const err25 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              } else {
                errors = _errs18;
                if (vErrors !== null) {
                  __alive -= vErrors.length - _errs18;
                  if (_errs18) {
                    vErrors.length = _errs18;
                  } else {
                    vErrors = null;
                  }
                }
              }
              for (let i1 = _pe0; i1 < errors; i1++) {
                const err26 = vErrors[i1];
                if (err26 && err26.keyword !== "errorLimit") {
                  if (!err26.platformError) {
                    err26.platformError = { ...{ "rule": "multi-url-complete", "code": 200621, "message": "multi_url needs url, or all three of pc_url, ios_url and android_url (an all-empty object is no link)", "inferred": true }, value: typeof data7 === "object" ? void 0 : data7 };
                  }
                }
              }
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (props1 !== true) {
                  props1 = props1 || {};
                  props1.url = true;
                  props1.pc_url = true;
                  props1.ios_url = true;
                  props1.android_url = true;
                }
                if (data7.url !== void 0) {
                  if (typeof data7.url !== "string") {
                    const err27 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data7.pc_url !== void 0) {
                  if (typeof data7.pc_url !== "string") {
                    const err28 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data7.ios_url !== void 0) {
                  if (typeof data7.ios_url !== "string") {
                    const err29 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data7.android_url !== void 0) {
                  if (typeof data7.android_url !== "string") {
                    const err30 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
              } else {
                const err31 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0, schemaPath: "#/properties/options/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = __alive++ < 100 ? { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.placeholder !== void 0) {
      if (!validate245(data.placeholder, { instancePath: instancePath + "/placeholder", parentData: data, parentDataProperty: "placeholder", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate245.errors : __append(vErrors, validate245.errors);
        errors = vErrors.length;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err34 = __alive++ < 100 ? { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.initial_option !== void 0) {
      if (typeof data.initial_option !== "string") {
        const err35 = __alive++ < 100 ? { instancePath: instancePath + "/initial_option", schemaPath: "#/properties/initial_option/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.initial_index !== void 0) {
      let data23 = data.initial_index;
      if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
        const err36 = __alive++ < 100 ? { instancePath: instancePath + "/initial_index", schemaPath: "#/properties/initial_index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.selected_values !== void 0) {
      let data24 = data.selected_values;
      if (Array.isArray(data24)) {
        const len1 = data24.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (typeof data24[i2] !== "string") {
            const err37 = __alive++ < 100 ? { instancePath: instancePath + "/selected_values/" + i2, schemaPath: "#/properties/selected_values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = __alive++ < 100 ? { instancePath: instancePath + "/selected_values", schemaPath: "#/properties/selected_values/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err39 = __alive++ < 100 ? { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      if (typeof data.required !== "boolean") {
        const err40 = __alive++ < 100 ? { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (typeof data.disabled !== "boolean") {
        const err41 = __alive++ < 100 ? { instancePath: instancePath + "/disabled", schemaPath: "#/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.disabled_tips !== void 0) {
      if (!validate245(data.disabled_tips, { instancePath: instancePath + "/disabled_tips", parentData: data, parentDataProperty: "disabled_tips", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate245.errors : __append(vErrors, validate245.errors);
        errors = vErrors.length;
      }
    }
    if (data.width !== void 0) {
      if (typeof data.width !== "string") {
        const err42 = __alive++ < 100 ? { instancePath: instancePath + "/width", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.behaviors !== void 0) {
      if (!validate252(data.behaviors, { instancePath: instancePath + "/behaviors", parentData: data, parentDataProperty: "behaviors", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate252.errors : __append(vErrors, validate252.errors);
        errors = vErrors.length;
      }
    }
    if (data.confirm !== void 0) {
      if (!validate255(data.confirm, { instancePath: instancePath + "/confirm", parentData: data, parentDataProperty: "confirm", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate255.errors : __append(vErrors, validate255.errors);
        errors = vErrors.length;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err43 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err44 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
  } else {
    const err45 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err45];
    } else {
      vErrors.push(err45);
    }
    errors++;
  }
  validate244.errors = vErrors;
  return errors === 0;
}
validate244.evaluated = { "props": { "tag": true, "options": true, "placeholder": true, "type": true, "initial_option": true, "initial_index": true, "selected_values": true, "name": true, "required": true, "disabled": true, "disabled_tips": true, "width": true, "behaviors": true, "confirm": true, "value": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate260(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate260.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : __append(vErrors, validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.tag = true;
    props0.content = true;
    props0.i18n_content = true;
    props0.lines = true;
    props0.text_size = true;
    props0.text_color = true;
    props0.text_align = true;
    props0.element_id = true;
  }
  const _errs2 = errors;
  if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate120.errors : __append(vErrors, validate120.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.tag = true;
        props0.content = true;
        props0.i18n_content = true;
        props0.lines = true;
        props0.text_size = true;
        props0.text_color = true;
        props0.text_align = true;
        props0.href = true;
        props0.element_id = true;
      }
    }
  }
  if (!valid0) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs0;
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate260.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate260.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate267(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate267.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate153(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate153.errors : __append(vErrors, validate153.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate267.errors = vErrors;
  return errors === 0;
}
validate267.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate270(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate270.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.text === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title !== void 0) {
      if (!validate143(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== void 0) {
      if (!validate143(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate270.errors = vErrors;
  return errors === 0;
}
validate270.evaluated = { "props": { "title": true, "text": true }, "dynamicProps": false, "dynamicItems": false };
function validate259(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate259.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("multi_select_static" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "multi_select_static" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.options !== void 0) {
      let data1 = data.options;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.text !== void 0) {
              if (!validate260(data2.text, { instancePath: instancePath + "/options/" + i0 + "/text", parentData: data2, parentDataProperty: "text", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate260.errors : __append(vErrors, validate260.errors);
                errors = vErrors.length;
              }
            }
            if (data2.value !== void 0) {
              if (typeof data2.value !== "string") {
                const err2 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/value", schemaPath: "#/properties/options/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data2.icon !== void 0) {
              if (!validate129(data2.icon, { instancePath: instancePath + "/options/" + i0 + "/icon", parentData: data2, parentDataProperty: "icon", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate129.errors : __append(vErrors, validate129.errors);
                errors = vErrors.length;
              }
            }
            if (data2.url !== void 0) {
              if (typeof data2.url !== "string") {
                const err3 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/url", schemaPath: "#/properties/options/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data2.multi_url !== void 0) {
              let data7 = data2.multi_url;
              const _pe0 = errors;
              if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
                const err4 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              const _errs18 = errors;
              let valid7 = false;
              const _errs19 = errors;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.url === void 0) {
                  const err5 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                if (data7.url !== void 0) {
                  let data8 = data7.url;
                  if (typeof data8 === "string") {
                    if (func2(data8) < 1) {
                      const err6 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err6];
                      } else {
                        vErrors.push(err6);
                      }
                      errors++;
                    }
                  } else {
                    const err7 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                }
              }
              var _valid0 = _errs19 === errors;
              valid7 = valid7 || _valid0;
              if (_valid0) {
                var props1 = {};
                props1.url = true;
              }
              const _errs22 = errors;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.pc_url === void 0) {
                  const err8 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "pc_url" }, message: "must have required property 'pc_url'" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
                if (data7.ios_url === void 0) {
                  const err9 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "ios_url" }, message: "must have required property 'ios_url'" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (data7.android_url === void 0) {
                  const err10 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "android_url" }, message: "must have required property 'android_url'" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                if (data7.pc_url !== void 0) {
                  let data9 = data7.pc_url;
                  if (typeof data9 === "string") {
                    if (func2(data9) < 1) {
                      const err11 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/pc_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                  } else {
                    const err12 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
                if (data7.ios_url !== void 0) {
                  let data10 = data7.ios_url;
                  if (typeof data10 === "string") {
                    if (func2(data10) < 1) {
                      const err13 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/ios_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                  } else {
                    const err14 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                if (data7.android_url !== void 0) {
                  let data11 = data7.android_url;
                  if (typeof data11 === "string") {
                    if (func2(data11) < 1) {
                      const err15 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/android_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  } else {
                    const err16 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
              }
              var _valid0 = _errs22 === errors;
              valid7 = valid7 || _valid0;
              if (_valid0) {
                if (props1 !== true) {
                  props1 = props1 || {};
                  props1.pc_url = true;
                  props1.ios_url = true;
                  props1.android_url = true;
                }
              }
              const _errs29 = errors;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.url !== void 0) {
                  let data12 = data7.url;
                  if (typeof data12 === "string") {
                    if (func2(data12) > 0) {
                      const err17 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                  } else {
                    const err18 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                if (data7.pc_url !== void 0) {
                  let data13 = data7.pc_url;
                  if (typeof data13 === "string") {
                    if (func2(data13) > 0) {
                      const err19 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/pc_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  } else {
                    const err20 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                if (data7.ios_url !== void 0) {
                  let data14 = data7.ios_url;
                  if (typeof data14 === "string") {
                    if (func2(data14) > 0) {
                      const err21 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/ios_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                  } else {
                    const err22 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
                if (data7.android_url !== void 0) {
                  let data15 = data7.android_url;
                  if (typeof data15 === "string") {
                    if (func2(data15) > 0) {
                      const err23 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/android_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  } else {
                    const err24 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              }
              var _valid0 = _errs29 === errors;
              valid7 = valid7 || _valid0;
              if (_valid0) {
                if (props1 !== true) {
                  props1 = props1 || {};
                  props1.url = true;
                  props1.pc_url = true;
                  props1.ios_url = true;
                  props1.android_url = true;
                }
              }
              if (!valid7) {
                const err25 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              } else {
                errors = _errs18;
                if (vErrors !== null) {
                  __alive -= vErrors.length - _errs18;
                  if (_errs18) {
                    vErrors.length = _errs18;
                  } else {
                    vErrors = null;
                  }
                }
              }
              for (let i1 = _pe0; i1 < errors; i1++) {
                const err26 = vErrors[i1];
                if (err26 && err26.keyword !== "errorLimit") {
                  if (!err26.platformError) {
                    err26.platformError = { ...{ "rule": "multi-url-complete", "code": 200621, "message": "multi_url needs url, or all three of pc_url, ios_url and android_url (an all-empty object is no link)", "inferred": true }, value: typeof data7 === "object" ? void 0 : data7 };
                  }
                }
              }
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (props1 !== true) {
                  props1 = props1 || {};
                  props1.url = true;
                  props1.pc_url = true;
                  props1.ios_url = true;
                  props1.android_url = true;
                }
                if (data7.url !== void 0) {
                  if (typeof data7.url !== "string") {
                    const err27 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data7.pc_url !== void 0) {
                  if (typeof data7.pc_url !== "string") {
                    const err28 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data7.ios_url !== void 0) {
                  if (typeof data7.ios_url !== "string") {
                    const err29 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data7.android_url !== void 0) {
                  if (typeof data7.android_url !== "string") {
                    const err30 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
              } else {
                const err31 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0, schemaPath: "#/properties/options/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = __alive++ < 100 ? { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.placeholder !== void 0) {
      if (!validate260(data.placeholder, { instancePath: instancePath + "/placeholder", parentData: data, parentDataProperty: "placeholder", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate260.errors : __append(vErrors, validate260.errors);
        errors = vErrors.length;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err34 = __alive++ < 100 ? { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.initial_option !== void 0) {
      if (typeof data.initial_option !== "string") {
        const err35 = __alive++ < 100 ? { instancePath: instancePath + "/initial_option", schemaPath: "#/properties/initial_option/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.initial_index !== void 0) {
      let data23 = data.initial_index;
      if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
        const err36 = __alive++ < 100 ? { instancePath: instancePath + "/initial_index", schemaPath: "#/properties/initial_index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.selected_values !== void 0) {
      let data24 = data.selected_values;
      if (Array.isArray(data24)) {
        const len1 = data24.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (typeof data24[i2] !== "string") {
            const err37 = __alive++ < 100 ? { instancePath: instancePath + "/selected_values/" + i2, schemaPath: "#/properties/selected_values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = __alive++ < 100 ? { instancePath: instancePath + "/selected_values", schemaPath: "#/properties/selected_values/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err39 = __alive++ < 100 ? { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      if (typeof data.required !== "boolean") {
        const err40 = __alive++ < 100 ? { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (typeof data.disabled !== "boolean") {
        const err41 = __alive++ < 100 ? { instancePath: instancePath + "/disabled", schemaPath: "#/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.disabled_tips !== void 0) {
      if (!validate260(data.disabled_tips, { instancePath: instancePath + "/disabled_tips", parentData: data, parentDataProperty: "disabled_tips", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate260.errors : __append(vErrors, validate260.errors);
        errors = vErrors.length;
      }
    }
    if (data.width !== void 0) {
      if (typeof data.width !== "string") {
        const err42 = __alive++ < 100 ? { instancePath: instancePath + "/width", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.behaviors !== void 0) {
      if (!validate267(data.behaviors, { instancePath: instancePath + "/behaviors", parentData: data, parentDataProperty: "behaviors", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate267.errors : __append(vErrors, validate267.errors);
        errors = vErrors.length;
      }
    }
    if (data.confirm !== void 0) {
      if (!validate270(data.confirm, { instancePath: instancePath + "/confirm", parentData: data, parentDataProperty: "confirm", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate270.errors : __append(vErrors, validate270.errors);
        errors = vErrors.length;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err43 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err44 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
  } else {
    const err45 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err45];
    } else {
      vErrors.push(err45);
    }
    errors++;
  }
  validate259.errors = vErrors;
  return errors === 0;
}
validate259.evaluated = { "props": { "tag": true, "options": true, "placeholder": true, "type": true, "initial_option": true, "initial_index": true, "selected_values": true, "name": true, "required": true, "disabled": true, "disabled_tips": true, "width": true, "behaviors": true, "confirm": true, "value": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate275(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate275.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : __append(vErrors, validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.tag = true;
    props0.content = true;
    props0.i18n_content = true;
    props0.lines = true;
    props0.text_size = true;
    props0.text_color = true;
    props0.text_align = true;
    props0.element_id = true;
  }
  const _errs2 = errors;
  if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate120.errors : __append(vErrors, validate120.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.tag = true;
        props0.content = true;
        props0.i18n_content = true;
        props0.lines = true;
        props0.text_size = true;
        props0.text_color = true;
        props0.text_align = true;
        props0.href = true;
        props0.element_id = true;
      }
    }
  }
  if (!valid0) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs0;
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate275.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate275.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate280(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate280.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate153(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate153.errors : __append(vErrors, validate153.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate280.errors = vErrors;
  return errors === 0;
}
validate280.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate283(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate283.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.text === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title !== void 0) {
      if (!validate143(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== void 0) {
      if (!validate143(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate283.errors = vErrors;
  return errors === 0;
}
validate283.evaluated = { "props": { "title": true, "text": true }, "dynamicProps": false, "dynamicItems": false };
function validate274(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate274.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("select_person" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "select_person" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.options !== void 0) {
      let data1 = data.options;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.value !== void 0) {
              if (typeof data2.value !== "string") {
                const err2 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/value", schemaPath: "#/properties/options/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
          } else {
            const err3 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0, schemaPath: "#/properties/options/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.placeholder !== void 0) {
      if (!validate275(data.placeholder, { instancePath: instancePath + "/placeholder", parentData: data, parentDataProperty: "placeholder", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate275.errors : __append(vErrors, validate275.errors);
        errors = vErrors.length;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.initial_option !== void 0) {
      if (typeof data.initial_option !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/initial_option", schemaPath: "#/properties/initial_option/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.initial_index !== void 0) {
      let data7 = data.initial_index;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/initial_index", schemaPath: "#/properties/initial_index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.selected_values !== void 0) {
      let data8 = data.selected_values;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data8[i1] !== "string") {
            const err8 = __alive++ < 100 ? { instancePath: instancePath + "/selected_values/" + i1, schemaPath: "#/properties/selected_values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/selected_values", schemaPath: "#/properties/selected_values/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      if (typeof data.required !== "boolean") {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (typeof data.disabled !== "boolean") {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/disabled", schemaPath: "#/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.disabled_tips !== void 0) {
      if (!validate275(data.disabled_tips, { instancePath: instancePath + "/disabled_tips", parentData: data, parentDataProperty: "disabled_tips", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate275.errors : __append(vErrors, validate275.errors);
        errors = vErrors.length;
      }
    }
    if (data.width !== void 0) {
      if (typeof data.width !== "string") {
        const err13 = __alive++ < 100 ? { instancePath: instancePath + "/width", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.behaviors !== void 0) {
      if (!validate280(data.behaviors, { instancePath: instancePath + "/behaviors", parentData: data, parentDataProperty: "behaviors", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate280.errors : __append(vErrors, validate280.errors);
        errors = vErrors.length;
      }
    }
    if (data.confirm !== void 0) {
      if (!validate283(data.confirm, { instancePath: instancePath + "/confirm", parentData: data, parentDataProperty: "confirm", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate283.errors : __append(vErrors, validate283.errors);
        errors = vErrors.length;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err14 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err15 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate274.errors = vErrors;
  return errors === 0;
}
validate274.evaluated = { "props": { "tag": true, "options": true, "placeholder": true, "type": true, "initial_option": true, "initial_index": true, "selected_values": true, "name": true, "required": true, "disabled": true, "disabled_tips": true, "width": true, "behaviors": true, "confirm": true, "value": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate288(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate288.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : __append(vErrors, validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.tag = true;
    props0.content = true;
    props0.i18n_content = true;
    props0.lines = true;
    props0.text_size = true;
    props0.text_color = true;
    props0.text_align = true;
    props0.element_id = true;
  }
  const _errs2 = errors;
  if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate120.errors : __append(vErrors, validate120.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.tag = true;
        props0.content = true;
        props0.i18n_content = true;
        props0.lines = true;
        props0.text_size = true;
        props0.text_color = true;
        props0.text_align = true;
        props0.href = true;
        props0.element_id = true;
      }
    }
  }
  if (!valid0) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs0;
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate288.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate288.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate293(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate293.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate153(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate153.errors : __append(vErrors, validate153.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate293.errors = vErrors;
  return errors === 0;
}
validate293.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate296(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate296.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.text === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title !== void 0) {
      if (!validate143(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== void 0) {
      if (!validate143(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate296.errors = vErrors;
  return errors === 0;
}
validate296.evaluated = { "props": { "title": true, "text": true }, "dynamicProps": false, "dynamicItems": false };
function validate287(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate287.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("multi_select_person" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "multi_select_person" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.options !== void 0) {
      let data1 = data.options;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.value !== void 0) {
              if (typeof data2.value !== "string") {
                const err2 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/value", schemaPath: "#/properties/options/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
          } else {
            const err3 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0, schemaPath: "#/properties/options/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.placeholder !== void 0) {
      if (!validate288(data.placeholder, { instancePath: instancePath + "/placeholder", parentData: data, parentDataProperty: "placeholder", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate288.errors : __append(vErrors, validate288.errors);
        errors = vErrors.length;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.initial_option !== void 0) {
      if (typeof data.initial_option !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/initial_option", schemaPath: "#/properties/initial_option/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.initial_index !== void 0) {
      let data7 = data.initial_index;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/initial_index", schemaPath: "#/properties/initial_index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.selected_values !== void 0) {
      let data8 = data.selected_values;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data8[i1] !== "string") {
            const err8 = __alive++ < 100 ? { instancePath: instancePath + "/selected_values/" + i1, schemaPath: "#/properties/selected_values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/selected_values", schemaPath: "#/properties/selected_values/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      if (typeof data.required !== "boolean") {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (typeof data.disabled !== "boolean") {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/disabled", schemaPath: "#/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.disabled_tips !== void 0) {
      if (!validate288(data.disabled_tips, { instancePath: instancePath + "/disabled_tips", parentData: data, parentDataProperty: "disabled_tips", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate288.errors : __append(vErrors, validate288.errors);
        errors = vErrors.length;
      }
    }
    if (data.width !== void 0) {
      if (typeof data.width !== "string") {
        const err13 = __alive++ < 100 ? { instancePath: instancePath + "/width", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.behaviors !== void 0) {
      if (!validate293(data.behaviors, { instancePath: instancePath + "/behaviors", parentData: data, parentDataProperty: "behaviors", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate293.errors : __append(vErrors, validate293.errors);
        errors = vErrors.length;
      }
    }
    if (data.confirm !== void 0) {
      if (!validate296(data.confirm, { instancePath: instancePath + "/confirm", parentData: data, parentDataProperty: "confirm", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate296.errors : __append(vErrors, validate296.errors);
        errors = vErrors.length;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err14 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err15 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate287.errors = vErrors;
  return errors === 0;
}
validate287.evaluated = { "props": { "tag": true, "options": true, "placeholder": true, "type": true, "initial_option": true, "initial_index": true, "selected_values": true, "name": true, "required": true, "disabled": true, "disabled_tips": true, "width": true, "behaviors": true, "confirm": true, "value": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate301(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate301.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : __append(vErrors, validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.tag = true;
    props0.content = true;
    props0.i18n_content = true;
    props0.lines = true;
    props0.text_size = true;
    props0.text_color = true;
    props0.text_align = true;
    props0.element_id = true;
  }
  const _errs2 = errors;
  if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate120.errors : __append(vErrors, validate120.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.tag = true;
        props0.content = true;
        props0.i18n_content = true;
        props0.lines = true;
        props0.text_size = true;
        props0.text_color = true;
        props0.text_align = true;
        props0.href = true;
        props0.element_id = true;
      }
    }
  }
  if (!valid0) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs0;
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate301.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate301.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate306(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate306.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate153(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate153.errors : __append(vErrors, validate153.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate306.errors = vErrors;
  return errors === 0;
}
validate306.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate309(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate309.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.text === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title !== void 0) {
      if (!validate143(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== void 0) {
      if (!validate143(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate309.errors = vErrors;
  return errors === 0;
}
validate309.evaluated = { "props": { "title": true, "text": true }, "dynamicProps": false, "dynamicItems": false };
function validate300(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate300.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("date_picker" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "date_picker" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.initial_date !== void 0) {
      if (typeof data.initial_date !== "string") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/initial_date", schemaPath: "#/properties/initial_date/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.placeholder !== void 0) {
      if (!validate301(data.placeholder, { instancePath: instancePath + "/placeholder", parentData: data, parentDataProperty: "placeholder", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate301.errors : __append(vErrors, validate301.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      if (typeof data.required !== "boolean") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (typeof data.disabled !== "boolean") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/disabled", schemaPath: "#/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.disabled_tips !== void 0) {
      if (!validate301(data.disabled_tips, { instancePath: instancePath + "/disabled_tips", parentData: data, parentDataProperty: "disabled_tips", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate301.errors : __append(vErrors, validate301.errors);
        errors = vErrors.length;
      }
    }
    if (data.width !== void 0) {
      if (typeof data.width !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/width", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.behaviors !== void 0) {
      if (!validate306(data.behaviors, { instancePath: instancePath + "/behaviors", parentData: data, parentDataProperty: "behaviors", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate306.errors : __append(vErrors, validate306.errors);
        errors = vErrors.length;
      }
    }
    if (data.confirm !== void 0) {
      if (!validate309(data.confirm, { instancePath: instancePath + "/confirm", parentData: data, parentDataProperty: "confirm", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate309.errors : __append(vErrors, validate309.errors);
        errors = vErrors.length;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate300.errors = vErrors;
  return errors === 0;
}
validate300.evaluated = { "props": { "tag": true, "initial_date": true, "placeholder": true, "name": true, "required": true, "disabled": true, "disabled_tips": true, "width": true, "behaviors": true, "confirm": true, "value": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate314(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate314.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : __append(vErrors, validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.tag = true;
    props0.content = true;
    props0.i18n_content = true;
    props0.lines = true;
    props0.text_size = true;
    props0.text_color = true;
    props0.text_align = true;
    props0.element_id = true;
  }
  const _errs2 = errors;
  if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate120.errors : __append(vErrors, validate120.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.tag = true;
        props0.content = true;
        props0.i18n_content = true;
        props0.lines = true;
        props0.text_size = true;
        props0.text_color = true;
        props0.text_align = true;
        props0.href = true;
        props0.element_id = true;
      }
    }
  }
  if (!valid0) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs0;
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate314.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate314.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate319(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate319.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate153(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate153.errors : __append(vErrors, validate153.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate319.errors = vErrors;
  return errors === 0;
}
validate319.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate322(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate322.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.text === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title !== void 0) {
      if (!validate143(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== void 0) {
      if (!validate143(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate322.errors = vErrors;
  return errors === 0;
}
validate322.evaluated = { "props": { "title": true, "text": true }, "dynamicProps": false, "dynamicItems": false };
function validate313(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate313.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("picker_time" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "picker_time" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.initial_time !== void 0) {
      if (typeof data.initial_time !== "string") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/initial_time", schemaPath: "#/properties/initial_time/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.placeholder !== void 0) {
      if (!validate314(data.placeholder, { instancePath: instancePath + "/placeholder", parentData: data, parentDataProperty: "placeholder", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate314.errors : __append(vErrors, validate314.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      if (typeof data.required !== "boolean") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (typeof data.disabled !== "boolean") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/disabled", schemaPath: "#/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.disabled_tips !== void 0) {
      if (!validate314(data.disabled_tips, { instancePath: instancePath + "/disabled_tips", parentData: data, parentDataProperty: "disabled_tips", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate314.errors : __append(vErrors, validate314.errors);
        errors = vErrors.length;
      }
    }
    if (data.width !== void 0) {
      if (typeof data.width !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/width", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.behaviors !== void 0) {
      if (!validate319(data.behaviors, { instancePath: instancePath + "/behaviors", parentData: data, parentDataProperty: "behaviors", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate319.errors : __append(vErrors, validate319.errors);
        errors = vErrors.length;
      }
    }
    if (data.confirm !== void 0) {
      if (!validate322(data.confirm, { instancePath: instancePath + "/confirm", parentData: data, parentDataProperty: "confirm", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate322.errors : __append(vErrors, validate322.errors);
        errors = vErrors.length;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate313.errors = vErrors;
  return errors === 0;
}
validate313.evaluated = { "props": { "tag": true, "initial_time": true, "placeholder": true, "name": true, "required": true, "disabled": true, "disabled_tips": true, "width": true, "behaviors": true, "confirm": true, "value": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate327(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate327.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : __append(vErrors, validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.tag = true;
    props0.content = true;
    props0.i18n_content = true;
    props0.lines = true;
    props0.text_size = true;
    props0.text_color = true;
    props0.text_align = true;
    props0.element_id = true;
  }
  const _errs2 = errors;
  if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate120.errors : __append(vErrors, validate120.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.tag = true;
        props0.content = true;
        props0.i18n_content = true;
        props0.lines = true;
        props0.text_size = true;
        props0.text_color = true;
        props0.text_align = true;
        props0.href = true;
        props0.element_id = true;
      }
    }
  }
  if (!valid0) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs0;
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate327.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate327.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate332(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate332.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate153(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate153.errors : __append(vErrors, validate153.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate332.errors = vErrors;
  return errors === 0;
}
validate332.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate335(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate335.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.text === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title !== void 0) {
      if (!validate143(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== void 0) {
      if (!validate143(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate335.errors = vErrors;
  return errors === 0;
}
validate335.evaluated = { "props": { "title": true, "text": true }, "dynamicProps": false, "dynamicItems": false };
function validate326(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate326.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("picker_datetime" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "picker_datetime" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.initial_datetime !== void 0) {
      if (typeof data.initial_datetime !== "string") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/initial_datetime", schemaPath: "#/properties/initial_datetime/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.placeholder !== void 0) {
      if (!validate327(data.placeholder, { instancePath: instancePath + "/placeholder", parentData: data, parentDataProperty: "placeholder", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate327.errors : __append(vErrors, validate327.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      if (typeof data.required !== "boolean") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (typeof data.disabled !== "boolean") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/disabled", schemaPath: "#/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.disabled_tips !== void 0) {
      if (!validate327(data.disabled_tips, { instancePath: instancePath + "/disabled_tips", parentData: data, parentDataProperty: "disabled_tips", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate327.errors : __append(vErrors, validate327.errors);
        errors = vErrors.length;
      }
    }
    if (data.width !== void 0) {
      if (typeof data.width !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/width", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.behaviors !== void 0) {
      if (!validate332(data.behaviors, { instancePath: instancePath + "/behaviors", parentData: data, parentDataProperty: "behaviors", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate332.errors : __append(vErrors, validate332.errors);
        errors = vErrors.length;
      }
    }
    if (data.confirm !== void 0) {
      if (!validate335(data.confirm, { instancePath: instancePath + "/confirm", parentData: data, parentDataProperty: "confirm", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate335.errors : __append(vErrors, validate335.errors);
        errors = vErrors.length;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate326.errors = vErrors;
  return errors === 0;
}
validate326.evaluated = { "props": { "tag": true, "initial_datetime": true, "placeholder": true, "name": true, "required": true, "disabled": true, "disabled_tips": true, "width": true, "behaviors": true, "confirm": true, "value": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate340(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate340.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : __append(vErrors, validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.tag = true;
    props0.content = true;
    props0.i18n_content = true;
    props0.lines = true;
    props0.text_size = true;
    props0.text_color = true;
    props0.text_align = true;
    props0.element_id = true;
  }
  const _errs2 = errors;
  if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate120.errors : __append(vErrors, validate120.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.tag = true;
        props0.content = true;
        props0.i18n_content = true;
        props0.lines = true;
        props0.text_size = true;
        props0.text_color = true;
        props0.text_align = true;
        props0.href = true;
        props0.element_id = true;
      }
    }
  }
  if (!valid0) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs0;
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate340.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate340.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate346(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate346.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate153(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate153.errors : __append(vErrors, validate153.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate346.errors = vErrors;
  return errors === 0;
}
validate346.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate349(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate349.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.text === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title !== void 0) {
      if (!validate143(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== void 0) {
      if (!validate143(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate349.errors = vErrors;
  return errors === 0;
}
validate349.evaluated = { "props": { "title": true, "text": true }, "dynamicProps": false, "dynamicItems": false };
function validate339(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate339.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.options === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "options" }, message: "must have required property 'options'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("select_img" !== data.tag) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "select_img" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.options !== void 0) {
      let data1 = data.options;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.img_key === void 0) {
              const err3 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0, schemaPath: "#/properties/options/items/required", keyword: "required", params: { missingProperty: "img_key" }, message: "must have required property 'img_key'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data2.img_key !== void 0) {
              if (typeof data2.img_key !== "string") {
                const err4 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/img_key", schemaPath: "#/properties/options/items/properties/img_key/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data2.value !== void 0) {
              if (typeof data2.value !== "string") {
                const err5 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/value", schemaPath: "#/properties/options/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data2.disabled !== void 0) {
              if (typeof data2.disabled !== "boolean") {
                const err6 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0 + "/disabled", schemaPath: "#/properties/options/items/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data2.disabled_tips !== void 0) {
              if (!validate340(data2.disabled_tips, { instancePath: instancePath + "/options/" + i0 + "/disabled_tips", parentData: data2, parentDataProperty: "disabled_tips", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate340.errors : __append(vErrors, validate340.errors);
                errors = vErrors.length;
              }
            }
            if (data2.hover_tips !== void 0) {
              if (!validate340(data2.hover_tips, { instancePath: instancePath + "/options/" + i0 + "/hover_tips", parentData: data2, parentDataProperty: "hover_tips", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate340.errors : __append(vErrors, validate340.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err7 = __alive++ < 100 ? { instancePath: instancePath + "/options/" + i0, schemaPath: "#/properties/options/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.multi_select !== void 0) {
      if (typeof data.multi_select !== "boolean") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/multi_select", schemaPath: "#/properties/multi_select/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.layout !== void 0) {
      if (typeof data.layout !== "string") {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/layout", schemaPath: "#/properties/layout/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.aspect_ratio !== void 0) {
      if (typeof data.aspect_ratio !== "string") {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/aspect_ratio", schemaPath: "#/properties/aspect_ratio/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.can_preview !== void 0) {
      if (typeof data.can_preview !== "boolean") {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/can_preview", schemaPath: "#/properties/can_preview/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err13 = __alive++ < 100 ? { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      if (typeof data.required !== "boolean") {
        const err14 = __alive++ < 100 ? { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (typeof data.disabled !== "boolean") {
        const err15 = __alive++ < 100 ? { instancePath: instancePath + "/disabled", schemaPath: "#/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.disabled_tips !== void 0) {
      if (!validate340(data.disabled_tips, { instancePath: instancePath + "/disabled_tips", parentData: data, parentDataProperty: "disabled_tips", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate340.errors : __append(vErrors, validate340.errors);
        errors = vErrors.length;
      }
    }
    if (data.width !== void 0) {
      if (typeof data.width !== "string") {
        const err16 = __alive++ < 100 ? { instancePath: instancePath + "/width", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.behaviors !== void 0) {
      if (!validate346(data.behaviors, { instancePath: instancePath + "/behaviors", parentData: data, parentDataProperty: "behaviors", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate346.errors : __append(vErrors, validate346.errors);
        errors = vErrors.length;
      }
    }
    if (data.confirm !== void 0) {
      if (!validate349(data.confirm, { instancePath: instancePath + "/confirm", parentData: data, parentDataProperty: "confirm", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate349.errors : __append(vErrors, validate349.errors);
        errors = vErrors.length;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err17 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err18 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate339.errors = vErrors;
  return errors === 0;
}
validate339.evaluated = { "props": { "tag": true, "options": true, "multi_select": true, "layout": true, "aspect_ratio": true, "can_preview": true, "name": true, "required": true, "disabled": true, "disabled_tips": true, "width": true, "behaviors": true, "confirm": true, "value": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate354(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate354.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate117(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate117.errors : __append(vErrors, validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.tag = true;
    props0.content = true;
    props0.i18n_content = true;
    props0.lines = true;
    props0.text_size = true;
    props0.text_color = true;
    props0.text_align = true;
    props0.element_id = true;
  }
  const _errs2 = errors;
  if (!validate120(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate120.errors : __append(vErrors, validate120.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.tag = true;
        props0.content = true;
        props0.i18n_content = true;
        props0.lines = true;
        props0.text_size = true;
        props0.text_color = true;
        props0.text_align = true;
        props0.href = true;
        props0.element_id = true;
      }
    }
  }
  if (!valid0) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs0;
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate354.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate354.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate360(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate360.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate153(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate153.errors : __append(vErrors, validate153.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate360.errors = vErrors;
  return errors === 0;
}
validate360.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate363(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate363.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.text === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title !== void 0) {
      if (!validate143(data.title, { instancePath: instancePath + "/title", parentData: data, parentDataProperty: "title", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== void 0) {
      if (!validate143(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate143.errors : __append(vErrors, validate143.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate363.errors = vErrors;
  return errors === 0;
}
validate363.evaluated = { "props": { "title": true, "text": true }, "dynamicProps": false, "dynamicItems": false };
function validate353(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate353.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("checker" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "checker" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.checked !== void 0) {
      if (typeof data.checked !== "boolean") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/checked", schemaPath: "#/properties/checked/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.text !== void 0) {
      if (!validate354(data.text, { instancePath: instancePath + "/text", parentData: data, parentDataProperty: "text", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate354.errors : __append(vErrors, validate354.errors);
        errors = vErrors.length;
      }
    }
    if (data.overall_checkable !== void 0) {
      if (typeof data.overall_checkable !== "boolean") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/overall_checkable", schemaPath: "#/properties/overall_checkable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.button_area !== void 0) {
      let data4 = data.button_area;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.pc_display_rule !== void 0) {
          if (typeof data4.pc_display_rule !== "string") {
            const err4 = __alive++ < 100 ? { instancePath: instancePath + "/button_area/pc_display_rule", schemaPath: "#/properties/button_area/properties/pc_display_rule/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data4.buttons !== void 0) {
          let data6 = data4.buttons;
          if (Array.isArray(data6)) {
            if (data6.length > 3) {
              const err5 = __alive++ < 100 ? { instancePath: instancePath + "/button_area/buttons", schemaPath: "#/properties/button_area/properties/buttons/maxItems", keyword: "maxItems", params: { limit: 3 }, message: "must NOT have more than 3 items" } : __overflow;
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
                const err6 = __alive++ < 100 ? { instancePath: instancePath + "/button_area/buttons/" + i0, schemaPath: "#/properties/button_area/properties/buttons/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = __alive++ < 100 ? { instancePath: instancePath + "/button_area/buttons", schemaPath: "#/properties/button_area/properties/buttons/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/button_area", schemaPath: "#/properties/button_area/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.checked_style !== void 0) {
      let data8 = data.checked_style;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.show_strikethrough !== void 0) {
          if (typeof data8.show_strikethrough !== "boolean") {
            const err9 = __alive++ < 100 ? { instancePath: instancePath + "/checked_style/show_strikethrough", schemaPath: "#/properties/checked_style/properties/show_strikethrough/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data8.opacity !== void 0) {
          let data10 = data8.opacity;
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 > 1 || isNaN(data10)) {
              const err10 = __alive++ < 100 ? { instancePath: instancePath + "/checked_style/opacity", schemaPath: "#/properties/checked_style/properties/opacity/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" } : __overflow;
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data10 < 0 || isNaN(data10)) {
              const err11 = __alive++ < 100 ? { instancePath: instancePath + "/checked_style/opacity", schemaPath: "#/properties/checked_style/properties/opacity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" } : __overflow;
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = __alive++ < 100 ? { instancePath: instancePath + "/checked_style/opacity", schemaPath: "#/properties/checked_style/properties/opacity/type", keyword: "type", params: { type: "number" }, message: "must be number" } : __overflow;
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = __alive++ < 100 ? { instancePath: instancePath + "/checked_style", schemaPath: "#/properties/checked_style/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.padding !== void 0) {
      if (typeof data.padding !== "string") {
        const err14 = __alive++ < 100 ? { instancePath: instancePath + "/padding", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.hover_tips !== void 0) {
      if (!validate354(data.hover_tips, { instancePath: instancePath + "/hover_tips", parentData: data, parentDataProperty: "hover_tips", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate354.errors : __append(vErrors, validate354.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err15 = __alive++ < 100 ? { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      if (typeof data.required !== "boolean") {
        const err16 = __alive++ < 100 ? { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.disabled !== void 0) {
      if (typeof data.disabled !== "boolean") {
        const err17 = __alive++ < 100 ? { instancePath: instancePath + "/disabled", schemaPath: "#/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.disabled_tips !== void 0) {
      if (!validate354(data.disabled_tips, { instancePath: instancePath + "/disabled_tips", parentData: data, parentDataProperty: "disabled_tips", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate354.errors : __append(vErrors, validate354.errors);
        errors = vErrors.length;
      }
    }
    if (data.width !== void 0) {
      if (typeof data.width !== "string") {
        const err18 = __alive++ < 100 ? { instancePath: instancePath + "/width", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.behaviors !== void 0) {
      if (!validate360(data.behaviors, { instancePath: instancePath + "/behaviors", parentData: data, parentDataProperty: "behaviors", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate360.errors : __append(vErrors, validate360.errors);
        errors = vErrors.length;
      }
    }
    if (data.confirm !== void 0) {
      if (!validate363(data.confirm, { instancePath: instancePath + "/confirm", parentData: data, parentDataProperty: "confirm", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate363.errors : __append(vErrors, validate363.errors);
        errors = vErrors.length;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err19 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err20 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate353.errors = vErrors;
  return errors === 0;
}
validate353.evaluated = { "props": { "tag": true, "checked": true, "text": true, "overall_checkable": true, "button_area": true, "checked_style": true, "padding": true, "hover_tips": true, "name": true, "required": true, "disabled": true, "disabled_tips": true, "width": true, "behaviors": true, "confirm": true, "value": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate369(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate369.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate153(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate153.errors : __append(vErrors, validate153.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate369.errors = vErrors;
  return errors === 0;
}
validate369.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate368(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate368.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("column" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "column" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.width !== void 0) {
      if (typeof data.width !== "string") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/width", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.weight !== void 0) {
      let data2 = data.weight;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 5 || isNaN(data2)) {
          const err4 = __alive++ < 100 ? { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5" } : __overflow;
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err5 = __alive++ < 100 ? { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" } : __overflow;
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.background_style !== void 0) {
      if (typeof data.background_style !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/background_style", schemaPath: "../common/style.json#/$defs/Color/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.action !== void 0) {
      let data4 = data.action;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.multi_url !== void 0) {
          let data5 = data4.multi_url;
          const _pe0 = errors;
          if (!(data5 && typeof data5 == "object" && !Array.isArray(data5))) {
            const err7 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          const _errs18 = errors;
          let valid7 = false;
          const _errs19 = errors;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.url === void 0) {
              const err8 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data5.url !== void 0) {
              let data6 = data5.url;
              if (typeof data6 === "string") {
                if (func2(data6) < 1) {
                  const err9 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/0/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          }
          var _valid0 = _errs19 === errors;
          valid7 = valid7 || _valid0;
          if (_valid0) {
            var props0 = {};
            props0.url = true;
          }
          const _errs22 = errors;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.pc_url === void 0) {
              const err11 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "pc_url" }, message: "must have required property 'pc_url'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data5.ios_url === void 0) {
              const err12 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "ios_url" }, message: "must have required property 'ios_url'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data5.android_url === void 0) {
              const err13 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "android_url" }, message: "must have required property 'android_url'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data5.pc_url !== void 0) {
              let data7 = data5.pc_url;
              if (typeof data7 === "string") {
                if (func2(data7) < 1) {
                  const err14 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/pc_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data5.ios_url !== void 0) {
              let data8 = data5.ios_url;
              if (typeof data8 === "string") {
                if (func2(data8) < 1) {
                  const err16 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/ios_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data5.android_url !== void 0) {
              let data9 = data5.android_url;
              if (typeof data9 === "string") {
                if (func2(data9) < 1) {
                  const err18 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/android_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/1/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          }
          var _valid0 = _errs22 === errors;
          valid7 = valid7 || _valid0;
          if (_valid0) {
            if (props0 !== true) {
              props0 = props0 || {};
              props0.pc_url = true;
              props0.ios_url = true;
              props0.android_url = true;
            }
          }
          const _errs29 = errors;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.url !== void 0) {
              let data10 = data5.url;
              if (typeof data10 === "string") {
                if (func2(data10) > 0) {
                  const err20 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data5.pc_url !== void 0) {
              let data11 = data5.pc_url;
              if (typeof data11 === "string") {
                if (func2(data11) > 0) {
                  const err22 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/pc_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data5.ios_url !== void 0) {
              let data12 = data5.ios_url;
              if (typeof data12 === "string") {
                if (func2(data12) > 0) {
                  const err24 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/ios_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data5.android_url !== void 0) {
              let data13 = data5.android_url;
              if (typeof data13 === "string") {
                if (func2(data13) > 0) {
                  const err26 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/android_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf/2/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          }
          var _valid0 = _errs29 === errors;
          valid7 = valid7 || _valid0;
          if (_valid0) {
            if (props0 !== true) {
              props0 = props0 || {};
              props0.url = true;
              props0.pc_url = true;
              props0.ios_url = true;
              props0.android_url = true;
            }
          }
          if (!valid7) {
            const err28 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/allOf/0/x-platformError/schema/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" } : __overflow;
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          } else {
            errors = _errs18;
            if (vErrors !== null) {
              __alive -= vErrors.length - _errs18;
              if (_errs18) {
                vErrors.length = _errs18;
              } else {
                vErrors = null;
              }
            }
          }
          for (let i0 = _pe0; i0 < errors; i0++) {
            const err29 = vErrors[i0];
            if (err29 && err29.keyword !== "errorLimit") {
              if (!err29.platformError) {
                err29.platformError = { ...{ "rule": "multi-url-complete", "code": 200621, "message": "multi_url needs url, or all three of pc_url, ios_url and android_url (an all-empty object is no link)", "inferred": true }, value: typeof data5 === "object" ? void 0 : data5 };
              }
            }
          }
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (props0 !== true) {
              props0 = props0 || {};
              props0.url = true;
              props0.pc_url = true;
              props0.ios_url = true;
              props0.android_url = true;
            }
            if (data5.url !== void 0) {
              if (typeof data5.url !== "string") {
                const err30 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data5.pc_url !== void 0) {
              if (typeof data5.pc_url !== "string") {
                const err31 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/pc_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data5.ios_url !== void 0) {
              if (typeof data5.ios_url !== "string") {
                const err32 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/ios_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data5.android_url !== void 0) {
              if (typeof data5.android_url !== "string") {
                const err33 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url/android_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = __alive++ < 100 ? { instancePath: instancePath + "/action/multi_url", schemaPath: "../common/interaction.json#/$defs/MultiUrl/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = __alive++ < 100 ? { instancePath: instancePath + "/action", schemaPath: "#/properties/action/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.behaviors !== void 0) {
      if (!validate369(data.behaviors, { instancePath: instancePath + "/behaviors", parentData: data, parentDataProperty: "behaviors", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate369.errors : __append(vErrors, validate369.errors);
        errors = vErrors.length;
      }
    }
    if (data.direction !== void 0) {
      if (typeof data.direction !== "string") {
        const err36 = __alive++ < 100 ? { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.horizontal_spacing !== void 0) {
      if (typeof data.horizontal_spacing !== "string") {
        const err37 = __alive++ < 100 ? { instancePath: instancePath + "/horizontal_spacing", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.vertical_spacing !== void 0) {
      if (typeof data.vertical_spacing !== "string") {
        const err38 = __alive++ < 100 ? { instancePath: instancePath + "/vertical_spacing", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.horizontal_align !== void 0) {
      if (typeof data.horizontal_align !== "string") {
        const err39 = __alive++ < 100 ? { instancePath: instancePath + "/horizontal_align", schemaPath: "#/properties/horizontal_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.vertical_align !== void 0) {
      if (typeof data.vertical_align !== "string") {
        const err40 = __alive++ < 100 ? { instancePath: instancePath + "/vertical_align", schemaPath: "#/properties/vertical_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.padding !== void 0) {
      if (typeof data.padding !== "string") {
        const err41 = __alive++ < 100 ? { instancePath: instancePath + "/padding", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err42 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err43 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
  } else {
    const err44 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
  }
  validate368.errors = vErrors;
  return errors === 0;
}
validate368.evaluated = { "props": { "tag": true, "width": true, "weight": true, "background_style": true, "action": true, "behaviors": true, "direction": true, "horizontal_spacing": true, "vertical_spacing": true, "horizontal_align": true, "vertical_align": true, "padding": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate367(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate367.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate368(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate368.errors : __append(vErrors, validate368.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.elements !== void 0) {
      let data0 = data.elements;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate148(data0[i0], { instancePath: instancePath + "/elements/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate148.errors : __append(vErrors, validate148.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tag !== void 0) {
      if ("column" !== data.tag) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "column" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate367.errors = vErrors;
  return errors === 0;
}
validate367.evaluated = { "props": { "elements": true, "tag": true, "width": true, "weight": true, "background_style": true, "action": true, "behaviors": true, "direction": true, "horizontal_spacing": true, "vertical_spacing": true, "horizontal_align": true, "vertical_align": true, "padding": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate375(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate375.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("repeat" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "repeat" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.variable !== void 0) {
      if (typeof data.variable !== "string") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/variable", schemaPath: "#/properties/variable/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate375.errors = vErrors;
  return errors === 0;
}
validate375.evaluated = { "props": { "tag": true, "variable": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate374(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate374.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate375(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate375.errors : __append(vErrors, validate375.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("repeat" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "repeat" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.elements !== void 0) {
      let data1 = data.elements;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate148(data1[i0], { instancePath: instancePath + "/elements/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate148.errors : __append(vErrors, validate148.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate374.errors = vErrors;
  return errors === 0;
}
validate374.evaluated = { "props": { "tag": true, "elements": true, "variable": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
var pattern30 = new RegExp("^[A-Za-z][A-Za-z0-9_]{0,19}$", "u");
function validate135(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate135.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _pe0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/x-platformError/schema/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const tag0 = data.tag;
    if (typeof tag0 == "string") {
      if (tag0 === "column_set") {
        if (!validate136(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate136.errors : __append(vErrors, validate136.errors);
          errors = vErrors.length;
        }
        var props0 = {};
        props0.tag = true;
        props0.columns = true;
        props0.flex_mode = true;
        props0.horizontal_spacing = true;
        props0.horizontal_align = true;
        props0.background_style = true;
        props0.action = true;
        props0.element_id = true;
        props0.margin = true;
      } else if (tag0 === "form") {
        if (!validate140(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate140.errors : __append(vErrors, validate140.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.elements = true;
          props0.name = true;
          props0.confirm = true;
          props0.fallback = true;
          props0.direction = true;
          props0.horizontal_spacing = true;
          props0.vertical_spacing = true;
          props0.horizontal_align = true;
          props0.vertical_align = true;
          props0.padding = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "interactive_container") {
        if (!validate150(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate150.errors : __append(vErrors, validate150.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.elements = true;
          props0.behaviors = true;
          props0.width = true;
          props0.height = true;
          props0.background_style = true;
          props0.has_border = true;
          props0.border_color = true;
          props0.corner_radius = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.hover_tips = true;
          props0.confirm = true;
          props0.direction = true;
          props0.horizontal_spacing = true;
          props0.vertical_spacing = true;
          props0.horizontal_align = true;
          props0.vertical_align = true;
          props0.padding = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "collapsible_panel") {
        if (!validate167(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate167.errors : __append(vErrors, validate167.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.elements = true;
          props0.expanded = true;
          props0.background_color = true;
          props0.border = true;
          props0.header = true;
          props0.direction = true;
          props0.horizontal_spacing = true;
          props0.vertical_spacing = true;
          props0.horizontal_align = true;
          props0.vertical_align = true;
          props0.padding = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "div") {
        if (!validate172(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate172.errors : __append(vErrors, validate172.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.text = true;
          props0.fields = true;
          props0.icon = true;
          props0.width = true;
          props0.extra = true;
          props0.href = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "markdown") {
        if (!validate179(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate179.errors : __append(vErrors, validate179.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.content = true;
          props0.i18n_content = true;
          props0.text_align = true;
          props0.text_size = true;
          props0.icon = true;
          props0.href = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "img") {
        if (!validate181(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate181.errors : __append(vErrors, validate181.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.img_key = true;
          props0.alt = true;
          props0.title = true;
          props0.scale_type = true;
          props0.size = true;
          props0.corner_radius = true;
          props0.transparent = true;
          props0.preview = true;
          props0.mode = true;
          props0.custom_width = true;
          props0.compact_width = true;
          props0.i18n_img_key = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "img_combination") {
        if (!validate188(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate188.errors : __append(vErrors, validate188.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.combination_mode = true;
          props0.img_list = true;
          props0.combination_transparent = true;
          props0.corner_radius = true;
          props0.img_list_length = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "person") {
        if (!validate189(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate189.errors : __append(vErrors, validate189.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.user_id = true;
          props0.size = true;
          props0.show_avatar = true;
          props0.show_name = true;
          props0.style = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "person_list") {
        if (!validate190(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate190.errors : __append(vErrors, validate190.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.persons = true;
          props0.drop_invalid_user_id = true;
          props0.lines = true;
          props0.show_name = true;
          props0.show_avatar = true;
          props0.size = true;
          props0.icon = true;
          props0.ud_icon = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "chart") {
        if (!validate193(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate193.errors : __append(vErrors, validate193.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.chart_spec = true;
          props0.aspect_ratio = true;
          props0.color_theme = true;
          props0.height = true;
          props0.preview = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "table") {
        if (!validate194(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate194.errors : __append(vErrors, validate194.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.columns = true;
          props0.rows = true;
          props0.page_size = true;
          props0.row_height = true;
          props0.row_max_height = true;
          props0.freeze_first_column = true;
          props0.header_style = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "hr") {
        if (!validate195(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate195.errors : __append(vErrors, validate195.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "audio") {
        if (!validate196(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate196.errors : __append(vErrors, validate196.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.file_key = true;
          props0.i18n_file_key = true;
          props0.audio_id = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.show_progress_bar = true;
          props0.show_time = true;
          props0.time_display = true;
          props0.time_position = true;
          props0.border = true;
          props0.style = true;
          props0.padding = true;
          props0.background_style = true;
          props0.fill_color = true;
          props0.width = true;
          props0.fallback = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "button") {
        if (!validate201(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate201.errors : __append(vErrors, validate201.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.text = true;
          props0.type = true;
          props0.size = true;
          props0.icon = true;
          props0.hover_tips = true;
          props0.form_action_type = true;
          props0.action_type = true;
          props0.url = true;
          props0.multi_url = true;
          props0.complex_interaction = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "overflow") {
        if (!validate216(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate216.errors : __append(vErrors, validate216.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.options = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "input") {
        if (!validate230(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate230.errors : __append(vErrors, validate230.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.placeholder = true;
          props0.default_value = true;
          props0.i18n_default_value = true;
          props0.max_length = true;
          props0.input_type = true;
          props0.show_icon = true;
          props0.rows = true;
          props0.auto_resize = true;
          props0.max_rows = true;
          props0.label = true;
          props0.label_position = true;
          props0.fallback = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "select_static") {
        if (!validate244(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate244.errors : __append(vErrors, validate244.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.options = true;
          props0.placeholder = true;
          props0.type = true;
          props0.initial_option = true;
          props0.initial_index = true;
          props0.selected_values = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "multi_select_static") {
        if (!validate259(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate259.errors : __append(vErrors, validate259.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.options = true;
          props0.placeholder = true;
          props0.type = true;
          props0.initial_option = true;
          props0.initial_index = true;
          props0.selected_values = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "select_person") {
        if (!validate274(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate274.errors : __append(vErrors, validate274.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.options = true;
          props0.placeholder = true;
          props0.type = true;
          props0.initial_option = true;
          props0.initial_index = true;
          props0.selected_values = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "multi_select_person") {
        if (!validate287(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate287.errors : __append(vErrors, validate287.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.options = true;
          props0.placeholder = true;
          props0.type = true;
          props0.initial_option = true;
          props0.initial_index = true;
          props0.selected_values = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "date_picker") {
        if (!validate300(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate300.errors : __append(vErrors, validate300.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.initial_date = true;
          props0.placeholder = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "picker_time") {
        if (!validate313(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate313.errors : __append(vErrors, validate313.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.initial_time = true;
          props0.placeholder = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "picker_datetime") {
        if (!validate326(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate326.errors : __append(vErrors, validate326.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.initial_datetime = true;
          props0.placeholder = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "select_img") {
        if (!validate339(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate339.errors : __append(vErrors, validate339.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.options = true;
          props0.multi_select = true;
          props0.layout = true;
          props0.aspect_ratio = true;
          props0.can_preview = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "checker") {
        if (!validate353(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate353.errors : __append(vErrors, validate353.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.checked = true;
          props0.text = true;
          props0.overall_checkable = true;
          props0.button_area = true;
          props0.checked_style = true;
          props0.padding = true;
          props0.hover_tips = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "column") {
        if (!validate367(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate367.errors : __append(vErrors, validate367.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.elements = true;
          props0.tag = true;
          props0.width = true;
          props0.weight = true;
          props0.background_style = true;
          props0.action = true;
          props0.behaviors = true;
          props0.direction = true;
          props0.horizontal_spacing = true;
          props0.vertical_spacing = true;
          props0.horizontal_align = true;
          props0.vertical_align = true;
          props0.padding = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "repeat") {
        if (!validate374(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate374.errors : __append(vErrors, validate374.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.elements = true;
          props0.variable = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else {
        const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/x-platformError/schema/discriminator", keyword: "discriminator", params: { error: "mapping", tag: "tag", tagValue: tag0 }, message: 'value of tag "tag" must be in oneOf' } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/x-platformError/schema/discriminator", keyword: "discriminator", params: { error: "tag", tag: "tag", tagValue: tag0 }, message: 'tag "tag" must be string' } : __overflow;
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  } else {
    const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  for (let i0 = _pe0; i0 < errors; i0++) {
    const err4 = vErrors[i0];
    if (err4 && err4.keyword !== "errorLimit") {
      if (!err4.platformError && ["discriminator"].includes(err4.keyword)) {
        err4.platformError = { ...{ "rule": "v2-tag-catalogue", "code": 200861, "message": "unsupported tag {tagValue} in a 2.0 card (cards of schema V2 no longer support action and note)" }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err5 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.tag = true;
      props0.element_id = true;
    }
    if (data.tag !== void 0) {
      if (typeof data.tag !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      let data1 = data.element_id;
      if (typeof data1 !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "#/properties/element_id/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      const _pe1 = errors;
      if (typeof data1 === "string") {
        if (!pattern30.test(data1)) {
          const err8 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "#/properties/element_id/x-platformError/schema/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_]{0,19}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_]{0,19}$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      for (let i1 = _pe1; i1 < errors; i1++) {
        const err9 = vErrors[i1];
        if (err9 && err9.keyword !== "errorLimit") {
          if (!err9.platformError) {
            err9.platformError = { ...{ "rule": "element-id-format", "code": 200621, "message": "element_id {value} must start with a letter and hold only letters, digits and underscores, at most 20 characters", "inferred": true }, value: typeof data1 === "object" ? void 0 : data1 };
          }
        }
      }
    }
  } else {
    const err10 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate135.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate135.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate134(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate134.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate135(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate135.errors : __append(vErrors, validate135.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate135.evaluated.props;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.tag = true;
    }
    if (data.tag !== void 0) {
      let data0 = data.tag;
      const _pe0 = errors;
      const _errs5 = errors;
      const _errs6 = errors;
      if ("column" !== data0) {
        const err0 = __alive++ < 100 ? {} : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var valid4 = _errs6 === errors;
      if (valid4) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/allOf/0/x-platformError/schema/not", keyword: "not", params: {}, message: "must NOT be valid" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          __alive -= vErrors.length - _errs5;
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
      for (let i0 = _pe0; i0 < errors; i0++) {
        const err2 = vErrors[i0];
        if (err2 && err2.keyword !== "errorLimit") {
          if (!err2.platformError) {
            err2.platformError = { ...{ "rule": "column-placement", "code": 200621, "message": "a column may only sit in column_set.columns, not in an element list", "inferred": true }, value: typeof data0 === "object" ? void 0 : data0 };
          }
        }
      }
    }
  } else {
    const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate134.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate134.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate133(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate133.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _pe0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "elements" || key0 === "direction" || key0 === "horizontal_spacing" || key0 === "vertical_spacing" || key0 === "horizontal_align" || key0 === "vertical_align" || key0 === "padding")) {
        const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/0/x-platformError/schema/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  } else {
    const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/0/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  for (let i0 = _pe0; i0 < errors; i0++) {
    const err2 = vErrors[i0];
    if (err2 && err2.keyword !== "errorLimit") {
      if (!err2.platformError) {
        err2.platformError = { ...{ "rule": "v2-body-keys", "code": 200621, "message": "unknown property {additionalProperty} in the body of a 2.0 card (elements, direction, padding, spacing and alignment only)" }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.elements !== void 0) {
      let data0 = data.elements;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i1 = 0; i1 < len0; i1++) {
          if (!validate134(data0[i1], { instancePath: instancePath + "/elements/" + i1, parentData: data0, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate134.errors : __append(vErrors, validate134.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      if (typeof data.direction !== "string") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.horizontal_spacing !== void 0) {
      if (typeof data.horizontal_spacing !== "string") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/horizontal_spacing", schemaPath: "common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.vertical_spacing !== void 0) {
      if (typeof data.vertical_spacing !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/vertical_spacing", schemaPath: "common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.horizontal_align !== void 0) {
      if (typeof data.horizontal_align !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/horizontal_align", schemaPath: "#/properties/horizontal_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.vertical_align !== void 0) {
      if (typeof data.vertical_align !== "string") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/vertical_align", schemaPath: "#/properties/vertical_align/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.padding !== void 0) {
      if (typeof data.padding !== "string") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/padding", schemaPath: "common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate133.errors = vErrors;
  return errors === 0;
}
validate133.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate109(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate109.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    func36(data, true);
  } else {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _pe0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "schema" || key0 === "config" || key0 === "card_link" || key0 === "header" || key0 === "body" || key0 === "i18n_header" || key0 === "fallback")) {
        const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/1/x-platformError/schema/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/1/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  for (let i0 = _pe0; i0 < errors; i0++) {
    const err3 = vErrors[i0];
    if (err3 && err3.keyword !== "errorLimit") {
      if (!err3.platformError) {
        err3.platformError = { ...{ "rule": "v2-root-keys", "code": 200621, "message": "unknown property {additionalProperty} at the root of a 2.0 card (schema, config, card_link, header, body only)" }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  const _pe1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const summary0 = func36(data, false);
    const found0 = func37(summary0, 200);
    for (const v0 of found0.list) {
      const err4 = __alive++ < 100 ? { instancePath: instancePath + found0.path(v0), schemaPath: "#/allOf/2/x-platformError/schema/x-maxTaggedNodes", keyword: "x-maxTaggedNodes", params: found0.params(v0), message: "breaks x-maxTaggedNodes" } : __overflow;
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  } else {
    const err5 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/2/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  for (let i1 = _pe1; i1 < errors; i1++) {
    const err6 = vErrors[i1];
    if (err6 && err6.keyword !== "errorLimit") {
      if (!err6.platformError) {
        err6.platformError = { ...{ "rule": "v2-max-components", "code": 11310, "message": "element exceeds the limit: {count} components and text elements, at most {limit}" }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  const _pe2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const summary1 = func36(data, false);
    const found1 = func39(summary1, true);
    for (const v1 of found1.list) {
      const err7 = __alive++ < 100 ? { instancePath: instancePath + found1.path(v1), schemaPath: "#/allOf/3/x-platformError/schema/x-audioWithoutForward", keyword: "x-audioWithoutForward", params: found1.params(v1), message: "breaks x-audioWithoutForward" } : __overflow;
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
  } else {
    const err8 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/3/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  for (let i2 = _pe2; i2 < errors; i2++) {
    const err9 = vErrors[i2];
    if (err9 && err9.keyword !== "errorLimit") {
      if (!err9.platformError) {
        err9.platformError = { ...{ "rule": "audio-without-forward", "code": 300220, "message": "a card holding audio must set config.enable_forward to false" }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  const _pe3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const summary2 = func36(data, false);
    const found2 = func41(summary2, true);
    for (const v2 of found2.list) {
      const err10 = __alive++ < 100 ? { instancePath: instancePath + found2.path(v2), schemaPath: "#/allOf/4/x-platformError/schema/x-uniqueElementIds", keyword: "x-uniqueElementIds", params: found2.params(v2), message: "breaks x-uniqueElementIds" } : __overflow;
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
  } else {
    const err11 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/4/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  for (let i3 = _pe3; i3 < errors; i3++) {
    const err12 = vErrors[i3];
    if (err12 && err12.keyword !== "errorLimit") {
      if (!err12.platformError) {
        err12.platformError = { ...{ "rule": "element-id-unique", "code": 300301, "message": "Duplicate element_id in card component: {elementId} (first at {first})" }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  const _pe4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const summary3 = func36(data, false);
    const found3 = func43(summary3, 5);
    for (const v3 of found3.list) {
      const err13 = __alive++ < 100 ? { instancePath: instancePath + found3.path(v3), schemaPath: "#/allOf/5/x-platformError/schema/x-maxTables", keyword: "x-maxTables", params: found3.params(v3), message: "breaks x-maxTables" } : __overflow;
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
  } else {
    const err14 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/5/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  for (let i4 = _pe4; i4 < errors; i4++) {
    const err15 = vErrors[i4];
    if (err15 && err15.keyword !== "errorLimit") {
      if (!err15.platformError) {
        err15.platformError = { ...{ "rule": "max-tables", "code": 11310, "message": "card table number over limit: table {count} of at most {limit} (per locale in 1.0)" }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  const _pe5 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const summary4 = func36(data, false);
    const found4 = func45(summary4, 5);
    for (const v4 of found4.list) {
      const err16 = __alive++ < 100 ? { instancePath: instancePath + found4.path(v4), schemaPath: "#/allOf/6/x-platformError/schema/x-maxContainerDepth", keyword: "x-maxContainerDepth", params: found4.params(v4), message: "breaks x-maxContainerDepth" } : __overflow;
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
  } else {
    const err17 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/6/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  for (let i5 = _pe5; i5 < errors; i5++) {
    const err18 = vErrors[i5];
    if (err18 && err18.keyword !== "errorLimit") {
      if (!err18.platformError) {
        err18.platformError = { ...{ "rule": "max-container-depth", "code": 200621, "message": "containers nest at most {limit} levels (column_set with its column is one); this one is at level {depth}", "inferred": true }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  const _pe6 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const summary5 = func36(data, false);
    const found5 = func47(summary5, true);
    for (const v5 of found5.list) {
      const err19 = __alive++ < 100 ? { instancePath: instancePath + found5.path(v5), schemaPath: "#/allOf/7/x-platformError/schema/x-formFieldNames", keyword: "x-formFieldNames", params: found5.params(v5), message: "breaks x-formFieldNames" } : __overflow;
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
  } else {
    const err20 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/7/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  for (let i6 = _pe6; i6 < errors; i6++) {
    const err21 = vErrors[i6];
    if (err21 && err21.keyword !== "errorLimit") {
      if (!err21.platformError) {
        err21.platformError = { ...{ "rule": "form-field-names", "code": 200530, "message": "the {tag} in form {form} needs a name (empty name of a form field)" }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  const _pe7 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const summary6 = func36(data, false);
    const found6 = func49(summary6, true);
    for (const v6 of found6.list) {
      const err22 = __alive++ < 100 ? { instancePath: instancePath + found6.path(v6), schemaPath: "#/allOf/8/x-platformError/schema/x-uniqueFormFieldNames", keyword: "x-uniqueFormFieldNames", params: found6.params(v6), message: "breaks x-uniqueFormFieldNames" } : __overflow;
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
  } else {
    const err23 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/8/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  for (let i7 = _pe7; i7 < errors; i7++) {
    const err24 = vErrors[i7];
    if (err24 && err24.keyword !== "errorLimit") {
      if (!err24.platformError) {
        err24.platformError = { ...{ "rule": "form-field-names-unique", "code": 200621, "message": "form field name {name} is used twice in one form (first at {first})", "inferred": true }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  const _pe8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const summary7 = func36(data, false);
    const found7 = func51(summary7, true);
    for (const v7 of found7.list) {
      const err25 = __alive++ < 100 ? { instancePath: instancePath + found7.path(v7), schemaPath: "#/allOf/9/x-platformError/schema/x-formSubmitButton", keyword: "x-formSubmitButton", params: found7.params(v7), message: "breaks x-formSubmitButton" } : __overflow;
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
  } else {
    const err26 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/9/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  for (let i8 = _pe8; i8 < errors; i8++) {
    const err27 = vErrors[i8];
    if (err27 && err27.keyword !== "errorLimit") {
      if (!err27.platformError) {
        err27.platformError = { ...{ "rule": "form-submit-button", "code": 200621, "message": 'a form needs a submit button (form_action_type "submit", or action_type "form_submit")', "inferred": true }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  const _pe9 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const summary8 = func36(data, false);
    const found8 = func53(summary8, true);
    for (const v8 of found8.list) {
      const err28 = __alive++ < 100 ? { instancePath: instancePath + found8.path(v8), schemaPath: "#/allOf/10/x-platformError/schema/x-formOnlyComponents", keyword: "x-formOnlyComponents", params: found8.params(v8), message: "breaks x-formOnlyComponents" } : __overflow;
      if (vErrors === null) {
        vErrors = [err28];
      } else {
        vErrors.push(err28);
      }
      errors++;
    }
  } else {
    const err29 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/10/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  for (let i9 = _pe9; i9 < errors; i9++) {
    const err30 = vErrors[i9];
    if (err30 && err30.keyword !== "errorLimit") {
      if (!err30.platformError) {
        err30.platformError = { ...{ "rule": "form-only-components", "code": 200621, "message": '{tag} only works inside a form ("\u5426\u5219\u5361\u7247 JSON \u62A5\u9519")' }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema === void 0) {
      const err31 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err31];
      } else {
        vErrors.push(err31);
      }
      errors++;
    }
    if (data.schema !== void 0) {
      if ("2.0" !== data.schema) {
        const err32 = __alive++ < 100 ? { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/const", keyword: "const", params: { allowedValue: "2.0" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.config !== void 0) {
      if (!validate110(data.config, { instancePath: instancePath + "/config", parentData: data, parentDataProperty: "config", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate110.errors : __append(vErrors, validate110.errors);
        errors = vErrors.length;
      }
    }
    if (data.card_link !== void 0) {
      let data2 = data.card_link;
      const _pe10 = errors;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
        const err33 = __alive++ < 100 ? { instancePath: instancePath + "/card_link", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      const _errs42 = errors;
      let valid15 = false;
      const _errs43 = errors;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.url === void 0) {
          const err34 = __alive++ < 100 ? { instancePath: instancePath + "/card_link", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/0/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" } : __overflow;
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data2.url !== void 0) {
          let data3 = data2.url;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err35 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/0/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/0/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      }
      var _valid0 = _errs43 === errors;
      valid15 = valid15 || _valid0;
      if (_valid0) {
        var props0 = {};
        props0.url = true;
      }
      const _errs46 = errors;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.pc_url === void 0) {
          const err37 = __alive++ < 100 ? { instancePath: instancePath + "/card_link", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "pc_url" }, message: "must have required property 'pc_url'" } : __overflow;
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data2.ios_url === void 0) {
          const err38 = __alive++ < 100 ? { instancePath: instancePath + "/card_link", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "ios_url" }, message: "must have required property 'ios_url'" } : __overflow;
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data2.android_url === void 0) {
          const err39 = __alive++ < 100 ? { instancePath: instancePath + "/card_link", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "android_url" }, message: "must have required property 'android_url'" } : __overflow;
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data2.pc_url !== void 0) {
          let data4 = data2.pc_url;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err40 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/pc_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/properties/pc_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/pc_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data2.ios_url !== void 0) {
          let data5 = data2.ios_url;
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err42 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/ios_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/properties/ios_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/ios_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data2.android_url !== void 0) {
          let data6 = data2.android_url;
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err44 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/android_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/properties/android_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/android_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      }
      var _valid0 = _errs46 === errors;
      valid15 = valid15 || _valid0;
      if (_valid0) {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.pc_url = true;
          props0.ios_url = true;
          props0.android_url = true;
        }
      }
      const _errs53 = errors;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.url !== void 0) {
          let data7 = data2.url;
          if (typeof data7 === "string") {
            if (func2(data7) > 0) {
              const err46 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/2/properties/url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/2/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data2.pc_url !== void 0) {
          let data8 = data2.pc_url;
          if (typeof data8 === "string") {
            if (func2(data8) > 0) {
              const err48 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/pc_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/2/properties/pc_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/pc_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/2/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data2.ios_url !== void 0) {
          let data9 = data2.ios_url;
          if (typeof data9 === "string") {
            if (func2(data9) > 0) {
              const err50 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/ios_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/2/properties/ios_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/ios_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/2/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data2.android_url !== void 0) {
          let data10 = data2.android_url;
          if (typeof data10 === "string") {
            if (func2(data10) > 0) {
              const err52 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/android_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/2/properties/android_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/android_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/2/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      }
      var _valid0 = _errs53 === errors;
      valid15 = valid15 || _valid0;
      if (_valid0) {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.url = true;
          props0.pc_url = true;
          props0.ios_url = true;
          props0.android_url = true;
        }
      }
      if (!valid15) {
        const err54 = __alive++ < 100 ? { instancePath: instancePath + "/card_link", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" } : __overflow;
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      } else {
        errors = _errs42;
        if (vErrors !== null) {
          __alive -= vErrors.length - _errs42;
          if (_errs42) {
            vErrors.length = _errs42;
          } else {
            vErrors = null;
          }
        }
      }
      for (let i10 = _pe10; i10 < errors; i10++) {
        const err55 = vErrors[i10];
        if (err55 && err55.keyword !== "errorLimit") {
          if (!err55.platformError) {
            err55.platformError = { ...{ "rule": "card-link-complete", "code": 200621, "message": "card_link needs url, or all three of pc_url, ios_url and android_url (an all-empty object is no link)", "inferred": true }, value: typeof data2 === "object" ? void 0 : data2 };
          }
        }
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.url = true;
          props0.pc_url = true;
          props0.ios_url = true;
          props0.android_url = true;
        }
        if (data2.url !== void 0) {
          if (typeof data2.url !== "string") {
            const err56 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/url", schemaPath: "common/card-link.json/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data2.pc_url !== void 0) {
          if (typeof data2.pc_url !== "string") {
            const err57 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/pc_url", schemaPath: "common/card-link.json/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data2.ios_url !== void 0) {
          if (typeof data2.ios_url !== "string") {
            const err58 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/ios_url", schemaPath: "common/card-link.json/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data2.android_url !== void 0) {
          if (typeof data2.android_url !== "string") {
            const err59 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/android_url", schemaPath: "common/card-link.json/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = __alive++ < 100 ? { instancePath: instancePath + "/card_link", schemaPath: "common/card-link.json/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.header !== void 0) {
      if (!validate115(data.header, { instancePath: instancePath + "/header", parentData: data, parentDataProperty: "header", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate115.errors : __append(vErrors, validate115.errors);
        errors = vErrors.length;
      }
    }
    if (data.body !== void 0) {
      if (!validate133(data.body, { instancePath: instancePath + "/body", parentData: data, parentDataProperty: "body", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate133.errors : __append(vErrors, validate133.errors);
        errors = vErrors.length;
      }
    }
    if (data.i18n_header !== void 0) {
      let data17 = data.i18n_header;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key1 in data17) {
          if (!validate115(data17[key1], { instancePath: instancePath + "/i18n_header/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data17, parentDataProperty: key1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate115.errors : __append(vErrors, validate115.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err61 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_header", schemaPath: "#/properties/i18n_header/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.fallback !== void 0) {
      let data19 = data.fallback;
      if (!(data19 && typeof data19 == "object" && !Array.isArray(data19))) {
        const err62 = __alive++ < 100 ? { instancePath: instancePath + "/fallback", schemaPath: "#/properties/fallback/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
  } else {
    const err63 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err63];
    } else {
      vErrors.push(err63);
    }
    errors++;
  }
  validate109.errors = vErrors;
  return errors === 0;
}
validate109.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var wrapper2 = { validate: validate416 };
function validate417(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate417.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate137(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate137.errors : __append(vErrors, validate137.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("column_set" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "column_set" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.columns !== void 0) {
      let data1 = data.columns;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (!wrapper2.validate(data2, { instancePath: instancePath + "/columns/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? wrapper2.validate.errors : __append(vErrors, wrapper2.validate.errors);
            errors = vErrors.length;
          } else {
            var props0 = wrapper2.validate.evaluated.props;
          }
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (props0 !== true) {
              props0 = props0 || {};
              props0.tag = true;
            }
            if (data2.tag !== void 0) {
              let data3 = data2.tag;
              const _pe0 = errors;
              if ("column" !== data3) {
                const err2 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0 + "/tag", schemaPath: "#/properties/columns/items/properties/tag/x-platformError/schema/const", keyword: "const", params: { allowedValue: "column" }, message: "must be equal to constant" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
              for (let i1 = _pe0; i1 < errors; i1++) {
                const err3 = vErrors[i1];
                if (err3 && err3.keyword !== "errorLimit") {
                  if (!err3.platformError) {
                    err3.platformError = { ...{ "rule": "column-set-columns", "code": 200621, "message": "column_set.columns holds only column components, not {value}", "inferred": true }, value: typeof data3 === "object" ? void 0 : data3 };
                  }
                }
              }
            }
          } else {
            const err4 = __alive++ < 100 ? { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate417.errors = vErrors;
  return errors === 0;
}
validate417.evaluated = { "props": { "tag": true, "columns": true, "flex_mode": true, "horizontal_spacing": true, "horizontal_align": true, "background_style": true, "action": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate421(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate421.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!wrapper2.validate(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? wrapper2.validate.errors : __append(vErrors, wrapper2.validate.errors);
    errors = vErrors.length;
  } else {
    var props0 = wrapper2.validate.evaluated.props;
    var items0 = wrapper2.validate.evaluated.items;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.tag = true;
    }
    if (data.tag !== void 0) {
      let data0 = data.tag;
      const _pe0 = errors;
      const _errs5 = errors;
      const _errs6 = errors;
      if ("column" !== data0) {
        const err0 = __alive++ < 100 ? {} : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var valid4 = _errs6 === errors;
      if (valid4) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/allOf/0/x-platformError/schema/not", keyword: "not", params: {}, message: "must NOT be valid" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          __alive -= vErrors.length - _errs5;
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
      for (let i0 = _pe0; i0 < errors; i0++) {
        const err2 = vErrors[i0];
        if (err2 && err2.keyword !== "errorLimit") {
          if (!err2.platformError) {
            err2.platformError = { ...{ "rule": "column-placement", "code": 200621, "message": "a column may only sit in column_set.columns, not in an element list", "inferred": true }, value: typeof data0 === "object" ? void 0 : data0 };
          }
        }
      }
      const _pe1 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (!(data0 === "form" || data0 === "table")) {
        const err3 = __alive++ < 100 ? {} : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid6 = _errs10 === errors;
      if (valid6) {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/allOf/1/x-platformError/schema/not", keyword: "not", params: {}, message: "must NOT be valid" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          __alive -= vErrors.length - _errs9;
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
      for (let i1 = _pe1; i1 < errors; i1++) {
        const err5 = vErrors[i1];
        if (err5 && err5.keyword !== "errorLimit") {
          if (!err5.platformError) {
            err5.platformError = { ...{ "rule": "root-only-components", "code": 200621, "message": "{value} may only sit directly in the root element list, not inside a container", "inferred": true }, value: typeof data0 === "object" ? void 0 : data0 };
          }
        }
      }
    }
  } else {
    const err6 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate421.errors = vErrors;
  evaluated0.props = props0;
  evaluated0.items = items0;
  return errors === 0;
}
validate421.evaluated = { "dynamicProps": true, "dynamicItems": true };
function validate419(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate419.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate141(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate141.errors : __append(vErrors, validate141.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("form" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "form" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.elements !== void 0) {
      let data1 = data.elements;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate421(data1[i0], { instancePath: instancePath + "/elements/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate421.errors : __append(vErrors, validate421.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate419.errors = vErrors;
  return errors === 0;
}
validate419.evaluated = { "props": { "tag": true, "elements": true, "name": true, "confirm": true, "fallback": true, "direction": true, "horizontal_spacing": true, "vertical_spacing": true, "horizontal_align": true, "vertical_align": true, "padding": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate423(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate423.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate151(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate151.errors : __append(vErrors, validate151.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("interactive_container" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "interactive_container" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.elements !== void 0) {
      let data1 = data.elements;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate421(data1[i0], { instancePath: instancePath + "/elements/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate421.errors : __append(vErrors, validate421.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate423.errors = vErrors;
  return errors === 0;
}
validate423.evaluated = { "props": { "tag": true, "elements": true, "behaviors": true, "width": true, "height": true, "background_style": true, "has_border": true, "border_color": true, "corner_radius": true, "disabled": true, "disabled_tips": true, "hover_tips": true, "confirm": true, "direction": true, "horizontal_spacing": true, "vertical_spacing": true, "horizontal_align": true, "vertical_align": true, "padding": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate426(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate426.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate168(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate168.errors : __append(vErrors, validate168.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("collapsible_panel" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "collapsible_panel" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.elements !== void 0) {
      let data1 = data.elements;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate421(data1[i0], { instancePath: instancePath + "/elements/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate421.errors : __append(vErrors, validate421.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate426.errors = vErrors;
  return errors === 0;
}
validate426.evaluated = { "props": { "tag": true, "elements": true, "expanded": true, "background_color": true, "border": true, "header": true, "direction": true, "horizontal_spacing": true, "vertical_spacing": true, "horizontal_align": true, "vertical_align": true, "padding": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate429(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate429.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate172(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate172.errors : __append(vErrors, validate172.errors);
    errors = vErrors.length;
  }
  const _pe0 = errors;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/1/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs5 = errors;
  let valid2 = false;
  const _errs6 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.text === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/1/x-platformError/schema/anyOf/0/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs6 === errors;
  valid2 = valid2 || _valid0;
  const _errs7 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.fields === void 0) {
      const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/1/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "fields" }, message: "must have required property 'fields'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs7 === errors;
  valid2 = valid2 || _valid0;
  if (!valid2) {
    const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/1/x-platformError/schema/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs5;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs5;
      if (_errs5) {
        vErrors.length = _errs5;
      } else {
        vErrors = null;
      }
    }
  }
  for (let i0 = _pe0; i0 < errors; i0++) {
    const err4 = vErrors[i0];
    if (err4 && err4.keyword !== "errorLimit") {
      if (!err4.platformError) {
        err4.platformError = { ...{ "rule": "v1-div-text-or-fields", "code": 200621, "message": 'a 1.0 div needs text or fields ("text \u548C fields \u5B57\u6BB5\u9700\u81F3\u5C11\u8BBE\u7F6E\u4E00\u4E2A")', "inferred": true }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err5 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("div" !== data.tag) {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "div" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate429.errors = vErrors;
  return errors === 0;
}
validate429.evaluated = { "props": { "tag": true, "text": true, "fields": true, "icon": true, "width": true, "extra": true, "href": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate431(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate431.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate368(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate368.errors : __append(vErrors, validate368.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.elements !== void 0) {
      let data0 = data.elements;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate421(data0[i0], { instancePath: instancePath + "/elements/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate421.errors : __append(vErrors, validate421.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tag !== void 0) {
      if ("column" !== data.tag) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "column" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate431.errors = vErrors;
  return errors === 0;
}
validate431.evaluated = { "props": { "elements": true, "tag": true, "width": true, "weight": true, "background_style": true, "action": true, "behaviors": true, "direction": true, "horizontal_spacing": true, "vertical_spacing": true, "horizontal_align": true, "vertical_align": true, "padding": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate434(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate434.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate375(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate375.errors : __append(vErrors, validate375.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("repeat" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "repeat" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.elements !== void 0) {
      let data1 = data.elements;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate421(data1[i0], { instancePath: instancePath + "/elements/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate421.errors : __append(vErrors, validate421.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate434.errors = vErrors;
  return errors === 0;
}
validate434.evaluated = { "props": { "tag": true, "elements": true, "variable": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate438(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate438.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.actions === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("action" !== data.tag) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "action" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.layout !== void 0) {
      if (typeof data.layout !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/layout", schemaPath: "#/properties/layout/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate438.errors = vErrors;
  return errors === 0;
}
validate438.evaluated = { "props": { "tag": true, "layout": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
var schema408 = { "type": "object", "allOf": [{ "$ref": "#/$defs/ElementV1" }], "properties": { "tag": { "x-platformError": { "rule": "v1-action-children", "code": 200621, "message": "action.actions holds buttons, selects, overflow, pickers and input, not {value}", "inferred": true, "schema": { "enum": ["button", "select_static", "select_person", "overflow", "date_picker", "picker_time", "picker_datetime", "input"] } } } } };
function validate440(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate440.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!wrapper2.validate(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? wrapper2.validate.errors : __append(vErrors, wrapper2.validate.errors);
    errors = vErrors.length;
  } else {
    var props0 = wrapper2.validate.evaluated.props;
    var items0 = wrapper2.validate.evaluated.items;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.tag = true;
    }
    if (data.tag !== void 0) {
      let data0 = data.tag;
      const _pe0 = errors;
      if (!(data0 === "button" || data0 === "select_static" || data0 === "select_person" || data0 === "overflow" || data0 === "date_picker" || data0 === "picker_time" || data0 === "picker_datetime" || data0 === "input")) {
        const err0 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/x-platformError/schema/enum", keyword: "enum", params: { allowedValues: schema408.properties.tag["x-platformError"].schema.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      for (let i0 = _pe0; i0 < errors; i0++) {
        const err1 = vErrors[i0];
        if (err1 && err1.keyword !== "errorLimit") {
          if (!err1.platformError) {
            err1.platformError = { ...{ "rule": "v1-action-children", "code": 200621, "message": "action.actions holds buttons, selects, overflow, pickers and input, not {value}", "inferred": true }, value: typeof data0 === "object" ? void 0 : data0 };
          }
        }
      }
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate440.errors = vErrors;
  evaluated0.props = props0;
  evaluated0.items = items0;
  return errors === 0;
}
validate440.evaluated = { "dynamicProps": true, "dynamicItems": true };
function validate437(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate437.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate438(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate438.errors : __append(vErrors, validate438.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("action" !== data.tag) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "action" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.actions !== void 0) {
      let data1 = data.actions;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate440(data1[i0], { instancePath: instancePath + "/actions/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate440.errors : __append(vErrors, validate440.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate437.errors = vErrors;
  return errors === 0;
}
validate437.evaluated = { "props": { "tag": true, "actions": true, "layout": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate442(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate442.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.elements === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "elements" }, message: "must have required property 'elements'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("note" !== data.tag) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "note" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.elements !== void 0) {
      let data1 = data.elements;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.tag === void 0) {
              const err3 = __alive++ < 100 ? { instancePath: instancePath + "/elements/" + i0, schemaPath: "#/properties/elements/items/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = __alive++ < 100 ? { instancePath: instancePath + "/elements/" + i0, schemaPath: "#/properties/elements/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.element_id !== void 0) {
      if (typeof data.element_id !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/element_id", schemaPath: "../common/style.json#/$defs/ElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.margin !== void 0) {
      if (typeof data.margin !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/margin", schemaPath: "../common/style.json#/$defs/Size/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate442.errors = vErrors;
  return errors === 0;
}
validate442.evaluated = { "props": { "tag": true, "elements": true, "element_id": true, "margin": true }, "dynamicProps": false, "dynamicItems": false };
function validate416(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate416.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _pe0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/x-platformError/schema/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const tag0 = data.tag;
    if (typeof tag0 == "string") {
      if (tag0 === "column_set") {
        if (!validate417(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate417.errors : __append(vErrors, validate417.errors);
          errors = vErrors.length;
        }
        var props0 = {};
        props0.tag = true;
        props0.columns = true;
        props0.flex_mode = true;
        props0.horizontal_spacing = true;
        props0.horizontal_align = true;
        props0.background_style = true;
        props0.action = true;
        props0.element_id = true;
        props0.margin = true;
      } else if (tag0 === "form") {
        if (!validate419(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate419.errors : __append(vErrors, validate419.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.elements = true;
          props0.name = true;
          props0.confirm = true;
          props0.fallback = true;
          props0.direction = true;
          props0.horizontal_spacing = true;
          props0.vertical_spacing = true;
          props0.horizontal_align = true;
          props0.vertical_align = true;
          props0.padding = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "interactive_container") {
        if (!validate423(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate423.errors : __append(vErrors, validate423.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.elements = true;
          props0.behaviors = true;
          props0.width = true;
          props0.height = true;
          props0.background_style = true;
          props0.has_border = true;
          props0.border_color = true;
          props0.corner_radius = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.hover_tips = true;
          props0.confirm = true;
          props0.direction = true;
          props0.horizontal_spacing = true;
          props0.vertical_spacing = true;
          props0.horizontal_align = true;
          props0.vertical_align = true;
          props0.padding = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "collapsible_panel") {
        if (!validate426(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate426.errors : __append(vErrors, validate426.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.elements = true;
          props0.expanded = true;
          props0.background_color = true;
          props0.border = true;
          props0.header = true;
          props0.direction = true;
          props0.horizontal_spacing = true;
          props0.vertical_spacing = true;
          props0.horizontal_align = true;
          props0.vertical_align = true;
          props0.padding = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "div") {
        if (!validate429(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate429.errors : __append(vErrors, validate429.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.text = true;
          props0.fields = true;
          props0.icon = true;
          props0.width = true;
          props0.extra = true;
          props0.href = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "markdown") {
        if (!validate179(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate179.errors : __append(vErrors, validate179.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.content = true;
          props0.i18n_content = true;
          props0.text_align = true;
          props0.text_size = true;
          props0.icon = true;
          props0.href = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "img") {
        if (!validate181(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate181.errors : __append(vErrors, validate181.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.img_key = true;
          props0.alt = true;
          props0.title = true;
          props0.scale_type = true;
          props0.size = true;
          props0.corner_radius = true;
          props0.transparent = true;
          props0.preview = true;
          props0.mode = true;
          props0.custom_width = true;
          props0.compact_width = true;
          props0.i18n_img_key = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "img_combination") {
        if (!validate188(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate188.errors : __append(vErrors, validate188.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.combination_mode = true;
          props0.img_list = true;
          props0.combination_transparent = true;
          props0.corner_radius = true;
          props0.img_list_length = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "person") {
        if (!validate189(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate189.errors : __append(vErrors, validate189.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.user_id = true;
          props0.size = true;
          props0.show_avatar = true;
          props0.show_name = true;
          props0.style = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "person_list") {
        if (!validate190(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate190.errors : __append(vErrors, validate190.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.persons = true;
          props0.drop_invalid_user_id = true;
          props0.lines = true;
          props0.show_name = true;
          props0.show_avatar = true;
          props0.size = true;
          props0.icon = true;
          props0.ud_icon = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "chart") {
        if (!validate193(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate193.errors : __append(vErrors, validate193.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.chart_spec = true;
          props0.aspect_ratio = true;
          props0.color_theme = true;
          props0.height = true;
          props0.preview = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "table") {
        if (!validate194(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate194.errors : __append(vErrors, validate194.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.columns = true;
          props0.rows = true;
          props0.page_size = true;
          props0.row_height = true;
          props0.row_max_height = true;
          props0.freeze_first_column = true;
          props0.header_style = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "hr") {
        if (!validate195(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate195.errors : __append(vErrors, validate195.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "button") {
        if (!validate201(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate201.errors : __append(vErrors, validate201.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.text = true;
          props0.type = true;
          props0.size = true;
          props0.icon = true;
          props0.hover_tips = true;
          props0.form_action_type = true;
          props0.action_type = true;
          props0.url = true;
          props0.multi_url = true;
          props0.complex_interaction = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "overflow") {
        if (!validate216(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate216.errors : __append(vErrors, validate216.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.options = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "input") {
        if (!validate230(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate230.errors : __append(vErrors, validate230.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.placeholder = true;
          props0.default_value = true;
          props0.i18n_default_value = true;
          props0.max_length = true;
          props0.input_type = true;
          props0.show_icon = true;
          props0.rows = true;
          props0.auto_resize = true;
          props0.max_rows = true;
          props0.label = true;
          props0.label_position = true;
          props0.fallback = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "select_static") {
        if (!validate244(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate244.errors : __append(vErrors, validate244.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.options = true;
          props0.placeholder = true;
          props0.type = true;
          props0.initial_option = true;
          props0.initial_index = true;
          props0.selected_values = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "multi_select_static") {
        if (!validate259(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate259.errors : __append(vErrors, validate259.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.options = true;
          props0.placeholder = true;
          props0.type = true;
          props0.initial_option = true;
          props0.initial_index = true;
          props0.selected_values = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "select_person") {
        if (!validate274(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate274.errors : __append(vErrors, validate274.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.options = true;
          props0.placeholder = true;
          props0.type = true;
          props0.initial_option = true;
          props0.initial_index = true;
          props0.selected_values = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "multi_select_person") {
        if (!validate287(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate287.errors : __append(vErrors, validate287.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.options = true;
          props0.placeholder = true;
          props0.type = true;
          props0.initial_option = true;
          props0.initial_index = true;
          props0.selected_values = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "date_picker") {
        if (!validate300(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate300.errors : __append(vErrors, validate300.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.initial_date = true;
          props0.placeholder = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "picker_time") {
        if (!validate313(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate313.errors : __append(vErrors, validate313.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.initial_time = true;
          props0.placeholder = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "picker_datetime") {
        if (!validate326(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate326.errors : __append(vErrors, validate326.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.initial_datetime = true;
          props0.placeholder = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "select_img") {
        if (!validate339(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate339.errors : __append(vErrors, validate339.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.options = true;
          props0.multi_select = true;
          props0.layout = true;
          props0.aspect_ratio = true;
          props0.can_preview = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "checker") {
        if (!validate353(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate353.errors : __append(vErrors, validate353.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.checked = true;
          props0.text = true;
          props0.overall_checkable = true;
          props0.button_area = true;
          props0.checked_style = true;
          props0.padding = true;
          props0.hover_tips = true;
          props0.name = true;
          props0.required = true;
          props0.disabled = true;
          props0.disabled_tips = true;
          props0.width = true;
          props0.behaviors = true;
          props0.confirm = true;
          props0.value = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "column") {
        if (!validate431(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate431.errors : __append(vErrors, validate431.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.elements = true;
          props0.tag = true;
          props0.width = true;
          props0.weight = true;
          props0.background_style = true;
          props0.action = true;
          props0.behaviors = true;
          props0.direction = true;
          props0.horizontal_spacing = true;
          props0.vertical_spacing = true;
          props0.horizontal_align = true;
          props0.vertical_align = true;
          props0.padding = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "repeat") {
        if (!validate434(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate434.errors : __append(vErrors, validate434.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.elements = true;
          props0.variable = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "action") {
        if (!validate437(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate437.errors : __append(vErrors, validate437.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.actions = true;
          props0.layout = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else if (tag0 === "note") {
        if (!validate442(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate442.errors : __append(vErrors, validate442.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.tag = true;
          props0.elements = true;
          props0.element_id = true;
          props0.margin = true;
        }
      } else {
        const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/x-platformError/schema/discriminator", keyword: "discriminator", params: { error: "mapping", tag: "tag", tagValue: tag0 }, message: 'value of tag "tag" must be in oneOf' } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/x-platformError/schema/discriminator", keyword: "discriminator", params: { error: "tag", tag: "tag", tagValue: tag0 }, message: 'tag "tag" must be string' } : __overflow;
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  } else {
    const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  for (let i0 = _pe0; i0 < errors; i0++) {
    const err4 = vErrors[i0];
    if (err4 && err4.keyword !== "errorLimit") {
      if (!err4.platformError && ["discriminator"].includes(err4.keyword)) {
        err4.platformError = { ...{ "rule": "v1-tag-catalogue", "code": 200621, "message": "unknown tag {tagValue} in a 1.0 card", "inferred": true }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err5 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.tag = true;
    }
    if (data.tag !== void 0) {
      if (typeof data.tag !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate416.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate416.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate415(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate415.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate416(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate416.errors : __append(vErrors, validate416.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate416.evaluated.props;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.tag = true;
    }
    if (data.tag !== void 0) {
      let data0 = data.tag;
      const _pe0 = errors;
      const _errs5 = errors;
      const _errs6 = errors;
      if ("column" !== data0) {
        const err0 = __alive++ < 100 ? {} : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var valid4 = _errs6 === errors;
      if (valid4) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/allOf/0/x-platformError/schema/not", keyword: "not", params: {}, message: "must NOT be valid" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          __alive -= vErrors.length - _errs5;
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
      for (let i0 = _pe0; i0 < errors; i0++) {
        const err2 = vErrors[i0];
        if (err2 && err2.keyword !== "errorLimit") {
          if (!err2.platformError) {
            err2.platformError = { ...{ "rule": "column-placement", "code": 200621, "message": "a column may only sit in column_set.columns, not in an element list", "inferred": true }, value: typeof data0 === "object" ? void 0 : data0 };
          }
        }
      }
      const _pe1 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (!(data0 === "button" || data0 === "select_static" || data0 === "select_person" || data0 === "overflow" || data0 === "date_picker" || data0 === "picker_time" || data0 === "picker_datetime" || data0 === "input")) {
        const err3 = __alive++ < 100 ? {} : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid6 = _errs10 === errors;
      if (valid6) {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/allOf/1/x-platformError/schema/not", keyword: "not", params: {}, message: "must NOT be valid" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          __alive -= vErrors.length - _errs9;
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
      for (let i1 = _pe1; i1 < errors; i1++) {
        const err5 = vErrors[i1];
        if (err5 && err5.keyword !== "errorLimit") {
          if (!err5.platformError) {
            err5.platformError = { ...{ "rule": "v1-root-interactive", "code": 200621, "message": "{value} may not sit directly in a 1.0 element list: wrap it in an action module (\u4EA4\u4E92\u6A21\u5757)", "inferred": true }, value: typeof data0 === "object" ? void 0 : data0 };
          }
        }
      }
    }
  } else {
    const err6 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate415.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate415.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate411(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate411.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    func36(data, true);
  } else {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _pe0 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const summary0 = func36(data, false);
    const found0 = func43(summary0, 5);
    for (const v0 of found0.list) {
      const err1 = __alive++ < 100 ? { instancePath: instancePath + found0.path(v0), schemaPath: "#/allOf/1/x-platformError/schema/x-maxTables", keyword: "x-maxTables", params: found0.params(v0), message: "breaks x-maxTables" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/1/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  for (let i0 = _pe0; i0 < errors; i0++) {
    const err3 = vErrors[i0];
    if (err3 && err3.keyword !== "errorLimit") {
      if (!err3.platformError) {
        err3.platformError = { ...{ "rule": "max-tables", "code": 11310, "message": "card table number over limit: table {count} of at most {limit} (per locale in 1.0)" }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  const _pe1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const summary1 = func36(data, false);
    const found1 = func45(summary1, 5);
    for (const v1 of found1.list) {
      const err4 = __alive++ < 100 ? { instancePath: instancePath + found1.path(v1), schemaPath: "#/allOf/2/x-platformError/schema/x-maxContainerDepth", keyword: "x-maxContainerDepth", params: found1.params(v1), message: "breaks x-maxContainerDepth" } : __overflow;
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  } else {
    const err5 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/2/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  for (let i1 = _pe1; i1 < errors; i1++) {
    const err6 = vErrors[i1];
    if (err6 && err6.keyword !== "errorLimit") {
      if (!err6.platformError) {
        err6.platformError = { ...{ "rule": "max-container-depth", "code": 200621, "message": "containers nest at most {limit} levels (column_set with its column is one); this one is at level {depth}", "inferred": true }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  const _pe2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const summary2 = func36(data, false);
    const found2 = func47(summary2, true);
    for (const v2 of found2.list) {
      const err7 = __alive++ < 100 ? { instancePath: instancePath + found2.path(v2), schemaPath: "#/allOf/3/x-platformError/schema/x-formFieldNames", keyword: "x-formFieldNames", params: found2.params(v2), message: "breaks x-formFieldNames" } : __overflow;
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
  } else {
    const err8 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/3/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  for (let i2 = _pe2; i2 < errors; i2++) {
    const err9 = vErrors[i2];
    if (err9 && err9.keyword !== "errorLimit") {
      if (!err9.platformError) {
        err9.platformError = { ...{ "rule": "form-field-names", "code": 200530, "message": "the {tag} in form {form} needs a name (empty name of a form field)" }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  const _pe3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const summary3 = func36(data, false);
    const found3 = func49(summary3, true);
    for (const v3 of found3.list) {
      const err10 = __alive++ < 100 ? { instancePath: instancePath + found3.path(v3), schemaPath: "#/allOf/4/x-platformError/schema/x-uniqueFormFieldNames", keyword: "x-uniqueFormFieldNames", params: found3.params(v3), message: "breaks x-uniqueFormFieldNames" } : __overflow;
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
  } else {
    const err11 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/4/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  for (let i3 = _pe3; i3 < errors; i3++) {
    const err12 = vErrors[i3];
    if (err12 && err12.keyword !== "errorLimit") {
      if (!err12.platformError) {
        err12.platformError = { ...{ "rule": "form-field-names-unique", "code": 200621, "message": "form field name {name} is used twice in one form (first at {first})", "inferred": true }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  const _pe4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const summary4 = func36(data, false);
    const found4 = func51(summary4, true);
    for (const v4 of found4.list) {
      const err13 = __alive++ < 100 ? { instancePath: instancePath + found4.path(v4), schemaPath: "#/allOf/5/x-platformError/schema/x-formSubmitButton", keyword: "x-formSubmitButton", params: found4.params(v4), message: "breaks x-formSubmitButton" } : __overflow;
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
  } else {
    const err14 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/5/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  for (let i4 = _pe4; i4 < errors; i4++) {
    const err15 = vErrors[i4];
    if (err15 && err15.keyword !== "errorLimit") {
      if (!err15.platformError) {
        err15.platformError = { ...{ "rule": "form-submit-button", "code": 200621, "message": 'a form needs a submit button (form_action_type "submit", or action_type "form_submit")', "inferred": true }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  const _pe5 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const summary5 = func36(data, false);
    const found5 = func53(summary5, true);
    for (const v5 of found5.list) {
      const err16 = __alive++ < 100 ? { instancePath: instancePath + found5.path(v5), schemaPath: "#/allOf/6/x-platformError/schema/x-formOnlyComponents", keyword: "x-formOnlyComponents", params: found5.params(v5), message: "breaks x-formOnlyComponents" } : __overflow;
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
  } else {
    const err17 = __alive++ < 100 ? { instancePath, schemaPath: "#/allOf/6/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  for (let i5 = _pe5; i5 < errors; i5++) {
    const err18 = vErrors[i5];
    if (err18 && err18.keyword !== "errorLimit") {
      if (!err18.platformError) {
        err18.platformError = { ...{ "rule": "form-only-components", "code": 200621, "message": '{tag} only works inside a form ("\u5426\u5219\u5361\u7247 JSON \u62A5\u9519")' }, value: typeof data === "object" ? void 0 : data };
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema !== void 0) {
      let data0 = data.schema;
      if (typeof data0 !== "string") {
        const err19 = __alive++ < 100 ? { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      const _pe6 = errors;
      if ("1.0" !== data0) {
        const err20 = __alive++ < 100 ? { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/x-platformError/schema/const", keyword: "const", params: { allowedValue: "1.0" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      for (let i6 = _pe6; i6 < errors; i6++) {
        const err21 = vErrors[i6];
        if (err21 && err21.keyword !== "errorLimit") {
          if (!err21.platformError) {
            err21.platformError = { ...{ "rule": "card-schema-version", "code": 200621, "message": 'schema must be "1.0" or absent for a 1.0 card ("2.0" for a 2.0 card), not {value}', "inferred": true }, value: typeof data0 === "object" ? void 0 : data0 };
          }
        }
      }
    }
    if (data.config !== void 0) {
      if (!validate111(data.config, { instancePath: instancePath + "/config", parentData: data, parentDataProperty: "config", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate111.errors : __append(vErrors, validate111.errors);
        errors = vErrors.length;
      }
    }
    if (data.card_link !== void 0) {
      let data2 = data.card_link;
      const _pe7 = errors;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
        const err22 = __alive++ < 100 ? { instancePath: instancePath + "/card_link", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      const _errs31 = errors;
      let valid12 = false;
      const _errs32 = errors;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.url === void 0) {
          const err23 = __alive++ < 100 ? { instancePath: instancePath + "/card_link", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/0/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" } : __overflow;
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data2.url !== void 0) {
          let data3 = data2.url;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err24 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/0/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/0/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      }
      var _valid0 = _errs32 === errors;
      valid12 = valid12 || _valid0;
      if (_valid0) {
        var props0 = {};
        props0.url = true;
      }
      const _errs35 = errors;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.pc_url === void 0) {
          const err26 = __alive++ < 100 ? { instancePath: instancePath + "/card_link", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "pc_url" }, message: "must have required property 'pc_url'" } : __overflow;
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data2.ios_url === void 0) {
          const err27 = __alive++ < 100 ? { instancePath: instancePath + "/card_link", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "ios_url" }, message: "must have required property 'ios_url'" } : __overflow;
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data2.android_url === void 0) {
          const err28 = __alive++ < 100 ? { instancePath: instancePath + "/card_link", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/required", keyword: "required", params: { missingProperty: "android_url" }, message: "must have required property 'android_url'" } : __overflow;
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data2.pc_url !== void 0) {
          let data4 = data2.pc_url;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err29 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/pc_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/properties/pc_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/pc_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data2.ios_url !== void 0) {
          let data5 = data2.ios_url;
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err31 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/ios_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/properties/ios_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/ios_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data2.android_url !== void 0) {
          let data6 = data2.android_url;
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err33 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/android_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/properties/android_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/android_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/1/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      }
      var _valid0 = _errs35 === errors;
      valid12 = valid12 || _valid0;
      if (_valid0) {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.pc_url = true;
          props0.ios_url = true;
          props0.android_url = true;
        }
      }
      const _errs42 = errors;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.url !== void 0) {
          let data7 = data2.url;
          if (typeof data7 === "string") {
            if (func2(data7) > 0) {
              const err35 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/2/properties/url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/2/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data2.pc_url !== void 0) {
          let data8 = data2.pc_url;
          if (typeof data8 === "string") {
            if (func2(data8) > 0) {
              const err37 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/pc_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/2/properties/pc_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/pc_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/2/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data2.ios_url !== void 0) {
          let data9 = data2.ios_url;
          if (typeof data9 === "string") {
            if (func2(data9) > 0) {
              const err39 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/ios_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/2/properties/ios_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/ios_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/2/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data2.android_url !== void 0) {
          let data10 = data2.android_url;
          if (typeof data10 === "string") {
            if (func2(data10) > 0) {
              const err41 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/android_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/2/properties/android_url/maxLength", keyword: "maxLength", params: { limit: 0 }, message: "must NOT have more than 0 characters" } : __overflow;
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/android_url", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf/2/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      }
      var _valid0 = _errs42 === errors;
      valid12 = valid12 || _valid0;
      if (_valid0) {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.url = true;
          props0.pc_url = true;
          props0.ios_url = true;
          props0.android_url = true;
        }
      }
      if (!valid12) {
        const err43 = __alive++ < 100 ? { instancePath: instancePath + "/card_link", schemaPath: "common/card-link.json/allOf/0/x-platformError/schema/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" } : __overflow;
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      } else {
        errors = _errs31;
        if (vErrors !== null) {
          __alive -= vErrors.length - _errs31;
          if (_errs31) {
            vErrors.length = _errs31;
          } else {
            vErrors = null;
          }
        }
      }
      for (let i7 = _pe7; i7 < errors; i7++) {
        const err44 = vErrors[i7];
        if (err44 && err44.keyword !== "errorLimit") {
          if (!err44.platformError) {
            err44.platformError = { ...{ "rule": "card-link-complete", "code": 200621, "message": "card_link needs url, or all three of pc_url, ios_url and android_url (an all-empty object is no link)", "inferred": true }, value: typeof data2 === "object" ? void 0 : data2 };
          }
        }
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.url = true;
          props0.pc_url = true;
          props0.ios_url = true;
          props0.android_url = true;
        }
        if (data2.url !== void 0) {
          if (typeof data2.url !== "string") {
            const err45 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/url", schemaPath: "common/card-link.json/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data2.pc_url !== void 0) {
          if (typeof data2.pc_url !== "string") {
            const err46 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/pc_url", schemaPath: "common/card-link.json/properties/pc_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data2.ios_url !== void 0) {
          if (typeof data2.ios_url !== "string") {
            const err47 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/ios_url", schemaPath: "common/card-link.json/properties/ios_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data2.android_url !== void 0) {
          if (typeof data2.android_url !== "string") {
            const err48 = __alive++ < 100 ? { instancePath: instancePath + "/card_link/android_url", schemaPath: "common/card-link.json/properties/android_url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = __alive++ < 100 ? { instancePath: instancePath + "/card_link", schemaPath: "common/card-link.json/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.header !== void 0) {
      if (!validate115(data.header, { instancePath: instancePath + "/header", parentData: data, parentDataProperty: "header", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate115.errors : __append(vErrors, validate115.errors);
        errors = vErrors.length;
      }
    }
    if (data.i18n_header !== void 0) {
      let data16 = data.i18n_header;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key0 in data16) {
          if (!validate115(data16[key0], { instancePath: instancePath + "/i18n_header/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data16, parentDataProperty: key0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate115.errors : __append(vErrors, validate115.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err50 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_header", schemaPath: "#/properties/i18n_header/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.elements !== void 0) {
      let data18 = data.elements;
      if (Array.isArray(data18)) {
        const len0 = data18.length;
        for (let i8 = 0; i8 < len0; i8++) {
          if (!validate415(data18[i8], { instancePath: instancePath + "/elements/" + i8, parentData: data18, parentDataProperty: i8, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate415.errors : __append(vErrors, validate415.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err51 = __alive++ < 100 ? { instancePath: instancePath + "/elements", schemaPath: "#/properties/elements/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.i18n_elements !== void 0) {
      let data20 = data.i18n_elements;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key1 in data20) {
          let data21 = data20[key1];
          if (Array.isArray(data21)) {
            const len1 = data21.length;
            for (let i9 = 0; i9 < len1; i9++) {
              if (!validate415(data21[i9], { instancePath: instancePath + "/i18n_elements/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i9, parentData: data21, parentDataProperty: i9, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate415.errors : __append(vErrors, validate415.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err52 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_elements/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/i18n_elements/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = __alive++ < 100 ? { instancePath: instancePath + "/i18n_elements", schemaPath: "#/properties/i18n_elements/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.fallback !== void 0) {
      let data23 = data.fallback;
      if (!(data23 && typeof data23 == "object" && !Array.isArray(data23))) {
        const err54 = __alive++ < 100 ? { instancePath: instancePath + "/fallback", schemaPath: "#/properties/fallback/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
  } else {
    const err55 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err55];
    } else {
      vErrors.push(err55);
    }
    errors++;
  }
  validate411.errors = vErrors;
  return errors === 0;
}
validate411.evaluated = { "props": { "schema": true, "config": true, "card_link": true, "header": true, "i18n_header": true, "elements": true, "i18n_elements": true, "fallback": true }, "dynamicProps": false, "dynamicItems": false };
function validate108(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate108.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.schema === void 0 && (missing0 = "schema")) {
      const err1 = __alive++ < 100 ? {} : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    } else {
      if (data.schema !== void 0) {
        if ("2.0" !== data.schema) {
          const err2 = __alive++ < 100 ? {} : __overflow;
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    __alive -= vErrors.length - _errs1;
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs4 = errors;
    if (!validate109(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate109.errors : __append(vErrors, validate109.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs5 = errors;
    if (!validate411(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate411.errors : __append(vErrors, validate411.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = props0 || {};
        props0.schema = true;
        props0.config = true;
        props0.card_link = true;
        props0.header = true;
        props0.i18n_header = true;
        props0.elements = true;
        props0.i18n_elements = true;
        props0.fallback = true;
      }
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' } : __overflow;
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate108.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate108.evaluated = { "dynamicProps": true, "dynamicItems": false };
var func179 = function serializedBytes(value, limit) {
  let total = 0;
  const over = limit + 1;
  const stringBytes = (s) => {
    let n = 2;
    for (let i = 0; i < s.length && total + n <= limit; i++) {
      const c = s.charCodeAt(i);
      if (c === 34 || c === 92 || c === 8 || c === 12 || c === 10 || c === 13 || c === 9) n += 2;
      else if (c < 32) n += 6;
      else if (c < 128) n += 1;
      else if (c < 2048) n += 2;
      else if (c >= 55296 && c <= 56319) {
        const d = s.charCodeAt(i + 1);
        if (d >= 56320 && d <= 57343) {
          n += 4;
          i++;
        } else n += 6;
      } else if (c >= 56320 && c <= 57343) n += 6;
      else n += 3;
    }
    return n;
  };
  const leaf = (v) => {
    switch (typeof v) {
      case "string":
        return stringBytes(v);
      case "number":
        return Number.isFinite(v) ? String(v).length : 4;
      case "boolean":
        return v ? 4 : 5;
      case "bigint":
        return over;
      case "object":
        return 4;
      // null
      default:
        return -1;
    }
  };
  if (value === null || typeof value !== "object") return Math.min(over, Math.max(leaf(value), 0));
  const stack = [[value, Array.isArray(value) ? value.length : Object.keys(value), 0, 0]];
  total = 2;
  while (stack.length > 0 && total <= limit) {
    const frame = stack[stack.length - 1];
    const [node, list, i] = frame;
    const isArray = typeof list === "number";
    if (i === (isArray ? list : list.length)) {
      stack.pop();
      continue;
    }
    frame[2] = i + 1;
    const key = isArray ? i : list[i];
    const child = node[key];
    const separator = frame[3] > 0 ? 1 : 0;
    if (child !== null && typeof child === "object") {
      const proto = Object.getPrototypeOf(child);
      if (!Array.isArray(child) && proto !== null && Object.getPrototypeOf(proto) !== null) return over;
      total += separator + (isArray ? 0 : stringBytes(String(key)) + 1) + 2;
      frame[3]++;
      stack.push([child, Array.isArray(child) ? child.length : Object.keys(child), 0, 0]);
      continue;
    }
    const bytes = leaf(child);
    if (bytes < 0 && !isArray) continue;
    total += separator + (isArray ? 0 : stringBytes(String(key)) + 1) + (bytes < 0 ? 4 : bytes);
    frame[3]++;
  }
  return total > limit ? over : total;
};
function validate547(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate547.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.msg_type === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "msg_type" }, message: "must have required property 'msg_type'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.card === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "card" }, message: "must have required property 'card'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "msg_type" || key0 === "update_multi" || key0 === "card")) {
        const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.msg_type !== void 0) {
      if ("interactive" !== data.msg_type) {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/msg_type", schemaPath: "#/properties/msg_type/const", keyword: "const", params: { allowedValue: "interactive" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.update_multi !== void 0) {
      if (typeof data.update_multi !== "boolean") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/update_multi", schemaPath: "#/properties/update_multi/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.card !== void 0) {
      if (!validate108(data.card, { instancePath: instancePath + "/card", parentData: data, parentDataProperty: "card", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate108.errors : __append(vErrors, validate108.errors);
        errors = vErrors.length;
      }
    }
    if (func179(data, 20480) > 20480) {
      const err5 = __alive++ < 100 ? { instancePath, schemaPath: "#/x-maxSerializedBytes", keyword: "x-maxSerializedBytes", params: { limit: 20480 }, message: "must be at most 20480 bytes as serialized JSON (UTF-8)" } : __overflow;
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  } else {
    const err6 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate547.errors = vErrors;
  return errors === 0;
}
validate547.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate546(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate546.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.shouldChooseChat === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "shouldChooseChat" }, message: "must have required property 'shouldChooseChat'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.shouldChooseChat !== void 0) {
      if (true !== data.shouldChooseChat) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/shouldChooseChat", schemaPath: "#/anyOf/0/properties/shouldChooseChat/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = {};
    props0.shouldChooseChat = true;
  }
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.openChatIDs === void 0) {
      const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "openChatIDs" }, message: "must have required property 'openChatIDs'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.openChatIDs !== void 0) {
      let data1 = data.openChatIDs;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err3 = __alive++ < 100 ? { instancePath: instancePath + "/openChatIDs", schemaPath: "#/anyOf/1/properties/openChatIDs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" } : __overflow;
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/openChatIDs", schemaPath: "#/anyOf/1/properties/openChatIDs/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs4 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.openChatIDs = true;
    }
  }
  const _errs7 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.openIDs === void 0) {
      const err5 = __alive++ < 100 ? { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: "openIDs" }, message: "must have required property 'openIDs'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.openIDs !== void 0) {
      let data2 = data.openIDs;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err6 = __alive++ < 100 ? { instancePath: instancePath + "/openIDs", schemaPath: "#/anyOf/2/properties/openIDs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" } : __overflow;
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/openIDs", schemaPath: "#/anyOf/2/properties/openIDs/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs7 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.openIDs = true;
    }
  }
  const _errs10 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.triggerCode === void 0) {
      const err8 = __alive++ < 100 ? { instancePath, schemaPath: "#/anyOf/3/required", keyword: "required", params: { missingProperty: "triggerCode" }, message: "must have required property 'triggerCode'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.triggerCode !== void 0) {
      let data3 = data.triggerCode;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err9 = __alive++ < 100 ? { instancePath: instancePath + "/triggerCode", schemaPath: "#/anyOf/3/properties/triggerCode/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/triggerCode", schemaPath: "#/anyOf/3/properties/triggerCode/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs10 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.triggerCode = true;
    }
  }
  if (!valid0) {
    const err11 = __alive++ < 100 ? { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" } : __overflow;
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      __alive -= vErrors.length - _errs1;
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err12 = __alive++ < 100 ? { instancePath, schemaPath: "../common/StandardCallbacks.json/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  if (props0 !== true) {
    props0 = props0 || {};
    props0.success = true;
    props0.fail = true;
    props0.complete = true;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.cardContent === void 0) {
      const err13 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cardContent" }, message: "must have required property 'cardContent'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.shouldChooseChat = true;
      props0.chooseChatParams = true;
      props0.openChatIDs = true;
      props0.openIDs = true;
      props0.triggerCode = true;
      props0.cardContent = true;
      props0.withAdditionalMessage = true;
    }
    if (data.shouldChooseChat !== void 0) {
      if (typeof data.shouldChooseChat !== "boolean") {
        const err14 = __alive++ < 100 ? { instancePath: instancePath + "/shouldChooseChat", schemaPath: "#/properties/shouldChooseChat/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.chooseChatParams !== void 0) {
      let data5 = data.chooseChatParams;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key0 in data5) {
          if (!(key0 === "allowCreateGroup" || key0 === "multiSelect" || key0 === "externalChat" || key0 === "confirmTitle" || key0 === "selectType" || key0 === "ignoreSelf" || key0 === "ignoreBot")) {
            const err15 = __alive++ < 100 ? { instancePath: instancePath + "/chooseChatParams", schemaPath: "#/properties/chooseChatParams/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data5.allowCreateGroup !== void 0) {
          if (typeof data5.allowCreateGroup !== "boolean") {
            const err16 = __alive++ < 100 ? { instancePath: instancePath + "/chooseChatParams/allowCreateGroup", schemaPath: "../common/ChooseChatOptions.json#/$defs/allowCreateGroup/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5.multiSelect !== void 0) {
          if (typeof data5.multiSelect !== "boolean") {
            const err17 = __alive++ < 100 ? { instancePath: instancePath + "/chooseChatParams/multiSelect", schemaPath: "../common/ChooseChatOptions.json#/$defs/multiSelect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data5.externalChat !== void 0) {
          if (typeof data5.externalChat !== "boolean") {
            const err18 = __alive++ < 100 ? { instancePath: instancePath + "/chooseChatParams/externalChat", schemaPath: "../common/ChooseChatOptions.json#/$defs/externalChat/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data5.confirmTitle !== void 0) {
          if (typeof data5.confirmTitle !== "string") {
            const err19 = __alive++ < 100 ? { instancePath: instancePath + "/chooseChatParams/confirmTitle", schemaPath: "../common/ChooseChatOptions.json#/$defs/confirmTitle/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data5.selectType !== void 0) {
          let data10 = data5.selectType;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err20 = __alive++ < 100 ? { instancePath: instancePath + "/chooseChatParams/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          const _errs36 = errors;
          let valid14 = false;
          let passing0 = null;
          const _errs37 = errors;
          if (0 !== data10) {
            const err21 = __alive++ < 100 ? { instancePath: instancePath + "/chooseChatParams/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/oneOf/0/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" } : __overflow;
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          var _valid1 = _errs37 === errors;
          if (_valid1) {
            valid14 = true;
            passing0 = 0;
          }
          const _errs38 = errors;
          if (1 !== data10) {
            const err22 = __alive++ < 100 ? { instancePath: instancePath + "/chooseChatParams/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/oneOf/1/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" } : __overflow;
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          var _valid1 = _errs38 === errors;
          if (_valid1 && valid14) {
            valid14 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid1) {
              valid14 = true;
              passing0 = 1;
            }
            const _errs39 = errors;
            if (2 !== data10) {
              const err23 = __alive++ < 100 ? { instancePath: instancePath + "/chooseChatParams/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/oneOf/2/const", keyword: "const", params: { allowedValue: 2 }, message: "must be equal to constant" } : __overflow;
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            var _valid1 = _errs39 === errors;
            if (_valid1 && valid14) {
              valid14 = false;
              passing0 = [passing0, 2];
            } else {
              if (_valid1) {
                valid14 = true;
                passing0 = 2;
              }
            }
          }
          if (!valid14) {
            const err24 = __alive++ < 100 ? { instancePath: instancePath + "/chooseChatParams/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          } else {
            errors = _errs36;
            if (vErrors !== null) {
              __alive -= vErrors.length - _errs36;
              if (_errs36) {
                vErrors.length = _errs36;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data5.ignoreSelf !== void 0) {
          if (typeof data5.ignoreSelf !== "boolean") {
            const err25 = __alive++ < 100 ? { instancePath: instancePath + "/chooseChatParams/ignoreSelf", schemaPath: "../common/ChooseChatOptions.json#/$defs/ignoreSelf/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data5.ignoreBot !== void 0) {
          if (typeof data5.ignoreBot !== "boolean") {
            const err26 = __alive++ < 100 ? { instancePath: instancePath + "/chooseChatParams/ignoreBot", schemaPath: "../common/ChooseChatOptions.json#/$defs/ignoreBot/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = __alive++ < 100 ? { instancePath: instancePath + "/chooseChatParams", schemaPath: "#/properties/chooseChatParams/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.openChatIDs !== void 0) {
      let data13 = data.openChatIDs;
      if (Array.isArray(data13)) {
        if (data13.length > 10) {
          const err28 = __alive++ < 100 ? { instancePath: instancePath + "/openChatIDs", schemaPath: "#/properties/openChatIDs/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" } : __overflow;
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data14 = data13[i0];
          if (typeof data14 === "string") {
            if (!pattern4.test(data14)) {
              const err29 = __alive++ < 100 ? { instancePath: instancePath + "/openChatIDs/" + i0, schemaPath: "../common/OpenChatId.json/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' } : __overflow;
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = __alive++ < 100 ? { instancePath: instancePath + "/openChatIDs/" + i0, schemaPath: "../common/OpenChatId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = __alive++ < 100 ? { instancePath: instancePath + "/openChatIDs", schemaPath: "#/properties/openChatIDs/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.openIDs !== void 0) {
      let data15 = data.openIDs;
      if (Array.isArray(data15)) {
        if (data15.length > 10) {
          const err32 = __alive++ < 100 ? { instancePath: instancePath + "/openIDs", schemaPath: "#/properties/openIDs/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" } : __overflow;
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        const len1 = data15.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data16 = data15[i1];
          if (typeof data16 === "string") {
            if (!pattern33.test(data16)) {
              const err33 = __alive++ < 100 ? { instancePath: instancePath + "/openIDs/" + i1, schemaPath: "../common/OpenId.json/pattern", keyword: "pattern", params: { pattern: "^ou_[^\\s]+$" }, message: 'must match pattern "^ou_[^\\s]+$"' } : __overflow;
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = __alive++ < 100 ? { instancePath: instancePath + "/openIDs/" + i1, schemaPath: "../common/OpenId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = __alive++ < 100 ? { instancePath: instancePath + "/openIDs", schemaPath: "#/properties/openIDs/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.triggerCode !== void 0) {
      if (typeof data.triggerCode !== "string") {
        const err36 = __alive++ < 100 ? { instancePath: instancePath + "/triggerCode", schemaPath: "#/properties/triggerCode/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.cardContent !== void 0) {
      if (!validate547(data.cardContent, { instancePath: instancePath + "/cardContent", parentData: data, parentDataProperty: "cardContent", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate547.errors : __append(vErrors, validate547.errors);
        errors = vErrors.length;
      }
    }
    if (data.withAdditionalMessage !== void 0) {
      if (typeof data.withAdditionalMessage !== "boolean") {
        const err37 = __alive++ < 100 ? { instancePath: instancePath + "/withAdditionalMessage", schemaPath: "#/properties/withAdditionalMessage/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (props0 !== true) {
      for (const key1 in data) {
        if (!props0 || !props0[key1]) {
          const err38 = __alive++ < 100 ? { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key1 }, message: "must NOT have unevaluated properties" } : __overflow;
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
    }
  } else {
    const err39 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err39];
    } else {
      vErrors.push(err39);
    }
    errors++;
  }
  validate546.errors = vErrors;
  return errors === 0;
}
validate546.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
export {
  sendMessageCard_input
};
