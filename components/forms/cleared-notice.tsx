import { CLEARED_MESSAGES, isClearedField } from '@/lib/forms/cleared';

/**
 * After a save, what it cleared and why (lib/forms/cleared.ts): the page passes the `cleared` parameter of the
 * address the action redirected to.
 */
export function ClearedNotice({ cleared }: { cleared: string | string[] | undefined }) {
  const fields = [cleared ?? []].flat().filter(isClearedField);
  if (fields.length === 0) return null;
  return (
    <div role="status" className="border-l-8 border-brand bg-paper p-3">
      {fields.map((name) => (
        <p key={name} className="font-semibold">
          {CLEARED_MESSAGES[name]}
        </p>
      ))}
    </div>
  );
}
