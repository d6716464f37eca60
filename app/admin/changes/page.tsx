import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { FilterDateInput } from '@/components/admin/filter-date-input';
import { ChangeList, undoHref } from '@/components/admin/record-history';
import { UndoNotice } from '@/components/admin/undo-notice';
import { FieldError } from '@/components/filter-select';
import { CHANGES_PAGE_SIZE, findDivisionRecordIds, listChangeActors, listChanges } from '@/db/queries/revisions';
import { requireEditor } from '@/lib/auth/server';
import { changesHref, readChangesFilter, type ChangesFilterForm } from '@/lib/view/changes-filter';
import { readParam, type SearchParams } from '@/lib/view/params';
import { CHANGE_KINDS, RECORD_TYPE_OPTIONS } from '@/lib/view/revision-view';

export const metadata: Metadata = { title: 'Recent changes' };

const fieldClass = 'block h-10 border-2 border-ink bg-surface px-2 aria-[invalid=true]:border-4 aria-[invalid=true]:border-no';

export default async function ChangesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireEditor('/admin/changes');
  const params = await searchParams;
  const form = readChangesFilter(params);
  const { filter, values, errors } = form;
  let divisionIds: number[] | undefined;
  if (filter.divisionNumber !== undefined) {
    divisionIds = findDivisionRecordIds(filter.divisionNumber);
    if (divisionIds.length === 0) errors.division = `No division ${filter.divisionNumber} is in the record or its history`;
  }
  const changes = errors.division ? [] : listChanges({ ...filter, divisionIds });
  const actors = listChangeActors();
  const returnTo = changesHref(values, filter.before);
  const older = changes.length === CHANGES_PAGE_SIZE ? changes.at(-1)?.id : undefined;
  const problems = Object.keys(errors).length;
  const deletedParam = Number(readParam(params, 'deleted'));
  const deleted = Number.isSafeInteger(deletedParam) && deletedParam > 0 ? deletedParam : null;

  return (
    <div className="space-y-6">
      <h1 className="text-4xl">Recent changes</h1>
      <UndoNotice undone={readParam(params, 'undone')} refused={readParam(params, 'undoRefused')} undo={readParam(params, 'undo')} />
      {deleted ? (
        <div role="status" className="flex flex-wrap items-center gap-3 border-l-8 border-aye bg-aye-tint p-3 font-semibold">
          <span>Deleted. Everything it held is kept in change #{deleted}, below.</span>
          <Link href={undoHref(deleted, returnTo)} className="border-2 border-ink bg-paper px-2 py-1 text-sm font-semibold text-ink no-underline hover:bg-line">
            Undo the deletion…
          </Link>
        </div>
      ) : null}
      <p className="max-w-3xl">
        Every change made to the record, newest first, with what it changed. Times are UK time. Undoing a change first shows
        what the undo will do; the undo is itself a change, and can be undone in turn.
      </p>
      <form method="get" action="/admin/changes" aria-label="Filter changes" className="space-y-4 bg-paper p-4">
        {problems > 0 ? (
          <p role="alert" className="font-semibold text-no">
            {problems === 1 ? 'One filter' : `${problems} filters`} could not be used: see beside {problems === 1 ? 'it' : 'them'}. The others still apply.
          </p>
        ) : null}
        <div className="flex flex-wrap items-start gap-4">
          <Field id="filter-type" label="Record" error={errors.type}>
            <select id="filter-type" name="type" defaultValue={values.type ?? ''} className={fieldClass} {...invalid('filter-type', errors.type)}>
              <Options any="All records" options={RECORD_TYPE_OPTIONS} />
            </select>
          </Field>
          <Field id="filter-record" label="Record id (optional)" error={errors.record}>
            <input id="filter-record" name="record" defaultValue={values.record ?? ''} inputMode="numeric" className={`${fieldClass} w-28`} {...invalid('filter-record', errors.record)} />
          </Field>
          <Field id="filter-division" label="Division number (optional)" error={errors.division}>
            <input id="filter-division" name="division" defaultValue={values.division ?? ''} inputMode="numeric" className={`${fieldClass} w-32`} {...invalid('filter-division', errors.division)} />
          </Field>
          <Field id="filter-editor" label="Editor">
            <select id="filter-editor" name="editor" defaultValue={values.editor ?? ''} className={fieldClass}>
              <Options any="Everyone" options={actors.map((a) => ({ value: a, label: a }))} />
            </select>
          </Field>
          <Field id="filter-kind" label="Kind of change" error={errors.kind}>
            <select id="filter-kind" name="kind" defaultValue={values.kind ?? ''} className={fieldClass} {...invalid('filter-kind', errors.kind)}>
              <Options any="Any" options={CHANGE_KINDS} />
            </select>
          </Field>
        </div>
        <fieldset className="flex flex-wrap items-start gap-4">
          <legend className="mb-1 font-semibold">Made between (UK dates)</legend>
          <p id="filter-dates-hint" className="w-full text-sm text-muted">
            For example, 15/11/2023. Leave either empty for no limit.
          </p>
          <Field id="filter-from" label="From" error={errors.from}>
            <FilterDateInput id="filter-from" name="from" label="From" value={values.from} hintId="filter-dates-hint" errorId={errors.from ? 'filter-from-error' : undefined} />
          </Field>
          <Field id="filter-to" label="To (inclusive)" error={errors.to}>
            <FilterDateInput id="filter-to" name="to" label="To" value={values.to} hintId="filter-dates-hint" errorId={errors.to ? 'filter-to-error' : undefined} />
          </Field>
        </fieldset>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="h-10 border-2 border-ink bg-aye px-4 font-semibold text-on-fill">
            Show changes
          </button>
          <Link href="/admin/changes">Clear the filters</Link>
        </div>
      </form>
      <p role="status" className="font-semibold">
        {changes.length === 0
          ? 'No changes match.'
          : `${changes.length === CHANGES_PAGE_SIZE ? `The ${CHANGES_PAGE_SIZE} latest` : `${changes.length}`} ${changes.length === 1 ? 'change' : 'changes'}${describeFilter(form)}${filter.before ? `, older than #${filter.before}` : ''}.`}
      </p>
      {changes.length > 0 ? <ChangeList revisions={changes} returnTo={returnTo} label="Changes, newest first" /> : null}
      <nav aria-label="Pages of changes" className="flex flex-wrap gap-6">
        {filter.before ? <Link href={changesHref(values)}>Newest changes</Link> : null}
        {older ? <Link href={changesHref(values, older)}>Older changes</Link> : null}
      </nav>
    </div>
  );
}

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div className={error ? 'border-l-4 border-no pl-3' : undefined}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <FieldError id={`${id}-error`} messages={error ? [error] : []} />
      {children}
    </div>
  );
}

/** A filter's choices, the first of them no filter at all. */
function Options({ any, options }: { any: string; options: ReadonlyArray<{ value: string; label: string }> }) {
  return (
    <>
      <option value="">{any}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

const invalid = (id: string, error: string | undefined) => (error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {});

/** ", of whips, by editor@example.org, undos": what the list is filtered by. */
function describeFilter({ filter, values, errors }: ChangesFilterForm): string {
  const parts: string[] = [];
  if (filter.tableName) parts.push(`to ${RECORD_TYPE_OPTIONS.find((o) => o.value === filter.tableName)?.label ?? filter.tableName}${filter.recordId ? ` #${filter.recordId}` : ''}`);
  if (filter.divisionNumber !== undefined && !errors.division) parts.push(`about division ${filter.divisionNumber}`);
  if (filter.actor) parts.push(`by ${filter.actor}`);
  if (filter.kind) parts.push(`of the kind “${CHANGE_KINDS.find((k) => k.value === filter.kind)?.label}”`);
  if (filter.fromAt && values.from) parts.push(`from ${values.from}`);
  if (filter.toAt && values.to) parts.push(`to ${values.to}`);
  return parts.length > 0 ? ` ${parts.join(', ')}` : '';
}
