import type { ReactNode } from 'react';

/** After a save: the record page says so at the top. */
export function SavedNotice({ children = 'Saved. The public pages show the change now.' }: { children?: ReactNode }) {
  return (
    <div role="status" className="border-l-8 border-aye bg-aye-tint p-3 font-semibold">
      {children}
    </div>
  );
}

/** A change that was not made, and why. */
export function RefusedNotice({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className="border-4 border-no p-3 font-semibold">
      {children}
    </div>
  );
}
