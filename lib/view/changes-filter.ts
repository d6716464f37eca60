import { parseDivisionNumber } from '@/lib/search/words';
import { parseUkDate } from '@/lib/validation/dates';
import { readParam, type SearchParams } from './params';
import { CHANGE_KINDS, RECORD_TYPE_OPTIONS, type ChangeKind } from './revision-view';
import { ukLocalToUtc } from './uk-time';

// The filters of /admin/changes, read from the address: a value that cannot be used is named beside its field
// and left out, while the others still apply.

export type ChangesFilter = {
  tableName?: string;
  recordId?: string;
  /** A division's official number: its own changes, its votes, whips and topic links. */
  divisionNumber?: number;
  actor?: string;
  /** ISO instants (UTC): from the start of the first UK day to the start of the day after the last. */
  fromAt?: string;
  toAt?: string;
  kind?: ChangeKind;
  /** Paging: changes older than this one. */
  before?: number;
};

export type ChangesFilterForm = {
  filter: ChangesFilter;
  /** What the fields show: the editor's input, kept as typed. */
  values: { type?: string; record?: string; division?: string; editor?: string; from?: string; to?: string; kind?: string };
  errors: Partial<Record<'type' | 'record' | 'division' | 'from' | 'to' | 'kind', string>>;
};

/** Midnight at the start of a UK day, as an ISO instant: 00:00 GMT in winter, 23:00 UTC the day before in summer. */
export function ukDayStart(isoDay: string): string {
  return ukLocalToUtc(isoDay).toISOString();
}

function nextDay(isoDay: string): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function readChangesFilter(params: SearchParams): ChangesFilterForm {
  const values = {
    type: readParam(params, 'type'),
    record: readParam(params, 'record'),
    division: readParam(params, 'division'),
    editor: readParam(params, 'editor'),
    from: readParam(params, 'from'),
    to: readParam(params, 'to'),
    kind: readParam(params, 'kind'),
  };
  const filter: ChangesFilter = {};
  const errors: ChangesFilterForm['errors'] = {};

  if (values.type) {
    if (RECORD_TYPE_OPTIONS.some((o) => o.value === values.type)) filter.tableName = values.type;
    else errors.type = 'Choose a kind of record from the list';
  }
  if (values.record) {
    if (!filter.tableName) errors.record = 'Choose the kind of record too: a record id is only an id within its kind';
    else if (!/^\d{1,10}(:\d{1,10})?$/.test(values.record)) errors.record = 'Enter the record’s id as a whole number, like 12';
    else filter.recordId = values.record;
  }
  if (values.division) {
    const number = parseDivisionNumber(values.division);
    if (number === null) errors.division = 'Enter the division’s official number, like 1666';
    else filter.divisionNumber = number;
  }
  if (values.editor) filter.actor = values.editor;
  const from = values.from ? parseUkDate(values.from) : null;
  const to = values.to ? parseUkDate(values.to) : null;
  if (values.from && !from) errors.from = 'Enter a real date, like 15/11/2023';
  if (values.to && !to) errors.to = 'Enter a real date, like 15/11/2023';
  if (from && to && to < from) errors.to = 'The last day cannot be before the first';
  else {
    if (from) filter.fromAt = ukDayStart(from);
    if (to) filter.toAt = ukDayStart(nextDay(to));
  }
  if (values.kind) {
    const kind = CHANGE_KINDS.find((k) => k.value === values.kind);
    if (kind) filter.kind = kind.value;
    else errors.kind = 'Choose a kind of change from the list';
  }
  const before = Number(readParam(params, 'before'));
  if (Number.isSafeInteger(before) && before > 0) filter.before = before;
  return { filter, values, errors };
}

/** The address of the list with these filters (as typed), optionally from an older page. */
export function changesHref(values: ChangesFilterForm['values'], before?: number): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) search.set(key, value);
  if (before) search.set('before', String(before));
  const text = search.toString();
  return `/admin/changes${text ? `?${text}` : ''}`;
}
