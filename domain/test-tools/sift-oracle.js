// Evaluates scopes with sift, for ScopeDifferentialTest.
// Reads JSON lines {"query": ..., "documents": [...]} on stdin; writes one line per input:
// "<sift> <fliplet>", each either "R" (the query is refused) or one character per document:
// 1 (selected), 0 (not selected), E (sift threw while testing it).
// <sift> is plain sift 17.1.4; <fliplet> is sift with Fliplet's loose comparisons in place of its
// own (a number equals its plain decimal text; $gt/$gte/$lt/$lte with a number or text operand
// compare numbers, dates and leading numbers), as the gateway documents them.
// Sift throws for a $type name it does not know only once a value reaches it; here it throws
// when the query is built, as the gateway refuses such a scope up front.
"use strict";
const readline = require("readline");
const sift = require("sift");

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

function numberAndItsText(a, b) {
  if (typeof a === "string" && typeof b === "number") return numberAndItsText(b, a);
  return typeof a === "number" && typeof b === "string" && b.length <= 100 && PLAIN_DECIMAL.test(b) && Number(b) === a;
}

// sift's equals, with Fliplet's one loosening where sift would answer false
function looseEquals(a, b) {
  if (a == null && a == b) return true;
  if (a === b) return true;
  const tag = Object.prototype.toString.call(a);
  if (tag === "[object Array]" && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!looseEquals(a[i], b[i])) return false;
    return true;
  }
  if (tag === "[object Object]" && Object.prototype.toString.call(b) === "[object Object]") {
    if (Object.keys(a).length !== Object.keys(b).length) return false;
    for (const key of Object.keys(a)) if (!looseEquals(a[key], b[key])) return false;
    return true;
  }
  return numberAndItsText(a, b);
}

const TIME = "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}:?\\d{2})?)?";
const YEAR_FIRST = new RegExp("^(\\d{4})([-.])(\\d{2})\\2(\\d{2})" + TIME + "$");
const MONTH_FIRST = new RegExp("^(\\d{2})([-.])(\\d{2})\\2(\\d{4})" + TIME + "$");
const LEADING_NUMBER = /[-+]?(?:\d+(?:\.\d+)?|\.\d+)/;

function instant(year, month, day, m) {
  const [hour, minute, second] = [m[5] || "0", m[6] || "0", m[7] || "0"].map(Number);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day) return undefined;
  let millis = date.getTime() + ((hour * 60 + minute) * 60 + second) * 1000 + Number("0." + (m[8] || "0")) * 1000;
  const offset = m[9];
  if (offset && offset !== "Z") {
    const digits = offset.replace(":", "");
    const hours = Number(digits.slice(1, 3));
    const minutes = Number(digits.slice(3, 5));
    if (hours > 18 || minutes > 59 || hours === 18 && minutes > 0) return undefined;
    millis -= (offset[0] === "-" ? -1 : 1) * (hours * 60 + minutes) * 60000;
  }
  return millis;
}

function comparable(value) {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  let m = YEAR_FIRST.exec(trimmed);
  if (m) return instant(Number(m[1]), Number(m[3]), Number(m[4]), m);
  m = MONTH_FIRST.exec(trimmed);
  if (m) return instant(Number(m[4]), Number(m[1]), Number(m[3]), m);
  m = LEADING_NUMBER.exec(value);
  return m && m[0].length <= 100 ? parseFloat(m[0]) : undefined;
}

function looseOrdering(name, holds) {
  return (params, ownerQuery, options, opName) => {
    if (typeof params !== "number" && typeof params !== "string") return sift[name](params, ownerQuery, options, opName);
    const limit = comparable(params);
    return sift.createEqualsOperation((value) => {
      const number = comparable(value);
      return limit !== undefined && number !== undefined && holds(number, limit);
    }, ownerQuery, options);
  };
}

const TYPE_NAMES = ["number", "string", "bool", "array", "null", "timestamp"];
const eagerType = (params, ownerQuery, options, name) => {
  if (typeof params === "string" && !TYPE_NAMES.includes(params)) throw new Error("Type alias does not exist");
  return sift.$type(params, ownerQuery, options, name);
};

const fliplet = {
  compare: looseEquals,
  operations: {
    $gt: looseOrdering("$gt", (a, b) => a > b),
    $gte: looseOrdering("$gte", (a, b) => a >= b),
    $lt: looseOrdering("$lt", (a, b) => a < b),
    $lte: looseOrdering("$lte", (a, b) => a <= b),
    $type: eagerType,
  },
};

function evaluate(query, documents, options) {
  let test;
  try {
    test = sift.default(query, options);
  } catch (refused) {
    return "R";
  }
  return documents.map((document) => {
    try {
      return test(document) ? "1" : "0";
    } catch (thrown) {
      return "E";
    }
  }).join("");
}

const out = [];
readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on("line", (line) => {
    const { query, documents } = JSON.parse(line);
    out.push(evaluate(query, documents, { operations: { $type: eagerType } }) + " " + evaluate(query, documents, fliplet));
  })
  .on("close", () => process.stdout.write(out.join("\n") + "\n"));
