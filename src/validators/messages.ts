import type { ErrorObject } from 'ajv';
import { excludedConsts } from '../../generated/contract-index.js';
import { fieldName } from './field-name.js';

/** One broken rule: where (a JSON pointer), which rule (the JSON Schema keyword), and a sentence. */
export interface ValidationError {
  /** JSON pointer to the offending value; for a missing or unknown key, the pointer to that key. */
  path: string;
  /** The JSON Schema keyword that failed (e.g. `maximum`, `required`, `pattern`). */
  keyword: string;
  /** Plain words naming the field and the rule, e.g. `page_size must be at most 100`. */
  message: string;
  /**
   * For a card rule the platform enforces: the answer a send would earn (e.g. 200861 for a v1-only
   * tag in a 2.0 card) and the rule's name, from the schema's `x-platformError`. `inferred` marks a
   * code the platform documents only as the generic card-JSON error for this kind of fault.
   */
  platformError?: { code: number; rule: string; inferred?: boolean };
}

/** What the `x-platformError` keyword stamps on the errors its rule raises. */
interface PlatformStamp { rule: string; code: number; message: string; inferred?: boolean; value?: unknown }
type StampedError = ErrorObject & { platformError?: PlatformStamp };


export { fieldName };

const list = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');
const PREFIX_PATTERN = /^\^([A-Za-z]+[_-])\[\^\\s\]\+\$$/;

/** The rule's sentence from the schema, its `{placeholders}` filled from the error's params and value. */
function platformMessage(stamp: PlatformStamp, params: Record<string, unknown>): string {
  const text = stamp.message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = name === 'value' ? stamp.value : params[name];
    if (value === undefined) return whole;
    if (typeof value === 'string' && value.startsWith('/')) return fieldName(value); // a pointer
    return typeof value === 'number' ? String(value) : JSON.stringify(value);
  });
  return `${stamp.code}${stamp.inferred ? ' (inferred)' : ''}: ${text}`;
}

function rule(error: StampedError): string {
  const p = error.params as Record<string, any>;
  if (error.platformError) return platformMessage(error.platformError, p);
  switch (error.keyword) {
    case 'required': return 'is required';
    case 'additionalProperties':
    case 'unevaluatedProperties': return 'is not an allowed key here (misspelt, or not part of the contract)';
    case 'type': return `must be ${/^[aeiou]/.test(p.type) ? 'an' : 'a'} ${p.type}`;
    case 'enum': return `must be one of: ${list(p.allowedValues)}`;
    case 'const': return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'maximum': return `must be at most ${p.limit}`;
    case 'minimum': return `must be at least ${p.limit}`;
    case 'exclusiveMaximum': return `must be less than ${p.limit}`;
    case 'exclusiveMinimum': return `must be more than ${p.limit}`;
    case 'maxItems': return `must have at most ${p.limit} item${p.limit === 1 ? '' : 's'}`;
    case 'minItems': return `must have at least ${p.limit} item${p.limit === 1 ? '' : 's'}`;
    case 'maxLength': return `must be at most ${p.limit} characters long`;
    case 'minLength': return p.limit === 1 ? 'must not be empty' : `must be at least ${p.limit} characters long`;
    case 'uniqueItems': return `must not repeat items (items ${p.j} and ${p.i} are equal)`;
    case 'pattern': {
      const prefix = PREFIX_PATTERN.exec(p.pattern);
      return prefix ? `must be an id starting with "${prefix[1]}"` : `must match the pattern ${p.pattern}`;
    }
    case 'format': return `must be a valid ${p.format}`;
    case 'not': {
      const tail = error.schemaPath.replace(/^[^#]*#/, '');
      const excluded = Object.prototype.hasOwnProperty.call(excludedConsts, tail) ? excludedConsts[tail] : undefined;
      return excluded === undefined ? 'must not match the excluded schema' : `must not be ${JSON.stringify(excluded)}`;
    }
    case 'false schema': return 'must not be present here';
    case 'x-maxSerializedBytes': return `must be at most ${p.limit} bytes when serialized as JSON (UTF-8)`;
    case 'json': return jsonShapeRule(p);
    default: return error.message ?? `breaks the "${error.keyword}" rule`;
  }
}

/**
 * What the validators' shape check (scripts/lib/input-guard.js) found before any schema ran: the value
 * is not a finite JSON tree, or is larger or deeper than a validation reads.
 */
function jsonShapeRule(p: Record<string, any>): string {
  switch (p.reason) {
    case 'cycle': return `contains itself: it is the same object as ${fieldName(p.ancestor)}, which holds it (a value that contains itself is not JSON)`;
    case 'depth': return `is nested more than ${p.limit} levels deep: the validators read no deeper (no payload of the contract nests near that)`;
    case 'size': return `holds more than ${p.limit.toLocaleString('en-US')} values, counting each use of a shared object: too large to validate`;
    case 'type': return `is a ${p.type}, not a JSON value (JSON holds plain objects, arrays, strings, numbers, booleans and null)`;
    default: return `is not a JSON value the validator can read: ${p.error}`;
  }
}

/**
 * Turns ajv's raw errors into ValidationErrors: pointers that name the key itself for missing and
 * unknown keys, and one readable error per broken rule instead of ajv's sub-schema noise.
 */
export function toValidationErrors(errors: readonly ErrorObject[]): ValidationError[] {
  const out: ValidationError[] = [];
  const consumed = new Set<ErrorObject>();
  for (const error of errors) {
    // Errors of the branches of a failed oneOf/anyOf are folded into that error.
    if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') continue;
    const prefix = error.schemaPath + '/';
    const branches = errors.filter((e) => e !== error && e.schemaPath.startsWith(prefix) && e.instancePath.startsWith(error.instancePath));
    branches.forEach((e) => consumed.add(e));
    // A branch whose `type` does not fit the value is another form (listChats `types`: an array, or
    // the wire's string). When exactly one branch fits the value's type, its own errors say what is
    // wrong (`types must have at least 1 item`), so they are reported as they are.
    const byBranch = new Map<string, ErrorObject[]>();
    for (const e of branches) {
      const index = e.schemaPath.slice(prefix.length).split('/')[0]!;
      byBranch.set(index, [...(byBranch.get(index) ?? []), e]);
    }
    const fitting = [...byBranch.values()].filter((errs) => !errs.some((e) => e.keyword === 'type' && e.instancePath === error.instancePath));
    if (fitting.length === 1 && byBranch.size > 1) {
      fitting[0]!.forEach((e) => consumed.delete(e));
      continue;
    }
    // Every branch that erred here is of another type, and the branch that fits erred only inside a
    // $ref (its errors sit deeper and are reported on their own): nothing is left to fold.
    const deeper = `${error.instancePath}/`;
    if (byBranch.size > 0 && fitting.length === 0 && errors.some((e) => !consumed.has(e) && e.keyword !== error.keyword && e.instancePath.startsWith(deeper))) continue;
    // A sibling `type` error at the same place says the same thing.
    const allConst = branches.length > 0 && branches.every((e) => e.keyword === 'const');
    let message: string;
    const stamp = (error as StampedError).platformError;
    if (stamp) {
      out.push({ path: error.instancePath, keyword: error.keyword, message: `${fieldName(error.instancePath)}: ${platformMessage(stamp, error.params as Record<string, unknown>)}`, platformError: platformOf(stamp) });
      continue;
    }
    if (allConst) {
      message = `must be one of: ${list(branches.map((e) => (e.params as { allowedValue: unknown }).allowedValue))}`;
    } else if (error.keyword === 'oneOf' && (error.params as { passingSchemas?: unknown }).passingSchemas) {
      message = 'must match exactly one alternative, but matches several';
    } else {
      const reasons = [...new Set(branches.map((e) => `${fieldName(pointerOf(e))} ${rule(e)}`))];
      message = `must satisfy at least one of: ${reasons.join('; or ')}`;
    }
    out.push({ path: error.instancePath, keyword: error.keyword, message: `${fieldName(error.instancePath)} ${message}` });
  }
  for (const error of errors) {
    // A key that breaks propertyNames: one error naming the key and the rule it breaks.
    if (error.keyword !== 'propertyNames') continue;
    const key = (error.params as { propertyName?: string }).propertyName;
    const inner = errors.filter((e) => e !== error && (e as { propertyName?: string }).propertyName === key && e.instancePath === error.instancePath);
    inner.forEach((e) => consumed.add(e));
    const reasons = inner.length ? [...new Set(inner.map(rule))].join('; ') : 'is not an allowed key name';
    out.push({ path: error.instancePath, keyword: 'propertyNames', message: `${fieldName(error.instancePath)} key ${JSON.stringify(key)} ${reasons}` });
    consumed.add(error);
  }
  for (const error of errors) {
    if (consumed.has(error) || error.keyword === 'oneOf' || error.keyword === 'anyOf') continue;
    if (error.keyword === 'if') continue; // its then/else error is reported on its own
    // A discriminator's "tag must be a string" repeats the tag's own required/type error.
    if (error.keyword === 'discriminator' && (error.params as { error?: string }).error === 'tag') continue;
    const path = pointerOf(error);
    // A tag value no branch maps repeats the tag's own enum error (msg_type, a post node's tag) where it has one.
    if (error.keyword === 'discriminator' && errors.some((e) => e !== error && e.keyword !== 'discriminator' && pointerOf(e) === path)) continue;
    const stamp = (error as StampedError).platformError;
    out.push(stamp
      ? { path, keyword: error.keyword, message: `${fieldName(path)}: ${rule(error)}`, platformError: platformOf(stamp) }
      : { path, keyword: error.keyword, message: `${fieldName(path)} ${rule(error)}` });
  }
  return dedupe(out);
}

function platformOf(stamp: PlatformStamp): NonNullable<ValidationError['platformError']> {
  return { code: stamp.code, rule: stamp.rule, ...(stamp.inferred && { inferred: true }) };
}

function pointerOf(error: ErrorObject): string {
  const p = error.params as Record<string, string>;
  // A discriminator's error is about the value of its tag property: point at that property.
  const key = p.missingProperty ?? p.additionalProperty ?? p.unevaluatedProperty ?? (error.keyword === 'discriminator' ? p.tag : undefined);
  return key === undefined ? error.instancePath : `${error.instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function dedupe(errors: ValidationError[]): ValidationError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${e.keyword}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
