/** The outcome of an undo, shown on the page it was asked from. */
export function UndoNotice({ undone, refused }: { undone?: string; refused?: string }) {
  if (refused) {
    return (
      <div role="alert" className="border-4 border-no p-3 font-semibold">
        Not undone: {refused}
      </div>
    );
  }
  if (undone) {
    return (
      <div role="status" className="border-l-8 border-aye bg-green-50 p-3 font-semibold">
        Change #{undone} was undone. The undo is itself a change below, and can be undone too.
      </div>
    );
  }
  return null;
}
