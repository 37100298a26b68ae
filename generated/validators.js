/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/ (every JSON Schema file) and spec/ (via generated/openapi.json)
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

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// validators.standalone.js
var __alive = 0;
var __overflow = Object.freeze({ instancePath: "", schemaPath: "", keyword: "errorLimit", params: Object.freeze({ limit: 100 }), message: "not listed: more than 100 errors" });
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
var listChats_query = __bounded(validate21);
var schema32 = { "type": "object", "properties": { "user_id_type": { "$ref": "#/$defs/UserIdType" }, "sort_type": { "type": "string", "enum": ["ByCreateTimeAsc", "ByActiveTimeDesc"] }, "types": { "type": "array", "items": { "type": "string", "enum": ["group", "p2p"] }, "minItems": 1, "uniqueItems": true }, "page_token": { "type": "string", "maxLength": 1024 }, "page_size": { "type": "integer", "minimum": 1, "maximum": 100 } }, "required": [], "additionalProperties": false };
var schema33 = { "type": "string", "enum": ["open_id", "union_id", "user_id"] };
var func1 = require_ucs2length().default;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
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
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values" } : __overflow;
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
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/sort_type", schemaPath: "#/properties/sort_type/enum", keyword: "enum", params: { allowedValues: schema32.properties.sort_type.enum }, message: "must be equal to one of the allowed values" } : __overflow;
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
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err5 = __alive++ < 100 ? { instancePath: instancePath + "/types", schemaPath: "#/properties/types/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" } : __overflow;
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
            const err6 = __alive++ < 100 ? { instancePath: instancePath + "/types/" + i0, schemaPath: "#/properties/types/items/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (!(data3 === "group" || data3 === "p2p")) {
            const err7 = __alive++ < 100 ? { instancePath: instancePath + "/types/" + i0, schemaPath: "#/properties/types/items/enum", keyword: "enum", params: { allowedValues: schema32.properties.types.items.enum }, message: "must be equal to one of the allowed values" } : __overflow;
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
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err8 = __alive++ < 100 ? { instancePath: instancePath + "/types", schemaPath: "#/properties/types/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" } : __overflow;
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/types", schemaPath: "#/properties/types/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.page_token !== void 0) {
      let data4 = data.page_token;
      if (typeof data4 === "string") {
        if (func1(data4) > 1024) {
          const err10 = __alive++ < 100 ? { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" } : __overflow;
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.page_size !== void 0) {
      let data5 = data.page_size;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 100 || isNaN(data5)) {
          const err13 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" } : __overflow;
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err14 = __alive++ < 100 ? { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" } : __overflow;
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
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
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var listChats_response = __bounded(validate22);
var schema36 = { "type": "object", "properties": { "chat_id": { "$ref": "#/$defs/OpenChatId" }, "avatar": { "type": "string", "format": "uri" }, "name": { "type": "string" }, "description": { "type": "string" }, "owner_id": { "type": "string" }, "owner_id_type": { "$ref": "#/$defs/UserIdType" }, "external": { "type": "boolean" }, "tenant_key": { "type": "string" }, "chat_status": { "$ref": "#/$defs/ChatStatus" }, "labels": { "type": "array", "items": { "type": "string" } }, "chat_mode": { "type": "string", "enum": ["group", "topic", "p2p"] }, "p2p_target_type": { "type": "string", "enum": ["user", "bot"] }, "p2p_target_id": { "type": "string" } } };
var schema40 = { "type": "string", "enum": ["normal", "dissolved", "dissolved_save"] };
var pattern4 = new RegExp("^oc_[^\\s]+$", "u");
var formats0 = require_formats().fullFormats.uri;
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.chat_id !== void 0) {
      let data0 = data.chat_id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err0 = __alive++ < 100 ? { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.avatar !== void 0) {
      let data1 = data.avatar;
      if (typeof data1 === "string") {
        if (!formats0(data1)) {
          const err2 = __alive++ < 100 ? { instancePath: instancePath + "/avatar", schemaPath: "#/properties/avatar/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/avatar", schemaPath: "#/properties/avatar/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.owner_id !== void 0) {
      if (typeof data.owner_id !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/owner_id", schemaPath: "#/properties/owner_id/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.owner_id_type !== void 0) {
      let data5 = data.owner_id_type;
      if (typeof data5 !== "string") {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/owner_id_type", schemaPath: "#/$defs/UserIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data5 === "open_id" || data5 === "union_id" || data5 === "user_id")) {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/owner_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.external !== void 0) {
      if (typeof data.external !== "boolean") {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.tenant_key !== void 0) {
      if (typeof data.tenant_key !== "string") {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/tenant_key", schemaPath: "#/properties/tenant_key/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.chat_status !== void 0) {
      let data8 = data.chat_status;
      if (typeof data8 !== "string") {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/chat_status", schemaPath: "#/$defs/ChatStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(data8 === "normal" || data8 === "dissolved" || data8 === "dissolved_save")) {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/chat_status", schemaPath: "#/$defs/ChatStatus/enum", keyword: "enum", params: { allowedValues: schema40.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data9 = data.labels;
      if (Array.isArray(data9)) {
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data9[i0] !== "string") {
            const err13 = __alive++ < 100 ? { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = __alive++ < 100 ? { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.chat_mode !== void 0) {
      let data11 = data.chat_mode;
      if (typeof data11 !== "string") {
        const err15 = __alive++ < 100 ? { instancePath: instancePath + "/chat_mode", schemaPath: "#/properties/chat_mode/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (!(data11 === "group" || data11 === "topic" || data11 === "p2p")) {
        const err16 = __alive++ < 100 ? { instancePath: instancePath + "/chat_mode", schemaPath: "#/properties/chat_mode/enum", keyword: "enum", params: { allowedValues: schema36.properties.chat_mode.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.p2p_target_type !== void 0) {
      let data12 = data.p2p_target_type;
      if (typeof data12 !== "string") {
        const err17 = __alive++ < 100 ? { instancePath: instancePath + "/p2p_target_type", schemaPath: "#/properties/p2p_target_type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (!(data12 === "user" || data12 === "bot")) {
        const err18 = __alive++ < 100 ? { instancePath: instancePath + "/p2p_target_type", schemaPath: "#/properties/p2p_target_type/enum", keyword: "enum", params: { allowedValues: schema36.properties.p2p_target_type.enum }, message: "must be equal to one of the allowed values" } : __overflow;
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.p2p_target_id !== void 0) {
      if (typeof data.p2p_target_id !== "string") {
        const err19 = __alive++ < 100 ? { instancePath: instancePath + "/p2p_target_id", schemaPath: "#/properties/p2p_target_id/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "chat_id": true, "avatar": true, "name": true, "description": true, "owner_id": true, "owner_id_type": true, "external": true, "tenant_key": true, "chat_status": true, "labels": true, "chat_mode": true, "p2p_target_type": true, "p2p_target_id": true }, "dynamicProps": false, "dynamicItems": false };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.items === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "items" }, message: "must have required property 'items'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.has_more === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "has_more" }, message: "must have required property 'has_more'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.items !== void 0) {
      let data0 = data.items;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate24(data0[i0], { instancePath: instancePath + "/items/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate24.errors : __append(vErrors, validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.page_token !== void 0) {
      if (typeof data.page_token !== "string") {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.has_more !== void 0) {
      if (typeof data.has_more !== "boolean") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/has_more", schemaPath: "#/properties/has_more/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
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
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "items": true, "page_token": true, "has_more": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.code === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.msg === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "msg" }, message: "must have required property 'msg'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.code !== void 0) {
      if (0 !== data.code) {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/code", schemaPath: "#/properties/code/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.msg !== void 0) {
      if (typeof data.msg !== "string") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/msg", schemaPath: "#/properties/msg/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate23(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : __append(vErrors, validate23.errors);
        errors = vErrors.length;
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
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "code": true, "msg": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var searchChats_query = __bounded(validate28);
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
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
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values" } : __overflow;
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
        if (func1(data2) > 1024) {
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
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var searchChats_response = __bounded(validate29);
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
    if (data.code === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.msg === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "msg" }, message: "must have required property 'msg'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.code !== void 0) {
      if (0 !== data.code) {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/code", schemaPath: "#/properties/code/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.msg !== void 0) {
      if (typeof data.msg !== "string") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/msg", schemaPath: "#/properties/msg/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate23(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : __append(vErrors, validate23.errors);
        errors = vErrors.length;
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
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": { "code": true, "msg": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var getTenantAccessToken_body = __bounded(validate31);
var pattern6 = new RegExp("^cli_[^\\s]+$", "u");
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.app_id === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "app_id" }, message: "must have required property 'app_id'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.app_secret === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "app_secret" }, message: "must have required property 'app_secret'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "app_id" || key0 === "app_secret")) {
        const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.app_id !== void 0) {
      let data0 = data.app_id;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err3 = __alive++ < 100 ? { instancePath: instancePath + "/app_id", schemaPath: "#/properties/app_id/pattern", keyword: "pattern", params: { pattern: "^cli_[^\\s]+$" }, message: 'must match pattern "^cli_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/app_id", schemaPath: "#/properties/app_id/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.app_secret !== void 0) {
      let data1 = data.app_secret;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err5 = __alive++ < 100 ? { instancePath: instancePath + "/app_secret", schemaPath: "#/properties/app_secret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" } : __overflow;
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/app_secret", schemaPath: "#/properties/app_secret/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var getTenantAccessToken_response = __bounded(validate32);
var pattern7 = new RegExp("^t-[^\\s]+$", "u");
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.code === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.msg === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "msg" }, message: "must have required property 'msg'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tenant_access_token === void 0) {
      const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tenant_access_token" }, message: "must have required property 'tenant_access_token'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.expire === void 0) {
      const err3 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expire" }, message: "must have required property 'expire'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.code !== void 0) {
      if (0 !== data.code) {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/code", schemaPath: "#/properties/code/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.msg !== void 0) {
      if (typeof data.msg !== "string") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/msg", schemaPath: "#/properties/msg/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.tenant_access_token !== void 0) {
      let data2 = data.tenant_access_token;
      if (typeof data2 === "string") {
        if (!pattern7.test(data2)) {
          const err6 = __alive++ < 100 ? { instancePath: instancePath + "/tenant_access_token", schemaPath: "#/properties/tenant_access_token/pattern", keyword: "pattern", params: { pattern: "^t-[^\\s]+$" }, message: 'must match pattern "^t-[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/tenant_access_token", schemaPath: "#/properties/tenant_access_token/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.expire !== void 0) {
      let data3 = data.expire;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/expire", schemaPath: "#/properties/expire/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err9 = __alive++ < 100 ? { instancePath: instancePath + "/expire", schemaPath: "#/properties/expire/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" } : __overflow;
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
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
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": { "code": true, "msg": true, "tenant_access_token": true, "expire": true }, "dynamicProps": false, "dynamicItems": false };
var errorResponse = __bounded(validate33);
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.log_id !== void 0) {
      if (typeof data.log_id !== "string") {
        const err0 = __alive++ < 100 ? { instancePath: instancePath + "/log_id", schemaPath: "#/properties/log_id/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.troubleshooter !== void 0) {
      if (typeof data.troubleshooter !== "string") {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/troubleshooter", schemaPath: "#/properties/troubleshooter/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.permission_violations !== void 0) {
      let data3 = data.permission_violations;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.type === void 0) {
              const err3 = __alive++ < 100 ? { instancePath: instancePath + "/permission_violations/" + i0, schemaPath: "#/$defs/PermissionViolation/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data4.subject === void 0) {
              const err4 = __alive++ < 100 ? { instancePath: instancePath + "/permission_violations/" + i0, schemaPath: "#/$defs/PermissionViolation/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data4.type !== void 0) {
              if (typeof data4.type !== "string") {
                const err5 = __alive++ < 100 ? { instancePath: instancePath + "/permission_violations/" + i0 + "/type", schemaPath: "#/$defs/PermissionViolation/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data4.subject !== void 0) {
              if (typeof data4.subject !== "string") {
                const err6 = __alive++ < 100 ? { instancePath: instancePath + "/permission_violations/" + i0 + "/subject", schemaPath: "#/$defs/PermissionViolation/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data4.description !== void 0) {
              if (typeof data4.description !== "string") {
                const err7 = __alive++ < 100 ? { instancePath: instancePath + "/permission_violations/" + i0 + "/description", schemaPath: "#/$defs/PermissionViolation/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = __alive++ < 100 ? { instancePath: instancePath + "/permission_violations/" + i0, schemaPath: "#/$defs/PermissionViolation/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/permission_violations", schemaPath: "#/properties/permission_violations/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.field_violations !== void 0) {
      let data8 = data.field_violations;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.field === void 0) {
              const err10 = __alive++ < 100 ? { instancePath: instancePath + "/field_violations/" + i1, schemaPath: "#/$defs/FieldViolation/required", keyword: "required", params: { missingProperty: "field" }, message: "must have required property 'field'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data9.field !== void 0) {
              if (typeof data9.field !== "string") {
                const err11 = __alive++ < 100 ? { instancePath: instancePath + "/field_violations/" + i1 + "/field", schemaPath: "#/$defs/FieldViolation/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data9.value !== void 0) {
              if (typeof data9.value !== "string") {
                const err12 = __alive++ < 100 ? { instancePath: instancePath + "/field_violations/" + i1 + "/value", schemaPath: "#/$defs/FieldViolation/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data9.description !== void 0) {
              if (typeof data9.description !== "string") {
                const err13 = __alive++ < 100 ? { instancePath: instancePath + "/field_violations/" + i1 + "/description", schemaPath: "#/$defs/FieldViolation/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = __alive++ < 100 ? { instancePath: instancePath + "/field_violations/" + i1, schemaPath: "#/$defs/FieldViolation/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = __alive++ < 100 ? { instancePath: instancePath + "/field_violations", schemaPath: "#/properties/field_violations/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.details !== void 0) {
      let data13 = data.details;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data14 = data13[i2];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.key !== void 0) {
              if (typeof data14.key !== "string") {
                const err16 = __alive++ < 100 ? { instancePath: instancePath + "/details/" + i2 + "/key", schemaPath: "#/properties/details/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data14.value !== void 0) {
              if (typeof data14.value !== "string") {
                const err17 = __alive++ < 100 ? { instancePath: instancePath + "/details/" + i2 + "/value", schemaPath: "#/properties/details/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = __alive++ < 100 ? { instancePath: instancePath + "/details/" + i2, schemaPath: "#/properties/details/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = __alive++ < 100 ? { instancePath: instancePath + "/details", schemaPath: "#/properties/details/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.helps !== void 0) {
      let data17 = data.helps;
      if (Array.isArray(data17)) {
        const len3 = data17.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data18 = data17[i3];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.url !== void 0) {
              if (typeof data18.url !== "string") {
                const err20 = __alive++ < 100 ? { instancePath: instancePath + "/helps/" + i3 + "/url", schemaPath: "#/properties/helps/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data18.description !== void 0) {
              if (typeof data18.description !== "string") {
                const err21 = __alive++ < 100 ? { instancePath: instancePath + "/helps/" + i3 + "/description", schemaPath: "#/properties/helps/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = __alive++ < 100 ? { instancePath: instancePath + "/helps/" + i3, schemaPath: "#/properties/helps/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = __alive++ < 100 ? { instancePath: instancePath + "/helps", schemaPath: "#/properties/helps/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": { "log_id": true, "troubleshooter": true, "message": true, "permission_violations": true, "field_violations": true, "details": true, "helps": true }, "dynamicProps": false, "dynamicItems": false };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.code === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.msg === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "msg" }, message: "must have required property 'msg'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.code !== void 0) {
      let data0 = data.code;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/code", schemaPath: "#/properties/code/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      const _errs3 = errors;
      const _errs4 = errors;
      if (0 !== data0) {
        const err3 = __alive++ < 100 ? {} : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid1 = _errs4 === errors;
      if (valid1) {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/code", schemaPath: "#/properties/code/not", keyword: "not", params: {}, message: "must NOT be valid" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          __alive -= vErrors.length - _errs3;
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.msg !== void 0) {
      if (typeof data.msg !== "string") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/msg", schemaPath: "#/properties/msg/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data2 = data.data;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.error !== void 0) {
      if (!validate34(data.error, { instancePath: instancePath + "/error", parentData: data, parentDataProperty: "error", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate34.errors : __append(vErrors, validate34.errors);
        errors = vErrors.length;
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
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": { "code": true, "msg": true, "data": true, "error": true }, "dynamicProps": false, "dynamicItems": false };
var chooseChat_input = __bounded(validate36);
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
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
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var chooseChat_success = __bounded(validate38);
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
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
    if (data.chatType === void 0 && (missing0 = "chatType")) {
      const err0 = __alive++ < 100 ? {} : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.chatType !== void 0) {
        if (0 !== data.chatType) {
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
  let ifClause0;
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.userType === void 0) {
        const err2 = __alive++ < 100 ? { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "userType" }, message: "must have required property 'userType'" } : __overflow;
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
    ifClause0 = "then";
  } else {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.userType !== void 0) {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/userType", schemaPath: "#/else/properties/userType/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.userType = true;
      props0.chatType = true;
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err4 = __alive++ < 100 ? { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' } : __overflow;
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err5 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" } : __overflow;
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
    if (props0 !== true) {
      props0 = props0 || {};
      props0.id = true;
      props0.chatType = true;
      props0.userType = true;
      props0.avatarUrls = true;
      props0.name = true;
      props0.i18nNames = true;
    }
    if (data.id !== void 0) {
      let data2 = data.id;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err7 = __alive++ < 100 ? { instancePath: instancePath + "/id", schemaPath: "../common/OpenChatId.json/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/id", schemaPath: "../common/OpenChatId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.chatType !== void 0) {
      let data3 = data.chatType;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/chatType", schemaPath: "#/properties/chatType/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      const _errs11 = errors;
      let valid5 = false;
      let passing0 = null;
      const _errs12 = errors;
      if (0 !== data3) {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/chatType", schemaPath: "#/properties/chatType/oneOf/0/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs12 === errors;
      if (_valid1) {
        valid5 = true;
        passing0 = 0;
      }
      const _errs13 = errors;
      if (1 !== data3) {
        const err11 = __alive++ < 100 ? { instancePath: instancePath + "/chatType", schemaPath: "#/properties/chatType/oneOf/1/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid1 = _errs13 === errors;
      if (_valid1 && valid5) {
        valid5 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid1) {
          valid5 = true;
          passing0 = 1;
        }
      }
      if (!valid5) {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/chatType", schemaPath: "#/properties/chatType/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          __alive -= vErrors.length - _errs11;
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.userType !== void 0) {
      let data4 = data.userType;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err13 = __alive++ < 100 ? { instancePath: instancePath + "/userType", schemaPath: "#/properties/userType/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      const _errs16 = errors;
      let valid6 = false;
      let passing1 = null;
      const _errs17 = errors;
      if (0 !== data4) {
        const err14 = __alive++ < 100 ? { instancePath: instancePath + "/userType", schemaPath: "#/properties/userType/oneOf/0/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid2 = _errs17 === errors;
      if (_valid2) {
        valid6 = true;
        passing1 = 0;
      }
      const _errs18 = errors;
      if (1 !== data4) {
        const err15 = __alive++ < 100 ? { instancePath: instancePath + "/userType", schemaPath: "#/properties/userType/oneOf/1/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid2 = _errs18 === errors;
      if (_valid2 && valid6) {
        valid6 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid2) {
          valid6 = true;
          passing1 = 1;
        }
      }
      if (!valid6) {
        const err16 = __alive++ < 100 ? { instancePath: instancePath + "/userType", schemaPath: "#/properties/userType/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" } : __overflow;
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          __alive -= vErrors.length - _errs16;
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.avatarUrls !== void 0) {
      let data5 = data.avatarUrls;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (!formats0(data6)) {
              const err17 = __alive++ < 100 ? { instancePath: instancePath + "/avatarUrls/" + i0, schemaPath: "../common/AvatarUrls.json/items/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' } : __overflow;
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = __alive++ < 100 ? { instancePath: instancePath + "/avatarUrls/" + i0, schemaPath: "../common/AvatarUrls.json/items/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = __alive++ < 100 ? { instancePath: instancePath + "/avatarUrls", schemaPath: "../common/AvatarUrls.json/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err20 = __alive++ < 100 ? { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.i18nNames !== void 0) {
      let data8 = data.i18nNames;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.zh_cn !== void 0) {
          if (typeof data8.zh_cn !== "string") {
            const err21 = __alive++ < 100 ? { instancePath: instancePath + "/i18nNames/zh_cn", schemaPath: "../common/I18nNames.json/properties/zh_cn/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data8.en_us !== void 0) {
          if (typeof data8.en_us !== "string") {
            const err22 = __alive++ < 100 ? { instancePath: instancePath + "/i18nNames/en_us", schemaPath: "../common/I18nNames.json/properties/en_us/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data8.ja_jp !== void 0) {
          if (typeof data8.ja_jp !== "string") {
            const err23 = __alive++ < 100 ? { instancePath: instancePath + "/i18nNames/ja_jp", schemaPath: "../common/I18nNames.json/properties/ja_jp/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = __alive++ < 100 ? { instancePath: instancePath + "/i18nNames", schemaPath: "../common/I18nNames.json/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate39.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate39.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.errMsg === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "errMsg" }, message: "must have required property 'errMsg'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.errMsg !== void 0) {
      if ("chooseChat:ok" !== data.errMsg) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/const", keyword: "const", params: { allowedValue: "chooseChat:ok" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data1 = data.data;
      if (Array.isArray(data1)) {
        if (data1.length > 10) {
          const err3 = __alive++ < 100 ? { instancePath: instancePath + "/data", schemaPath: "#/properties/data/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" } : __overflow;
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate39(data1[i0], { instancePath: instancePath + "/data/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate39.errors : __append(vErrors, validate39.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { "props": { "errMsg": true, "data": true, "message": true }, "dynamicProps": false, "dynamicItems": false };
var chooseChat_fail = __bounded(validate41);
var pattern9 = new RegExp("^chooseChat:fail", "u");
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
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
    if (data.errMsg === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "../common/StandardFailOutput.json/required", keyword: "required", params: { missingProperty: "errMsg" }, message: "must have required property 'errMsg'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errMsg !== void 0) {
      if (typeof data.errMsg !== "string") {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/errMsg", schemaPath: "../common/StandardFailOutput.json/properties/errMsg/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.errno !== void 0) {
      let data1 = data.errno;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/errno", schemaPath: "../common/StandardFailOutput.json/properties/errno/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.errCode !== void 0) {
      let data2 = data.errCode;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/errCode", schemaPath: "../common/StandardFailOutput.json/properties/errCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.errString !== void 0) {
      if (typeof data.errString !== "string") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/errString", schemaPath: "../common/StandardFailOutput.json/properties/errString/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = __alive++ < 100 ? { instancePath, schemaPath: "../common/StandardFailOutput.json/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.errMsg !== void 0) {
      let data4 = data.errMsg;
      if (typeof data4 === "string") {
        if (!pattern9.test(data4)) {
          const err6 = __alive++ < 100 ? { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/pattern", keyword: "pattern", params: { pattern: "^chooseChat:fail" }, message: 'must match pattern "^chooseChat:fail"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": { "errMsg": true, "errno": true, "errCode": true, "errString": true }, "dynamicProps": false, "dynamicItems": false };
var getChatInfo_input = __bounded(validate42);
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
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
  validate42.errors = vErrors;
  return errors === 0;
}
validate42.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var getChatInfo_success = __bounded(validate43);
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.errMsg === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "errMsg" }, message: "must have required property 'errMsg'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errMsg !== void 0) {
      if ("getChatInfo:ok" !== data.errMsg) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/const", keyword: "const", params: { allowedValue: "getChatInfo:ok" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.i18nNames !== void 0) {
      let data1 = data.i18nNames;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.zh_cn !== void 0) {
          if (typeof data1.zh_cn !== "string") {
            const err2 = __alive++ < 100 ? { instancePath: instancePath + "/i18nNames/zh_cn", schemaPath: "../common/I18nNames.json/properties/zh_cn/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data1.en_us !== void 0) {
          if (typeof data1.en_us !== "string") {
            const err3 = __alive++ < 100 ? { instancePath: instancePath + "/i18nNames/en_us", schemaPath: "../common/I18nNames.json/properties/en_us/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.ja_jp !== void 0) {
          if (typeof data1.ja_jp !== "string") {
            const err4 = __alive++ < 100 ? { instancePath: instancePath + "/i18nNames/ja_jp", schemaPath: "../common/I18nNames.json/properties/ja_jp/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = __alive++ < 100 ? { instancePath: instancePath + "/i18nNames", schemaPath: "../common/I18nNames.json/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.avatarUrls !== void 0) {
      let data6 = data.avatarUrls;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 === "string") {
            if (!formats0(data7)) {
              const err7 = __alive++ < 100 ? { instancePath: instancePath + "/avatarUrls/" + i0, schemaPath: "../common/AvatarUrls.json/items/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' } : __overflow;
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = __alive++ < 100 ? { instancePath: instancePath + "/avatarUrls/" + i0, schemaPath: "../common/AvatarUrls.json/items/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/avatarUrls", schemaPath: "../common/AvatarUrls.json/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.atCount !== void 0) {
      let data8 = data.atCount;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/atCount", schemaPath: "#/properties/atCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 < 0 || isNaN(data8)) {
          const err11 = __alive++ < 100 ? { instancePath: instancePath + "/atCount", schemaPath: "#/properties/atCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" } : __overflow;
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.badge !== void 0) {
      let data9 = data.badge;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err12 = __alive++ < 100 ? { instancePath: instancePath + "/badge", schemaPath: "#/properties/badge/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 0 || isNaN(data9)) {
          const err13 = __alive++ < 100 ? { instancePath: instancePath + "/badge", schemaPath: "#/properties/badge/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" } : __overflow;
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
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
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { "props": { "errMsg": true, "i18nNames": true, "name": true, "avatarUrls": true, "atCount": true, "badge": true }, "dynamicProps": false, "dynamicItems": false };
var getChatInfo_fail = __bounded(validate44);
var pattern11 = new RegExp("^getChatInfo:fail", "u");
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
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
    if (data.errMsg === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "../common/StandardFailOutput.json/required", keyword: "required", params: { missingProperty: "errMsg" }, message: "must have required property 'errMsg'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errMsg !== void 0) {
      if (typeof data.errMsg !== "string") {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/errMsg", schemaPath: "../common/StandardFailOutput.json/properties/errMsg/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.errno !== void 0) {
      let data1 = data.errno;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/errno", schemaPath: "../common/StandardFailOutput.json/properties/errno/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.errCode !== void 0) {
      let data2 = data.errCode;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/errCode", schemaPath: "../common/StandardFailOutput.json/properties/errCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.errString !== void 0) {
      if (typeof data.errString !== "string") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/errString", schemaPath: "../common/StandardFailOutput.json/properties/errString/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = __alive++ < 100 ? { instancePath, schemaPath: "../common/StandardFailOutput.json/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.errMsg !== void 0) {
      let data4 = data.errMsg;
      if (typeof data4 === "string") {
        if (!pattern11.test(data4)) {
          const err6 = __alive++ < 100 ? { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/pattern", keyword: "pattern", params: { pattern: "^getChatInfo:fail" }, message: 'must match pattern "^getChatInfo:fail"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { "props": { "errMsg": true, "errno": true, "errCode": true, "errString": true }, "dynamicProps": false, "dynamicItems": false };
var sendMessageCard_input = __bounded(validate45);
var pattern13 = new RegExp("^ou_[^\\s]+$", "u");
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
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
        if (func1(data3) < 1) {
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
            if (!pattern13.test(data16)) {
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
      let data18 = data.cardContent;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        if (data18.msg_type === void 0) {
          const err37 = __alive++ < 100 ? { instancePath: instancePath + "/cardContent", schemaPath: "#/$defs/CardContent/required", keyword: "required", params: { missingProperty: "msg_type" }, message: "must have required property 'msg_type'" } : __overflow;
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data18.card === void 0) {
          const err38 = __alive++ < 100 ? { instancePath: instancePath + "/cardContent", schemaPath: "#/$defs/CardContent/required", keyword: "required", params: { missingProperty: "card" }, message: "must have required property 'card'" } : __overflow;
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        for (const key1 in data18) {
          if (!(key1 === "msg_type" || key1 === "update_multi" || key1 === "card")) {
            const err39 = __alive++ < 100 ? { instancePath: instancePath + "/cardContent", schemaPath: "#/$defs/CardContent/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" } : __overflow;
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
            const err40 = __alive++ < 100 ? { instancePath: instancePath + "/cardContent/msg_type", schemaPath: "#/$defs/CardContent/properties/msg_type/const", keyword: "const", params: { allowedValue: "interactive" }, message: "must be equal to constant" } : __overflow;
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
            const err41 = __alive++ < 100 ? { instancePath: instancePath + "/cardContent/update_multi", schemaPath: "#/$defs/CardContent/properties/update_multi/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
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
            const err42 = __alive++ < 100 ? { instancePath: instancePath + "/cardContent/card", schemaPath: "#/$defs/CardContent/properties/card/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
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
          const err43 = __alive++ < 100 ? { instancePath: instancePath + "/cardContent", schemaPath: "#/$defs/CardContent/x-maxSerializedBytes", keyword: "x-maxSerializedBytes", params: { limit: 20480 }, message: "must be at most 20480 bytes as serialized JSON (UTF-8)" } : __overflow;
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = __alive++ < 100 ? { instancePath: instancePath + "/cardContent", schemaPath: "#/$defs/CardContent/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
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
        const err45 = __alive++ < 100 ? { instancePath: instancePath + "/withAdditionalMessage", schemaPath: "#/properties/withAdditionalMessage/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" } : __overflow;
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
          const err46 = __alive++ < 100 ? { instancePath, schemaPath: "#/unevaluatedProperties", keyword: "unevaluatedProperties", params: { unevaluatedProperty: key2 }, message: "must NOT have unevaluated properties" } : __overflow;
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
    const err47 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err47];
    } else {
      vErrors.push(err47);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var sendMessageCard_success = __bounded(validate46);
var pattern15 = new RegExp("^om_[^\\s]+$", "u");
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.status === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.openChatId === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "openChatId" }, message: "must have required property 'openChatId'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status !== void 0) {
      let data0 = data.status;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.openChatId !== void 0) {
      let data1 = data.openChatId;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err3 = __alive++ < 100 ? { instancePath: instancePath + "/openChatId", schemaPath: "../common/OpenChatId.json/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/openChatId", schemaPath: "../common/OpenChatId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.openMessageId !== void 0) {
      let data2 = data.openMessageId;
      if (typeof data2 === "string") {
        if (!pattern15.test(data2)) {
          const err5 = __alive++ < 100 ? { instancePath: instancePath + "/openMessageId", schemaPath: "../common/OpenMessageId.json/pattern", keyword: "pattern", params: { pattern: "^om_[^\\s]+$" }, message: 'must match pattern "^om_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/openMessageId", schemaPath: "../common/OpenMessageId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { "props": { "status": true, "openChatId": true, "openMessageId": true }, "dynamicProps": false, "dynamicItems": false };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.errMsg === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "errMsg" }, message: "must have required property 'errMsg'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errMsg !== void 0) {
      if ("sendMessageCard:ok" !== data.errMsg) {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/const", keyword: "const", params: { allowedValue: "sendMessageCard:ok" }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.sendCardInfo !== void 0) {
      let data1 = data.sendCardInfo;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate47(data1[i0], { instancePath: instancePath + "/sendCardInfo/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate47.errors : __append(vErrors, validate47.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/sendCardInfo", schemaPath: "#/properties/sendCardInfo/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
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
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { "props": { "errMsg": true, "sendCardInfo": true }, "dynamicProps": false, "dynamicItems": false };
var sendMessageCard_fail = __bounded(validate49);
var pattern16 = new RegExp("^sendMessageCard:fail", "u");
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.status === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.openChatId === void 0) {
      const err1 = __alive++ < 100 ? { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "openChatId" }, message: "must have required property 'openChatId'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status !== void 0) {
      let data0 = data.status;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.openChatId !== void 0) {
      let data1 = data.openChatId;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err3 = __alive++ < 100 ? { instancePath: instancePath + "/openChatId", schemaPath: "../common/OpenChatId.json/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/openChatId", schemaPath: "../common/OpenChatId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.openMessageId !== void 0) {
      let data2 = data.openMessageId;
      if (typeof data2 === "string") {
        if (!pattern15.test(data2)) {
          const err5 = __alive++ < 100 ? { instancePath: instancePath + "/openMessageId", schemaPath: "../common/OpenMessageId.json/pattern", keyword: "pattern", params: { pattern: "^om_[^\\s]+$" }, message: 'must match pattern "^om_[^\\s]+$"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = __alive++ < 100 ? { instancePath: instancePath + "/openMessageId", schemaPath: "../common/OpenMessageId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
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
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { "props": { "status": true, "openChatId": true, "openMessageId": true }, "dynamicProps": false, "dynamicItems": false };
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.errMsg === void 0) {
      const err0 = __alive++ < 100 ? { instancePath, schemaPath: "../common/StandardFailOutput.json/required", keyword: "required", params: { missingProperty: "errMsg" }, message: "must have required property 'errMsg'" } : __overflow;
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errMsg !== void 0) {
      if (typeof data.errMsg !== "string") {
        const err1 = __alive++ < 100 ? { instancePath: instancePath + "/errMsg", schemaPath: "../common/StandardFailOutput.json/properties/errMsg/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.errno !== void 0) {
      let data1 = data.errno;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err2 = __alive++ < 100 ? { instancePath: instancePath + "/errno", schemaPath: "../common/StandardFailOutput.json/properties/errno/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.errCode !== void 0) {
      let data2 = data.errCode;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err3 = __alive++ < 100 ? { instancePath: instancePath + "/errCode", schemaPath: "../common/StandardFailOutput.json/properties/errCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.errString !== void 0) {
      if (typeof data.errString !== "string") {
        const err4 = __alive++ < 100 ? { instancePath: instancePath + "/errString", schemaPath: "../common/StandardFailOutput.json/properties/errString/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = __alive++ < 100 ? { instancePath, schemaPath: "../common/StandardFailOutput.json/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.errMsg !== void 0) {
      let data4 = data.errMsg;
      if (typeof data4 === "string") {
        if (!pattern16.test(data4)) {
          const err6 = __alive++ < 100 ? { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/pattern", keyword: "pattern", params: { pattern: "^sendMessageCard:fail" }, message: 'must match pattern "^sendMessageCard:fail"' } : __overflow;
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = __alive++ < 100 ? { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.errCode !== void 0) {
      let data5 = data.errCode;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err8 = __alive++ < 100 ? { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      const _errs15 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs16 = errors;
      if (-1 !== data5) {
        const err9 = __alive++ < 100 ? { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/0/const", keyword: "const", params: { allowedValue: -1 }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid0 = _errs16 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs17 = errors;
      if (-2 !== data5) {
        const err10 = __alive++ < 100 ? { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/1/const", keyword: "const", params: { allowedValue: -2 }, message: "must be equal to constant" } : __overflow;
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs17 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
        const _errs18 = errors;
        if (-3 !== data5) {
          const err11 = __alive++ < 100 ? { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/2/const", keyword: "const", params: { allowedValue: -3 }, message: "must be equal to constant" } : __overflow;
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        var _valid0 = _errs18 === errors;
        if (_valid0 && valid3) {
          valid3 = false;
          passing0 = [passing0, 2];
        } else {
          if (_valid0) {
            valid3 = true;
            passing0 = 2;
          }
          const _errs19 = errors;
          if (-4 !== data5) {
            const err12 = __alive++ < 100 ? { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/3/const", keyword: "const", params: { allowedValue: -4 }, message: "must be equal to constant" } : __overflow;
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var _valid0 = _errs19 === errors;
          if (_valid0 && valid3) {
            valid3 = false;
            passing0 = [passing0, 3];
          } else {
            if (_valid0) {
              valid3 = true;
              passing0 = 3;
            }
            const _errs20 = errors;
            if (-5 !== data5) {
              const err13 = __alive++ < 100 ? { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/4/const", keyword: "const", params: { allowedValue: -5 }, message: "must be equal to constant" } : __overflow;
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            var _valid0 = _errs20 === errors;
            if (_valid0 && valid3) {
              valid3 = false;
              passing0 = [passing0, 4];
            } else {
              if (_valid0) {
                valid3 = true;
                passing0 = 4;
              }
              const _errs21 = errors;
              if (-6 !== data5) {
                const err14 = __alive++ < 100 ? { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/5/const", keyword: "const", params: { allowedValue: -6 }, message: "must be equal to constant" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              var _valid0 = _errs21 === errors;
              if (_valid0 && valid3) {
                valid3 = false;
                passing0 = [passing0, 5];
              } else {
                if (_valid0) {
                  valid3 = true;
                  passing0 = 5;
                }
                const _errs22 = errors;
                if (-7 !== data5) {
                  const err15 = __alive++ < 100 ? { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/6/const", keyword: "const", params: { allowedValue: -7 }, message: "must be equal to constant" } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                var _valid0 = _errs22 === errors;
                if (_valid0 && valid3) {
                  valid3 = false;
                  passing0 = [passing0, 6];
                } else {
                  if (_valid0) {
                    valid3 = true;
                    passing0 = 6;
                  }
                  const _errs23 = errors;
                  if (-8 !== data5) {
                    const err16 = __alive++ < 100 ? { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/7/const", keyword: "const", params: { allowedValue: -8 }, message: "must be equal to constant" } : __overflow;
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                  var _valid0 = _errs23 === errors;
                  if (_valid0 && valid3) {
                    valid3 = false;
                    passing0 = [passing0, 7];
                  } else {
                    if (_valid0) {
                      valid3 = true;
                      passing0 = 7;
                    }
                    const _errs24 = errors;
                    if (-9 !== data5) {
                      const err17 = __alive++ < 100 ? { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/8/const", keyword: "const", params: { allowedValue: -9 }, message: "must be equal to constant" } : __overflow;
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                    var _valid0 = _errs24 === errors;
                    if (_valid0 && valid3) {
                      valid3 = false;
                      passing0 = [passing0, 8];
                    } else {
                      if (_valid0) {
                        valid3 = true;
                        passing0 = 8;
                      }
                      const _errs25 = errors;
                      if (-10 !== data5) {
                        const err18 = __alive++ < 100 ? { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/9/const", keyword: "const", params: { allowedValue: -10 }, message: "must be equal to constant" } : __overflow;
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                      }
                      var _valid0 = _errs25 === errors;
                      if (_valid0 && valid3) {
                        valid3 = false;
                        passing0 = [passing0, 9];
                      } else {
                        if (_valid0) {
                          valid3 = true;
                          passing0 = 9;
                        }
                        const _errs26 = errors;
                        if (42406 !== data5) {
                          const err19 = __alive++ < 100 ? { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/10/const", keyword: "const", params: { allowedValue: 42406 }, message: "must be equal to constant" } : __overflow;
                          if (vErrors === null) {
                            vErrors = [err19];
                          } else {
                            vErrors.push(err19);
                          }
                          errors++;
                        }
                        var _valid0 = _errs26 === errors;
                        if (_valid0 && valid3) {
                          valid3 = false;
                          passing0 = [passing0, 10];
                        } else {
                          if (_valid0) {
                            valid3 = true;
                            passing0 = 10;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
      if (!valid3) {
        const err20 = __alive++ < 100 ? { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" } : __overflow;
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      } else {
        errors = _errs15;
        if (vErrors !== null) {
          __alive -= vErrors.length - _errs15;
          if (_errs15) {
            vErrors.length = _errs15;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.sendCardInfo !== void 0) {
      let data6 = data.sendCardInfo;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate50(data6[i0], { instancePath: instancePath + "/sendCardInfo/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate50.errors : __append(vErrors, validate50.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = __alive++ < 100 ? { instancePath: instancePath + "/sendCardInfo", schemaPath: "#/properties/sendCardInfo/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.failedOpenChatIDs !== void 0) {
      let data8 = data.failedOpenChatIDs;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (typeof data9 === "string") {
            if (!pattern4.test(data9)) {
              const err22 = __alive++ < 100 ? { instancePath: instancePath + "/failedOpenChatIDs/" + i1, schemaPath: "../common/OpenChatId.json/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' } : __overflow;
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = __alive++ < 100 ? { instancePath: instancePath + "/failedOpenChatIDs/" + i1, schemaPath: "../common/OpenChatId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = __alive++ < 100 ? { instancePath: instancePath + "/failedOpenChatIDs", schemaPath: "#/properties/failedOpenChatIDs/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.additionalMessageInfo !== void 0) {
      let data10 = data.additionalMessageInfo;
      if (Array.isArray(data10)) {
        const len2 = data10.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data11 = data10[i2];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.status === void 0) {
              const err25 = __alive++ < 100 ? { instancePath: instancePath + "/additionalMessageInfo/" + i2, schemaPath: "#/properties/additionalMessageInfo/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data11.openChatId === void 0) {
              const err26 = __alive++ < 100 ? { instancePath: instancePath + "/additionalMessageInfo/" + i2, schemaPath: "#/properties/additionalMessageInfo/items/required", keyword: "required", params: { missingProperty: "openChatId" }, message: "must have required property 'openChatId'" } : __overflow;
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data11.status !== void 0) {
              let data12 = data11.status;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                const err27 = __alive++ < 100 ? { instancePath: instancePath + "/additionalMessageInfo/" + i2 + "/status", schemaPath: "#/properties/additionalMessageInfo/items/properties/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data11.openChatId !== void 0) {
              let data13 = data11.openChatId;
              if (typeof data13 === "string") {
                if (!pattern4.test(data13)) {
                  const err28 = __alive++ < 100 ? { instancePath: instancePath + "/additionalMessageInfo/" + i2 + "/openChatId", schemaPath: "../common/OpenChatId.json/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' } : __overflow;
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = __alive++ < 100 ? { instancePath: instancePath + "/additionalMessageInfo/" + i2 + "/openChatId", schemaPath: "../common/OpenChatId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data11.message !== void 0) {
              if (typeof data11.message !== "string") {
                const err30 = __alive++ < 100 ? { instancePath: instancePath + "/additionalMessageInfo/" + i2 + "/message", schemaPath: "#/properties/additionalMessageInfo/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" } : __overflow;
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = __alive++ < 100 ? { instancePath: instancePath + "/additionalMessageInfo/" + i2, schemaPath: "#/properties/additionalMessageInfo/items/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = __alive++ < 100 ? { instancePath: instancePath + "/additionalMessageInfo", schemaPath: "#/properties/additionalMessageInfo/type", keyword: "type", params: { type: "array" }, message: "must be array" } : __overflow;
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = __alive++ < 100 ? { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" } : __overflow;
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { "props": { "errMsg": true, "errCode": true, "sendCardInfo": true, "failedOpenChatIDs": true, "additionalMessageInfo": true, "errno": true, "errString": true }, "dynamicProps": false, "dynamicItems": false };
export {
  chooseChat_fail,
  chooseChat_input,
  chooseChat_success,
  errorResponse,
  getChatInfo_fail,
  getChatInfo_input,
  getChatInfo_success,
  getTenantAccessToken_body,
  getTenantAccessToken_response,
  listChats_query,
  listChats_response,
  searchChats_query,
  searchChats_response,
  sendMessageCard_fail,
  sendMessageCard_input,
  sendMessageCard_success
};
