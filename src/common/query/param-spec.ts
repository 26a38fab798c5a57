import { msg } from '../../i18n/i18n.ts';
import type { MessageRef } from '../../../worker/common/message-ref.ts';

/**
 * Typed public parameters: one spec per key, shared by the URL, the host API and the controls,
 * so every entry point validates, clamps and names bad values the same way.
 */
export type ParamValue = string | number | string[];

export type ParamSpec =
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'number'; min: number; max: number; integer?: boolean; unit: string }
  | { kind: 'list'; parseItem: (item: string) => string | null; maxItems: number; minItems: number }
  /**
   * A structured value kept in its text form (e.g. a Reactor sequence): `parse` reads a link's
   * text or a host-API value and returns the text as the app writes it, or a reason.
   */
  | { kind: 'text'; parse: (raw: unknown) => { ok: true; value: string; clamped?: boolean } | { ok: false; reason: MessageRef } };

export type Coerced =
  | { ok: true; value: ParamValue; clamped?: { requested: unknown; used: ParamValue } }
  | { ok: false; reason: MessageRef };

const show = (raw: unknown): string => {
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw) ?? String(raw);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** Turns a URL string or a host-API value into a valid value, a clamped one, or a reason. */
export function coerce(spec: ParamSpec, raw: unknown, fromUrl: boolean): Coerced {
  switch (spec.kind) {
    case 'enum': {
      if (typeof raw === 'string' && spec.values.includes(raw)) return { ok: true, value: raw };
      return { ok: false, reason: msg('common.reason.notOneOf', { value: show(raw), values: spec.values.join(', ') }) };
    }
    case 'number': {
      let n: number;
      if (typeof raw === 'number') n = raw;
      else if (fromUrl && typeof raw === 'string' && raw.trim() !== '') n = Number(raw);
      else return { ok: false, reason: msg('common.reason.notNumber', { value: show(raw) }) };
      if (!Number.isFinite(n)) return { ok: false, reason: msg('common.reason.notNumber', { value: show(raw) }) };
      let used = spec.integer ? Math.round(n) : n;
      used = Math.min(spec.max, Math.max(spec.min, used));
      if (used !== n) return { ok: true, value: used, clamped: { requested: raw, used } };
      return { ok: true, value: used };
    }
    case 'list': {
      const items = Array.isArray(raw)
        ? raw
        : typeof raw === 'string'
          ? raw.split(',').map((s) => s.trim()).filter((s) => s !== '')
          : null;
      if (!items || items.some((i) => typeof i !== 'string')) {
        return { ok: false, reason: msg('common.reason.notList', { value: show(raw) }) };
      }
      const parsed: string[] = [];
      for (const item of items as string[]) {
        const p = spec.parseItem(item);
        if (p === null) return { ok: false, reason: msg('common.reason.badItem', { value: show(item) }) };
        if (!parsed.includes(p)) parsed.push(p);
      }
      if (parsed.length < spec.minItems) return { ok: false, reason: msg('common.reason.tooFewItems', { min: spec.minItems }) };
      const used = parsed.slice(0, spec.maxItems);
      const changed = used.join(',') !== (items as string[]).join(',');
      return changed ? { ok: true, value: used, clamped: { requested: raw, used } } : { ok: true, value: used };
    }
    case 'text': {
      const r = spec.parse(raw);
      if (!r.ok) return r;
      return r.clamped ? { ok: true, value: r.value, clamped: { requested: raw, used: r.value } } : { ok: true, value: r.value };
    }
  }
}

/** How a value is written into a URL. */
export function formatParam(value: ParamValue): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}
