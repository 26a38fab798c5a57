import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import schema from '../schema.json' with { type: 'json' };

/** A key path inside a checked value: `['sources', 0, 'doi']`. */
export type KeyPath = readonly (string | number)[];

export interface SchemaIssue {
  path: KeyPath;
  /** `sources[0].doi: "x" does not have the form: …`, with the prefix given to the check. */
  message: string;
}

export type SchemaPart = 'frontMatter' | 'teacherGuideFrontMatter' | 'sim' | 'question';

let validators: Map<SchemaPart, ValidateFunction> | null = null;

function validator(part: SchemaPart): ValidateFunction {
  if (!validators) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strictTypes: false });
    ajv.addSchema(schema);
    const parts: SchemaPart[] = ['frontMatter', 'teacherGuideFrontMatter', 'sim', 'question'];
    validators = new Map(parts.map((p) => [p, ajv.getSchema(`${schema.$id}#/$defs/${p}`)!]));
  }
  return validators.get(part)!;
}

/** `sim` + `['set', 'pulseAS']` → `sim.set.pulseAS`; indexes as `[0]`. */
export function showPath(prefix: string, path: KeyPath): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), prefix);
}

/** A value as an author wrote it, short. */
export function showValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Checks `data` against one part of lessons/schema.json; an empty list when it conforms. */
export function checkSchema(part: SchemaPart, data: unknown, prefix: string): SchemaIssue[] {
  const validate = validator(part);
  if (validate(data)) return [];
  return describeErrors(validate.errors ?? [], prefix);
}

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  object: 'an object',
  array: 'a list',
  boolean: 'true or false',
  null: 'null',
};

/** Ajv's errors in an author's words; branches of an if/anyOf are folded into one line. */
function describeErrors(errors: readonly ErrorObject[], prefix: string): SchemaIssue[] {
  const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath.replace(/\/anyOf$/, '/anyOf/')));
  const issues: SchemaIssue[] = [];
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    if ([...anyOfAt].some((at) => e.schemaPath.startsWith(at))) continue;
    const at = pathOf(e.instancePath);
    const issue = describe(e, at);
    if (issue) issues.push({ path: issue.path, message: `${showPath(prefix, issue.path)}: ${issue.reason}` });
  }
  return issues;
}

function describe(e: ErrorObject, at: (string | number)[]): { path: (string | number)[]; reason: string } | null {
  const parent = (e.parentSchema ?? {}) as Record<string, unknown>;
  const params = e.params as Record<string, unknown>;
  const known = Object.keys((parent.properties as object | undefined) ?? {});
  switch (e.keyword) {
    case 'required':
      return { path: [...at, String(params.missingProperty)], reason: 'is missing' };
    case 'additionalProperties':
      return {
        path: [...at, String(params.additionalProperty)],
        reason: known.length > 0 ? `unknown key (expected ${known.join(', ')})` : 'unknown key',
      };
    case 'false schema':
      return { path: at, reason: 'is not used here' };
    case 'enum':
      return { path: at, reason: `${showValue(e.data)} is not one of ${(parent.enum as unknown[]).join(', ')}` };
    case 'type': {
      const types = ([] as string[]).concat(params.type as string | string[]);
      return { path: at, reason: `${showValue(e.data)} is not ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}` };
    }
    case 'minimum':
    case 'maximum':
      if (typeof parent.minimum === 'number' && typeof parent.maximum === 'number') {
        return { path: at, reason: `${showValue(e.data)} is out of range (${parent.minimum} to ${parent.maximum})` };
      }
      return { path: at, reason: `${showValue(e.data)} must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${params.limit}` };
    case 'exclusiveMinimum':
      return { path: at, reason: `${showValue(e.data)} must be greater than ${params.limit}` };
    case 'minLength':
      return { path: at, reason: 'is empty' };
    case 'minItems':
      return { path: at, reason: `needs at least ${params.limit} item${params.limit === 1 ? '' : 's'}` };
    case 'minProperties': {
      const optional = known.filter((k) => !((parent.required as string[] | undefined) ?? []).includes(k));
      return { path: at, reason: params.limit === 1 ? 'is empty' : `needs one of ${optional.join(', ')}` };
    }
    case 'pattern': {
      const form = typeof parent.description === 'string' ? parent.description.replace(/\.$/, '') : `the pattern ${params.pattern}`;
      return { path: at, reason: `${showValue(e.data)} does not have the form: ${form.charAt(0).toLowerCase()}${form.slice(1)}` };
    }
    case 'anyOf': {
      const branches = (parent.anyOf as { required?: string[] }[]).map((b) => b.required?.join(' and ') ?? '');
      return { path: at, reason: `needs ${branches.join(' or ')}` };
    }
    default:
      return { path: at, reason: e.message ?? e.keyword };
  }
}
