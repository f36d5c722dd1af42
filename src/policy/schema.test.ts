import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ACTION_RULES } from '../decisions/actions';
import { DEFAULT_POLICY, POLICY_KEYS } from './schema';
import { validatePolicy, VALIDATED_KEYS } from './validate';

type Node = Record<string, unknown>;
const schema = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')) as Node;

/** Chrome's managed_schema subset (research/chat-sites.md §3.1): what a node may contain. */
const ALLOWED_NODE_KEYS = new Set(['type', '$ref', 'id', 'title', 'description', 'properties', 'additionalProperties', 'items', 'enum', 'minimum', 'maximum', 'pattern', 'patternProperties']);
const TYPES = new Set(['boolean', 'integer', 'number', 'string', 'array', 'object']);

/** Every schema problem, with its JSON path; `isProperty` nodes must carry title + description. */
function problems(node: Node, path: string, isProperty: boolean): string[] {
  const out: string[] = [];
  for (const key of Object.keys(node)) if (!ALLOWED_NODE_KEYS.has(key)) out.push(`${path}: "${key}" is not in Chrome's subset`);
  if (('type' in node ? 1 : 0) + ('$ref' in node ? 1 : 0) !== 1) out.push(`${path}: needs exactly one of type / $ref`);
  if ('type' in node && !TYPES.has(node.type as string)) out.push(`${path}: unknown type ${String(node.type)}`);
  if (isProperty && (typeof node.title !== 'string' || typeof node.description !== 'string' || !node.title || !node.description)) {
    out.push(`${path}: missing title or description`);
  }
  if (node.type === 'array' && typeof node.items !== 'object') out.push(`${path}: array without items`);
  if (node.type !== 'array' && 'items' in node) out.push(`${path}: items on a non-array`);
  if (node.type !== 'object' && ('properties' in node || 'additionalProperties' in node)) out.push(`${path}: properties on a non-object`);
  if (Array.isArray(node.enum) && node.enum.some((v) => typeof v !== (node.type === 'integer' ? 'number' : node.type))) out.push(`${path}: enum value of the wrong type`);
  for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) out.push(...problems(child, `${path}.${name}`, true));
  if (typeof node.additionalProperties === 'object') out.push(...problems(node.additionalProperties as Node, `${path}.*`, true));
  if (typeof node.items === 'object') out.push(...problems(node.items as Node, `${path}[]`, true));
  return out;
}

describe('public/managed_schema.json', () => {
  it('is an object at the root without top-level additionalProperties', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(typeof schema.properties).toBe('object');
  });

  it("follows Chrome's subset, and every key has a title and a description", () => {
    expect(problems(schema, '$', false)).toEqual([]);
  });

  it('catches the mistakes Chrome rejects (checker self-test)', () => {
    const bad = { type: 'object', required: ['x'], properties: { x: { type: 'string', format: 'uri' }, y: { oneOf: [] } } };
    expect(problems(bad, '$', false)).toEqual(
      expect.arrayContaining([expect.stringContaining('"required"'), expect.stringContaining('"format"'), expect.stringContaining('$.y: needs exactly one')]),
    );
  });

  it('declares exactly the policy keys, which are exactly the keys the validator checks', () => {
    const schemaKeys = Object.keys(schema.properties as object);
    expect(new Set(schemaKeys)).toEqual(new Set(POLICY_KEYS));
    expect(new Set(VALIDATED_KEYS)).toEqual(new Set(POLICY_KEYS));
    expect(new Set(Object.keys(DEFAULT_POLICY))).toEqual(new Set(POLICY_KEYS));
  });
});

describe('DEFAULT_POLICY', () => {
  it('carries the guard defaults: enforce, DEFAULT_ACTION_RULES, masked history for 30 days, no reporting', () => {
    expect(DEFAULT_POLICY).toMatchObject({ enabled: true, mode: 'enforce', allowUserOverride: true, reporting: null, history: { mode: 'masked', retentionDays: 30 } });
    expect(DEFAULT_POLICY.defaultAction).toBe(DEFAULT_ACTION_RULES.default);
    expect(DEFAULT_POLICY.actions).toEqual({ ...DEFAULT_ACTION_RULES.byCategory, ...DEFAULT_ACTION_RULES.byType });
  });

  it('validates cleanly (except reporting: null, which managed storage cannot express)', () => {
    const { reporting: _reporting, ...rest } = DEFAULT_POLICY;
    const { policy, errors } = validatePolicy(rest);
    expect(errors).toEqual([]);
    expect(policy).toEqual(rest);
  });
});
