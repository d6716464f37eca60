import type { Metadata } from 'next';
import { Table, TableContainer, Td, Th } from '@/components/table';
import { IMPORT_RUNS_SHOWN, listImportRuns, type ImportRunRow } from '@/db/queries/admin-imports';
import { requireEditor } from '@/lib/auth/server';
import { formatDate, formatTime } from '@/lib/view/format';

export const metadata: Metadata = { title: 'Import runs' };

const STATUS_LABELS: Record<ImportRunRow['status'], string> = {
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  interrupted: 'Interrupted',
};

function When({ at }: { at: string | null }) {
  if (!at) return <span className="text-muted">—</span>;
  const time = formatTime(at);
  return <time dateTime={at}>{`${formatDate(at)}${time ? `, ${time} UTC` : ''}`}</time>;
}

function describeCounts(counts: ImportRunRow['counts']): string {
  if (!counts) return '—';
  const parts = (['new', 'changed', 'unchanged', 'skipped', 'failed'] as const).filter((k) => counts[k] > 0).map((k) => `${counts[k].toLocaleString('en-GB')} ${k}`);
  const conflicts = counts.conflicts ?? 0;
  if (conflicts > 0) parts.push(`${conflicts.toLocaleString('en-GB')} ${conflicts === 1 ? 'conflict' : 'conflicts'} with editors’ corrections`);
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

function Status({ run }: { run: ImportRunRow }) {
  const label = STATUS_LABELS[run.status];
  if (run.status === 'interrupted' || run.status === 'failed') return <strong className="text-no">{label}</strong>;
  if (run.status === 'running') {
    const where = run.processId !== null ? ` (process ${run.processId}${run.hostName ? ` on ${run.hostName}` : ''})` : '';
    return <strong>{`${label}${where}`}</strong>;
  }
  return <>{label}</>;
}

export default async function ImportRunsPage() {
  await requireEditor('/admin/imports');
  const runs = listImportRuns();
  return (
    <div className="space-y-6">
      <h1 className="text-4xl">Import runs</h1>
      <p className="max-w-3xl">
        Every run of the importers (<code>npm run import</code>), of uploads and of the seed, newest first. A run whose process
        stopped before it finished (Ctrl-C, a crash) is marked <strong>interrupted</strong> when the next import starts: run
        the same import again to complete it.
      </p>
      {runs.length === 0 ? (
        <p>No imports have run yet.</p>
      ) : (
        <TableContainer label="Import runs">
          <Table caption={runs.length === IMPORT_RUNS_SHOWN ? `The latest ${IMPORT_RUNS_SHOWN} import runs` : `All ${runs.length} import run${runs.length === 1 ? '' : 's'}`}>
            <thead>
              <tr>
                <Th>Source</Th>
                <Th>Started</Th>
                <Th>Finished</Th>
                <Th>Status</Th>
                <Th>Records</Th>
                <Th>Error</Th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id}>
                  <Th scope="row">
                    {run.source}
                    {run.isDryRun ? <span className="text-muted"> (dry run)</span> : null}
                  </Th>
                  <Td>
                    <When at={run.startedAt} />
                  </Td>
                  <Td>
                    <When at={run.finishedAt} />
                  </Td>
                  <Td>
                    <Status run={run} />
                  </Td>
                  <Td>{describeCounts(run.counts)}</Td>
                  <Td>{run.error ?? ''}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableContainer>
      )}
    </div>
  );
}
