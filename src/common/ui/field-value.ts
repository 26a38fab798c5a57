import { noChange } from 'lit';
import { Directive, PartType, directive, type PartInfo, type PropertyPart } from 'lit/directive.js';
import { setCommittedValue } from 'lit/directive-helpers.js';

type Field = HTMLInputElement | HTMLSelectElement;

/**
 * `.value=${fieldValue(v)}` on a form field: like lit's live(), the field shows the setting even
 * when it equals the last one rendered (a clamped value must overwrite what was typed), but a
 * field the user is typing in keeps their text until they commit it (change), so an update
 * from elsewhere (a late snapshot, the host API, a lesson) never throws away half-typed input.
 */
class FieldValueDirective extends Directive {
  #editing = false;
  #watched: Field | null = null;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.PROPERTY || info.name !== 'value') throw new Error('fieldValue() binds .value only');
  }

  render(value: string): string {
    return value;
  }

  override update(part: PropertyPart, [value]: [string]): unknown {
    const field = part.element as Field;
    if (this.#watched !== field) {
      this.#watched = field;
      // Capture: these run before the panel's own @change, whose update may render at once.
      field.addEventListener('input', () => (this.#editing = true), true);
      field.addEventListener('change', () => (this.#editing = false), true);
      field.addEventListener('blur', () => (this.#editing = false), true);
    }
    if (this.#editing || field.value === value) return noChange;
    // Lit skips a value equal to the one it last wrote; the field may have been typed over since.
    setCommittedValue(part);
    return value;
  }
}

export const fieldValue = directive(FieldValueDirective);
