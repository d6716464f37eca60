import Link from 'next/link';

/**
 * The outcome of an undo, shown on the page it was asked from. `undo` is the change the undo itself made
 * (the address carries it as `undo=`), which can be undone in turn to make the original change again.
 */
export function UndoNotice({ undone, refused, undo }: { undone?: string; refused?: string; undo?: string }) {
  if (refused) {
    return (
      <div role="alert" className="border-4 border-no p-3 font-semibold">
        Not undone: {refused}
      </div>
    );
  }
  if (!undone || !/^\d+$/.test(undone)) return null;
  const undoId = undo && /^\d+$/.test(undo) ? undo : null;
  return (
    <div role="status" className="border-l-8 border-aye bg-aye-tint p-3 font-semibold">
      Change #{undone} was undone{undoId ? ` by change #${undoId}` : ''}. The undo is itself a change: to reverse it, undo it from{' '}
      <Link href={undoId ? `/admin/changes?kind=undo#change-${undoId}` : '/admin/changes?kind=undo'}>Recent changes</Link>.
    </div>
  );
}
