/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/jsapi/*.input.json
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

// jsapi-input-validators.standalone.js
var chooseChat_input = validate106;
function validate106(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate106.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "../common/StandardCallbacks.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
        const err1 = { instancePath: instancePath + "/allowCreateGroup", schemaPath: "../common/ChooseChatOptions.json#/$defs/allowCreateGroup/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
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
        const err2 = { instancePath: instancePath + "/multiSelect", schemaPath: "../common/ChooseChatOptions.json#/$defs/multiSelect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
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
        const err3 = { instancePath: instancePath + "/ignoreSelf", schemaPath: "../common/ChooseChatOptions.json#/$defs/ignoreSelf/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
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
        const err4 = { instancePath: instancePath + "/ignoreBot", schemaPath: "../common/ChooseChatOptions.json#/$defs/ignoreBot/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
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
        const err5 = { instancePath: instancePath + "/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
        const err6 = { instancePath: instancePath + "/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/oneOf/0/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
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
        const err7 = { instancePath: instancePath + "/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/oneOf/1/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
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
          const err8 = { instancePath: instancePath + "/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/oneOf/2/const", keyword: "const", params: { allowedValue: 2 }, message: "must be equal to constant" };
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
        const err9 = { instancePath: instancePath + "/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs19;
        if (vErrors !== null) {
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
        const err10 = { instancePath: instancePath + "/confirmTitle", schemaPath: "../common/ChooseChatOptions.json#/$defs/confirmTitle/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err11 = { instancePath: instancePath + "/confirmText", schemaPath: "../common/ChooseChatOptions.json#/$defs/confirmText/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err12 = { instancePath: instancePath + "/confirmDesc", schemaPath: "../common/ChooseChatOptions.json#/$defs/confirmDesc/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err13 = { instancePath: instancePath + "/externalChat", schemaPath: "../common/ChooseChatOptions.json#/$defs/externalChat/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
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
        const err14 = { instancePath: instancePath + "/showMessageInput", schemaPath: "../common/ChooseChatOptions.json#/$defs/showMessageInput/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
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
        const err15 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate106.errors = vErrors;
  return errors === 0;
}
validate106.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var getChatInfo_input = validate112;
var pattern4 = new RegExp("^oc_[^\\s]+$", "u");
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate112.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "../common/StandardCallbacks.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    } else {
      if (data.chatType !== void 0) {
        if (0 !== data.chatType) {
          const err2 = {};
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
        const err3 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "userType" }, message: "must have required property 'userType'" };
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
    const err4 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.openChatId === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "openChatId" }, message: "must have required property 'openChatId'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.chatType === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chatType" }, message: "must have required property 'chatType'" };
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
          const err7 = { instancePath: instancePath + "/openChatId", schemaPath: "../common/OpenChatId.json/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/openChatId", schemaPath: "../common/OpenChatId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err9 = { instancePath: instancePath + "/chatType", schemaPath: "#/properties/chatType/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
        const err10 = { instancePath: instancePath + "/chatType", schemaPath: "#/properties/chatType/oneOf/0/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
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
        const err11 = { instancePath: instancePath + "/chatType", schemaPath: "#/properties/chatType/oneOf/1/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
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
        const err12 = { instancePath: instancePath + "/chatType", schemaPath: "#/properties/chatType/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
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
        const err13 = { instancePath: instancePath + "/userType", schemaPath: "#/properties/userType/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
        const err14 = { instancePath: instancePath + "/userType", schemaPath: "#/properties/userType/oneOf/0/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
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
        const err15 = { instancePath: instancePath + "/userType", schemaPath: "#/properties/userType/oneOf/1/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
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
        const err16 = { instancePath: instancePath + "/userType", schemaPath: "#/properties/userType/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs18;
        if (vErrors !== null) {
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
        const err17 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key0 }, message: "must NOT have unevaluated properties" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate112.errors = vErrors;
  return errors === 0;
}
validate112.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var sendMessageCard_input = validate115;
var func2 = require_ucs2length().default;
var pattern21 = new RegExp("^ou_[^\\s]+$", "u");
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
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.shouldChooseChat === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "shouldChooseChat" }, message: "must have required property 'shouldChooseChat'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.shouldChooseChat !== void 0) {
      if (true !== data.shouldChooseChat) {
        const err1 = { instancePath: instancePath + "/shouldChooseChat", schemaPath: "#/anyOf/0/properties/shouldChooseChat/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
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
      const err2 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "openChatIDs" }, message: "must have required property 'openChatIDs'" };
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
          const err3 = { instancePath: instancePath + "/openChatIDs", schemaPath: "#/anyOf/1/properties/openChatIDs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/openChatIDs", schemaPath: "#/anyOf/1/properties/openChatIDs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
      const err5 = { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: "openIDs" }, message: "must have required property 'openIDs'" };
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
          const err6 = { instancePath: instancePath + "/openIDs", schemaPath: "#/anyOf/2/properties/openIDs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/openIDs", schemaPath: "#/anyOf/2/properties/openIDs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
      const err8 = { instancePath, schemaPath: "#/anyOf/3/required", keyword: "required", params: { missingProperty: "triggerCode" }, message: "must have required property 'triggerCode'" };
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
          const err9 = { instancePath: instancePath + "/triggerCode", schemaPath: "#/anyOf/3/properties/triggerCode/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/triggerCode", schemaPath: "#/anyOf/3/properties/triggerCode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
    const err11 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err12 = { instancePath, schemaPath: "../common/StandardCallbacks.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cardContent" }, message: "must have required property 'cardContent'" };
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
        const err14 = { instancePath: instancePath + "/shouldChooseChat", schemaPath: "#/properties/shouldChooseChat/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
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
            const err15 = { instancePath: instancePath + "/chooseChatParams", schemaPath: "#/properties/chooseChatParams/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
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
            const err16 = { instancePath: instancePath + "/chooseChatParams/allowCreateGroup", schemaPath: "../common/ChooseChatOptions.json#/$defs/allowCreateGroup/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
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
            const err17 = { instancePath: instancePath + "/chooseChatParams/multiSelect", schemaPath: "../common/ChooseChatOptions.json#/$defs/multiSelect/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
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
            const err18 = { instancePath: instancePath + "/chooseChatParams/externalChat", schemaPath: "../common/ChooseChatOptions.json#/$defs/externalChat/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
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
            const err19 = { instancePath: instancePath + "/chooseChatParams/confirmTitle", schemaPath: "../common/ChooseChatOptions.json#/$defs/confirmTitle/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
            const err20 = { instancePath: instancePath + "/chooseChatParams/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
            const err21 = { instancePath: instancePath + "/chooseChatParams/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/oneOf/0/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
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
            const err22 = { instancePath: instancePath + "/chooseChatParams/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/oneOf/1/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
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
              const err23 = { instancePath: instancePath + "/chooseChatParams/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/oneOf/2/const", keyword: "const", params: { allowedValue: 2 }, message: "must be equal to constant" };
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
            const err24 = { instancePath: instancePath + "/chooseChatParams/selectType", schemaPath: "../common/ChooseChatOptions.json#/$defs/selectType/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          } else {
            errors = _errs36;
            if (vErrors !== null) {
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
            const err25 = { instancePath: instancePath + "/chooseChatParams/ignoreSelf", schemaPath: "../common/ChooseChatOptions.json#/$defs/ignoreSelf/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
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
            const err26 = { instancePath: instancePath + "/chooseChatParams/ignoreBot", schemaPath: "../common/ChooseChatOptions.json#/$defs/ignoreBot/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/chooseChatParams", schemaPath: "#/properties/chooseChatParams/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
          const err28 = { instancePath: instancePath + "/openChatIDs", schemaPath: "#/properties/openChatIDs/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
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
              const err29 = { instancePath: instancePath + "/openChatIDs/" + i0, schemaPath: "../common/OpenChatId.json/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/openChatIDs/" + i0, schemaPath: "../common/OpenChatId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/openChatIDs", schemaPath: "#/properties/openChatIDs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
          const err32 = { instancePath: instancePath + "/openIDs", schemaPath: "#/properties/openIDs/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
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
            if (!pattern21.test(data16)) {
              const err33 = { instancePath: instancePath + "/openIDs/" + i1, schemaPath: "../common/OpenId.json/pattern", keyword: "pattern", params: { pattern: "^ou_[^\\s]+$" }, message: 'must match pattern "^ou_[^\\s]+$"' };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/openIDs/" + i1, schemaPath: "../common/OpenId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/openIDs", schemaPath: "#/properties/openIDs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
        const err36 = { instancePath: instancePath + "/triggerCode", schemaPath: "#/properties/triggerCode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.cardContent !== void 0) {
      let data18 = data.cardContent;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        if (data18.msg_type === void 0) {
          const err37 = { instancePath: instancePath + "/cardContent", schemaPath: "#/$defs/CardContent/required", keyword: "required", params: { missingProperty: "msg_type" }, message: "must have required property 'msg_type'" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data18.card === void 0) {
          const err38 = { instancePath: instancePath + "/cardContent", schemaPath: "#/$defs/CardContent/required", keyword: "required", params: { missingProperty: "card" }, message: "must have required property 'card'" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        for (const key1 in data18) {
          if (!(key1 === "msg_type" || key1 === "update_multi" || key1 === "card")) {
            const err39 = { instancePath: instancePath + "/cardContent", schemaPath: "#/$defs/CardContent/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data18.msg_type !== void 0) {
          if ("interactive" !== data18.msg_type) {
            const err40 = { instancePath: instancePath + "/cardContent/msg_type", schemaPath: "#/$defs/CardContent/properties/msg_type/const", keyword: "const", params: { allowedValue: "interactive" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data18.update_multi !== void 0) {
          if (typeof data18.update_multi !== "boolean") {
            const err41 = { instancePath: instancePath + "/cardContent/update_multi", schemaPath: "#/$defs/CardContent/properties/update_multi/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data18.card !== void 0) {
          let data21 = data18.card;
          if (!(data21 && typeof data21 == "object" && !Array.isArray(data21))) {
            const err42 = { instancePath: instancePath + "/cardContent/card", schemaPath: "#/$defs/CardContent/properties/card/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if ((() => {
          try {
            return new TextEncoder().encode(JSON.stringify(data18)).length;
          } catch {
            return Infinity;
          }
        })() > 20480) {
          const err43 = { instancePath: instancePath + "/cardContent", schemaPath: "#/$defs/CardContent/x-maxSerializedBytes", keyword: "x-maxSerializedBytes", params: { limit: 20480 }, message: "must be at most 20480 bytes as serialized JSON (UTF-8)" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = { instancePath: instancePath + "/cardContent", schemaPath: "#/$defs/CardContent/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.withAdditionalMessage !== void 0) {
      if (typeof data.withAdditionalMessage !== "boolean") {
        const err45 = { instancePath: instancePath + "/withAdditionalMessage", schemaPath: "#/properties/withAdditionalMessage/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (props0 !== true) {
      for (const key2 in data) {
        if (!props0 || !props0[key2]) {
          const err46 = { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key2 }, message: "must NOT have unevaluated properties" };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      }
    }
  } else {
    const err47 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err47];
    } else {
      vErrors.push(err47);
    }
    errors++;
  }
  validate115.errors = vErrors;
  return errors === 0;
}
validate115.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
export {
  chooseChat_input,
  getChatInfo_input,
  sendMessageCard_input
};
