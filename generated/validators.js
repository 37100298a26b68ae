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
var listChats_query = validate21;
var schema32 = { "type": "object", "properties": { "user_id_type": { "$ref": "#/$defs/UserIdType" }, "sort_type": { "type": "string", "enum": ["ByCreateTimeAsc", "ByActiveTimeDesc"] }, "types": { "oneOf": [{ "type": "array", "items": { "$ref": "#/$defs/ChatType" }, "minItems": 1, "uniqueItems": true }, { "type": "string", "enum": ["group", "p2p", "group,p2p", "p2p,group"] }] }, "page_token": { "type": "string", "maxLength": 1024 }, "page_size": { "type": "integer", "minimum": 1, "maximum": 100 } }, "required": [], "additionalProperties": false };
var schema33 = { "type": "string", "enum": ["open_id", "union_id", "user_id"] };
var schema34 = { "type": "string", "enum": ["group", "p2p"] };
var func0 = require_equal().default;
var func2 = require_ucs2length().default;
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
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
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
        const err1 = { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "open_id" || data0 === "union_id" || data0 === "user_id")) {
        const err2 = { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values" };
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
        const err3 = { instancePath: instancePath + "/sort_type", schemaPath: "#/properties/sort_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === "ByCreateTimeAsc" || data1 === "ByActiveTimeDesc")) {
        const err4 = { instancePath: instancePath + "/sort_type", schemaPath: "#/properties/sort_type/enum", keyword: "enum", params: { allowedValues: schema32.properties.sort_type.enum }, message: "must be equal to one of the allowed values" };
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
          const err5 = { instancePath: instancePath + "/types", schemaPath: "#/properties/types/oneOf/0/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
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
            const err6 = { instancePath: instancePath + "/types/" + i0, schemaPath: "#/$defs/ChatType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (!(data3 === "group" || data3 === "p2p")) {
            const err7 = { instancePath: instancePath + "/types/" + i0, schemaPath: "#/$defs/ChatType/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" };
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
                const err8 = { instancePath: instancePath + "/types", schemaPath: "#/properties/types/oneOf/0/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
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
        const err9 = { instancePath: instancePath + "/types", schemaPath: "#/properties/types/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
        const err10 = { instancePath: instancePath + "/types", schemaPath: "#/properties/types/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data2 === "group" || data2 === "p2p" || data2 === "group,p2p" || data2 === "p2p,group")) {
        const err11 = { instancePath: instancePath + "/types", schemaPath: "#/properties/types/oneOf/1/enum", keyword: "enum", params: { allowedValues: schema32.properties.types.oneOf[1].enum }, message: "must be equal to one of the allowed values" };
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
        const err12 = { instancePath: instancePath + "/types", schemaPath: "#/properties/types/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs8;
        if (vErrors !== null) {
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
          const err13 = { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err15 = { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 100 || isNaN(data5)) {
          const err16 = { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err17 = { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
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
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var listChats_response = validate22;
var schema37 = { "type": "object", "properties": { "chat_id": { "$ref": "#/$defs/OpenChatId" }, "avatar": { "type": "string", "format": "uri" }, "name": { "type": "string" }, "description": { "type": "string" }, "owner_id": { "type": "string" }, "owner_id_type": { "$ref": "#/$defs/UserIdType" }, "external": { "type": "boolean" }, "tenant_key": { "type": "string" }, "chat_status": { "$ref": "#/$defs/ChatStatus" }, "labels": { "type": "array", "items": { "type": "string" } }, "chat_mode": { "type": "string", "enum": ["group", "topic", "p2p"] }, "p2p_target_type": { "type": "string", "enum": ["user", "bot"] }, "p2p_target_id": { "type": "string" } } };
var schema41 = { "type": "string", "enum": ["normal", "dissolved", "dissolved_save"] };
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
          const err0 = { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
          const err2 = { instancePath: instancePath + "/avatar", schemaPath: "#/properties/avatar/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/avatar", schemaPath: "#/properties/avatar/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err6 = { instancePath: instancePath + "/owner_id", schemaPath: "#/properties/owner_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err7 = { instancePath: instancePath + "/owner_id_type", schemaPath: "#/$defs/UserIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data5 === "open_id" || data5 === "union_id" || data5 === "user_id")) {
        const err8 = { instancePath: instancePath + "/owner_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values" };
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
        const err9 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
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
        const err10 = { instancePath: instancePath + "/tenant_key", schemaPath: "#/properties/tenant_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err11 = { instancePath: instancePath + "/chat_status", schemaPath: "#/$defs/ChatStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(data8 === "normal" || data8 === "dissolved" || data8 === "dissolved_save")) {
        const err12 = { instancePath: instancePath + "/chat_status", schemaPath: "#/$defs/ChatStatus/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
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
            const err13 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
        const err15 = { instancePath: instancePath + "/chat_mode", schemaPath: "#/properties/chat_mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (!(data11 === "group" || data11 === "topic" || data11 === "p2p")) {
        const err16 = { instancePath: instancePath + "/chat_mode", schemaPath: "#/properties/chat_mode/enum", keyword: "enum", params: { allowedValues: schema37.properties.chat_mode.enum }, message: "must be equal to one of the allowed values" };
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
        const err17 = { instancePath: instancePath + "/p2p_target_type", schemaPath: "#/properties/p2p_target_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (!(data12 === "user" || data12 === "bot")) {
        const err18 = { instancePath: instancePath + "/p2p_target_type", schemaPath: "#/properties/p2p_target_type/enum", keyword: "enum", params: { allowedValues: schema37.properties.p2p_target_type.enum }, message: "must be equal to one of the allowed values" };
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
        const err19 = { instancePath: instancePath + "/p2p_target_id", schemaPath: "#/properties/p2p_target_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "items" }, message: "must have required property 'items'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.has_more === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "has_more" }, message: "must have required property 'has_more'" };
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
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
        const err3 = { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err4 = { instancePath: instancePath + "/has_more", schemaPath: "#/properties/has_more/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.msg === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "msg" }, message: "must have required property 'msg'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.code !== void 0) {
      if (0 !== data.code) {
        const err3 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
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
        const err4 = { instancePath: instancePath + "/msg", schemaPath: "#/properties/msg/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
var searchChats_query = validate28;
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
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
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
        const err1 = { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "open_id" || data0 === "union_id" || data0 === "user_id")) {
        const err2 = { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values" };
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
        const err3 = { instancePath: instancePath + "/query", schemaPath: "#/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
          const err4 = { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err6 = { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 100 || isNaN(data3)) {
          const err7 = { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err8 = { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
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
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
var searchChats_response = validate29;
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
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.msg === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "msg" }, message: "must have required property 'msg'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.code !== void 0) {
      if (0 !== data.code) {
        const err3 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
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
        const err4 = { instancePath: instancePath + "/msg", schemaPath: "#/properties/msg/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
var getChat_path = validate31;
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
    if (data.chat_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chat_id" }, message: "must have required property 'chat_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "chat_id")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
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
          const err2 = { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var getChat_query = validate32;
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
    for (const key0 in data) {
      if (!(key0 === "user_id_type")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
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
        const err1 = { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "open_id" || data0 === "union_id" || data0 === "user_id")) {
        const err2 = { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var getChat_response = validate33;
var schema50 = { "type": "object", "properties": { "avatar": { "type": "string", "format": "uri" }, "name": { "type": "string" }, "description": { "type": "string" }, "i18n_names": { "$ref": "#/$defs/I18nNames" }, "add_member_permission": { "type": "string", "enum": ["only_owner", "all_members"] }, "share_card_permission": { "type": "string", "enum": ["allowed", "not_allowed"] }, "at_all_permission": { "type": "string", "enum": ["only_owner", "all_members"] }, "edit_permission": { "type": "string", "enum": ["only_owner", "all_members"] }, "owner_id_type": { "$ref": "#/$defs/UserIdType" }, "owner_id": { "type": "string" }, "user_manager_id_list": { "type": "array", "items": { "type": "string" } }, "bot_manager_id_list": { "type": "array", "items": { "type": "string" } }, "group_message_type": { "type": "string", "enum": ["chat", "thread"] }, "chat_mode": { "type": "string", "enum": ["group", "topic", "p2p"] }, "chat_type": { "type": "string", "enum": ["private", "public"] }, "chat_tag": { "type": "string", "enum": ["inner", "tenant", "department", "edu", "meeting", "customer_service"] }, "join_message_visibility": { "type": "string", "enum": ["only_owner", "all_members", "not_anyone"] }, "leave_message_visibility": { "type": "string", "enum": ["only_owner", "all_members", "not_anyone"] }, "membership_approval": { "type": "string", "enum": ["no_approval_required", "approval_required"] }, "moderation_permission": { "type": "string", "enum": ["only_owner", "all_members", "moderator_list"] }, "external": { "type": "boolean" }, "tenant_key": { "type": "string" }, "user_count": { "type": "string", "pattern": "^[0-9]+$" }, "bot_count": { "type": "string", "pattern": "^[0-9]+$" }, "restricted_mode_setting": { "type": "object", "properties": { "status": { "type": "boolean" }, "screenshot_has_permission_setting": { "type": "string", "enum": ["all_members", "not_anyone"] }, "download_has_permission_setting": { "type": "string", "enum": ["all_members", "not_anyone"] }, "message_has_permission_setting": { "type": "string", "enum": ["all_members", "not_anyone"] } } }, "urgent_setting": { "type": "string", "enum": ["only_owner", "all_members"] }, "video_conference_setting": { "type": "string", "enum": ["only_owner", "all_members"] }, "hide_member_count_setting": { "type": "string", "enum": ["all_members", "only_owner"] }, "chat_status": { "$ref": "#/$defs/ChatStatus" }, "labels": { "type": "array", "items": { "type": "string" } }, "toolkit_ids": { "type": "array", "items": { "type": "string" } }, "pin_manage_setting": { "type": "string", "enum": ["all_members", "only_owner"] } } };
var pattern7 = new RegExp("^[0-9]+$", "u");
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
    if (data.avatar !== void 0) {
      let data0 = data.avatar;
      if (typeof data0 === "string") {
        if (!formats0(data0)) {
          const err0 = { instancePath: instancePath + "/avatar", schemaPath: "#/properties/avatar/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/avatar", schemaPath: "#/properties/avatar/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err3 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.i18n_names !== void 0) {
      let data3 = data.i18n_names;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.zh_cn !== void 0) {
          if (typeof data3.zh_cn !== "string") {
            const err4 = { instancePath: instancePath + "/i18n_names/zh_cn", schemaPath: "#/$defs/I18nNames/properties/zh_cn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data3.en_us !== void 0) {
          if (typeof data3.en_us !== "string") {
            const err5 = { instancePath: instancePath + "/i18n_names/en_us", schemaPath: "#/$defs/I18nNames/properties/en_us/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data3.ja_jp !== void 0) {
          if (typeof data3.ja_jp !== "string") {
            const err6 = { instancePath: instancePath + "/i18n_names/ja_jp", schemaPath: "#/$defs/I18nNames/properties/ja_jp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/i18n_names", schemaPath: "#/$defs/I18nNames/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.add_member_permission !== void 0) {
      let data7 = data.add_member_permission;
      if (typeof data7 !== "string") {
        const err8 = { instancePath: instancePath + "/add_member_permission", schemaPath: "#/properties/add_member_permission/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data7 === "only_owner" || data7 === "all_members")) {
        const err9 = { instancePath: instancePath + "/add_member_permission", schemaPath: "#/properties/add_member_permission/enum", keyword: "enum", params: { allowedValues: schema50.properties.add_member_permission.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.share_card_permission !== void 0) {
      let data8 = data.share_card_permission;
      if (typeof data8 !== "string") {
        const err10 = { instancePath: instancePath + "/share_card_permission", schemaPath: "#/properties/share_card_permission/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data8 === "allowed" || data8 === "not_allowed")) {
        const err11 = { instancePath: instancePath + "/share_card_permission", schemaPath: "#/properties/share_card_permission/enum", keyword: "enum", params: { allowedValues: schema50.properties.share_card_permission.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.at_all_permission !== void 0) {
      let data9 = data.at_all_permission;
      if (typeof data9 !== "string") {
        const err12 = { instancePath: instancePath + "/at_all_permission", schemaPath: "#/properties/at_all_permission/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data9 === "only_owner" || data9 === "all_members")) {
        const err13 = { instancePath: instancePath + "/at_all_permission", schemaPath: "#/properties/at_all_permission/enum", keyword: "enum", params: { allowedValues: schema50.properties.at_all_permission.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.edit_permission !== void 0) {
      let data10 = data.edit_permission;
      if (typeof data10 !== "string") {
        const err14 = { instancePath: instancePath + "/edit_permission", schemaPath: "#/properties/edit_permission/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data10 === "only_owner" || data10 === "all_members")) {
        const err15 = { instancePath: instancePath + "/edit_permission", schemaPath: "#/properties/edit_permission/enum", keyword: "enum", params: { allowedValues: schema50.properties.edit_permission.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.owner_id_type !== void 0) {
      let data11 = data.owner_id_type;
      if (typeof data11 !== "string") {
        const err16 = { instancePath: instancePath + "/owner_id_type", schemaPath: "#/$defs/UserIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data11 === "open_id" || data11 === "union_id" || data11 === "user_id")) {
        const err17 = { instancePath: instancePath + "/owner_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.owner_id !== void 0) {
      if (typeof data.owner_id !== "string") {
        const err18 = { instancePath: instancePath + "/owner_id", schemaPath: "#/properties/owner_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.user_manager_id_list !== void 0) {
      let data13 = data.user_manager_id_list;
      if (Array.isArray(data13)) {
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data13[i0] !== "string") {
            const err19 = { instancePath: instancePath + "/user_manager_id_list/" + i0, schemaPath: "#/properties/user_manager_id_list/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/user_manager_id_list", schemaPath: "#/properties/user_manager_id_list/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.bot_manager_id_list !== void 0) {
      let data15 = data.bot_manager_id_list;
      if (Array.isArray(data15)) {
        const len1 = data15.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data15[i1] !== "string") {
            const err21 = { instancePath: instancePath + "/bot_manager_id_list/" + i1, schemaPath: "#/properties/bot_manager_id_list/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/bot_manager_id_list", schemaPath: "#/properties/bot_manager_id_list/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.group_message_type !== void 0) {
      let data17 = data.group_message_type;
      if (typeof data17 !== "string") {
        const err23 = { instancePath: instancePath + "/group_message_type", schemaPath: "#/properties/group_message_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (!(data17 === "chat" || data17 === "thread")) {
        const err24 = { instancePath: instancePath + "/group_message_type", schemaPath: "#/properties/group_message_type/enum", keyword: "enum", params: { allowedValues: schema50.properties.group_message_type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.chat_mode !== void 0) {
      let data18 = data.chat_mode;
      if (typeof data18 !== "string") {
        const err25 = { instancePath: instancePath + "/chat_mode", schemaPath: "#/properties/chat_mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (!(data18 === "group" || data18 === "topic" || data18 === "p2p")) {
        const err26 = { instancePath: instancePath + "/chat_mode", schemaPath: "#/properties/chat_mode/enum", keyword: "enum", params: { allowedValues: schema50.properties.chat_mode.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.chat_type !== void 0) {
      let data19 = data.chat_type;
      if (typeof data19 !== "string") {
        const err27 = { instancePath: instancePath + "/chat_type", schemaPath: "#/properties/chat_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (!(data19 === "private" || data19 === "public")) {
        const err28 = { instancePath: instancePath + "/chat_type", schemaPath: "#/properties/chat_type/enum", keyword: "enum", params: { allowedValues: schema50.properties.chat_type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.chat_tag !== void 0) {
      let data20 = data.chat_tag;
      if (typeof data20 !== "string") {
        const err29 = { instancePath: instancePath + "/chat_tag", schemaPath: "#/properties/chat_tag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (!(data20 === "inner" || data20 === "tenant" || data20 === "department" || data20 === "edu" || data20 === "meeting" || data20 === "customer_service")) {
        const err30 = { instancePath: instancePath + "/chat_tag", schemaPath: "#/properties/chat_tag/enum", keyword: "enum", params: { allowedValues: schema50.properties.chat_tag.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.join_message_visibility !== void 0) {
      let data21 = data.join_message_visibility;
      if (typeof data21 !== "string") {
        const err31 = { instancePath: instancePath + "/join_message_visibility", schemaPath: "#/properties/join_message_visibility/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (!(data21 === "only_owner" || data21 === "all_members" || data21 === "not_anyone")) {
        const err32 = { instancePath: instancePath + "/join_message_visibility", schemaPath: "#/properties/join_message_visibility/enum", keyword: "enum", params: { allowedValues: schema50.properties.join_message_visibility.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.leave_message_visibility !== void 0) {
      let data22 = data.leave_message_visibility;
      if (typeof data22 !== "string") {
        const err33 = { instancePath: instancePath + "/leave_message_visibility", schemaPath: "#/properties/leave_message_visibility/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (!(data22 === "only_owner" || data22 === "all_members" || data22 === "not_anyone")) {
        const err34 = { instancePath: instancePath + "/leave_message_visibility", schemaPath: "#/properties/leave_message_visibility/enum", keyword: "enum", params: { allowedValues: schema50.properties.leave_message_visibility.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.membership_approval !== void 0) {
      let data23 = data.membership_approval;
      if (typeof data23 !== "string") {
        const err35 = { instancePath: instancePath + "/membership_approval", schemaPath: "#/properties/membership_approval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (!(data23 === "no_approval_required" || data23 === "approval_required")) {
        const err36 = { instancePath: instancePath + "/membership_approval", schemaPath: "#/properties/membership_approval/enum", keyword: "enum", params: { allowedValues: schema50.properties.membership_approval.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.moderation_permission !== void 0) {
      let data24 = data.moderation_permission;
      if (typeof data24 !== "string") {
        const err37 = { instancePath: instancePath + "/moderation_permission", schemaPath: "#/properties/moderation_permission/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (!(data24 === "only_owner" || data24 === "all_members" || data24 === "moderator_list")) {
        const err38 = { instancePath: instancePath + "/moderation_permission", schemaPath: "#/properties/moderation_permission/enum", keyword: "enum", params: { allowedValues: schema50.properties.moderation_permission.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.external !== void 0) {
      if (typeof data.external !== "boolean") {
        const err39 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.tenant_key !== void 0) {
      if (typeof data.tenant_key !== "string") {
        const err40 = { instancePath: instancePath + "/tenant_key", schemaPath: "#/properties/tenant_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.user_count !== void 0) {
      let data27 = data.user_count;
      if (typeof data27 === "string") {
        if (!pattern7.test(data27)) {
          const err41 = { instancePath: instancePath + "/user_count", schemaPath: "#/properties/user_count/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      } else {
        const err42 = { instancePath: instancePath + "/user_count", schemaPath: "#/properties/user_count/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.bot_count !== void 0) {
      let data28 = data.bot_count;
      if (typeof data28 === "string") {
        if (!pattern7.test(data28)) {
          const err43 = { instancePath: instancePath + "/bot_count", schemaPath: "#/properties/bot_count/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = { instancePath: instancePath + "/bot_count", schemaPath: "#/properties/bot_count/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.restricted_mode_setting !== void 0) {
      let data29 = data.restricted_mode_setting;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        if (data29.status !== void 0) {
          if (typeof data29.status !== "boolean") {
            const err45 = { instancePath: instancePath + "/restricted_mode_setting/status", schemaPath: "#/properties/restricted_mode_setting/properties/status/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data29.screenshot_has_permission_setting !== void 0) {
          let data31 = data29.screenshot_has_permission_setting;
          if (typeof data31 !== "string") {
            const err46 = { instancePath: instancePath + "/restricted_mode_setting/screenshot_has_permission_setting", schemaPath: "#/properties/restricted_mode_setting/properties/screenshot_has_permission_setting/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (!(data31 === "all_members" || data31 === "not_anyone")) {
            const err47 = { instancePath: instancePath + "/restricted_mode_setting/screenshot_has_permission_setting", schemaPath: "#/properties/restricted_mode_setting/properties/screenshot_has_permission_setting/enum", keyword: "enum", params: { allowedValues: schema50.properties.restricted_mode_setting.properties.screenshot_has_permission_setting.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data29.download_has_permission_setting !== void 0) {
          let data32 = data29.download_has_permission_setting;
          if (typeof data32 !== "string") {
            const err48 = { instancePath: instancePath + "/restricted_mode_setting/download_has_permission_setting", schemaPath: "#/properties/restricted_mode_setting/properties/download_has_permission_setting/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (!(data32 === "all_members" || data32 === "not_anyone")) {
            const err49 = { instancePath: instancePath + "/restricted_mode_setting/download_has_permission_setting", schemaPath: "#/properties/restricted_mode_setting/properties/download_has_permission_setting/enum", keyword: "enum", params: { allowedValues: schema50.properties.restricted_mode_setting.properties.download_has_permission_setting.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data29.message_has_permission_setting !== void 0) {
          let data33 = data29.message_has_permission_setting;
          if (typeof data33 !== "string") {
            const err50 = { instancePath: instancePath + "/restricted_mode_setting/message_has_permission_setting", schemaPath: "#/properties/restricted_mode_setting/properties/message_has_permission_setting/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          if (!(data33 === "all_members" || data33 === "not_anyone")) {
            const err51 = { instancePath: instancePath + "/restricted_mode_setting/message_has_permission_setting", schemaPath: "#/properties/restricted_mode_setting/properties/message_has_permission_setting/enum", keyword: "enum", params: { allowedValues: schema50.properties.restricted_mode_setting.properties.message_has_permission_setting.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/restricted_mode_setting", schemaPath: "#/properties/restricted_mode_setting/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.urgent_setting !== void 0) {
      let data34 = data.urgent_setting;
      if (typeof data34 !== "string") {
        const err53 = { instancePath: instancePath + "/urgent_setting", schemaPath: "#/properties/urgent_setting/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
      if (!(data34 === "only_owner" || data34 === "all_members")) {
        const err54 = { instancePath: instancePath + "/urgent_setting", schemaPath: "#/properties/urgent_setting/enum", keyword: "enum", params: { allowedValues: schema50.properties.urgent_setting.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.video_conference_setting !== void 0) {
      let data35 = data.video_conference_setting;
      if (typeof data35 !== "string") {
        const err55 = { instancePath: instancePath + "/video_conference_setting", schemaPath: "#/properties/video_conference_setting/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
      if (!(data35 === "only_owner" || data35 === "all_members")) {
        const err56 = { instancePath: instancePath + "/video_conference_setting", schemaPath: "#/properties/video_conference_setting/enum", keyword: "enum", params: { allowedValues: schema50.properties.video_conference_setting.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.hide_member_count_setting !== void 0) {
      let data36 = data.hide_member_count_setting;
      if (typeof data36 !== "string") {
        const err57 = { instancePath: instancePath + "/hide_member_count_setting", schemaPath: "#/properties/hide_member_count_setting/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
      if (!(data36 === "all_members" || data36 === "only_owner")) {
        const err58 = { instancePath: instancePath + "/hide_member_count_setting", schemaPath: "#/properties/hide_member_count_setting/enum", keyword: "enum", params: { allowedValues: schema50.properties.hide_member_count_setting.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.chat_status !== void 0) {
      let data37 = data.chat_status;
      if (typeof data37 !== "string") {
        const err59 = { instancePath: instancePath + "/chat_status", schemaPath: "#/$defs/ChatStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
      if (!(data37 === "normal" || data37 === "dissolved" || data37 === "dissolved_save")) {
        const err60 = { instancePath: instancePath + "/chat_status", schemaPath: "#/$defs/ChatStatus/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data38 = data.labels;
      if (Array.isArray(data38)) {
        const len2 = data38.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data38[i2] !== "string") {
            const err61 = { instancePath: instancePath + "/labels/" + i2, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.toolkit_ids !== void 0) {
      let data40 = data.toolkit_ids;
      if (Array.isArray(data40)) {
        const len3 = data40.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data40[i3] !== "string") {
            const err63 = { instancePath: instancePath + "/toolkit_ids/" + i3, schemaPath: "#/properties/toolkit_ids/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/toolkit_ids", schemaPath: "#/properties/toolkit_ids/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.pin_manage_setting !== void 0) {
      let data42 = data.pin_manage_setting;
      if (typeof data42 !== "string") {
        const err65 = { instancePath: instancePath + "/pin_manage_setting", schemaPath: "#/properties/pin_manage_setting/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
      if (!(data42 === "all_members" || data42 === "only_owner")) {
        const err66 = { instancePath: instancePath + "/pin_manage_setting", schemaPath: "#/properties/pin_manage_setting/enum", keyword: "enum", params: { allowedValues: schema50.properties.pin_manage_setting.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
  } else {
    const err67 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err67];
    } else {
      vErrors.push(err67);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": { "avatar": true, "name": true, "description": true, "i18n_names": true, "add_member_permission": true, "share_card_permission": true, "at_all_permission": true, "edit_permission": true, "owner_id_type": true, "owner_id": true, "user_manager_id_list": true, "bot_manager_id_list": true, "group_message_type": true, "chat_mode": true, "chat_type": true, "chat_tag": true, "join_message_visibility": true, "leave_message_visibility": true, "membership_approval": true, "moderation_permission": true, "external": true, "tenant_key": true, "user_count": true, "bot_count": true, "restricted_mode_setting": true, "urgent_setting": true, "video_conference_setting": true, "hide_member_count_setting": true, "chat_status": true, "labels": true, "toolkit_ids": true, "pin_manage_setting": true }, "dynamicProps": false, "dynamicItems": false };
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
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.msg === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "msg" }, message: "must have required property 'msg'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.code !== void 0) {
      if (0 !== data.code) {
        const err3 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
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
        const err4 = { instancePath: instancePath + "/msg", schemaPath: "#/properties/msg/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate34(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": { "code": true, "msg": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var listChatMembers_path = validate37;
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
    if (data.chat_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chat_id" }, message: "must have required property 'chat_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "chat_id")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
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
          const err2 = { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var listChatMembers_query = validate38;
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
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
    for (const key0 in data) {
      if (!(key0 === "member_id_type" || key0 === "page_size" || key0 === "page_token" || key0 === "check_security_conf")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
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
        const err1 = { instancePath: instancePath + "/member_id_type", schemaPath: "#/$defs/UserIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "open_id" || data0 === "union_id" || data0 === "user_id")) {
        const err2 = { instancePath: instancePath + "/member_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values" };
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
        const err3 = { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 100 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
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
          const err6 = { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err8 = { instancePath: instancePath + "/check_security_conf", schemaPath: "#/properties/check_security_conf/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var listChatMembers_response = validate39;
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
    if (data.member_id_type !== void 0) {
      let data0 = data.member_id_type;
      if (typeof data0 !== "string") {
        const err0 = { instancePath: instancePath + "/member_id_type", schemaPath: "#/$defs/UserIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (!(data0 === "open_id" || data0 === "union_id" || data0 === "user_id")) {
        const err1 = { instancePath: instancePath + "/member_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.member_id !== void 0) {
      if (typeof data.member_id !== "string") {
        const err2 = { instancePath: instancePath + "/member_id", schemaPath: "#/properties/member_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.tenant_key !== void 0) {
      if (typeof data.tenant_key !== "string") {
        const err4 = { instancePath: instancePath + "/tenant_key", schemaPath: "#/properties/tenant_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": { "member_id_type": true, "member_id": true, "name": true, "tenant_key": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.has_more === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "has_more" }, message: "must have required property 'has_more'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.items !== void 0) {
      let data0 = data.items;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate41(data0[i0], { instancePath: instancePath + "/items/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.page_token !== void 0) {
      if (typeof data.page_token !== "string") {
        const err2 = { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.has_more !== void 0) {
      if (typeof data.has_more !== "boolean") {
        const err3 = { instancePath: instancePath + "/has_more", schemaPath: "#/properties/has_more/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.member_total !== void 0) {
      let data4 = data.member_total;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err4 = { instancePath: instancePath + "/member_total", schemaPath: "#/properties/member_total/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err5 = { instancePath: instancePath + "/member_total", schemaPath: "#/properties/member_total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.trigger_security_conf_limit !== void 0) {
      if (typeof data.trigger_security_conf_limit !== "boolean") {
        const err6 = { instancePath: instancePath + "/trigger_security_conf_limit", schemaPath: "#/properties/trigger_security_conf_limit/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.security_conf_limit !== void 0) {
      let data6 = data.security_conf_limit;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err7 = { instancePath: instancePath + "/security_conf_limit", schemaPath: "#/properties/security_conf_limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err8 = { instancePath: instancePath + "/security_conf_limit", schemaPath: "#/properties/security_conf_limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { "props": { "items": true, "page_token": true, "has_more": true, "member_total": true, "trigger_security_conf_limit": true, "security_conf_limit": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.code === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.msg === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "msg" }, message: "must have required property 'msg'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.code !== void 0) {
      if (0 !== data.code) {
        const err3 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
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
        const err4 = { instancePath: instancePath + "/msg", schemaPath: "#/properties/msg/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate40(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": { "code": true, "msg": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var isInChat_path = validate44;
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
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chat_id" }, message: "must have required property 'chat_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "chat_id")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
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
          const err2 = { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
var isInChat_response = validate45;
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
    if (data.code === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.msg === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "msg" }, message: "must have required property 'msg'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.code !== void 0) {
      if (0 !== data.code) {
        const err3 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
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
        const err4 = { instancePath: instancePath + "/msg", schemaPath: "#/properties/msg/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data2 = data.data;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.is_in_chat !== void 0) {
          if (typeof data2.is_in_chat !== "boolean") {
            const err5 = { instancePath: instancePath + "/data/is_in_chat", schemaPath: "#/properties/data/properties/is_in_chat/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { "props": { "code": true, "msg": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var searchChatsV2_query = validate46;
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
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
    for (const key0 in data) {
      if (!(key0 === "user_id_type" || key0 === "page_size" || key0 === "page_token")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
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
        const err1 = { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "open_id" || data0 === "union_id" || data0 === "user_id")) {
        const err2 = { instancePath: instancePath + "/user_id_type", schemaPath: "#/$defs/UserIdType/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values" };
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
        const err3 = { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 100 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/page_size", schemaPath: "#/properties/page_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
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
          const err6 = { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var searchChatsV2_body = validate47;
var schema68 = { "type": "object", "additionalProperties": false, "properties": { "query": { "type": "string" }, "filter": { "type": "object", "additionalProperties": false, "properties": { "search_types": { "type": "array", "maxItems": 4, "uniqueItems": true, "items": { "type": "string", "enum": ["private", "external", "public_joined", "public_not_joined"] } }, "member_ids": { "type": "array", "maxItems": 500, "items": { "type": "string" } }, "is_manager": { "type": "boolean" }, "disable_search_by_user": { "type": "boolean" }, "chat_modes": { "type": "array", "maxItems": 2, "uniqueItems": true, "items": { "type": "string", "enum": ["default", "thread"] } } } }, "sorter": { "type": "string", "enum": ["create_time_desc", "update_time_desc", "member_count_desc"] } } };
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
    for (const key0 in data) {
      if (!(key0 === "query" || key0 === "filter" || key0 === "sorter")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.query !== void 0) {
      if (typeof data.query !== "string") {
        const err1 = { instancePath: instancePath + "/query", schemaPath: "#/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.filter !== void 0) {
      let data1 = data.filter;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "search_types" || key1 === "member_ids" || key1 === "is_manager" || key1 === "disable_search_by_user" || key1 === "chat_modes")) {
            const err2 = { instancePath: instancePath + "/filter", schemaPath: "#/properties/filter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data1.search_types !== void 0) {
          let data2 = data1.search_types;
          if (Array.isArray(data2)) {
            if (data2.length > 4) {
              const err3 = { instancePath: instancePath + "/filter/search_types", schemaPath: "#/properties/filter/properties/search_types/maxItems", keyword: "maxItems", params: { limit: 4 }, message: "must NOT have more than 4 items" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 !== "string") {
                const err4 = { instancePath: instancePath + "/filter/search_types/" + i0, schemaPath: "#/properties/filter/properties/search_types/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              if (!(data3 === "private" || data3 === "external" || data3 === "public_joined" || data3 === "public_not_joined")) {
                const err5 = { instancePath: instancePath + "/filter/search_types/" + i0, schemaPath: "#/properties/filter/properties/search_types/items/enum", keyword: "enum", params: { allowedValues: schema68.properties.filter.properties.search_types.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
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
                  const err6 = { instancePath: instancePath + "/filter/search_types", schemaPath: "#/properties/filter/properties/search_types/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/filter/search_types", schemaPath: "#/properties/filter/properties/search_types/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data1.member_ids !== void 0) {
          let data4 = data1.member_ids;
          if (Array.isArray(data4)) {
            if (data4.length > 500) {
              const err8 = { instancePath: instancePath + "/filter/member_ids", schemaPath: "#/properties/filter/properties/member_ids/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            const len1 = data4.length;
            for (let i2 = 0; i2 < len1; i2++) {
              if (typeof data4[i2] !== "string") {
                const err9 = { instancePath: instancePath + "/filter/member_ids/" + i2, schemaPath: "#/properties/filter/properties/member_ids/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/filter/member_ids", schemaPath: "#/properties/filter/properties/member_ids/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data1.is_manager !== void 0) {
          if (typeof data1.is_manager !== "boolean") {
            const err11 = { instancePath: instancePath + "/filter/is_manager", schemaPath: "#/properties/filter/properties/is_manager/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1.disable_search_by_user !== void 0) {
          if (typeof data1.disable_search_by_user !== "boolean") {
            const err12 = { instancePath: instancePath + "/filter/disable_search_by_user", schemaPath: "#/properties/filter/properties/disable_search_by_user/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.chat_modes !== void 0) {
          let data8 = data1.chat_modes;
          if (Array.isArray(data8)) {
            if (data8.length > 2) {
              const err13 = { instancePath: instancePath + "/filter/chat_modes", schemaPath: "#/properties/filter/properties/chat_modes/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            const len2 = data8.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data9 = data8[i3];
              if (typeof data9 !== "string") {
                const err14 = { instancePath: instancePath + "/filter/chat_modes/" + i3, schemaPath: "#/properties/filter/properties/chat_modes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if (!(data9 === "default" || data9 === "thread")) {
                const err15 = { instancePath: instancePath + "/filter/chat_modes/" + i3, schemaPath: "#/properties/filter/properties/chat_modes/items/enum", keyword: "enum", params: { allowedValues: schema68.properties.filter.properties.chat_modes.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            let i4 = data8.length;
            let j1;
            if (i4 > 1) {
              const indices1 = {};
              for (; i4--; ) {
                let item1 = data8[i4];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err16 = { instancePath: instancePath + "/filter/chat_modes", schemaPath: "#/properties/filter/properties/chat_modes/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i4;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/filter/chat_modes", schemaPath: "#/properties/filter/properties/chat_modes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/filter", schemaPath: "#/properties/filter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.sorter !== void 0) {
      let data10 = data.sorter;
      if (typeof data10 !== "string") {
        const err19 = { instancePath: instancePath + "/sorter", schemaPath: "#/properties/sorter/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (!(data10 === "create_time_desc" || data10 === "update_time_desc" || data10 === "member_count_desc")) {
        const err20 = { instancePath: instancePath + "/sorter", schemaPath: "#/properties/sorter/enum", keyword: "enum", params: { allowedValues: schema68.properties.sorter.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var searchChatsV2_response = validate48;
var schema71 = { "type": "object", "required": ["id"], "properties": { "id": { "type": "string", "maxLength": 64 }, "display_info": { "type": "string", "maxLength": 128 }, "meta_data": { "type": "object", "required": ["chat_id"], "properties": { "chat_id": { "type": "string" }, "create_time": { "type": "string" }, "update_time": { "type": "string" }, "external": { "type": "boolean" }, "chat_mode": { "type": "string", "enum": ["group", "topic"] }, "description": { "type": "string", "maxLength": 128 }, "avatar": { "type": "string" }, "name": { "type": "string" }, "owner_id": { "type": "string" }, "owner_id_type": { "type": "string" }, "tenant_key": { "type": "string" }, "chat_status": { "$ref": "#/$defs/ChatStatus" } } } } };
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
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 64) {
          const err1 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.display_info !== void 0) {
      let data1 = data.display_info;
      if (typeof data1 === "string") {
        if (func2(data1) > 128) {
          const err3 = { instancePath: instancePath + "/display_info", schemaPath: "#/properties/display_info/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/display_info", schemaPath: "#/properties/display_info/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.meta_data !== void 0) {
      let data2 = data.meta_data;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.chat_id === void 0) {
          const err5 = { instancePath: instancePath + "/meta_data", schemaPath: "#/properties/meta_data/required", keyword: "required", params: { missingProperty: "chat_id" }, message: "must have required property 'chat_id'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data2.chat_id !== void 0) {
          if (typeof data2.chat_id !== "string") {
            const err6 = { instancePath: instancePath + "/meta_data/chat_id", schemaPath: "#/properties/meta_data/properties/chat_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data2.create_time !== void 0) {
          if (typeof data2.create_time !== "string") {
            const err7 = { instancePath: instancePath + "/meta_data/create_time", schemaPath: "#/properties/meta_data/properties/create_time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.update_time !== void 0) {
          if (typeof data2.update_time !== "string") {
            const err8 = { instancePath: instancePath + "/meta_data/update_time", schemaPath: "#/properties/meta_data/properties/update_time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.external !== void 0) {
          if (typeof data2.external !== "boolean") {
            const err9 = { instancePath: instancePath + "/meta_data/external", schemaPath: "#/properties/meta_data/properties/external/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.chat_mode !== void 0) {
          let data7 = data2.chat_mode;
          if (typeof data7 !== "string") {
            const err10 = { instancePath: instancePath + "/meta_data/chat_mode", schemaPath: "#/properties/meta_data/properties/chat_mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (!(data7 === "group" || data7 === "topic")) {
            const err11 = { instancePath: instancePath + "/meta_data/chat_mode", schemaPath: "#/properties/meta_data/properties/chat_mode/enum", keyword: "enum", params: { allowedValues: schema71.properties.meta_data.properties.chat_mode.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.description !== void 0) {
          let data8 = data2.description;
          if (typeof data8 === "string") {
            if (func2(data8) > 128) {
              const err12 = { instancePath: instancePath + "/meta_data/description", schemaPath: "#/properties/meta_data/properties/description/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/meta_data/description", schemaPath: "#/properties/meta_data/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.avatar !== void 0) {
          if (typeof data2.avatar !== "string") {
            const err14 = { instancePath: instancePath + "/meta_data/avatar", schemaPath: "#/properties/meta_data/properties/avatar/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          if (typeof data2.name !== "string") {
            const err15 = { instancePath: instancePath + "/meta_data/name", schemaPath: "#/properties/meta_data/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data2.owner_id !== void 0) {
          if (typeof data2.owner_id !== "string") {
            const err16 = { instancePath: instancePath + "/meta_data/owner_id", schemaPath: "#/properties/meta_data/properties/owner_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data2.owner_id_type !== void 0) {
          if (typeof data2.owner_id_type !== "string") {
            const err17 = { instancePath: instancePath + "/meta_data/owner_id_type", schemaPath: "#/properties/meta_data/properties/owner_id_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data2.tenant_key !== void 0) {
          if (typeof data2.tenant_key !== "string") {
            const err18 = { instancePath: instancePath + "/meta_data/tenant_key", schemaPath: "#/properties/meta_data/properties/tenant_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data2.chat_status !== void 0) {
          let data14 = data2.chat_status;
          if (typeof data14 !== "string") {
            const err19 = { instancePath: instancePath + "/meta_data/chat_status", schemaPath: "#/$defs/ChatStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (!(data14 === "normal" || data14 === "dissolved" || data14 === "dissolved_save")) {
            const err20 = { instancePath: instancePath + "/meta_data/chat_status", schemaPath: "#/$defs/ChatStatus/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/meta_data", schemaPath: "#/properties/meta_data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { "props": { "id": true, "display_info": true, "meta_data": true }, "dynamicProps": false, "dynamicItems": false };
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
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
    if (data.items === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "items" }, message: "must have required property 'items'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.has_more === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "has_more" }, message: "must have required property 'has_more'" };
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
          if (!validate50(data0[i0], { instancePath: instancePath + "/items/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.total !== void 0) {
      let data2 = data.total;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err3 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.has_more !== void 0) {
      if (typeof data.has_more !== "boolean") {
        const err5 = { instancePath: instancePath + "/has_more", schemaPath: "#/properties/has_more/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.page_token !== void 0) {
      if (typeof data.page_token !== "string") {
        const err6 = { instancePath: instancePath + "/page_token", schemaPath: "#/properties/page_token/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.notice !== void 0) {
      if (typeof data.notice !== "string") {
        const err7 = { instancePath: instancePath + "/notice", schemaPath: "#/properties/notice/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { "props": { "items": true, "total": true, "has_more": true, "page_token": true, "notice": true }, "dynamicProps": false, "dynamicItems": false };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.code === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.msg === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "msg" }, message: "must have required property 'msg'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.code !== void 0) {
      if (0 !== data.code) {
        const err3 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
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
        const err4 = { instancePath: instancePath + "/msg", schemaPath: "#/properties/msg/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate49(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { "props": { "code": true, "msg": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var createMessage_query = validate53;
var schema73 = { "type": "object", "properties": { "receive_id_type": { "type": "string", "enum": ["open_id", "union_id", "user_id", "email", "chat_id"] } }, "required": ["receive_id_type"], "additionalProperties": false };
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.receive_id_type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "receive_id_type" }, message: "must have required property 'receive_id_type'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "receive_id_type")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
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
        const err2 = { instancePath: instancePath + "/receive_id_type", schemaPath: "#/properties/receive_id_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "open_id" || data0 === "union_id" || data0 === "user_id" || data0 === "email" || data0 === "chat_id")) {
        const err3 = { instancePath: instancePath + "/receive_id_type", schemaPath: "#/properties/receive_id_type/enum", keyword: "enum", params: { allowedValues: schema73.properties.receive_id_type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var createMessage_body = validate54;
var schema129 = { "type": "string", "enum": ["text", "post", "image", "file", "audio", "media", "sticker", "interactive", "share_chat", "share_user", "system"] };
var pattern11 = new RegExp("^[a-z]{2}_[a-z]{2}$", "u");
var schema80 = { "type": "object", "required": ["tag"], "properties": { "tag": { "enum": ["text", "a", "at", "img", "media", "emotion", "code_block", "hr", "md"] } }, "allOf": [{ "if": { "properties": { "tag": { "const": "text" } }, "required": ["tag"] }, "then": { "$ref": "#/$defs/PostTextNode" } }, { "if": { "properties": { "tag": { "const": "a" } }, "required": ["tag"] }, "then": { "$ref": "#/$defs/PostLinkNode" } }, { "if": { "properties": { "tag": { "const": "at" } }, "required": ["tag"] }, "then": { "$ref": "#/$defs/PostAtNode" } }, { "if": { "properties": { "tag": { "const": "img" } }, "required": ["tag"] }, "then": { "$ref": "#/$defs/PostImageNode" } }, { "if": { "properties": { "tag": { "const": "media" } }, "required": ["tag"] }, "then": { "$ref": "#/$defs/PostMediaNode" } }, { "if": { "properties": { "tag": { "const": "emotion" } }, "required": ["tag"] }, "then": { "$ref": "#/$defs/PostEmotionNode" } }, { "if": { "properties": { "tag": { "const": "code_block" } }, "required": ["tag"] }, "then": { "$ref": "#/$defs/PostCodeBlockNode" } }, { "if": { "properties": { "tag": { "const": "hr" } }, "required": ["tag"] }, "then": { "$ref": "#/$defs/PostHrNode" } }, { "if": { "properties": { "tag": { "const": "md" } }, "required": ["tag"] }, "then": { "$ref": "#/$defs/PostMarkdownNode" } }] };
var schema82 = { "type": "array", "items": { "enum": ["bold", "underline", "lineThrough", "italic"] } };
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.text === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("text" !== data.tag) {
        const err2 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "text" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.text !== void 0) {
      if (typeof data.text !== "string") {
        const err3 = { instancePath: instancePath + "/text", schemaPath: "#/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.un_escape !== void 0) {
      if (typeof data.un_escape !== "boolean") {
        const err4 = { instancePath: instancePath + "/un_escape", schemaPath: "#/properties/un_escape/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.style !== void 0) {
      let data3 = data.style;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (!(data4 === "bold" || data4 === "underline" || data4 === "lineThrough" || data4 === "italic")) {
            const err5 = { instancePath: instancePath + "/style/" + i0, schemaPath: "#/$defs/PostStyle/items/enum", keyword: "enum", params: { allowedValues: schema82.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/style", schemaPath: "#/$defs/PostStyle/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { "props": { "tag": true, "text": true, "un_escape": true, "style": true }, "dynamicProps": false, "dynamicItems": false };
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate62.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.text === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.href === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "href" }, message: "must have required property 'href'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("a" !== data.tag) {
        const err3 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "a" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.text !== void 0) {
      if (typeof data.text !== "string") {
        const err4 = { instancePath: instancePath + "/text", schemaPath: "#/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.href !== void 0) {
      if (typeof data.href !== "string") {
        const err5 = { instancePath: instancePath + "/href", schemaPath: "#/properties/href/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.style !== void 0) {
      let data3 = data.style;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (!(data4 === "bold" || data4 === "underline" || data4 === "lineThrough" || data4 === "italic")) {
            const err6 = { instancePath: instancePath + "/style/" + i0, schemaPath: "#/$defs/PostStyle/items/enum", keyword: "enum", params: { allowedValues: schema82.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/style", schemaPath: "#/$defs/PostStyle/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
validate62.evaluated = { "props": { "tag": true, "text": true, "href": true, "style": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.tag === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.user_id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "user_id" }, message: "must have required property 'user_id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("at" !== data.tag) {
        const err2 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "at" }, message: "must be equal to constant" };
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
        const err3 = { instancePath: instancePath + "/user_id", schemaPath: "#/properties/user_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.style !== void 0) {
      let data2 = data.style;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (!(data3 === "bold" || data3 === "underline" || data3 === "lineThrough" || data3 === "italic")) {
            const err4 = { instancePath: instancePath + "/style/" + i0, schemaPath: "#/$defs/PostStyle/items/enum", keyword: "enum", params: { allowedValues: schema82.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/style", schemaPath: "#/$defs/PostStyle/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
validate64.evaluated = { "props": { "tag": true, "user_id": true, "style": true }, "dynamicProps": false, "dynamicItems": false };
var pattern12 = new RegExp("^img_[^\\s]+$", "u");
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate66.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.image_key === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "image_key" }, message: "must have required property 'image_key'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("img" !== data.tag) {
        const err2 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "img" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.image_key !== void 0) {
      let data1 = data.image_key;
      if (typeof data1 === "string") {
        if (!pattern12.test(data1)) {
          const err3 = { instancePath: instancePath + "/image_key", schemaPath: "../common/ImageKey.json/pattern", keyword: "pattern", params: { pattern: "^img_[^\\s]+$" }, message: 'must match pattern "^img_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/image_key", schemaPath: "../common/ImageKey.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
validate66.evaluated = { "props": { "tag": true, "image_key": true }, "dynamicProps": false, "dynamicItems": false };
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate68.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.file_key === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "file_key" }, message: "must have required property 'file_key'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tag !== void 0) {
      if ("media" !== data.tag) {
        const err2 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/const", keyword: "const", params: { allowedValue: "media" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.file_key !== void 0) {
      let data1 = data.file_key;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err3 = { instancePath: instancePath + "/file_key", schemaPath: "#/properties/file_key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/file_key", schemaPath: "#/properties/file_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.image_key !== void 0) {
      let data2 = data.image_key;
      if (typeof data2 === "string") {
        if (!pattern12.test(data2)) {
          const err5 = { instancePath: instancePath + "/image_key", schemaPath: "../common/ImageKey.json/pattern", keyword: "pattern", params: { pattern: "^img_[^\\s]+$" }, message: 'must match pattern "^img_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/image_key", schemaPath: "../common/ImageKey.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
validate68.evaluated = { "props": { "tag": true, "file_key": true, "image_key": true }, "dynamicProps": false, "dynamicItems": false };
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate59.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.tag === void 0 && (missing0 = "tag")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.tag !== void 0) {
        if ("text" !== data.tag) {
          const err1 = {};
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
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (!validate60(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.tag = true;
      props0.text = true;
      props0.un_escape = true;
      props0.style = true;
    }
  }
  if (!valid1) {
    const err2 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  const _errs7 = errors;
  let valid3 = true;
  const _errs8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.tag === void 0 && (missing1 = "tag")) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    } else {
      if (data.tag !== void 0) {
        if ("a" !== data.tag) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs10 = errors;
    if (!validate62(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
      errors = vErrors.length;
    }
    var _valid1 = _errs10 === errors;
    valid3 = _valid1;
    if (valid3) {
      var props1 = {};
      props1.tag = true;
      props1.text = true;
      props1.href = true;
      props1.style = true;
    }
  }
  if (!valid3) {
    const err5 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs12 = errors;
  let valid5 = true;
  const _errs13 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.tag === void 0 && (missing2 = "tag")) {
      const err6 = {};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    } else {
      if (data.tag !== void 0) {
        if ("at" !== data.tag) {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
  }
  var _valid2 = _errs13 === errors;
  errors = _errs12;
  if (vErrors !== null) {
    if (_errs12) {
      vErrors.length = _errs12;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs15 = errors;
    if (!validate64(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
      errors = vErrors.length;
    }
    var _valid2 = _errs15 === errors;
    valid5 = _valid2;
    if (valid5) {
      var props2 = {};
      props2.tag = true;
      props2.user_id = true;
      props2.style = true;
    }
  }
  if (!valid5) {
    const err8 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  if (props0 !== true && props2 !== void 0) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  const _errs17 = errors;
  let valid7 = true;
  const _errs18 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing3;
    if (data.tag === void 0 && (missing3 = "tag")) {
      const err9 = {};
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    } else {
      if (data.tag !== void 0) {
        if ("img" !== data.tag) {
          const err10 = {};
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
  }
  var _valid3 = _errs18 === errors;
  errors = _errs17;
  if (vErrors !== null) {
    if (_errs17) {
      vErrors.length = _errs17;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs20 = errors;
    if (!validate66(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
      errors = vErrors.length;
    }
    var _valid3 = _errs20 === errors;
    valid7 = _valid3;
    if (valid7) {
      var props3 = {};
      props3.tag = true;
      props3.image_key = true;
    }
  }
  if (!valid7) {
    const err11 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  if (props0 !== true && props3 !== void 0) {
    if (props3 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props3);
    }
  }
  const _errs22 = errors;
  let valid9 = true;
  const _errs23 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing4;
    if (data.tag === void 0 && (missing4 = "tag")) {
      const err12 = {};
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    } else {
      if (data.tag !== void 0) {
        if ("media" !== data.tag) {
          const err13 = {};
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
  }
  var _valid4 = _errs23 === errors;
  errors = _errs22;
  if (vErrors !== null) {
    if (_errs22) {
      vErrors.length = _errs22;
    } else {
      vErrors = null;
    }
  }
  if (_valid4) {
    const _errs25 = errors;
    if (!validate68(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
      errors = vErrors.length;
    }
    var _valid4 = _errs25 === errors;
    valid9 = _valid4;
    if (valid9) {
      var props4 = {};
      props4.tag = true;
      props4.file_key = true;
      props4.image_key = true;
    }
  }
  if (!valid9) {
    const err14 = { instancePath, schemaPath: "#/allOf/4/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  if (props0 !== true && props4 !== void 0) {
    if (props4 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props4);
    }
  }
  const _errs27 = errors;
  let valid11 = true;
  const _errs28 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing5;
    if (data.tag === void 0 && (missing5 = "tag")) {
      const err15 = {};
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    } else {
      if (data.tag !== void 0) {
        if ("emotion" !== data.tag) {
          const err16 = {};
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
  }
  var _valid5 = _errs28 === errors;
  errors = _errs27;
  if (vErrors !== null) {
    if (_errs27) {
      vErrors.length = _errs27;
    } else {
      vErrors = null;
    }
  }
  if (_valid5) {
    const _errs30 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.tag === void 0) {
        const err17 = { instancePath, schemaPath: "#/$defs/PostEmotionNode/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (data.emoji_type === void 0) {
        const err18 = { instancePath, schemaPath: "#/$defs/PostEmotionNode/required", keyword: "required", params: { missingProperty: "emoji_type" }, message: "must have required property 'emoji_type'" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (data.tag !== void 0) {
        if ("emotion" !== data.tag) {
          const err19 = { instancePath: instancePath + "/tag", schemaPath: "#/$defs/PostEmotionNode/properties/tag/const", keyword: "const", params: { allowedValue: "emotion" }, message: "must be equal to constant" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
      if (data.emoji_type !== void 0) {
        if (typeof data.emoji_type !== "string") {
          const err20 = { instancePath: instancePath + "/emoji_type", schemaPath: "#/$defs/PostEmotionNode/properties/emoji_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    } else {
      const err21 = { instancePath, schemaPath: "#/$defs/PostEmotionNode/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    }
    var _valid5 = _errs30 === errors;
    valid11 = _valid5;
    if (valid11) {
      var props5 = {};
      props5.tag = true;
      props5.emoji_type = true;
    }
  }
  if (!valid11) {
    const err22 = { instancePath, schemaPath: "#/allOf/5/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  if (props0 !== true && props5 !== void 0) {
    if (props5 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props5);
    }
  }
  const _errs37 = errors;
  let valid15 = true;
  const _errs38 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing6;
    if (data.tag === void 0 && (missing6 = "tag")) {
      const err23 = {};
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    } else {
      if (data.tag !== void 0) {
        if ("code_block" !== data.tag) {
          const err24 = {};
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
    }
  }
  var _valid6 = _errs38 === errors;
  errors = _errs37;
  if (vErrors !== null) {
    if (_errs37) {
      vErrors.length = _errs37;
    } else {
      vErrors = null;
    }
  }
  if (_valid6) {
    const _errs40 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.tag === void 0) {
        const err25 = { instancePath, schemaPath: "#/$defs/PostCodeBlockNode/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (data.text === void 0) {
        const err26 = { instancePath, schemaPath: "#/$defs/PostCodeBlockNode/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (data.tag !== void 0) {
        if ("code_block" !== data.tag) {
          const err27 = { instancePath: instancePath + "/tag", schemaPath: "#/$defs/PostCodeBlockNode/properties/tag/const", keyword: "const", params: { allowedValue: "code_block" }, message: "must be equal to constant" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      if (data.language !== void 0) {
        if (typeof data.language !== "string") {
          const err28 = { instancePath: instancePath + "/language", schemaPath: "#/$defs/PostCodeBlockNode/properties/language/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
      if (data.text !== void 0) {
        if (typeof data.text !== "string") {
          const err29 = { instancePath: instancePath + "/text", schemaPath: "#/$defs/PostCodeBlockNode/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
    } else {
      const err30 = { instancePath, schemaPath: "#/$defs/PostCodeBlockNode/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err30];
      } else {
        vErrors.push(err30);
      }
      errors++;
    }
    var _valid6 = _errs40 === errors;
    valid15 = _valid6;
    if (valid15) {
      var props6 = {};
      props6.tag = true;
      props6.language = true;
      props6.text = true;
    }
  }
  if (!valid15) {
    const err31 = { instancePath, schemaPath: "#/allOf/6/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  if (props0 !== true && props6 !== void 0) {
    if (props6 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props6);
    }
  }
  const _errs49 = errors;
  let valid19 = true;
  const _errs50 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing7;
    if (data.tag === void 0 && (missing7 = "tag")) {
      const err32 = {};
      if (vErrors === null) {
        vErrors = [err32];
      } else {
        vErrors.push(err32);
      }
      errors++;
    } else {
      if (data.tag !== void 0) {
        if ("hr" !== data.tag) {
          const err33 = {};
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
    }
  }
  var _valid7 = _errs50 === errors;
  errors = _errs49;
  if (vErrors !== null) {
    if (_errs49) {
      vErrors.length = _errs49;
    } else {
      vErrors = null;
    }
  }
  if (_valid7) {
    const _errs52 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.tag === void 0) {
        const err34 = { instancePath, schemaPath: "#/$defs/PostHrNode/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (data.tag !== void 0) {
        if ("hr" !== data.tag) {
          const err35 = { instancePath: instancePath + "/tag", schemaPath: "#/$defs/PostHrNode/properties/tag/const", keyword: "const", params: { allowedValue: "hr" }, message: "must be equal to constant" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
    } else {
      const err36 = { instancePath, schemaPath: "#/$defs/PostHrNode/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err36];
      } else {
        vErrors.push(err36);
      }
      errors++;
    }
    var _valid7 = _errs52 === errors;
    valid19 = _valid7;
    if (valid19) {
      var props7 = {};
      props7.tag = true;
    }
  }
  if (!valid19) {
    const err37 = { instancePath, schemaPath: "#/allOf/7/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  if (props0 !== true && props7 !== void 0) {
    if (props7 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props7);
    }
  }
  const _errs57 = errors;
  let valid23 = true;
  const _errs58 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing8;
    if (data.tag === void 0 && (missing8 = "tag")) {
      const err38 = {};
      if (vErrors === null) {
        vErrors = [err38];
      } else {
        vErrors.push(err38);
      }
      errors++;
    } else {
      if (data.tag !== void 0) {
        if ("md" !== data.tag) {
          const err39 = {};
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      }
    }
  }
  var _valid8 = _errs58 === errors;
  errors = _errs57;
  if (vErrors !== null) {
    if (_errs57) {
      vErrors.length = _errs57;
    } else {
      vErrors = null;
    }
  }
  if (_valid8) {
    const _errs60 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.tag === void 0) {
        const err40 = { instancePath, schemaPath: "#/$defs/PostMarkdownNode/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      if (data.text === void 0) {
        const err41 = { instancePath, schemaPath: "#/$defs/PostMarkdownNode/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      if (data.tag !== void 0) {
        if ("md" !== data.tag) {
          const err42 = { instancePath: instancePath + "/tag", schemaPath: "#/$defs/PostMarkdownNode/properties/tag/const", keyword: "const", params: { allowedValue: "md" }, message: "must be equal to constant" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      }
      if (data.text !== void 0) {
        if (typeof data.text !== "string") {
          const err43 = { instancePath: instancePath + "/text", schemaPath: "#/$defs/PostMarkdownNode/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      }
    } else {
      const err44 = { instancePath, schemaPath: "#/$defs/PostMarkdownNode/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err44];
      } else {
        vErrors.push(err44);
      }
      errors++;
    }
    var _valid8 = _errs60 === errors;
    valid23 = _valid8;
    if (valid23) {
      var props8 = {};
      props8.tag = true;
      props8.text = true;
    }
  }
  if (!valid23) {
    const err45 = { instancePath, schemaPath: "#/allOf/8/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err45];
    } else {
      vErrors.push(err45);
    }
    errors++;
  }
  if (props0 !== true && props8 !== void 0) {
    if (props8 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props8);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === void 0) {
      const err46 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'" };
      if (vErrors === null) {
        vErrors = [err46];
      } else {
        vErrors.push(err46);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.tag = true;
    }
    if (data.tag !== void 0) {
      let data17 = data.tag;
      if (!(data17 === "text" || data17 === "a" || data17 === "at" || data17 === "img" || data17 === "media" || data17 === "emotion" || data17 === "code_block" || data17 === "hr" || data17 === "md")) {
        const err47 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/enum", keyword: "enum", params: { allowedValues: schema80.properties.tag.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
  } else {
    const err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  validate59.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate59.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (Array.isArray(data)) {
    const _errs3 = errors;
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs4 = errors;
      if (errors === _errs4) {
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          let missing0;
          if (data0.tag === void 0 && (missing0 = "tag")) {
            const err0 = {};
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          } else {
            if (data0.tag !== void 0) {
              let data1 = data0.tag;
              if (!(data1 === "img" || data1 === "media")) {
                const err1 = {};
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            }
          }
        } else {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      var valid1 = _errs4 === errors;
      if (valid1) {
        break;
      }
    }
    if (!valid1) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    } else {
      errors = _errs3;
      if (vErrors !== null) {
        if (_errs3) {
          vErrors.length = _errs3;
        } else {
          vErrors = null;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs7 = errors;
    if (Array.isArray(data)) {
      if (data.length > 1) {
        const err4 = { instancePath, schemaPath: "#/then/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs7 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len1 = data.length;
    for (let i1 = 0; i1 < len1; i1++) {
      if (!validate59(data[i1], { instancePath: instancePath + "/" + i1, parentData: data, parentDataProperty: i1, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate74(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate74.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.content === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property 'content'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "title" || key0 === "content")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      if (typeof data.title !== "string") {
        const err2 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.content !== void 0) {
      let data1 = data.content;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate58(data1[i0], { instancePath: instancePath + "/content/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
validate74.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate73.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (!pattern11.test(key0)) {
          const err1 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}_[a-z]{2}$" }, message: 'must match pattern "^[a-z]{2}_[a-z]{2}$"', propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!validate74(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate73.errors = vErrors;
  return errors === 0;
}
validate73.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate79(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate79.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.image_key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "image_key" }, message: "must have required property 'image_key'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "image_key")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.image_key !== void 0) {
      let data0 = data.image_key;
      if (typeof data0 === "string") {
        if (!pattern12.test(data0)) {
          const err2 = { instancePath: instancePath + "/image_key", schemaPath: "../common/ImageKey.json/pattern", keyword: "pattern", params: { pattern: "^img_[^\\s]+$" }, message: 'must match pattern "^img_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/image_key", schemaPath: "../common/ImageKey.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate79.errors = vErrors;
  return errors === 0;
}
validate79.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate84(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate84.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.file_key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "file_key" }, message: "must have required property 'file_key'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "file_key" || key0 === "image_key")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.file_key !== void 0) {
      let data0 = data.file_key;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/file_key", schemaPath: "#/properties/file_key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/file_key", schemaPath: "#/properties/file_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.image_key !== void 0) {
      let data1 = data.image_key;
      if (typeof data1 === "string") {
        if (!pattern12.test(data1)) {
          const err4 = { instancePath: instancePath + "/image_key", schemaPath: "../common/ImageKey.json/pattern", keyword: "pattern", params: { pattern: "^img_[^\\s]+$" }, message: 'must match pattern "^img_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/image_key", schemaPath: "../common/ImageKey.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate84.errors = vErrors;
  return errors === 0;
}
validate84.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema111 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://feishu-chat-contract.dev/schemas/message/interactive.json", "type": "object", "properties": { "type": { "enum": ["template", "card"] }, "card": false }, "unevaluatedProperties": true, "if": { "properties": { "type": { "const": "template" } }, "required": ["type"] }, "then": { "$ref": "#/$defs/TemplateCard" }, "else": { "if": { "properties": { "type": { "const": "card" } }, "required": ["type"] }, "then": { "$ref": "#/$defs/CardEntity" }, "else": { "$ref": "#/$defs/CardJson" } }, "$defs": { "CardJson": { "type": "object" }, "TemplateCard": { "type": "object", "required": ["data"], "properties": { "type": {}, "data": { "type": "object", "required": ["template_id"], "additionalProperties": false, "properties": { "template_id": { "type": "string", "minLength": 1 }, "template_version_name": { "type": "string" }, "template_variable": { "type": "object" } } } } }, "CardEntity": { "type": "object", "required": ["data"], "properties": { "type": {}, "data": { "type": "object", "required": ["card_id"], "additionalProperties": false, "properties": { "card_id": { "type": "string", "minLength": 1 } } } } } } };
function validate88(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate88.evaluated;
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
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("template" !== data.type) {
          const err1 = {};
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
      if (data.data === void 0) {
        const err2 = { instancePath, schemaPath: "#/$defs/TemplateCard/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.data !== void 0) {
        let data1 = data.data;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
          if (data1.template_id === void 0) {
            const err3 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/TemplateCard/properties/data/required", keyword: "required", params: { missingProperty: "template_id" }, message: "must have required property 'template_id'" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          for (const key0 in data1) {
            if (!(key0 === "template_id" || key0 === "template_version_name" || key0 === "template_variable")) {
              const err4 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/TemplateCard/properties/data/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          if (data1.template_id !== void 0) {
            let data2 = data1.template_id;
            if (typeof data2 === "string") {
              if (func2(data2) < 1) {
                const err5 = { instancePath: instancePath + "/data/template_id", schemaPath: "#/$defs/TemplateCard/properties/data/properties/template_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            } else {
              const err6 = { instancePath: instancePath + "/data/template_id", schemaPath: "#/$defs/TemplateCard/properties/data/properties/template_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          if (data1.template_version_name !== void 0) {
            if (typeof data1.template_version_name !== "string") {
              const err7 = { instancePath: instancePath + "/data/template_version_name", schemaPath: "#/$defs/TemplateCard/properties/data/properties/template_version_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
          if (data1.template_variable !== void 0) {
            let data4 = data1.template_variable;
            if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
              const err8 = { instancePath: instancePath + "/data/template_variable", schemaPath: "#/$defs/TemplateCard/properties/data/properties/template_variable/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        } else {
          const err9 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/TemplateCard/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    } else {
      const err10 = { instancePath, schemaPath: "#/$defs/TemplateCard/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.type = true;
      props0.data = true;
    }
    ifClause0 = "then";
  } else {
    const _errs16 = errors;
    const _errs17 = errors;
    let valid5 = true;
    const _errs18 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.type === void 0 && (missing1 = "type")) {
        const err11 = {};
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        if (data.type !== void 0) {
          if ("card" !== data.type) {
            const err12 = {};
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      }
    }
    var _valid1 = _errs18 === errors;
    errors = _errs17;
    if (vErrors !== null) {
      if (_errs17) {
        vErrors.length = _errs17;
      } else {
        vErrors = null;
      }
    }
    let ifClause1;
    if (_valid1) {
      const _errs20 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.data === void 0) {
          const err13 = { instancePath, schemaPath: "#/$defs/CardEntity/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data.data !== void 0) {
          let data6 = data.data;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.card_id === void 0) {
              const err14 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/CardEntity/properties/data/required", keyword: "required", params: { missingProperty: "card_id" }, message: "must have required property 'card_id'" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "card_id")) {
                const err15 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/CardEntity/properties/data/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data6.card_id !== void 0) {
              let data7 = data6.card_id;
              if (typeof data7 === "string") {
                if (func2(data7) < 1) {
                  const err16 = { instancePath: instancePath + "/data/card_id", schemaPath: "#/$defs/CardEntity/properties/data/properties/card_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/data/card_id", schemaPath: "#/$defs/CardEntity/properties/data/properties/card_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/CardEntity/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath, schemaPath: "#/$defs/CardEntity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid1 = _errs20 === errors;
      valid5 = _valid1;
      if (valid5) {
        var props1 = {};
        props1.type = true;
        props1.data = true;
      }
      ifClause1 = "then";
    } else {
      const _errs28 = errors;
      if (!(data && typeof data == "object" && !Array.isArray(data))) {
        const err20 = { instancePath, schemaPath: "#/$defs/CardJson/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid1 = _errs28 === errors;
      valid5 = _valid1;
      ifClause1 = "else";
    }
    if (!valid5) {
      const err21 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema' };
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    }
    var _valid0 = _errs16 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true && props1 !== void 0) {
        if (props1 === true) {
          props0 = true;
        } else {
          props0 = props0 || {};
          Object.assign(props0, props1);
        }
      }
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err22 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.type = true;
      props0.card = true;
    }
    if (data.type !== void 0) {
      let data8 = data.type;
      if (!(data8 === "template" || data8 === "card")) {
        const err23 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema111.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.card !== void 0) {
      const err24 = { instancePath: instancePath + "/card", schemaPath: "#/properties/card/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate88.errors = vErrors;
  return errors === 0;
}
validate88.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate91(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate91.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.chat_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chat_id" }, message: "must have required property 'chat_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "chat_id")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
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
          const err2 = { instancePath: instancePath + "/chat_id", schemaPath: "../common/OpenChatId.json/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/chat_id", schemaPath: "../common/OpenChatId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate91.errors = vErrors;
  return errors === 0;
}
validate91.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern21 = new RegExp("^ou_[^\\s]+$", "u");
function validate94(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate94.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.user_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "user_id" }, message: "must have required property 'user_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "user_id")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.user_id !== void 0) {
      let data0 = data.user_id;
      if (typeof data0 === "string") {
        if (!pattern21.test(data0)) {
          const err2 = { instancePath: instancePath + "/user_id", schemaPath: "../common/OpenId.json/pattern", keyword: "pattern", params: { pattern: "^ou_[^\\s]+$" }, message: 'must match pattern "^ou_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/user_id", schemaPath: "../common/OpenId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate94.errors = vErrors;
  return errors === 0;
}
validate94.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern23 = new RegExp("^[a-z]{2}_[A-Z]{2}$", "u");
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.msg_type === void 0 && (missing0 = "msg_type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.msg_type !== void 0) {
        if ("text" !== data.msg_type) {
          const err1 = {};
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
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.content !== void 0) {
        let data1 = data.content;
        if (typeof data1 === "string") {
          if (new TextEncoder().encode(data1).length > 153600) {
            const err2 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/0/then/properties/content/x-maxUtf8Bytes", keyword: "x-maxUtf8Bytes", params: { limit: 153600 }, message: "must be at most 153600 bytes (UTF-8)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          let parses0 = true;
          try {
            JSON.parse(data1);
          } catch (e0) {
            parses0 = false;
          }
          if (!parses0) {
            const err3 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/0/then/properties/content/contentMediaType", keyword: "contentMediaType", params: { mediaType: "application/json" }, message: "must be a string holding JSON (application/json)" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          let parsed0;
          let parses1 = true;
          try {
            parsed0 = JSON.parse(data1);
          } catch (e1) {
            parses1 = false;
          }
          if (parses1) {
            if (parsed0 && typeof parsed0 == "object" && !Array.isArray(parsed0)) {
              if (parsed0.text === void 0) {
                const err4 = { instancePath: instancePath + "/content", schemaPath: "#/$defs/text/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              for (const key0 in parsed0) {
                if (!(key0 === "text")) {
                  const err5 = { instancePath: instancePath + "/content", schemaPath: "#/$defs/text/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              }
              if (parsed0.text !== void 0) {
                if (typeof parsed0.text !== "string") {
                  const err6 = { instancePath: instancePath + "/content/text", schemaPath: "#/$defs/text/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              }
            } else {
              const err7 = { instancePath: instancePath + "/content", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        } else {
          const err8 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/0/then/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = true;
    }
  }
  if (!valid1) {
    const err9 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  const _errs16 = errors;
  let valid7 = true;
  const _errs17 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.msg_type === void 0 && (missing1 = "msg_type")) {
      const err10 = {};
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    } else {
      if (data.msg_type !== void 0) {
        if ("post" !== data.msg_type) {
          const err11 = {};
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs17 === errors;
  errors = _errs16;
  if (vErrors !== null) {
    if (_errs16) {
      vErrors.length = _errs16;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs19 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.content !== void 0) {
        let data4 = data.content;
        if (typeof data4 === "string") {
          if (new TextEncoder().encode(data4).length > 30720) {
            const err12 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/1/then/properties/content/x-maxUtf8Bytes", keyword: "x-maxUtf8Bytes", params: { limit: 30720 }, message: "must be at most 30720 bytes (UTF-8)" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          let parses2 = true;
          try {
            JSON.parse(data4);
          } catch (e2) {
            parses2 = false;
          }
          if (!parses2) {
            const err13 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/1/then/properties/content/contentMediaType", keyword: "contentMediaType", params: { mediaType: "application/json" }, message: "must be a string holding JSON (application/json)" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          let parsed1;
          let parses3 = true;
          try {
            parsed1 = JSON.parse(data4);
          } catch (e3) {
            parses3 = false;
          }
          if (parses3) {
            if (!validate73(parsed1, { instancePath: instancePath + "/content", parentData: data4, parentDataProperty: "content", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err14 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/1/then/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    var _valid1 = _errs19 === errors;
    valid7 = _valid1;
    if (valid7) {
      var props1 = true;
    }
  }
  if (!valid7) {
    const err15 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs25 = errors;
  let valid11 = true;
  const _errs26 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.msg_type === void 0 && (missing2 = "msg_type")) {
      const err16 = {};
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    } else {
      if (data.msg_type !== void 0) {
        if ("image" !== data.msg_type) {
          const err17 = {};
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
  }
  var _valid2 = _errs26 === errors;
  errors = _errs25;
  if (vErrors !== null) {
    if (_errs25) {
      vErrors.length = _errs25;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs28 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.content !== void 0) {
        let data6 = data.content;
        if (typeof data6 === "string") {
          let parses4 = true;
          try {
            JSON.parse(data6);
          } catch (e4) {
            parses4 = false;
          }
          if (!parses4) {
            const err18 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/2/then/properties/content/contentMediaType", keyword: "contentMediaType", params: { mediaType: "application/json" }, message: "must be a string holding JSON (application/json)" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          let parsed2;
          let parses5 = true;
          try {
            parsed2 = JSON.parse(data6);
          } catch (e5) {
            parses5 = false;
          }
          if (parses5) {
            if (!validate79(parsed2, { instancePath: instancePath + "/content", parentData: data6, parentDataProperty: "content", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err19 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/2/then/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    var _valid2 = _errs28 === errors;
    valid11 = _valid2;
    if (valid11) {
      var props2 = true;
    }
  }
  if (!valid11) {
    const err20 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  if (props0 !== true && props2 !== void 0) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  const _errs34 = errors;
  let valid15 = true;
  const _errs35 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing3;
    if (data.msg_type === void 0 && (missing3 = "msg_type")) {
      const err21 = {};
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    } else {
      if (data.msg_type !== void 0) {
        if ("file" !== data.msg_type) {
          const err22 = {};
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
  }
  var _valid3 = _errs35 === errors;
  errors = _errs34;
  if (vErrors !== null) {
    if (_errs34) {
      vErrors.length = _errs34;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs37 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.content !== void 0) {
        let data8 = data.content;
        if (typeof data8 === "string") {
          let parses6 = true;
          try {
            JSON.parse(data8);
          } catch (e6) {
            parses6 = false;
          }
          if (!parses6) {
            const err23 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/3/then/properties/content/contentMediaType", keyword: "contentMediaType", params: { mediaType: "application/json" }, message: "must be a string holding JSON (application/json)" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          let parsed3;
          let parses7 = true;
          try {
            parsed3 = JSON.parse(data8);
          } catch (e7) {
            parses7 = false;
          }
          if (parses7) {
            if (parsed3 && typeof parsed3 == "object" && !Array.isArray(parsed3)) {
              if (parsed3.file_key === void 0) {
                const err24 = { instancePath: instancePath + "/content", schemaPath: "#/$defs/file/required", keyword: "required", params: { missingProperty: "file_key" }, message: "must have required property 'file_key'" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              for (const key4 in parsed3) {
                if (!(key4 === "file_key")) {
                  const err25 = { instancePath: instancePath + "/content", schemaPath: "#/$defs/file/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              if (parsed3.file_key !== void 0) {
                let data9 = parsed3.file_key;
                if (typeof data9 === "string") {
                  if (func2(data9) < 1) {
                    const err26 = { instancePath: instancePath + "/content/file_key", schemaPath: "#/$defs/file/properties/file_key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                } else {
                  const err27 = { instancePath: instancePath + "/content/file_key", schemaPath: "#/$defs/file/properties/file_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
            } else {
              const err28 = { instancePath: instancePath + "/content", schemaPath: "#/$defs/file/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
        } else {
          const err29 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/3/then/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
    }
    var _valid3 = _errs37 === errors;
    valid15 = _valid3;
    if (valid15) {
      var props3 = true;
    }
  }
  if (!valid15) {
    const err30 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  if (props0 !== true && props3 !== void 0) {
    if (props3 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props3);
    }
  }
  const _errs48 = errors;
  let valid21 = true;
  const _errs49 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing4;
    if (data.msg_type === void 0 && (missing4 = "msg_type")) {
      const err31 = {};
      if (vErrors === null) {
        vErrors = [err31];
      } else {
        vErrors.push(err31);
      }
      errors++;
    } else {
      if (data.msg_type !== void 0) {
        if ("audio" !== data.msg_type) {
          const err32 = {};
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
    }
  }
  var _valid4 = _errs49 === errors;
  errors = _errs48;
  if (vErrors !== null) {
    if (_errs48) {
      vErrors.length = _errs48;
    } else {
      vErrors = null;
    }
  }
  if (_valid4) {
    const _errs51 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.content !== void 0) {
        let data11 = data.content;
        if (typeof data11 === "string") {
          let parses8 = true;
          try {
            JSON.parse(data11);
          } catch (e8) {
            parses8 = false;
          }
          if (!parses8) {
            const err33 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/4/then/properties/content/contentMediaType", keyword: "contentMediaType", params: { mediaType: "application/json" }, message: "must be a string holding JSON (application/json)" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          let parsed4;
          let parses9 = true;
          try {
            parsed4 = JSON.parse(data11);
          } catch (e9) {
            parses9 = false;
          }
          if (parses9) {
            if (parsed4 && typeof parsed4 == "object" && !Array.isArray(parsed4)) {
              if (parsed4.file_key === void 0) {
                const err34 = { instancePath: instancePath + "/content", schemaPath: "#/$defs/audio/required", keyword: "required", params: { missingProperty: "file_key" }, message: "must have required property 'file_key'" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              for (const key6 in parsed4) {
                if (!(key6 === "file_key")) {
                  const err35 = { instancePath: instancePath + "/content", schemaPath: "#/$defs/audio/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
              if (parsed4.file_key !== void 0) {
                let data12 = parsed4.file_key;
                if (typeof data12 === "string") {
                  if (func2(data12) < 1) {
                    const err36 = { instancePath: instancePath + "/content/file_key", schemaPath: "#/$defs/audio/properties/file_key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                } else {
                  const err37 = { instancePath: instancePath + "/content/file_key", schemaPath: "#/$defs/audio/properties/file_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
            } else {
              const err38 = { instancePath: instancePath + "/content", schemaPath: "#/$defs/audio/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
        } else {
          const err39 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/4/then/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      }
    }
    var _valid4 = _errs51 === errors;
    valid21 = _valid4;
    if (valid21) {
      var props4 = true;
    }
  }
  if (!valid21) {
    const err40 = { instancePath, schemaPath: "#/allOf/4/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  if (props0 !== true && props4 !== void 0) {
    if (props4 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props4);
    }
  }
  const _errs62 = errors;
  let valid27 = true;
  const _errs63 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing5;
    if (data.msg_type === void 0 && (missing5 = "msg_type")) {
      const err41 = {};
      if (vErrors === null) {
        vErrors = [err41];
      } else {
        vErrors.push(err41);
      }
      errors++;
    } else {
      if (data.msg_type !== void 0) {
        if ("media" !== data.msg_type) {
          const err42 = {};
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      }
    }
  }
  var _valid5 = _errs63 === errors;
  errors = _errs62;
  if (vErrors !== null) {
    if (_errs62) {
      vErrors.length = _errs62;
    } else {
      vErrors = null;
    }
  }
  if (_valid5) {
    const _errs65 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.content !== void 0) {
        let data14 = data.content;
        if (typeof data14 === "string") {
          let parses10 = true;
          try {
            JSON.parse(data14);
          } catch (e10) {
            parses10 = false;
          }
          if (!parses10) {
            const err43 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/5/then/properties/content/contentMediaType", keyword: "contentMediaType", params: { mediaType: "application/json" }, message: "must be a string holding JSON (application/json)" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          let parsed5;
          let parses11 = true;
          try {
            parsed5 = JSON.parse(data14);
          } catch (e11) {
            parses11 = false;
          }
          if (parses11) {
            if (!validate84(parsed5, { instancePath: instancePath + "/content", parentData: data14, parentDataProperty: "content", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err44 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/5/then/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs65 === errors;
    valid27 = _valid5;
    if (valid27) {
      var props5 = true;
    }
  }
  if (!valid27) {
    const err45 = { instancePath, schemaPath: "#/allOf/5/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err45];
    } else {
      vErrors.push(err45);
    }
    errors++;
  }
  if (props0 !== true && props5 !== void 0) {
    if (props5 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props5);
    }
  }
  const _errs71 = errors;
  let valid31 = true;
  const _errs72 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing6;
    if (data.msg_type === void 0 && (missing6 = "msg_type")) {
      const err46 = {};
      if (vErrors === null) {
        vErrors = [err46];
      } else {
        vErrors.push(err46);
      }
      errors++;
    } else {
      if (data.msg_type !== void 0) {
        if ("sticker" !== data.msg_type) {
          const err47 = {};
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
      }
    }
  }
  var _valid6 = _errs72 === errors;
  errors = _errs71;
  if (vErrors !== null) {
    if (_errs71) {
      vErrors.length = _errs71;
    } else {
      vErrors = null;
    }
  }
  if (_valid6) {
    const _errs74 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.content !== void 0) {
        let data16 = data.content;
        if (typeof data16 === "string") {
          let parses12 = true;
          try {
            JSON.parse(data16);
          } catch (e12) {
            parses12 = false;
          }
          if (!parses12) {
            const err48 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/6/then/properties/content/contentMediaType", keyword: "contentMediaType", params: { mediaType: "application/json" }, message: "must be a string holding JSON (application/json)" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          let parsed6;
          let parses13 = true;
          try {
            parsed6 = JSON.parse(data16);
          } catch (e13) {
            parses13 = false;
          }
          if (parses13) {
            if (parsed6 && typeof parsed6 == "object" && !Array.isArray(parsed6)) {
              if (parsed6.file_key === void 0) {
                const err49 = { instancePath: instancePath + "/content", schemaPath: "#/$defs/sticker/required", keyword: "required", params: { missingProperty: "file_key" }, message: "must have required property 'file_key'" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              for (const key9 in parsed6) {
                if (!(key9 === "file_key")) {
                  const err50 = { instancePath: instancePath + "/content", schemaPath: "#/$defs/sticker/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
              if (parsed6.file_key !== void 0) {
                let data17 = parsed6.file_key;
                if (typeof data17 === "string") {
                  if (func2(data17) < 1) {
                    const err51 = { instancePath: instancePath + "/content/file_key", schemaPath: "#/$defs/sticker/properties/file_key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                } else {
                  const err52 = { instancePath: instancePath + "/content/file_key", schemaPath: "#/$defs/sticker/properties/file_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              }
            } else {
              const err53 = { instancePath: instancePath + "/content", schemaPath: "#/$defs/sticker/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
        } else {
          const err54 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/6/then/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      }
    }
    var _valid6 = _errs74 === errors;
    valid31 = _valid6;
    if (valid31) {
      var props6 = true;
    }
  }
  if (!valid31) {
    const err55 = { instancePath, schemaPath: "#/allOf/6/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err55];
    } else {
      vErrors.push(err55);
    }
    errors++;
  }
  if (props0 !== true && props6 !== void 0) {
    if (props6 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props6);
    }
  }
  const _errs85 = errors;
  let valid37 = true;
  const _errs86 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing7;
    if (data.msg_type === void 0 && (missing7 = "msg_type")) {
      const err56 = {};
      if (vErrors === null) {
        vErrors = [err56];
      } else {
        vErrors.push(err56);
      }
      errors++;
    } else {
      if (data.msg_type !== void 0) {
        if ("interactive" !== data.msg_type) {
          const err57 = {};
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
      }
    }
  }
  var _valid7 = _errs86 === errors;
  errors = _errs85;
  if (vErrors !== null) {
    if (_errs85) {
      vErrors.length = _errs85;
    } else {
      vErrors = null;
    }
  }
  if (_valid7) {
    const _errs88 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.content !== void 0) {
        let data19 = data.content;
        if (typeof data19 === "string") {
          if (new TextEncoder().encode(data19).length > 30720) {
            const err58 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/7/then/properties/content/x-maxUtf8Bytes", keyword: "x-maxUtf8Bytes", params: { limit: 30720 }, message: "must be at most 30720 bytes (UTF-8)" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          let parses14 = true;
          try {
            JSON.parse(data19);
          } catch (e14) {
            parses14 = false;
          }
          if (!parses14) {
            const err59 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/7/then/properties/content/contentMediaType", keyword: "contentMediaType", params: { mediaType: "application/json" }, message: "must be a string holding JSON (application/json)" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          let parsed7;
          let parses15 = true;
          try {
            parsed7 = JSON.parse(data19);
          } catch (e15) {
            parses15 = false;
          }
          if (parses15) {
            if (!validate88(parsed7, { instancePath: instancePath + "/content", parentData: data19, parentDataProperty: "content", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err60 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/7/then/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
      }
    }
    var _valid7 = _errs88 === errors;
    valid37 = _valid7;
    if (valid37) {
      var props7 = true;
    }
  }
  if (!valid37) {
    const err61 = { instancePath, schemaPath: "#/allOf/7/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err61];
    } else {
      vErrors.push(err61);
    }
    errors++;
  }
  if (props0 !== true && props7 !== void 0) {
    if (props7 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props7);
    }
  }
  const _errs94 = errors;
  let valid41 = true;
  const _errs95 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing8;
    if (data.msg_type === void 0 && (missing8 = "msg_type")) {
      const err62 = {};
      if (vErrors === null) {
        vErrors = [err62];
      } else {
        vErrors.push(err62);
      }
      errors++;
    } else {
      if (data.msg_type !== void 0) {
        if ("share_chat" !== data.msg_type) {
          const err63 = {};
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
      }
    }
  }
  var _valid8 = _errs95 === errors;
  errors = _errs94;
  if (vErrors !== null) {
    if (_errs94) {
      vErrors.length = _errs94;
    } else {
      vErrors = null;
    }
  }
  if (_valid8) {
    const _errs97 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.content !== void 0) {
        let data21 = data.content;
        if (typeof data21 === "string") {
          let parses16 = true;
          try {
            JSON.parse(data21);
          } catch (e16) {
            parses16 = false;
          }
          if (!parses16) {
            const err64 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/8/then/properties/content/contentMediaType", keyword: "contentMediaType", params: { mediaType: "application/json" }, message: "must be a string holding JSON (application/json)" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
          let parsed8;
          let parses17 = true;
          try {
            parsed8 = JSON.parse(data21);
          } catch (e17) {
            parses17 = false;
          }
          if (parses17) {
            if (!validate91(parsed8, { instancePath: instancePath + "/content", parentData: data21, parentDataProperty: "content", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err65 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/8/then/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
      }
    }
    var _valid8 = _errs97 === errors;
    valid41 = _valid8;
    if (valid41) {
      var props8 = true;
    }
  }
  if (!valid41) {
    const err66 = { instancePath, schemaPath: "#/allOf/8/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err66];
    } else {
      vErrors.push(err66);
    }
    errors++;
  }
  if (props0 !== true && props8 !== void 0) {
    if (props8 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props8);
    }
  }
  const _errs103 = errors;
  let valid45 = true;
  const _errs104 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing9;
    if (data.msg_type === void 0 && (missing9 = "msg_type")) {
      const err67 = {};
      if (vErrors === null) {
        vErrors = [err67];
      } else {
        vErrors.push(err67);
      }
      errors++;
    } else {
      if (data.msg_type !== void 0) {
        if ("share_user" !== data.msg_type) {
          const err68 = {};
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
      }
    }
  }
  var _valid9 = _errs104 === errors;
  errors = _errs103;
  if (vErrors !== null) {
    if (_errs103) {
      vErrors.length = _errs103;
    } else {
      vErrors = null;
    }
  }
  if (_valid9) {
    const _errs106 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.content !== void 0) {
        let data23 = data.content;
        if (typeof data23 === "string") {
          let parses18 = true;
          try {
            JSON.parse(data23);
          } catch (e18) {
            parses18 = false;
          }
          if (!parses18) {
            const err69 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/9/then/properties/content/contentMediaType", keyword: "contentMediaType", params: { mediaType: "application/json" }, message: "must be a string holding JSON (application/json)" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          let parsed9;
          let parses19 = true;
          try {
            parsed9 = JSON.parse(data23);
          } catch (e19) {
            parses19 = false;
          }
          if (parses19) {
            if (!validate94(parsed9, { instancePath: instancePath + "/content", parentData: data23, parentDataProperty: "content", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err70 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/9/then/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
      }
    }
    var _valid9 = _errs106 === errors;
    valid45 = _valid9;
    if (valid45) {
      var props9 = true;
    }
  }
  if (!valid45) {
    const err71 = { instancePath, schemaPath: "#/allOf/9/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err71];
    } else {
      vErrors.push(err71);
    }
    errors++;
  }
  if (props0 !== true && props9 !== void 0) {
    if (props9 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props9);
    }
  }
  const _errs112 = errors;
  let valid49 = true;
  const _errs113 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing10;
    if (data.msg_type === void 0 && (missing10 = "msg_type")) {
      const err72 = {};
      if (vErrors === null) {
        vErrors = [err72];
      } else {
        vErrors.push(err72);
      }
      errors++;
    } else {
      if (data.msg_type !== void 0) {
        if ("system" !== data.msg_type) {
          const err73 = {};
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
      }
    }
  }
  var _valid10 = _errs113 === errors;
  errors = _errs112;
  if (vErrors !== null) {
    if (_errs112) {
      vErrors.length = _errs112;
    } else {
      vErrors = null;
    }
  }
  if (_valid10) {
    const _errs115 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.content !== void 0) {
        let data25 = data.content;
        if (typeof data25 === "string") {
          let parses20 = true;
          try {
            JSON.parse(data25);
          } catch (e20) {
            parses20 = false;
          }
          if (!parses20) {
            const err74 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/10/then/properties/content/contentMediaType", keyword: "contentMediaType", params: { mediaType: "application/json" }, message: "must be a string holding JSON (application/json)" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
          let parsed10;
          let parses21 = true;
          try {
            parsed10 = JSON.parse(data25);
          } catch (e21) {
            parses21 = false;
          }
          if (parses21) {
            if (parsed10 && typeof parsed10 == "object" && !Array.isArray(parsed10)) {
              if (parsed10.type === void 0) {
                const err75 = { instancePath: instancePath + "/content", schemaPath: "#/$defs/system/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
              if (parsed10.params === void 0) {
                const err76 = { instancePath: instancePath + "/content", schemaPath: "#/$defs/system/required", keyword: "required", params: { missingProperty: "params" }, message: "must have required property 'params'" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
              for (const key14 in parsed10) {
                if (!(key14 === "type" || key14 === "params" || key14 === "options")) {
                  const err77 = { instancePath: instancePath + "/content", schemaPath: "#/$defs/system/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              }
              if (parsed10.type !== void 0) {
                if ("divider" !== parsed10.type) {
                  const err78 = { instancePath: instancePath + "/content/type", schemaPath: "#/$defs/system/properties/type/const", keyword: "const", params: { allowedValue: "divider" }, message: "must be equal to constant" };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
              }
              if (parsed10.params !== void 0) {
                let data27 = parsed10.params;
                if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                  if (data27.divider_text === void 0) {
                    const err79 = { instancePath: instancePath + "/content/params", schemaPath: "#/$defs/system/properties/params/required", keyword: "required", params: { missingProperty: "divider_text" }, message: "must have required property 'divider_text'" };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                  for (const key15 in data27) {
                    if (!(key15 === "divider_text")) {
                      const err80 = { instancePath: instancePath + "/content/params", schemaPath: "#/$defs/system/properties/params/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                  }
                  if (data27.divider_text !== void 0) {
                    let data28 = data27.divider_text;
                    if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                      if (data28.text === void 0) {
                        const err81 = { instancePath: instancePath + "/content/params/divider_text", schemaPath: "#/$defs/system/properties/params/properties/divider_text/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                        if (vErrors === null) {
                          vErrors = [err81];
                        } else {
                          vErrors.push(err81);
                        }
                        errors++;
                      }
                      for (const key16 in data28) {
                        if (!(key16 === "text" || key16 === "i18n_text")) {
                          const err82 = { instancePath: instancePath + "/content/params/divider_text", schemaPath: "#/$defs/system/properties/params/properties/divider_text/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                          if (vErrors === null) {
                            vErrors = [err82];
                          } else {
                            vErrors.push(err82);
                          }
                          errors++;
                        }
                      }
                      if (data28.text !== void 0) {
                        let data29 = data28.text;
                        if (typeof data29 === "string") {
                          if (func2(data29) > 20) {
                            const err83 = { instancePath: instancePath + "/content/params/divider_text/text", schemaPath: "#/$defs/system/properties/params/properties/divider_text/properties/text/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters" };
                            if (vErrors === null) {
                              vErrors = [err83];
                            } else {
                              vErrors.push(err83);
                            }
                            errors++;
                          }
                          if (func2(data29) < 1) {
                            const err84 = { instancePath: instancePath + "/content/params/divider_text/text", schemaPath: "#/$defs/system/properties/params/properties/divider_text/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                              vErrors = [err84];
                            } else {
                              vErrors.push(err84);
                            }
                            errors++;
                          }
                        } else {
                          const err85 = { instancePath: instancePath + "/content/params/divider_text/text", schemaPath: "#/$defs/system/properties/params/properties/divider_text/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err85];
                          } else {
                            vErrors.push(err85);
                          }
                          errors++;
                        }
                      }
                      if (data28.i18n_text !== void 0) {
                        let data30 = data28.i18n_text;
                        if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                          for (const key17 in data30) {
                            const _errs133 = errors;
                            if (typeof key17 === "string") {
                              if (!pattern23.test(key17)) {
                                const err86 = { instancePath: instancePath + "/content/params/divider_text/i18n_text", schemaPath: "#/$defs/system/properties/params/properties/divider_text/properties/i18n_text/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}_[A-Z]{2}$" }, message: 'must match pattern "^[a-z]{2}_[A-Z]{2}$"', propertyName: key17 };
                                if (vErrors === null) {
                                  vErrors = [err86];
                                } else {
                                  vErrors.push(err86);
                                }
                                errors++;
                              }
                            }
                            var valid57 = _errs133 === errors;
                            if (!valid57) {
                              const err87 = { instancePath: instancePath + "/content/params/divider_text/i18n_text", schemaPath: "#/$defs/system/properties/params/properties/divider_text/properties/i18n_text/propertyNames", keyword: "propertyNames", params: { propertyName: key17 }, message: "property name must be valid" };
                              if (vErrors === null) {
                                vErrors = [err87];
                              } else {
                                vErrors.push(err87);
                              }
                              errors++;
                            }
                          }
                          for (const key18 in data30) {
                            if (typeof data30[key18] !== "string") {
                              const err88 = { instancePath: instancePath + "/content/params/divider_text/i18n_text/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/system/properties/params/properties/divider_text/properties/i18n_text/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              if (vErrors === null) {
                                vErrors = [err88];
                              } else {
                                vErrors.push(err88);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err89 = { instancePath: instancePath + "/content/params/divider_text/i18n_text", schemaPath: "#/$defs/system/properties/params/properties/divider_text/properties/i18n_text/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                          if (vErrors === null) {
                            vErrors = [err89];
                          } else {
                            vErrors.push(err89);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err90 = { instancePath: instancePath + "/content/params/divider_text", schemaPath: "#/$defs/system/properties/params/properties/divider_text/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err90];
                      } else {
                        vErrors.push(err90);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err91 = { instancePath: instancePath + "/content/params", schemaPath: "#/$defs/system/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
              if (parsed10.options !== void 0) {
                let data32 = parsed10.options;
                if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                  for (const key19 in data32) {
                    if (!(key19 === "need_rollup")) {
                      const err92 = { instancePath: instancePath + "/content/options", schemaPath: "#/$defs/system/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err92];
                      } else {
                        vErrors.push(err92);
                      }
                      errors++;
                    }
                  }
                  if (data32.need_rollup !== void 0) {
                    if (typeof data32.need_rollup !== "boolean") {
                      const err93 = { instancePath: instancePath + "/content/options/need_rollup", schemaPath: "#/$defs/system/properties/options/properties/need_rollup/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      if (vErrors === null) {
                        vErrors = [err93];
                      } else {
                        vErrors.push(err93);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err94 = { instancePath: instancePath + "/content/options", schemaPath: "#/$defs/system/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              }
            } else {
              const err95 = { instancePath: instancePath + "/content", schemaPath: "#/$defs/system/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          }
        } else {
          const err96 = { instancePath: instancePath + "/content", schemaPath: "#/allOf/10/then/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err96];
          } else {
            vErrors.push(err96);
          }
          errors++;
        }
      }
    }
    var _valid10 = _errs115 === errors;
    valid49 = _valid10;
    if (valid49) {
      var props10 = true;
    }
  }
  if (!valid49) {
    const err97 = { instancePath, schemaPath: "#/allOf/10/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err97];
    } else {
      vErrors.push(err97);
    }
    errors++;
  }
  if (props0 !== true && props10 !== void 0) {
    if (props10 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props10);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.receive_id === void 0) {
      const err98 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "receive_id" }, message: "must have required property 'receive_id'" };
      if (vErrors === null) {
        vErrors = [err98];
      } else {
        vErrors.push(err98);
      }
      errors++;
    }
    if (data.msg_type === void 0) {
      const err99 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "msg_type" }, message: "must have required property 'msg_type'" };
      if (vErrors === null) {
        vErrors = [err99];
      } else {
        vErrors.push(err99);
      }
      errors++;
    }
    if (data.content === void 0) {
      const err100 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property 'content'" };
      if (vErrors === null) {
        vErrors = [err100];
      } else {
        vErrors.push(err100);
      }
      errors++;
    }
    for (const key21 in data) {
      if (!(key21 === "receive_id" || key21 === "msg_type" || key21 === "content" || key21 === "uuid")) {
        const err101 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.receive_id !== void 0) {
      let data34 = data.receive_id;
      if (typeof data34 === "string") {
        if (func2(data34) < 1) {
          const err102 = { instancePath: instancePath + "/receive_id", schemaPath: "#/properties/receive_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err102];
          } else {
            vErrors.push(err102);
          }
          errors++;
        }
      } else {
        const err103 = { instancePath: instancePath + "/receive_id", schemaPath: "#/properties/receive_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
    if (data.msg_type !== void 0) {
      let data35 = data.msg_type;
      if (typeof data35 !== "string") {
        const err104 = { instancePath: instancePath + "/msg_type", schemaPath: "#/$defs/MsgType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      }
      if (!(data35 === "text" || data35 === "post" || data35 === "image" || data35 === "file" || data35 === "audio" || data35 === "media" || data35 === "sticker" || data35 === "interactive" || data35 === "share_chat" || data35 === "share_user" || data35 === "system")) {
        const err105 = { instancePath: instancePath + "/msg_type", schemaPath: "#/$defs/MsgType/enum", keyword: "enum", params: { allowedValues: schema129.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
    if (data.content !== void 0) {
      if (typeof data.content !== "string") {
        const err106 = { instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
    }
    if (data.uuid !== void 0) {
      let data37 = data.uuid;
      if (typeof data37 === "string") {
        if (func2(data37) > 50) {
          const err107 = { instancePath: instancePath + "/uuid", schemaPath: "#/properties/uuid/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" };
          if (vErrors === null) {
            vErrors = [err107];
          } else {
            vErrors.push(err107);
          }
          errors++;
        }
      } else {
        const err108 = { instancePath: instancePath + "/uuid", schemaPath: "#/properties/uuid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
  } else {
    const err109 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err109];
    } else {
      vErrors.push(err109);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var createMessage_response = validate97;
var schema131 = { "type": "object", "properties": { "message_id": { "$ref": "#/$defs/OpenMessageId" }, "root_id": { "type": "string" }, "parent_id": { "type": "string" }, "thread_id": { "type": "string" }, "msg_type": { "type": "string" }, "create_time": { "$ref": "#/$defs/EpochMillis" }, "update_time": { "$ref": "#/$defs/EpochMillis" }, "deleted": { "type": "boolean" }, "updated": { "type": "boolean" }, "chat_id": { "$ref": "#/$defs/OpenChatId" }, "sender": { "type": "object", "required": ["id", "id_type", "sender_type"], "properties": { "id": { "type": "string" }, "id_type": { "type": "string", "enum": ["open_id", "app_id"] }, "sender_type": { "type": "string", "enum": ["user", "app", "anonymous", "unknown"] }, "tenant_key": { "type": "string" }, "sender_name": { "type": "string" }, "open_bot_id": { "type": "string" }, "sender_i18n_names": { "$ref": "#/$defs/I18nNames" } } }, "body": { "type": "object", "required": ["content"], "properties": { "content": { "type": "string" } } }, "mentions": { "type": "array", "items": { "type": "object", "required": ["key", "id", "id_type", "name"], "properties": { "key": { "type": "string" }, "id": { "type": "string" }, "id_type": { "type": "string", "const": "open_id" }, "name": { "type": "string" }, "tenant_key": { "type": "string" } } } }, "upper_message_id": { "type": "string" }, "message_app_link": { "type": "string" }, "message_position": { "type": "string" }, "thread_message_position": { "type": "string" } } };
var pattern25 = new RegExp("^om_[^\\s]+$", "u");
function validate98(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate98.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.message_id !== void 0) {
      let data0 = data.message_id;
      if (typeof data0 === "string") {
        if (!pattern25.test(data0)) {
          const err0 = { instancePath: instancePath + "/message_id", schemaPath: "#/$defs/OpenMessageId/pattern", keyword: "pattern", params: { pattern: "^om_[^\\s]+$" }, message: 'must match pattern "^om_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/message_id", schemaPath: "#/$defs/OpenMessageId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.root_id !== void 0) {
      if (typeof data.root_id !== "string") {
        const err2 = { instancePath: instancePath + "/root_id", schemaPath: "#/properties/root_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.parent_id !== void 0) {
      if (typeof data.parent_id !== "string") {
        const err3 = { instancePath: instancePath + "/parent_id", schemaPath: "#/properties/parent_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.thread_id !== void 0) {
      if (typeof data.thread_id !== "string") {
        const err4 = { instancePath: instancePath + "/thread_id", schemaPath: "#/properties/thread_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.msg_type !== void 0) {
      if (typeof data.msg_type !== "string") {
        const err5 = { instancePath: instancePath + "/msg_type", schemaPath: "#/properties/msg_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.create_time !== void 0) {
      let data5 = data.create_time;
      const _errs14 = errors;
      let valid3 = false;
      const _errs15 = errors;
      if (typeof data5 === "string") {
        if (!pattern7.test(data5)) {
          const err6 = { instancePath: instancePath + "/create_time", schemaPath: "#/$defs/EpochMillis/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/create_time", schemaPath: "#/$defs/EpochMillis/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs15 === errors;
      valid3 = valid3 || _valid0;
      const _errs17 = errors;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err8 = { instancePath: instancePath + "/create_time", schemaPath: "#/$defs/EpochMillis/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err9 = { instancePath: instancePath + "/create_time", schemaPath: "#/$defs/EpochMillis/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      var _valid0 = _errs17 === errors;
      valid3 = valid3 || _valid0;
      if (!valid3) {
        const err10 = { instancePath: instancePath + "/create_time", schemaPath: "#/$defs/EpochMillis/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        errors = _errs14;
        if (vErrors !== null) {
          if (_errs14) {
            vErrors.length = _errs14;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.update_time !== void 0) {
      let data6 = data.update_time;
      const _errs21 = errors;
      let valid5 = false;
      const _errs22 = errors;
      if (typeof data6 === "string") {
        if (!pattern7.test(data6)) {
          const err11 = { instancePath: instancePath + "/update_time", schemaPath: "#/$defs/EpochMillis/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/update_time", schemaPath: "#/$defs/EpochMillis/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid1 = _errs22 === errors;
      valid5 = valid5 || _valid1;
      const _errs24 = errors;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err13 = { instancePath: instancePath + "/update_time", schemaPath: "#/$defs/EpochMillis/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err14 = { instancePath: instancePath + "/update_time", schemaPath: "#/$defs/EpochMillis/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      var _valid1 = _errs24 === errors;
      valid5 = valid5 || _valid1;
      if (!valid5) {
        const err15 = { instancePath: instancePath + "/update_time", schemaPath: "#/$defs/EpochMillis/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs21;
        if (vErrors !== null) {
          if (_errs21) {
            vErrors.length = _errs21;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.deleted !== void 0) {
      if (typeof data.deleted !== "boolean") {
        const err16 = { instancePath: instancePath + "/deleted", schemaPath: "#/properties/deleted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.updated !== void 0) {
      if (typeof data.updated !== "boolean") {
        const err17 = { instancePath: instancePath + "/updated", schemaPath: "#/properties/updated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.chat_id !== void 0) {
      let data9 = data.chat_id;
      if (typeof data9 === "string") {
        if (!pattern4.test(data9)) {
          const err18 = { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/chat_id", schemaPath: "#/$defs/OpenChatId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.sender !== void 0) {
      let data10 = data.sender;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.id === void 0) {
          const err20 = { instancePath: instancePath + "/sender", schemaPath: "#/properties/sender/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data10.id_type === void 0) {
          const err21 = { instancePath: instancePath + "/sender", schemaPath: "#/properties/sender/required", keyword: "required", params: { missingProperty: "id_type" }, message: "must have required property 'id_type'" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data10.sender_type === void 0) {
          const err22 = { instancePath: instancePath + "/sender", schemaPath: "#/properties/sender/required", keyword: "required", params: { missingProperty: "sender_type" }, message: "must have required property 'sender_type'" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data10.id !== void 0) {
          if (typeof data10.id !== "string") {
            const err23 = { instancePath: instancePath + "/sender/id", schemaPath: "#/properties/sender/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data10.id_type !== void 0) {
          let data12 = data10.id_type;
          if (typeof data12 !== "string") {
            const err24 = { instancePath: instancePath + "/sender/id_type", schemaPath: "#/properties/sender/properties/id_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (!(data12 === "open_id" || data12 === "app_id")) {
            const err25 = { instancePath: instancePath + "/sender/id_type", schemaPath: "#/properties/sender/properties/id_type/enum", keyword: "enum", params: { allowedValues: schema131.properties.sender.properties.id_type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data10.sender_type !== void 0) {
          let data13 = data10.sender_type;
          if (typeof data13 !== "string") {
            const err26 = { instancePath: instancePath + "/sender/sender_type", schemaPath: "#/properties/sender/properties/sender_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (!(data13 === "user" || data13 === "app" || data13 === "anonymous" || data13 === "unknown")) {
            const err27 = { instancePath: instancePath + "/sender/sender_type", schemaPath: "#/properties/sender/properties/sender_type/enum", keyword: "enum", params: { allowedValues: schema131.properties.sender.properties.sender_type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data10.tenant_key !== void 0) {
          if (typeof data10.tenant_key !== "string") {
            const err28 = { instancePath: instancePath + "/sender/tenant_key", schemaPath: "#/properties/sender/properties/tenant_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data10.sender_name !== void 0) {
          if (typeof data10.sender_name !== "string") {
            const err29 = { instancePath: instancePath + "/sender/sender_name", schemaPath: "#/properties/sender/properties/sender_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data10.open_bot_id !== void 0) {
          if (typeof data10.open_bot_id !== "string") {
            const err30 = { instancePath: instancePath + "/sender/open_bot_id", schemaPath: "#/properties/sender/properties/open_bot_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data10.sender_i18n_names !== void 0) {
          let data17 = data10.sender_i18n_names;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.zh_cn !== void 0) {
              if (typeof data17.zh_cn !== "string") {
                const err31 = { instancePath: instancePath + "/sender/sender_i18n_names/zh_cn", schemaPath: "#/$defs/I18nNames/properties/zh_cn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data17.en_us !== void 0) {
              if (typeof data17.en_us !== "string") {
                const err32 = { instancePath: instancePath + "/sender/sender_i18n_names/en_us", schemaPath: "#/$defs/I18nNames/properties/en_us/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data17.ja_jp !== void 0) {
              if (typeof data17.ja_jp !== "string") {
                const err33 = { instancePath: instancePath + "/sender/sender_i18n_names/ja_jp", schemaPath: "#/$defs/I18nNames/properties/ja_jp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/sender/sender_i18n_names", schemaPath: "#/$defs/I18nNames/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/sender", schemaPath: "#/properties/sender/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.body !== void 0) {
      let data21 = data.body;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.content === void 0) {
          const err36 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property 'content'" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data21.content !== void 0) {
          if (typeof data21.content !== "string") {
            const err37 = { instancePath: instancePath + "/body/content", schemaPath: "#/properties/body/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.mentions !== void 0) {
      let data23 = data.mentions;
      if (Array.isArray(data23)) {
        const len0 = data23.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data24 = data23[i0];
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (data24.key === void 0) {
              const err39 = { instancePath: instancePath + "/mentions/" + i0, schemaPath: "#/properties/mentions/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data24.id === void 0) {
              const err40 = { instancePath: instancePath + "/mentions/" + i0, schemaPath: "#/properties/mentions/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data24.id_type === void 0) {
              const err41 = { instancePath: instancePath + "/mentions/" + i0, schemaPath: "#/properties/mentions/items/required", keyword: "required", params: { missingProperty: "id_type" }, message: "must have required property 'id_type'" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data24.name === void 0) {
              const err42 = { instancePath: instancePath + "/mentions/" + i0, schemaPath: "#/properties/mentions/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data24.key !== void 0) {
              if (typeof data24.key !== "string") {
                const err43 = { instancePath: instancePath + "/mentions/" + i0 + "/key", schemaPath: "#/properties/mentions/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data24.id !== void 0) {
              if (typeof data24.id !== "string") {
                const err44 = { instancePath: instancePath + "/mentions/" + i0 + "/id", schemaPath: "#/properties/mentions/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data24.id_type !== void 0) {
              let data27 = data24.id_type;
              if (typeof data27 !== "string") {
                const err45 = { instancePath: instancePath + "/mentions/" + i0 + "/id_type", schemaPath: "#/properties/mentions/items/properties/id_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
              if ("open_id" !== data27) {
                const err46 = { instancePath: instancePath + "/mentions/" + i0 + "/id_type", schemaPath: "#/properties/mentions/items/properties/id_type/const", keyword: "const", params: { allowedValue: "open_id" }, message: "must be equal to constant" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data24.name !== void 0) {
              if (typeof data24.name !== "string") {
                const err47 = { instancePath: instancePath + "/mentions/" + i0 + "/name", schemaPath: "#/properties/mentions/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data24.tenant_key !== void 0) {
              if (typeof data24.tenant_key !== "string") {
                const err48 = { instancePath: instancePath + "/mentions/" + i0 + "/tenant_key", schemaPath: "#/properties/mentions/items/properties/tenant_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/mentions/" + i0, schemaPath: "#/properties/mentions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/mentions", schemaPath: "#/properties/mentions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.upper_message_id !== void 0) {
      if (typeof data.upper_message_id !== "string") {
        const err51 = { instancePath: instancePath + "/upper_message_id", schemaPath: "#/properties/upper_message_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.message_app_link !== void 0) {
      if (typeof data.message_app_link !== "string") {
        const err52 = { instancePath: instancePath + "/message_app_link", schemaPath: "#/properties/message_app_link/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.message_position !== void 0) {
      if (typeof data.message_position !== "string") {
        const err53 = { instancePath: instancePath + "/message_position", schemaPath: "#/properties/message_position/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.thread_message_position !== void 0) {
      if (typeof data.thread_message_position !== "string") {
        const err54 = { instancePath: instancePath + "/thread_message_position", schemaPath: "#/properties/thread_message_position/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
  } else {
    const err55 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err55];
    } else {
      vErrors.push(err55);
    }
    errors++;
  }
  validate98.errors = vErrors;
  return errors === 0;
}
validate98.evaluated = { "props": { "message_id": true, "root_id": true, "parent_id": true, "thread_id": true, "msg_type": true, "create_time": true, "update_time": true, "deleted": true, "updated": true, "chat_id": true, "sender": true, "body": true, "mentions": true, "upper_message_id": true, "message_app_link": true, "message_position": true, "thread_message_position": true }, "dynamicProps": false, "dynamicItems": false };
function validate97(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate97.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.code === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.msg === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "msg" }, message: "must have required property 'msg'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.code !== void 0) {
      if (0 !== data.code) {
        const err3 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
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
        const err4 = { instancePath: instancePath + "/msg", schemaPath: "#/properties/msg/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate98(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate97.errors = vErrors;
  return errors === 0;
}
validate97.evaluated = { "props": { "code": true, "msg": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
var getTenantAccessToken_body = validate101;
var pattern30 = new RegExp("^cli_[^\\s]+$", "u");
function validate101(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate101.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.app_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "app_id" }, message: "must have required property 'app_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.app_secret === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "app_secret" }, message: "must have required property 'app_secret'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "app_id" || key0 === "app_secret")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
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
        if (!pattern30.test(data0)) {
          const err3 = { instancePath: instancePath + "/app_id", schemaPath: "#/properties/app_id/pattern", keyword: "pattern", params: { pattern: "^cli_[^\\s]+$" }, message: 'must match pattern "^cli_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/app_id", schemaPath: "#/properties/app_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/app_secret", schemaPath: "#/properties/app_secret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/app_secret", schemaPath: "#/properties/app_secret/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate101.errors = vErrors;
  return errors === 0;
}
validate101.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var getTenantAccessToken_response = validate102;
var pattern31 = new RegExp("^t-[^\\s]+$", "u");
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate102.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.code === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.msg === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "msg" }, message: "must have required property 'msg'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tenant_access_token === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tenant_access_token" }, message: "must have required property 'tenant_access_token'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.expire === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expire" }, message: "must have required property 'expire'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.code !== void 0) {
      if (0 !== data.code) {
        const err4 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
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
        const err5 = { instancePath: instancePath + "/msg", schemaPath: "#/properties/msg/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        if (!pattern31.test(data2)) {
          const err6 = { instancePath: instancePath + "/tenant_access_token", schemaPath: "#/properties/tenant_access_token/pattern", keyword: "pattern", params: { pattern: "^t-[^\\s]+$" }, message: 'must match pattern "^t-[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/tenant_access_token", schemaPath: "#/properties/tenant_access_token/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err8 = { instancePath: instancePath + "/expire", schemaPath: "#/properties/expire/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err9 = { instancePath: instancePath + "/expire", schemaPath: "#/properties/expire/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
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
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}
validate102.evaluated = { "props": { "code": true, "msg": true, "tenant_access_token": true, "expire": true }, "dynamicProps": false, "dynamicItems": false };
var errorResponse = validate103;
function validate104(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate104.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.log_id !== void 0) {
      if (typeof data.log_id !== "string") {
        const err0 = { instancePath: instancePath + "/log_id", schemaPath: "#/properties/log_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err1 = { instancePath: instancePath + "/troubleshooter", schemaPath: "#/properties/troubleshooter/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err2 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
              const err3 = { instancePath: instancePath + "/permission_violations/" + i0, schemaPath: "#/$defs/PermissionViolation/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data4.subject === void 0) {
              const err4 = { instancePath: instancePath + "/permission_violations/" + i0, schemaPath: "#/$defs/PermissionViolation/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data4.type !== void 0) {
              if (typeof data4.type !== "string") {
                const err5 = { instancePath: instancePath + "/permission_violations/" + i0 + "/type", schemaPath: "#/$defs/PermissionViolation/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err6 = { instancePath: instancePath + "/permission_violations/" + i0 + "/subject", schemaPath: "#/$defs/PermissionViolation/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err7 = { instancePath: instancePath + "/permission_violations/" + i0 + "/description", schemaPath: "#/$defs/PermissionViolation/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/permission_violations/" + i0, schemaPath: "#/$defs/PermissionViolation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/permission_violations", schemaPath: "#/properties/permission_violations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
              const err10 = { instancePath: instancePath + "/field_violations/" + i1, schemaPath: "#/$defs/FieldViolation/required", keyword: "required", params: { missingProperty: "field" }, message: "must have required property 'field'" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data9.field !== void 0) {
              if (typeof data9.field !== "string") {
                const err11 = { instancePath: instancePath + "/field_violations/" + i1 + "/field", schemaPath: "#/$defs/FieldViolation/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err12 = { instancePath: instancePath + "/field_violations/" + i1 + "/value", schemaPath: "#/$defs/FieldViolation/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err13 = { instancePath: instancePath + "/field_violations/" + i1 + "/description", schemaPath: "#/$defs/FieldViolation/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/field_violations/" + i1, schemaPath: "#/$defs/FieldViolation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/field_violations", schemaPath: "#/properties/field_violations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
                const err16 = { instancePath: instancePath + "/details/" + i2 + "/key", schemaPath: "#/properties/details/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err17 = { instancePath: instancePath + "/details/" + i2 + "/value", schemaPath: "#/properties/details/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/details/" + i2, schemaPath: "#/properties/details/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/details", schemaPath: "#/properties/details/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
                const err20 = { instancePath: instancePath + "/helps/" + i3 + "/url", schemaPath: "#/properties/helps/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err21 = { instancePath: instancePath + "/helps/" + i3 + "/description", schemaPath: "#/properties/helps/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/helps/" + i3, schemaPath: "#/properties/helps/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/helps", schemaPath: "#/properties/helps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate104.errors = vErrors;
  return errors === 0;
}
validate104.evaluated = { "props": { "log_id": true, "troubleshooter": true, "message": true, "permission_violations": true, "field_violations": true, "details": true, "helps": true }, "dynamicProps": false, "dynamicItems": false };
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate103.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.code === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.msg === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "msg" }, message: "must have required property 'msg'" };
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
        const err2 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
        const err3 = {};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid1 = _errs4 === errors;
      if (valid1) {
        const err4 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/not", keyword: "not", params: {}, message: "must NOT be valid" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
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
        const err5 = { instancePath: instancePath + "/msg", schemaPath: "#/properties/msg/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err6 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.error !== void 0) {
      if (!validate104(data.error, { instancePath: instancePath + "/error", parentData: data, parentDataProperty: "error", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate103.errors = vErrors;
  return errors === 0;
}
validate103.evaluated = { "props": { "code": true, "msg": true, "data": true, "error": true }, "dynamicProps": false, "dynamicItems": false };
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
var chooseChat_success = validate108;
function validate109(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate109.evaluated;
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
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.chatType !== void 0) {
        if (0 !== data.chatType) {
          const err1 = {};
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
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "userType" }, message: "must have required property 'userType'" };
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
        const err3 = { instancePath: instancePath + "/userType", schemaPath: "#/else/properties/userType/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" };
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
    const err4 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
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
          const err7 = { instancePath: instancePath + "/id", schemaPath: "../common/OpenChatId.json/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "../common/OpenChatId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err9 = { instancePath: instancePath + "/chatType", schemaPath: "#/properties/chatType/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
        const err10 = { instancePath: instancePath + "/chatType", schemaPath: "#/properties/chatType/oneOf/0/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
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
        const err11 = { instancePath: instancePath + "/chatType", schemaPath: "#/properties/chatType/oneOf/1/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
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
        const err12 = { instancePath: instancePath + "/chatType", schemaPath: "#/properties/chatType/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
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
        const err13 = { instancePath: instancePath + "/userType", schemaPath: "#/properties/userType/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
        const err14 = { instancePath: instancePath + "/userType", schemaPath: "#/properties/userType/oneOf/0/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
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
        const err15 = { instancePath: instancePath + "/userType", schemaPath: "#/properties/userType/oneOf/1/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
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
        const err16 = { instancePath: instancePath + "/userType", schemaPath: "#/properties/userType/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
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
              const err17 = { instancePath: instancePath + "/avatarUrls/" + i0, schemaPath: "../common/AvatarUrls.json/items/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/avatarUrls/" + i0, schemaPath: "../common/AvatarUrls.json/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/avatarUrls", schemaPath: "../common/AvatarUrls.json/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
        const err20 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
            const err21 = { instancePath: instancePath + "/i18nNames/zh_cn", schemaPath: "../common/I18nNames.json/properties/zh_cn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
            const err22 = { instancePath: instancePath + "/i18nNames/en_us", schemaPath: "../common/I18nNames.json/properties/en_us/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
            const err23 = { instancePath: instancePath + "/i18nNames/ja_jp", schemaPath: "../common/I18nNames.json/properties/ja_jp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/i18nNames", schemaPath: "../common/I18nNames.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate109.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate109.evaluated = { "dynamicProps": true, "dynamicItems": false };
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.errMsg === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "errMsg" }, message: "must have required property 'errMsg'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.errMsg !== void 0) {
      if ("chooseChat:ok" !== data.errMsg) {
        const err2 = { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/const", keyword: "const", params: { allowedValue: "chooseChat:ok" }, message: "must be equal to constant" };
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
          const err3 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate109(data1[i0], { instancePath: instancePath + "/data/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
        const err5 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate108.errors = vErrors;
  return errors === 0;
}
validate108.evaluated = { "props": { "errMsg": true, "data": true, "message": true }, "dynamicProps": false, "dynamicItems": false };
var chooseChat_fail = validate111;
var pattern33 = new RegExp("^chooseChat:fail", "u");
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
    if (data.errMsg === void 0) {
      const err0 = { instancePath, schemaPath: "../common/StandardFailOutput.json/required", keyword: "required", params: { missingProperty: "errMsg" }, message: "must have required property 'errMsg'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errMsg !== void 0) {
      if (typeof data.errMsg !== "string") {
        const err1 = { instancePath: instancePath + "/errMsg", schemaPath: "../common/StandardFailOutput.json/properties/errMsg/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err2 = { instancePath: instancePath + "/errno", schemaPath: "../common/StandardFailOutput.json/properties/errno/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
        const err3 = { instancePath: instancePath + "/errCode", schemaPath: "../common/StandardFailOutput.json/properties/errCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
        const err4 = { instancePath: instancePath + "/errString", schemaPath: "../common/StandardFailOutput.json/properties/errString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "../common/StandardFailOutput.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
        if (!pattern33.test(data4)) {
          const err6 = { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/pattern", keyword: "pattern", params: { pattern: "^chooseChat:fail" }, message: 'must match pattern "^chooseChat:fail"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate111.errors = vErrors;
  return errors === 0;
}
validate111.evaluated = { "props": { "errMsg": true, "errno": true, "errCode": true, "errString": true }, "dynamicProps": false, "dynamicItems": false };
var getChatInfo_input = validate112;
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
var getChatInfo_success = validate113;
function validate113(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate113.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.errMsg === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "errMsg" }, message: "must have required property 'errMsg'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errMsg !== void 0) {
      if ("getChatInfo:ok" !== data.errMsg) {
        const err1 = { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/const", keyword: "const", params: { allowedValue: "getChatInfo:ok" }, message: "must be equal to constant" };
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
            const err2 = { instancePath: instancePath + "/i18nNames/zh_cn", schemaPath: "../common/I18nNames.json/properties/zh_cn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
            const err3 = { instancePath: instancePath + "/i18nNames/en_us", schemaPath: "../common/I18nNames.json/properties/en_us/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
            const err4 = { instancePath: instancePath + "/i18nNames/ja_jp", schemaPath: "../common/I18nNames.json/properties/ja_jp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/i18nNames", schemaPath: "../common/I18nNames.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
              const err7 = { instancePath: instancePath + "/avatarUrls/" + i0, schemaPath: "../common/AvatarUrls.json/items/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/avatarUrls/" + i0, schemaPath: "../common/AvatarUrls.json/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/avatarUrls", schemaPath: "../common/AvatarUrls.json/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
        const err10 = { instancePath: instancePath + "/atCount", schemaPath: "#/properties/atCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 < 0 || isNaN(data8)) {
          const err11 = { instancePath: instancePath + "/atCount", schemaPath: "#/properties/atCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
        const err12 = { instancePath: instancePath + "/badge", schemaPath: "#/properties/badge/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 0 || isNaN(data9)) {
          const err13 = { instancePath: instancePath + "/badge", schemaPath: "#/properties/badge/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate113.errors = vErrors;
  return errors === 0;
}
validate113.evaluated = { "props": { "errMsg": true, "i18nNames": true, "name": true, "avatarUrls": true, "atCount": true, "badge": true }, "dynamicProps": false, "dynamicItems": false };
var getChatInfo_fail = validate114;
var pattern35 = new RegExp("^getChatInfo:fail", "u");
function validate114(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate114.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.errMsg === void 0) {
      const err0 = { instancePath, schemaPath: "../common/StandardFailOutput.json/required", keyword: "required", params: { missingProperty: "errMsg" }, message: "must have required property 'errMsg'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errMsg !== void 0) {
      if (typeof data.errMsg !== "string") {
        const err1 = { instancePath: instancePath + "/errMsg", schemaPath: "../common/StandardFailOutput.json/properties/errMsg/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err2 = { instancePath: instancePath + "/errno", schemaPath: "../common/StandardFailOutput.json/properties/errno/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
        const err3 = { instancePath: instancePath + "/errCode", schemaPath: "../common/StandardFailOutput.json/properties/errCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
        const err4 = { instancePath: instancePath + "/errString", schemaPath: "../common/StandardFailOutput.json/properties/errString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "../common/StandardFailOutput.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
        if (!pattern35.test(data4)) {
          const err6 = { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/pattern", keyword: "pattern", params: { pattern: "^getChatInfo:fail" }, message: 'must match pattern "^getChatInfo:fail"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate114.errors = vErrors;
  return errors === 0;
}
validate114.evaluated = { "props": { "errMsg": true, "errno": true, "errCode": true, "errString": true }, "dynamicProps": false, "dynamicItems": false };
var sendMessageCard_input = validate115;
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
var sendMessageCard_success = validate116;
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
    if (data.status === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.openChatId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "openChatId" }, message: "must have required property 'openChatId'" };
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
        const err2 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
          const err3 = { instancePath: instancePath + "/openChatId", schemaPath: "../common/OpenChatId.json/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/openChatId", schemaPath: "../common/OpenChatId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        if (!pattern25.test(data2)) {
          const err5 = { instancePath: instancePath + "/openMessageId", schemaPath: "../common/OpenMessageId.json/pattern", keyword: "pattern", params: { pattern: "^om_[^\\s]+$" }, message: 'must match pattern "^om_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/openMessageId", schemaPath: "../common/OpenMessageId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate117.errors = vErrors;
  return errors === 0;
}
validate117.evaluated = { "props": { "status": true, "openChatId": true, "openMessageId": true }, "dynamicProps": false, "dynamicItems": false };
function validate116(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate116.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.errMsg === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "errMsg" }, message: "must have required property 'errMsg'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errMsg !== void 0) {
      if ("sendMessageCard:ok" !== data.errMsg) {
        const err1 = { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/const", keyword: "const", params: { allowedValue: "sendMessageCard:ok" }, message: "must be equal to constant" };
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
          if (!validate117(data1[i0], { instancePath: instancePath + "/sendCardInfo/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/sendCardInfo", schemaPath: "#/properties/sendCardInfo/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate116.errors = vErrors;
  return errors === 0;
}
validate116.evaluated = { "props": { "errMsg": true, "sendCardInfo": true }, "dynamicProps": false, "dynamicItems": false };
var sendMessageCard_fail = validate119;
var pattern40 = new RegExp("^sendMessageCard:fail", "u");
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
    if (data.status === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.openChatId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "openChatId" }, message: "must have required property 'openChatId'" };
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
        const err2 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
          const err3 = { instancePath: instancePath + "/openChatId", schemaPath: "../common/OpenChatId.json/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/openChatId", schemaPath: "../common/OpenChatId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        if (!pattern25.test(data2)) {
          const err5 = { instancePath: instancePath + "/openMessageId", schemaPath: "../common/OpenMessageId.json/pattern", keyword: "pattern", params: { pattern: "^om_[^\\s]+$" }, message: 'must match pattern "^om_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/openMessageId", schemaPath: "../common/OpenMessageId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate120.errors = vErrors;
  return errors === 0;
}
validate120.evaluated = { "props": { "status": true, "openChatId": true, "openMessageId": true }, "dynamicProps": false, "dynamicItems": false };
function validate119(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate119.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.errMsg === void 0) {
      const err0 = { instancePath, schemaPath: "../common/StandardFailOutput.json/required", keyword: "required", params: { missingProperty: "errMsg" }, message: "must have required property 'errMsg'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errMsg !== void 0) {
      if (typeof data.errMsg !== "string") {
        const err1 = { instancePath: instancePath + "/errMsg", schemaPath: "../common/StandardFailOutput.json/properties/errMsg/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err2 = { instancePath: instancePath + "/errno", schemaPath: "../common/StandardFailOutput.json/properties/errno/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
        const err3 = { instancePath: instancePath + "/errCode", schemaPath: "../common/StandardFailOutput.json/properties/errCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
        const err4 = { instancePath: instancePath + "/errString", schemaPath: "../common/StandardFailOutput.json/properties/errString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "../common/StandardFailOutput.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
        if (!pattern40.test(data4)) {
          const err6 = { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/pattern", keyword: "pattern", params: { pattern: "^sendMessageCard:fail" }, message: 'must match pattern "^sendMessageCard:fail"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/errMsg", schemaPath: "#/properties/errMsg/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err8 = { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
        const err9 = { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/0/const", keyword: "const", params: { allowedValue: -1 }, message: "must be equal to constant" };
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
        const err10 = { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/1/const", keyword: "const", params: { allowedValue: -2 }, message: "must be equal to constant" };
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
          const err11 = { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/2/const", keyword: "const", params: { allowedValue: -3 }, message: "must be equal to constant" };
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
            const err12 = { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/3/const", keyword: "const", params: { allowedValue: -4 }, message: "must be equal to constant" };
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
              const err13 = { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/4/const", keyword: "const", params: { allowedValue: -5 }, message: "must be equal to constant" };
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
                const err14 = { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/5/const", keyword: "const", params: { allowedValue: -6 }, message: "must be equal to constant" };
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
                  const err15 = { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/6/const", keyword: "const", params: { allowedValue: -7 }, message: "must be equal to constant" };
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
                    const err16 = { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/7/const", keyword: "const", params: { allowedValue: -8 }, message: "must be equal to constant" };
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
                      const err17 = { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/8/const", keyword: "const", params: { allowedValue: -9 }, message: "must be equal to constant" };
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
                        const err18 = { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/9/const", keyword: "const", params: { allowedValue: -10 }, message: "must be equal to constant" };
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
                          const err19 = { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf/10/const", keyword: "const", params: { allowedValue: 42406 }, message: "must be equal to constant" };
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
        const err20 = { instancePath: instancePath + "/errCode", schemaPath: "#/properties/errCode/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      } else {
        errors = _errs15;
        if (vErrors !== null) {
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
          if (!validate120(data6[i0], { instancePath: instancePath + "/sendCardInfo/" + i0, parentData: data6, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/sendCardInfo", schemaPath: "#/properties/sendCardInfo/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
              const err22 = { instancePath: instancePath + "/failedOpenChatIDs/" + i1, schemaPath: "../common/OpenChatId.json/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/failedOpenChatIDs/" + i1, schemaPath: "../common/OpenChatId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/failedOpenChatIDs", schemaPath: "#/properties/failedOpenChatIDs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
              const err25 = { instancePath: instancePath + "/additionalMessageInfo/" + i2, schemaPath: "#/properties/additionalMessageInfo/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data11.openChatId === void 0) {
              const err26 = { instancePath: instancePath + "/additionalMessageInfo/" + i2, schemaPath: "#/properties/additionalMessageInfo/items/required", keyword: "required", params: { missingProperty: "openChatId" }, message: "must have required property 'openChatId'" };
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
                const err27 = { instancePath: instancePath + "/additionalMessageInfo/" + i2 + "/status", schemaPath: "#/properties/additionalMessageInfo/items/properties/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
                  const err28 = { instancePath: instancePath + "/additionalMessageInfo/" + i2 + "/openChatId", schemaPath: "../common/OpenChatId.json/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/additionalMessageInfo/" + i2 + "/openChatId", schemaPath: "../common/OpenChatId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err30 = { instancePath: instancePath + "/additionalMessageInfo/" + i2 + "/message", schemaPath: "#/properties/additionalMessageInfo/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/additionalMessageInfo/" + i2, schemaPath: "#/properties/additionalMessageInfo/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/additionalMessageInfo", schemaPath: "#/properties/additionalMessageInfo/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate119.errors = vErrors;
  return errors === 0;
}
validate119.evaluated = { "props": { "errMsg": true, "errCode": true, "sendCardInfo": true, "failedOpenChatIDs": true, "additionalMessageInfo": true, "errno": true, "errString": true }, "dynamicProps": false, "dynamicItems": false };
var audio = validate82;
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate82.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.file_key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "file_key" }, message: "must have required property 'file_key'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "file_key")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.file_key !== void 0) {
      let data0 = data.file_key;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/file_key", schemaPath: "#/properties/file_key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/file_key", schemaPath: "#/properties/file_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate82.errors = vErrors;
  return errors === 0;
}
validate82.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var file = validate81;
function validate81(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate81.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.file_key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "file_key" }, message: "must have required property 'file_key'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "file_key")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.file_key !== void 0) {
      let data0 = data.file_key;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/file_key", schemaPath: "#/properties/file_key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/file_key", schemaPath: "#/properties/file_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate81.errors = vErrors;
  return errors === 0;
}
validate81.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var image = validate78;
function validate78(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate78.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.image_key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "image_key" }, message: "must have required property 'image_key'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "image_key")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.image_key !== void 0) {
      let data0 = data.image_key;
      if (typeof data0 === "string") {
        if (!pattern12.test(data0)) {
          const err2 = { instancePath: instancePath + "/image_key", schemaPath: "../common/ImageKey.json/pattern", keyword: "pattern", params: { pattern: "^img_[^\\s]+$" }, message: 'must match pattern "^img_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/image_key", schemaPath: "../common/ImageKey.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
validate78.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var interactive = validate87;
function validate87(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate87.evaluated;
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
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("template" !== data.type) {
          const err1 = {};
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
      if (data.data === void 0) {
        const err2 = { instancePath, schemaPath: "#/$defs/TemplateCard/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.data !== void 0) {
        let data1 = data.data;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
          if (data1.template_id === void 0) {
            const err3 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/TemplateCard/properties/data/required", keyword: "required", params: { missingProperty: "template_id" }, message: "must have required property 'template_id'" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          for (const key0 in data1) {
            if (!(key0 === "template_id" || key0 === "template_version_name" || key0 === "template_variable")) {
              const err4 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/TemplateCard/properties/data/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          if (data1.template_id !== void 0) {
            let data2 = data1.template_id;
            if (typeof data2 === "string") {
              if (func2(data2) < 1) {
                const err5 = { instancePath: instancePath + "/data/template_id", schemaPath: "#/$defs/TemplateCard/properties/data/properties/template_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            } else {
              const err6 = { instancePath: instancePath + "/data/template_id", schemaPath: "#/$defs/TemplateCard/properties/data/properties/template_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          if (data1.template_version_name !== void 0) {
            if (typeof data1.template_version_name !== "string") {
              const err7 = { instancePath: instancePath + "/data/template_version_name", schemaPath: "#/$defs/TemplateCard/properties/data/properties/template_version_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
          if (data1.template_variable !== void 0) {
            let data4 = data1.template_variable;
            if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
              const err8 = { instancePath: instancePath + "/data/template_variable", schemaPath: "#/$defs/TemplateCard/properties/data/properties/template_variable/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        } else {
          const err9 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/TemplateCard/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    } else {
      const err10 = { instancePath, schemaPath: "#/$defs/TemplateCard/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.type = true;
      props0.data = true;
    }
    ifClause0 = "then";
  } else {
    const _errs16 = errors;
    const _errs17 = errors;
    let valid5 = true;
    const _errs18 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.type === void 0 && (missing1 = "type")) {
        const err11 = {};
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        if (data.type !== void 0) {
          if ("card" !== data.type) {
            const err12 = {};
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      }
    }
    var _valid1 = _errs18 === errors;
    errors = _errs17;
    if (vErrors !== null) {
      if (_errs17) {
        vErrors.length = _errs17;
      } else {
        vErrors = null;
      }
    }
    let ifClause1;
    if (_valid1) {
      const _errs20 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.data === void 0) {
          const err13 = { instancePath, schemaPath: "#/$defs/CardEntity/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data.data !== void 0) {
          let data6 = data.data;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.card_id === void 0) {
              const err14 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/CardEntity/properties/data/required", keyword: "required", params: { missingProperty: "card_id" }, message: "must have required property 'card_id'" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "card_id")) {
                const err15 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/CardEntity/properties/data/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data6.card_id !== void 0) {
              let data7 = data6.card_id;
              if (typeof data7 === "string") {
                if (func2(data7) < 1) {
                  const err16 = { instancePath: instancePath + "/data/card_id", schemaPath: "#/$defs/CardEntity/properties/data/properties/card_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/data/card_id", schemaPath: "#/$defs/CardEntity/properties/data/properties/card_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/CardEntity/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath, schemaPath: "#/$defs/CardEntity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid1 = _errs20 === errors;
      valid5 = _valid1;
      if (valid5) {
        var props1 = {};
        props1.type = true;
        props1.data = true;
      }
      ifClause1 = "then";
    } else {
      const _errs28 = errors;
      if (!(data && typeof data == "object" && !Array.isArray(data))) {
        const err20 = { instancePath, schemaPath: "#/$defs/CardJson/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid1 = _errs28 === errors;
      valid5 = _valid1;
      ifClause1 = "else";
    }
    if (!valid5) {
      const err21 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema' };
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    }
    var _valid0 = _errs16 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true && props1 !== void 0) {
        if (props1 === true) {
          props0 = true;
        } else {
          props0 = props0 || {};
          Object.assign(props0, props1);
        }
      }
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err22 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.type = true;
      props0.card = true;
    }
    if (data.type !== void 0) {
      let data8 = data.type;
      if (!(data8 === "template" || data8 === "card")) {
        const err23 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema111.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.card !== void 0) {
      const err24 = { instancePath: instancePath + "/card", schemaPath: "#/properties/card/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate87.errors = vErrors;
  return errors === 0;
}
validate87.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var media = validate83;
function validate83(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate83.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.file_key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "file_key" }, message: "must have required property 'file_key'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "file_key" || key0 === "image_key")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.file_key !== void 0) {
      let data0 = data.file_key;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/file_key", schemaPath: "#/properties/file_key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/file_key", schemaPath: "#/properties/file_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.image_key !== void 0) {
      let data1 = data.image_key;
      if (typeof data1 === "string") {
        if (!pattern12.test(data1)) {
          const err4 = { instancePath: instancePath + "/image_key", schemaPath: "../common/ImageKey.json/pattern", keyword: "pattern", params: { pattern: "^img_[^\\s]+$" }, message: 'must match pattern "^img_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/image_key", schemaPath: "../common/ImageKey.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate83.errors = vErrors;
  return errors === 0;
}
validate83.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var post = validate56;
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
    if (data.content === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property 'content'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "title" || key0 === "content")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      if (typeof data.title !== "string") {
        const err2 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.content !== void 0) {
      let data1 = data.content;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate58(data1[i0], { instancePath: instancePath + "/content/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
validate57.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (!pattern11.test(key0)) {
          const err1 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}_[a-z]{2}$" }, message: 'must match pattern "^[a-z]{2}_[a-z]{2}$"', propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!validate57(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var share_chat = validate90;
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate90.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.chat_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chat_id" }, message: "must have required property 'chat_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "chat_id")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
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
          const err2 = { instancePath: instancePath + "/chat_id", schemaPath: "../common/OpenChatId.json/pattern", keyword: "pattern", params: { pattern: "^oc_[^\\s]+$" }, message: 'must match pattern "^oc_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/chat_id", schemaPath: "../common/OpenChatId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
validate90.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var share_user = validate93;
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate93.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.user_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "user_id" }, message: "must have required property 'user_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "user_id")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.user_id !== void 0) {
      let data0 = data.user_id;
      if (typeof data0 === "string") {
        if (!pattern21.test(data0)) {
          const err2 = { instancePath: instancePath + "/user_id", schemaPath: "../common/OpenId.json/pattern", keyword: "pattern", params: { pattern: "^ou_[^\\s]+$" }, message: 'must match pattern "^ou_[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/user_id", schemaPath: "../common/OpenId.json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate93.errors = vErrors;
  return errors === 0;
}
validate93.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var sticker = validate86;
function validate86(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate86.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.file_key === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "file_key" }, message: "must have required property 'file_key'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "file_key")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.file_key !== void 0) {
      let data0 = data.file_key;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/file_key", schemaPath: "#/properties/file_key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/file_key", schemaPath: "#/properties/file_key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate86.errors = vErrors;
  return errors === 0;
}
validate86.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var system = validate96;
function validate96(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate96.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.params === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "params" }, message: "must have required property 'params'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "params" || key0 === "options")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      if ("divider" !== data.type) {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "divider" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.params !== void 0) {
      let data1 = data.params;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.divider_text === void 0) {
          const err4 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/required", keyword: "required", params: { missingProperty: "divider_text" }, message: "must have required property 'divider_text'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "divider_text")) {
            const err5 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.divider_text !== void 0) {
          let data2 = data1.divider_text;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.text === void 0) {
              const err6 = { instancePath: instancePath + "/params/divider_text", schemaPath: "#/properties/params/properties/divider_text/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            for (const key2 in data2) {
              if (!(key2 === "text" || key2 === "i18n_text")) {
                const err7 = { instancePath: instancePath + "/params/divider_text", schemaPath: "#/properties/params/properties/divider_text/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data2.text !== void 0) {
              let data3 = data2.text;
              if (typeof data3 === "string") {
                if (func2(data3) > 20) {
                  const err8 = { instancePath: instancePath + "/params/divider_text/text", schemaPath: "#/properties/params/properties/divider_text/properties/text/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters" };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
                if (func2(data3) < 1) {
                  const err9 = { instancePath: instancePath + "/params/divider_text/text", schemaPath: "#/properties/params/properties/divider_text/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/params/divider_text/text", schemaPath: "#/properties/params/properties/divider_text/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data2.i18n_text !== void 0) {
              let data4 = data2.i18n_text;
              if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                for (const key3 in data4) {
                  const _errs13 = errors;
                  if (typeof key3 === "string") {
                    if (!pattern23.test(key3)) {
                      const err11 = { instancePath: instancePath + "/params/divider_text/i18n_text", schemaPath: "#/properties/params/properties/divider_text/properties/i18n_text/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}_[A-Z]{2}$" }, message: 'must match pattern "^[a-z]{2}_[A-Z]{2}$"', propertyName: key3 };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                  }
                  var valid3 = _errs13 === errors;
                  if (!valid3) {
                    const err12 = { instancePath: instancePath + "/params/divider_text/i18n_text", schemaPath: "#/properties/params/properties/divider_text/properties/i18n_text/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
                for (const key4 in data4) {
                  if (typeof data4[key4] !== "string") {
                    const err13 = { instancePath: instancePath + "/params/divider_text/i18n_text/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/properties/divider_text/properties/i18n_text/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/params/divider_text/i18n_text", schemaPath: "#/properties/params/properties/divider_text/properties/i18n_text/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/params/divider_text", schemaPath: "#/properties/params/properties/divider_text/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.options !== void 0) {
      let data6 = data.options;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key5 in data6) {
          if (!(key5 === "need_rollup")) {
            const err17 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data6.need_rollup !== void 0) {
          if (typeof data6.need_rollup !== "boolean") {
            const err18 = { instancePath: instancePath + "/options/need_rollup", schemaPath: "#/properties/options/properties/need_rollup/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate96.errors = vErrors;
  return errors === 0;
}
validate96.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var text = validate55;
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
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
    if (data.text === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "text")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.text !== void 0) {
      if (typeof data.text !== "string") {
        const err2 = { instancePath: instancePath + "/text", schemaPath: "#/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
export {
  audio,
  chooseChat_fail,
  chooseChat_input,
  chooseChat_success,
  createMessage_body,
  createMessage_query,
  createMessage_response,
  errorResponse,
  file,
  getChatInfo_fail,
  getChatInfo_input,
  getChatInfo_success,
  getChat_path,
  getChat_query,
  getChat_response,
  getTenantAccessToken_body,
  getTenantAccessToken_response,
  image,
  interactive,
  isInChat_path,
  isInChat_response,
  listChatMembers_path,
  listChatMembers_query,
  listChatMembers_response,
  listChats_query,
  listChats_response,
  media,
  post,
  searchChatsV2_body,
  searchChatsV2_query,
  searchChatsV2_response,
  searchChats_query,
  searchChats_response,
  sendMessageCard_fail,
  sendMessageCard_input,
  sendMessageCard_success,
  share_chat,
  share_user,
  sticker,
  system,
  text
};
