/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/jsapi/*.input.json (inputs without a card)
 * Regenerate: npm run generate
 */
// @ts-nocheck
// jsapi-input-validators.standalone.js
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
var chooseChat_input = __guarded(__bounded(validate537));
function validate537(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate537.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "../common/StandardCallbacks.json/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.allowCreateGroup !== void 0) {
      if (typeof data.allowCreateGroup !== "boolean") {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/allowCreateGroup", schemaPath: "../common/ChooseChatOptions.json#/$defs/allowCreateGroup/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.multiSelect !== void 0) {
      if (typeof data.multiSelect !== "boolean") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/multiSelect", schemaPath: "../common/ChooseChatOptions.json#/$defs/multiSelect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.ignoreSelf !== void 0) {
      if (typeof data.ignoreSelf !== "boolean") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/ignoreSelf", schemaPath: "../common/ChooseChatOptions.json#/$defs/ignoreSelf/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.ignoreBot !== void 0) {
      if (typeof data.ignoreBot !== "boolean") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/ignoreBot", schemaPath: "../common/ChooseChatOptions.json#/$defs/ignoreBot/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.selectType !== void 0) {
      let data4 = data.selectType;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      const _errs19 = errors;
      let valid8 = false;
      let passing0 = null;
      const _errs20 = errors;
      if (0 !== data4) {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/oneOf/0/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs20 === errors;
      if (_valid0) {
        valid8 = true;
        passing0 = 0;
      }
      const _errs21 = errors;
      if (1 !== data4) {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/oneOf/1/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs21 === errors;
      if (_valid0 && valid8) {
        valid8 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid8 = true;
          passing0 = 1;
        }
        const _errs22 = errors;
        if (2 !== data4) {
          const err8 = __alive++ < 100 ? { instancePath: instancePath + "/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/oneOf/2/const", keyword: "const", params: { allowedValue: 2 }, message: "must be equal to constant" } : __overflow;
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        var _valid0 = _errs22 === errors;
        if (_valid0 && valid8) {
          valid8 = false;
          passing0 = [passing0, 2];
        } else {
          if (_valid0) {
            valid8 = true;
            passing0 = 2;
          }
        }
      }
      if (!valid8) {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs19;
        if (vErrors !== null) {
          __alive -= vErrors.length - _errs19;
          if (_errs19) {
            vErrors.length = _errs19;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.confirmTitle !== void 0) {
      if (typeof data.confirmTitle !== "string") {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/confirmTitle", schemaPath: "../common/ChooseChatOptions.json#/$defs/confirmTitle/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.confirmText !== void 0) {
      if (typeof data.confirmText !== "string") {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/confirmText", schemaPath: "../common/ChooseChatOptions.json#/$defs/confirmText/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.confirmDesc !== void 0) {
      if (typeof data.confirmDesc !== "string") {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/confirmDesc", schemaPath: "../common/ChooseChatOptions.json#/$defs/confirmDesc/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.externalChat !== void 0) {
      if (typeof data.externalChat !== "boolean") {
        const err13 = __alive++ < 100 ? { instancePath: instancePath + "/externalChat", schemaPath: "../common/ChooseChatOptions.json#/$defs/externalChat/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.showMessageInput !== void 0) {
      if (typeof data.showMessageInput !== "boolean") {
        const err14 = __alive++ < 100 ? { instancePath: instancePath + "/showMessageInput", schemaPath: "../common/ChooseChatOptions.json#/$defs/showMessageInput/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    for (const key0 in data) {
      if (key0 !== "allowCreateGroup" && key0 !== "multiSelect" && key0 !== "ignoreSelf" && key0 !== "ignoreBot" && key0 !== "selectType" && key0 !== "confirmTitle" && key0 !== "confirmText" && key0 !== "confirmDesc" && key0 !== "externalChat" && key0 !== "showMessageInput" && key0 !== "success" && key0 !== "fail" && key0 !== "complete") {
        const err15 = __alive++ < 100 ? { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties" } : __overflow;
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
  validate537.errors = vErrors;
  return errors === 0;
}
validate537.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var getChatInfo_input = __guarded(__bounded(validate543));
var pattern4 = new RegExp("^oc_[^\\s]+$", "u");
function validate543(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate543.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = __alive++ < 100 ? { instancePath, schemaPath: "../common/StandardCallbacks.json/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs4 = errors;
  let valid2 = true;
  const _errs5 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.chatType === void 0 && (missing0 = "chatType")) {
      const err1 = __alive++ < 100 ? {} : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    } else {
      if (data.chatType !== void 0) {
        if (0 !== data.chatType) {
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
  var _valid0 = _errs5 === errors;
  errors = _errs4;
  if (vErrors !== null) {
    __alive -= vErrors.length - _errs4;
    if (_errs4) {
      vErrors.length = _errs4;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.userType === void 0) {
        const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "userType" }, message: "must have required property 'userType'" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid0 = _errs7 === errors;
    valid2 = _valid0;
  }
  if (!valid2) {
    const err4 = __alive++ < 100 ? { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' } : __overflow;
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.openChatId === void 0) {
      const err5 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "openChatId" }, message: "must have required property 'openChatId'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.chatType === void 0) {
      const err6 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chatType" }, message: "must have required property 'chatType'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.openChatId !== void 0) {
      let data1 = data.openChatId;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err7 = __alive++ < 100 ? { instancePath: instancePath + "/openChatId", schemaPath: "../common/OpenChatId.json/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/openChatId", schemaPath: "../common/OpenChatId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.chatType !== void 0) {
      let data2 = data.chatType;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/chatType", schemaPath: "#/properties/chatType/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      const _errs13 = errors;
      let valid6 = false;
      let passing0 = null;
      const _errs14 = errors;
      if (0 !== data2) {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/chatType", schemaPath: "#/properties/chatType/oneOf/0/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs14 === errors;
      if (_valid1) {
        valid6 = true;
        passing0 = 0;
      }
      const _errs15 = errors;
      if (1 !== data2) {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/chatType", schemaPath: "#/properties/chatType/oneOf/1/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid1 = _errs15 === errors;
      if (_valid1 && valid6) {
        valid6 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid1) {
          valid6 = true;
          passing0 = 1;
        }
      }
      if (!valid6) {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/chatType", schemaPath: "#/properties/chatType/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
          __alive -= vErrors.length - _errs13;
          if (_errs13) {
            vErrors.length = _errs13;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.userType !== void 0) {
      let data3 = data.userType;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err13 = __alive++ < 100 ? { instancePath: instancePath + "/userType", schemaPath: "#/properties/userType/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      const _errs18 = errors;
      let valid7 = false;
      let passing1 = null;
      const _errs19 = errors;
      if (0 !== data3) {
        const err14 = __alive++ < 100 ? { instancePath: instancePath + "/userType", schemaPath: "#/properties/userType/oneOf/0/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid2 = _errs19 === errors;
      if (_valid2) {
        valid7 = true;
        passing1 = 0;
      }
      const _errs20 = errors;
      if (1 !== data3) {
        const err15 = __alive++ < 100 ? { instancePath: instancePath + "/userType", schemaPath: "#/properties/userType/oneOf/1/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid2 = _errs20 === errors;
      if (_valid2 && valid7) {
        valid7 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid2) {
          valid7 = true;
          passing1 = 1;
        }
      }
      if (!valid7) {
        const err16 = __alive++ < 100 ? { instancePath: instancePath + "/userType", schemaPath: "#/properties/userType/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" } : __overflow;
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
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
    }
    for (const key0 in data) {
      if (key0 !== "openChatId" && key0 !== "chatType" && key0 !== "userType" && key0 !== "success" && key0 !== "fail" && key0 !== "complete") {
        const err17 = __alive++ < 100 ? { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties" } : __overflow;
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
  validate543.errors = vErrors;
  return errors === 0;
}
validate543.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
export {
  chooseChat_input,
  getChatInfo_input
};
