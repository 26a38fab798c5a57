import { html, type TemplateResult } from 'lit';

export type ChemPart = { text: string; sub: boolean };

/**
 * Splits a formula or equation so counts print as subscripts: a digit run after a letter or a
 * closing bracket is a count ("Al(CH3)2"), one after a space is a coefficient ("2 H2O").
 * "->" becomes an arrow.
 */
export function chemParts(text: string): ChemPart[] {
  const parts: ChemPart[] = [];
  const push = (t: string, sub: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.sub === sub) last.text += t;
    else parts.push({ text: t, sub });
  };
  const source = text.replace(/->/g, '→');
  for (let i = 0; i < source.length; ) {
    const ch = source[i]!;
    const prev = i > 0 ? source[i - 1]! : '';
    if (/\d/.test(ch) && /[A-Za-z)\]]/.test(prev)) {
      let j = i;
      while (j < source.length && /\d/.test(source[j]!)) j++;
      push(source.slice(i, j), true);
      i = j;
    } else {
      push(ch, false);
      i++;
    }
  }
  return parts;
}

export function chem(text: string): TemplateResult {
  return html`${chemParts(text).map((p) => (p.sub ? html`<sub>${p.text}</sub>` : p.text))}`;
}
