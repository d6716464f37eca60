import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { invalid, parseForm } from '@/lib/forms/form-state';
import { postFormSchema } from '@/lib/validation/posts';

const formData = (fields: Array<[string, string]>) => {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return data;
};

describe('form messages', () => {
  it('puts zod’s own messages in plain words naming the field', () => {
    const schema = z.object({ startDate: z.string(), kind: z.enum(['minister', 'whip']), title: z.string().max(3) });
    const parsed = parseForm(schema, formData([['kind', 'king'], ['title', 'Secretary']]));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.state.fieldErrors).toEqual({
      kind: ['Kind must be one of: minister, whip'],
      title: ['Title must be 3 characters or fewer'],
      startDate: ['Enter start date'],
    });
  });

  it('lists the errors in the order the form sent its fields, not the order the checks found them', () => {
    // The post's end-date check runs after every field's own: without ordering it would come last.
    const parsed = parseForm(
      postFormSchema,
      formData([
        ['person', ''],
        ['title', 'Shadow Minister'],
        ['kind', 'nonsense'],
        ['side', 'opposition'],
        ['startDate', '31/02/2023'],
        ['endDate', ''],
        ['endReason', 'resigned'],
        ['note', ''],
      ]),
    );
    if (parsed.ok) throw new Error('accepted');
    expect(Object.keys(parsed.state.fieldErrors ?? {})).toEqual(['person', 'kind', 'startDate', 'endDate']);
    expect(parsed.state.fieldErrors?.startDate).toEqual(['The start date must be a real date, like 15/11/2023 (“31/02/2023” is not a day on the calendar)']);
    expect(parsed.state.message).toBeUndefined();
    expect(Object.keys(invalid({ a: '', b: '' }, { form: ['x'], b: ['y'], a: ['z'] }).fieldErrors ?? {})).toEqual(['a', 'b', 'form']);
  });

  it('reads UK dates in the post form and stores ISO', () => {
    const parsed = parseForm(
      postFormSchema,
      formData([
        ['person', 'Yasmin Qureshi (3924)'],
        ['title', 'Shadow Minister for Women and Equalities'],
        ['kind', 'shadow_minister'],
        ['side', 'opposition'],
        ['startDate', '8 Sept 2023'],
        ['endDate', '15/11/2023'],
        ['endReason', 'resigned'],
      ]),
    );
    expect(parsed.ok && { start: parsed.data.startDate, end: parsed.data.endDate }).toEqual({ start: '2023-09-08', end: '2023-11-15' });
  });
});
