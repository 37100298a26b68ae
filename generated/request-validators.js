/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: spec/ (each operation's path and query parameters, via generated/openapi.json)
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

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

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

// request-validators.standalone.js
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
var listChats_query = __guarded(__bounded(validate22));
var schema33 = { "type": "object", "properties": { "user_id_type": { "$ref": "#/$defs/UserIdType" }, "sort_type": { "type": "string", "enum": ["ByCreateTimeAsc", "ByActiveTimeDesc"] }, "types": { "oneOf": [{ "type": "array", "items": { "$ref": "#/$defs/ChatType" }, "minItems": 1, "uniqueItems": true }, { "type": "string", "enum": ["group", "p2p", "group,p2p", "p2p,group"] }] }, "page_token": { "type": "string", "maxLength": 1024 }, "page_size": { "type": "integer", "minimum": 1, "maximum": 100 } }, "required": [], "additionalProperties": false };
var schema34 = { "type": "string", "enum": ["open_id", "union_id", "user_id"] };
var schema35 = { "type": "string", "enum": ["group", "p2p"] };
var func0 = require_equal().default;
var func2 = require_ucs2length().default;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "user_id_type" || key0 === "sort_type" || key0 === "types" || key0 === "page_token" || key0 === "page_size")) {
        const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.user_id_type !== void 0) {
      let data0 = data.user_id_type;
      if (typeof data0 !== "string") {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "open_id" || data0 === "union_id" || data0 === "user_id")) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.sort_type !== void 0) {
      let data1 = data.sort_type;
      if (typeof data1 !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/sort_type", schemaPath: "#/properties/sort_type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === "ByCreateTimeAsc" || data1 === "ByActiveTimeDesc")) {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/sort_type", schemaPath: "#/properties/sort_type/enum", keyword: "enum", params: { allowedValues: schema33.properties.sort_type.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.types !== void 0) {
      let data2 = data.types;
      const _errs8 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs9 = errors;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err5 = __alive++ < 100 ? { instancePath: instancePath + "/types", schemaPath: "#/properties/types/oneOf/0/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" } : __overflow;
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string") {
            const err6 = __alive++ < 100 ? { instancePath: instancePath + "/types/" + i0, schemaPath: "#/$defs/ChatType/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (!(data3 === "group" || data3 === "p2p")) {
            const err7 = __alive++ < 100 ? { instancePath: instancePath + "/types/" + i0, schemaPath: "#/$defs/ChatType/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values" } : __overflow;
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data2[i1], data2[j0])) {
                const err8 = __alive++ < 100 ? { instancePath: instancePath + "/types", schemaPath: "#/properties/types/oneOf/0/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/types", schemaPath: "#/properties/types/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid0 = _errs9 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs14 = errors;
      if (typeof data2 !== "string") {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/types", schemaPath: "#/properties/types/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "group" || data2 === "p2p" || data2 === "group,p2p" || data2 === "p2p,group")) {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/types", schemaPath: "#/properties/types/oneOf/1/enum", keyword: "enum", params: { allowedValues: schema33.properties.types.oneOf[1].enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid0 = _errs14 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/types", schemaPath: "#/properties/types/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs8;
        if (vErrors !== null) {
          __alive -= vErrors.length - _errs8;
          if (_errs8) {
            vErrors.length = _errs8;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.page_token !== void 0) {
      let data4 = data.page_token;
      if (typeof data4 === "string") {
        if (func2(data4) > 1024) {
          const err13 = __alive++ < 100 ? { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" } : __overflow;
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = __alive++ < 100 ? { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.page_size !== void 0) {
      let data5 = data.page_size;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err15 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 100 || isNaN(data5)) {
          const err16 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" } : __overflow;
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err17 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" } : __overflow;
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
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
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var createChat_query = __guarded(__bounded(validate29));
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "user_id_type" || key0 === "set_bot_manager" || key0 === "uuid")) {
        const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.user_id_type !== void 0) {
      let data0 = data.user_id_type;
      if (typeof data0 !== "string") {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "open_id" || data0 === "union_id" || data0 === "user_id")) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.set_bot_manager !== void 0) {
      if (typeof data.set_bot_manager !== "boolean") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/set_bot_manager", schemaPath: "#/properties/set_bot_manager/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.uuid !== void 0) {
      let data2 = data.uuid;
      if (typeof data2 === "string") {
        if (func2(data2) > 50) {
          const err4 = __alive++ < 100 ? { instancePath: instancePath + "/uuid", schemaPath: "#/properties/uuid/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" } : __overflow;
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/uuid", schemaPath: "#/properties/uuid/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var searchChats_query = __guarded(__bounded(validate37));
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "user_id_type" || key0 === "query" || key0 === "page_token" || key0 === "page_size")) {
        const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.user_id_type !== void 0) {
      let data0 = data.user_id_type;
      if (typeof data0 !== "string") {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "open_id" || data0 === "union_id" || data0 === "user_id")) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.query !== void 0) {
      if (typeof data.query !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/query", schemaPath: "#/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.page_token !== void 0) {
      let data2 = data.page_token;
      if (typeof data2 === "string") {
        if (func2(data2) > 1024) {
          const err4 = __alive++ < 100 ? { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" } : __overflow;
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.page_size !== void 0) {
      let data3 = data.page_size;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 100 || isNaN(data3)) {
          const err7 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" } : __overflow;
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err8 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" } : __overflow;
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
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
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var getChat_path = __guarded(__bounded(validate40));
var pattern4 = new RegExp("^oc_[^\\s]+$", "u");
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.chat_id === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chat_id" }, message: "must have required property 'chat_id'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "chat_id")) {
        const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.chat_id !== void 0) {
      let data0 = data.chat_id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err2 = __alive++ < 100 ? { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var getChat_query = __guarded(__bounded(validate41));
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "user_id_type")) {
        const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.user_id_type !== void 0) {
      let data0 = data.user_id_type;
      if (typeof data0 !== "string") {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "open_id" || data0 === "union_id" || data0 === "user_id")) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" } : __overflow;
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
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var listChatMembers_path = __guarded(__bounded(validate44));
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.chat_id === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chat_id" }, message: "must have required property 'chat_id'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "chat_id")) {
        const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.chat_id !== void 0) {
      let data0 = data.chat_id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err2 = __alive++ < 100 ? { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var listChatMembers_query = __guarded(__bounded(validate45));
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "member_id_type" || key0 === "page_size" || key0 === "page_token" || key0 === "check_security_conf")) {
        const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.member_id_type !== void 0) {
      let data0 = data.member_id_type;
      if (typeof data0 !== "string") {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/member_id_type", schemaPath: "#/$defs/UserIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "open_id" || data0 === "union_id" || data0 === "user_id")) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/member_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.page_size !== void 0) {
      let data1 = data.page_size;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 100 || isNaN(data1)) {
          const err4 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" } : __overflow;
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err5 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" } : __overflow;
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.page_token !== void 0) {
      let data2 = data.page_token;
      if (typeof data2 === "string") {
        if (func2(data2) > 1024) {
          const err6 = __alive++ < 100 ? { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" } : __overflow;
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.check_security_conf !== void 0) {
      if (typeof data.check_security_conf !== "boolean") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/check_security_conf", schemaPath: "#/properties/check_security_conf/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
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
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var addChatMembers_path = __guarded(__bounded(validate51));
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate51.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.chat_id === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chat_id" }, message: "must have required property 'chat_id'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "chat_id")) {
        const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.chat_id !== void 0) {
      let data0 = data.chat_id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err2 = __alive++ < 100 ? { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate51.errors = vErrors;
  return errors === 0;
}
validate51.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var addChatMembers_query = __guarded(__bounded(validate52));
var schema73 = { "type": "object", "properties": { "member_id_type": { "type": "string", "enum": ["open_id", "union_id", "user_id", "app_id"] }, "succeed_type": { "type": "integer", "enum": [0, 1, 2] } }, "required": [], "additionalProperties": false };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "member_id_type" || key0 === "succeed_type")) {
        const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.member_id_type !== void 0) {
      let data0 = data.member_id_type;
      if (typeof data0 !== "string") {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/member_id_type", schemaPath: "#/properties/member_id_type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "open_id" || data0 === "union_id" || data0 === "user_id" || data0 === "app_id")) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/member_id_type", schemaPath: "#/properties/member_id_type/enum", keyword: "enum", params: { allowedValues: schema73.properties.member_id_type.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.succeed_type !== void 0) {
      let data1 = data.succeed_type;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/succeed_type", schemaPath: "#/properties/succeed_type/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === 0 || data1 === 1 || data1 === 2)) {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/succeed_type", schemaPath: "#/properties/succeed_type/enum", keyword: "enum", params: { allowedValues: schema73.properties.succeed_type.enum }, message: "must be equal to one of the allowed values" } : __overflow;
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
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var isInChat_path = __guarded(__bounded(validate55));
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.chat_id === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chat_id" }, message: "must have required property 'chat_id'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "chat_id")) {
        const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.chat_id !== void 0) {
      let data0 = data.chat_id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err2 = __alive++ < 100 ? { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var searchChatsV2_query = __guarded(__bounded(validate57));
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "user_id_type" || key0 === "page_size" || key0 === "page_token")) {
        const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.user_id_type !== void 0) {
      let data0 = data.user_id_type;
      if (typeof data0 !== "string") {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "open_id" || data0 === "union_id" || data0 === "user_id")) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.page_size !== void 0) {
      let data1 = data.page_size;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 100 || isNaN(data1)) {
          const err4 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" } : __overflow;
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err5 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" } : __overflow;
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.page_token !== void 0) {
      let data2 = data.page_token;
      if (typeof data2 === "string") {
        if (func2(data2) > 1024) {
          const err6 = __alive++ < 100 ? { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" } : __overflow;
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate57.errors = vErrors;
  return errors === 0;
}
validate57.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var listMessages_query = __guarded(__bounded(validate64));
var schema87 = { "type": "object", "properties": { "container_id_type": { "type": "string", "enum": ["chat", "thread"] }, "container_id": { "type": "string", "pattern": "^(oc|omt)_[^\\s]+$" }, "start_time": { "type": "string", "pattern": "^[0-9]{1,12}$" }, "end_time": { "type": "string", "pattern": "^[0-9]{1,12}$" }, "sort_type": { "type": "string", "enum": ["ByCreateTimeAsc", "ByCreateTimeDesc"] }, "page_size": { "type": "integer", "minimum": 1, "maximum": 50 }, "page_token": { "type": "string", "maxLength": 1024 }, "card_msg_content_type": { "type": "string", "maxLength": 64 }, "only_thread_root_messages": { "type": "boolean" }, "with_sender_name": { "type": "boolean" } }, "required": ["container_id_type", "container_id"], "additionalProperties": false };
var func4 = Object.prototype.hasOwnProperty;
var pattern14 = new RegExp("^(oc|omt)_[^\\s]+$", "u");
var pattern15 = new RegExp("^[0-9]{1,12}$", "u");
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate64.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.container_id_type === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "container_id_type" }, message: "must have required property 'container_id_type'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.container_id === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "container_id" }, message: "must have required property 'container_id'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func4.call(schema87.properties, key0)) {
        const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.container_id_type !== void 0) {
      let data0 = data.container_id_type;
      if (typeof data0 !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/container_id_type", schemaPath: "#/properties/container_id_type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data0 === "chat" || data0 === "thread")) {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/container_id_type", schemaPath: "#/properties/container_id_type/enum", keyword: "enum", params: { allowedValues: schema87.properties.container_id_type.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.container_id !== void 0) {
      let data1 = data.container_id;
      if (typeof data1 === "string") {
        if (!pattern14.test(data1)) {
          const err5 = __alive++ < 100 ? { instancePath: instancePath + "/container_id", schemaPath: "#/properties/container_id/pattern", keyword: "pattern", params: { pattern: "^(oc|omt)_[^\\s]+$" }, message: 'must match pattern "^(oc|omt)_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/container_id", schemaPath: "#/properties/container_id/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.start_time !== void 0) {
      let data2 = data.start_time;
      if (typeof data2 === "string") {
        if (!pattern15.test(data2)) {
          const err7 = __alive++ < 100 ? { instancePath: instancePath + "/start_time", schemaPath: "#/properties/start_time/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,12}$" }, message: 'must match pattern "^[0-9]{1,12}$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/start_time", schemaPath: "#/properties/start_time/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.end_time !== void 0) {
      let data3 = data.end_time;
      if (typeof data3 === "string") {
        if (!pattern15.test(data3)) {
          const err9 = __alive++ < 100 ? { instancePath: instancePath + "/end_time", schemaPath: "#/properties/end_time/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,12}$" }, message: 'must match pattern "^[0-9]{1,12}$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/end_time", schemaPath: "#/properties/end_time/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.sort_type !== void 0) {
      let data4 = data.sort_type;
      if (typeof data4 !== "string") {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/sort_type", schemaPath: "#/properties/sort_type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(data4 === "ByCreateTimeAsc" || data4 === "ByCreateTimeDesc")) {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/sort_type", schemaPath: "#/properties/sort_type/enum", keyword: "enum", params: { allowedValues: schema87.properties.sort_type.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.page_size !== void 0) {
      let data5 = data.page_size;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err13 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 50 || isNaN(data5)) {
          const err14 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50" } : __overflow;
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err15 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" } : __overflow;
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.page_token !== void 0) {
      let data6 = data.page_token;
      if (typeof data6 === "string") {
        if (func2(data6) > 1024) {
          const err16 = __alive++ < 100 ? { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" } : __overflow;
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = __alive++ < 100 ? { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.card_msg_content_type !== void 0) {
      let data7 = data.card_msg_content_type;
      if (typeof data7 === "string") {
        if (func2(data7) > 64) {
          const err18 = __alive++ < 100 ? { instancePath: instancePath + "/card_msg_content_type", schemaPath: "#/properties/card_msg_content_type/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" } : __overflow;
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = __alive++ < 100 ? { instancePath: instancePath + "/card_msg_content_type", schemaPath: "#/properties/card_msg_content_type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.only_thread_root_messages !== void 0) {
      if (typeof data.only_thread_root_messages !== "boolean") {
        const err20 = __alive++ < 100 ? { instancePath: instancePath + "/only_thread_root_messages", schemaPath: "#/properties/only_thread_root_messages/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.with_sender_name !== void 0) {
      if (typeof data.with_sender_name !== "boolean") {
        const err21 = __alive++ < 100 ? { instancePath: instancePath + "/with_sender_name", schemaPath: "#/properties/with_sender_name/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
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
  validate64.errors = vErrors;
  return errors === 0;
}
validate64.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var createMessage_query = __guarded(__bounded(validate71));
var schema97 = { "type": "object", "properties": { "receive_id_type": { "type": "string", "enum": ["open_id", "union_id", "user_id", "email", "chat_id"] } }, "required": ["receive_id_type"], "additionalProperties": false };
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate71.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.receive_id_type === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "receive_id_type" }, message: "must have required property 'receive_id_type'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "receive_id_type")) {
        const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.receive_id_type !== void 0) {
      let data0 = data.receive_id_type;
      if (typeof data0 !== "string") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/receive_id_type", schemaPath: "#/properties/receive_id_type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "open_id" || data0 === "union_id" || data0 === "user_id" || data0 === "email" || data0 === "chat_id")) {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/receive_id_type", schemaPath: "#/properties/receive_id_type/enum", keyword: "enum", params: { allowedValues: schema97.properties.receive_id_type.enum }, message: "must be equal to one of the allowed values" } : __overflow;
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
  validate71.errors = vErrors;
  return errors === 0;
}
validate71.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var getMessage_path = __guarded(__bounded(validate493));
var pattern17 = new RegExp("^om_[^\\s]+$", "u");
function validate493(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate493.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.message_id === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message_id" }, message: "must have required property 'message_id'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "message_id")) {
        const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.message_id !== void 0) {
      let data0 = data.message_id;
      if (typeof data0 === "string") {
        if (!pattern17.test(data0)) {
          const err2 = __alive++ < 100 ? { instancePath: instancePath + "/message_id", schemaPath: "#/$defs/OpenMessageId/pattern", keyword: "pattern", params: { pattern: "^om_[^\\s]+$" }, message: 'must match pattern "^om_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/message_id", schemaPath: "#/$defs/OpenMessageId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate493.errors = vErrors;
  return errors === 0;
}
validate493.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var getMessage_query = __guarded(__bounded(validate494));
function validate494(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate494.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "user_id_type" || key0 === "card_msg_content_type" || key0 === "with_sender_name")) {
        const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.user_id_type !== void 0) {
      let data0 = data.user_id_type;
      if (typeof data0 !== "string") {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "open_id" || data0 === "union_id" || data0 === "user_id")) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.card_msg_content_type !== void 0) {
      let data1 = data.card_msg_content_type;
      if (typeof data1 === "string") {
        if (func2(data1) > 64) {
          const err3 = __alive++ < 100 ? { instancePath: instancePath + "/card_msg_content_type", schemaPath: "#/properties/card_msg_content_type/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" } : __overflow;
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/card_msg_content_type", schemaPath: "#/properties/card_msg_content_type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.with_sender_name !== void 0) {
      if (typeof data.with_sender_name !== "boolean") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/with_sender_name", schemaPath: "#/properties/with_sender_name/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
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
  validate494.errors = vErrors;
  return errors === 0;
}
validate494.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var patchMessage_path = __guarded(__bounded(validate497));
function validate497(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate497.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.message_id === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message_id" }, message: "must have required property 'message_id'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "message_id")) {
        const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.message_id !== void 0) {
      let data0 = data.message_id;
      if (typeof data0 === "string") {
        if (!pattern17.test(data0)) {
          const err2 = __alive++ < 100 ? { instancePath: instancePath + "/message_id", schemaPath: "#/$defs/OpenMessageId/pattern", keyword: "pattern", params: { pattern: "^om_[^\\s]+$" }, message: 'must match pattern "^om_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/message_id", schemaPath: "#/$defs/OpenMessageId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate497.errors = vErrors;
  return errors === 0;
}
validate497.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var replyMessage_path = __guarded(__bounded(validate501));
function validate501(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate501.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.message_id === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message_id" }, message: "must have required property 'message_id'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "message_id")) {
        const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.message_id !== void 0) {
      let data0 = data.message_id;
      if (typeof data0 === "string") {
        if (!pattern17.test(data0)) {
          const err2 = __alive++ < 100 ? { instancePath: instancePath + "/message_id", schemaPath: "#/$defs/OpenMessageId/pattern", keyword: "pattern", params: { pattern: "^om_[^\\s]+$" }, message: 'must match pattern "^om_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/message_id", schemaPath: "#/$defs/OpenMessageId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate501.errors = vErrors;
  return errors === 0;
}
validate501.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var listReactions_path = __guarded(__bounded(validate506));
function validate506(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate506.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.message_id === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message_id" }, message: "must have required property 'message_id'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "message_id")) {
        const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.message_id !== void 0) {
      let data0 = data.message_id;
      if (typeof data0 === "string") {
        if (!pattern17.test(data0)) {
          const err2 = __alive++ < 100 ? { instancePath: instancePath + "/message_id", schemaPath: "#/$defs/OpenMessageId/pattern", keyword: "pattern", params: { pattern: "^om_[^\\s]+$" }, message: 'must match pattern "^om_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/message_id", schemaPath: "#/$defs/OpenMessageId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate506.errors = vErrors;
  return errors === 0;
}
validate506.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var listReactions_query = __guarded(__bounded(validate507));
function validate507(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate507.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "reaction_type" || key0 === "page_token" || key0 === "page_size" || key0 === "user_id_type")) {
        const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.reaction_type !== void 0) {
      let data0 = data.reaction_type;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err1 = __alive++ < 100 ? { instancePath: instancePath + "/reaction_type", schemaPath: "#/$defs/EmojiType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/reaction_type", schemaPath: "#/$defs/EmojiType/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.page_token !== void 0) {
      let data1 = data.page_token;
      if (typeof data1 === "string") {
        if (func2(data1) > 1024) {
          const err3 = __alive++ < 100 ? { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" } : __overflow;
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.page_size !== void 0) {
      let data2 = data.page_size;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 50 || isNaN(data2)) {
          const err6 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50" } : __overflow;
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err7 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" } : __overflow;
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.user_id_type !== void 0) {
      let data3 = data.user_id_type;
      if (typeof data3 !== "string") {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data3 === "open_id" || data3 === "union_id" || data3 === "user_id")) {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" } : __overflow;
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
  validate507.errors = vErrors;
  return errors === 0;
}
validate507.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var createReaction_path = __guarded(__bounded(validate515));
function validate515(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate515.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.message_id === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message_id" }, message: "must have required property 'message_id'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "message_id")) {
        const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.message_id !== void 0) {
      let data0 = data.message_id;
      if (typeof data0 === "string") {
        if (!pattern17.test(data0)) {
          const err2 = __alive++ < 100 ? { instancePath: instancePath + "/message_id", schemaPath: "#/$defs/OpenMessageId/pattern", keyword: "pattern", params: { pattern: "^om_[^\\s]+$" }, message: 'must match pattern "^om_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/message_id", schemaPath: "#/$defs/OpenMessageId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate515.errors = vErrors;
  return errors === 0;
}
validate515.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var deleteReaction_path = __guarded(__bounded(validate520));
function validate520(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate520.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.message_id === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message_id" }, message: "must have required property 'message_id'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reaction_id === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reaction_id" }, message: "must have required property 'reaction_id'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "message_id" || key0 === "reaction_id")) {
        const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.message_id !== void 0) {
      let data0 = data.message_id;
      if (typeof data0 === "string") {
        if (!pattern17.test(data0)) {
          const err3 = __alive++ < 100 ? { instancePath: instancePath + "/message_id", schemaPath: "#/$defs/OpenMessageId/pattern", keyword: "pattern", params: { pattern: "^om_[^\\s]+$" }, message: 'must match pattern "^om_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/message_id", schemaPath: "#/$defs/OpenMessageId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.reaction_id !== void 0) {
      let data1 = data.reaction_id;
      if (typeof data1 === "string") {
        if (func2(data1) > 256) {
          const err5 = __alive++ < 100 ? { instancePath: instancePath + "/reaction_id", schemaPath: "#/properties/reaction_id/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" } : __overflow;
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err6 = __alive++ < 100 ? { instancePath: instancePath + "/reaction_id", schemaPath: "#/properties/reaction_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/reaction_id", schemaPath: "#/properties/reaction_id/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate520.errors = vErrors;
  return errors === 0;
}
validate520.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
export {
  addChatMembers_path,
  addChatMembers_query,
  createChat_query,
  createMessage_query,
  createReaction_path,
  deleteReaction_path,
  getChat_path,
  getChat_query,
  getMessage_path,
  getMessage_query,
  isInChat_path,
  listChatMembers_path,
  listChatMembers_query,
  listChats_query,
  listMessages_query,
  listReactions_path,
  listReactions_query,
  patchMessage_path,
  replyMessage_path,
  searchChatsV2_query,
  searchChats_query
};
