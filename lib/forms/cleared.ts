// Fields a save cleared because another field made them meaningless (a free vote has no whip strength). The
// editor's intent is plain, so the save goes ahead rather than being refused, and the page then says what was
// cleared: the action adds `cleared=<field>` to the address it redirects to, and the form reads it back.

export const CLEARED_MESSAGES = {
  strength: 'Strength cleared: a free vote has no whip strength.',
  constituency: 'Constituency cleared: members of the Lords have no constituency.',
} as const;

export type ClearedField = keyof typeof CLEARED_MESSAGES;

export const isClearedField = (name: string): name is ClearedField => Object.hasOwn(CLEARED_MESSAGES, name);

/** "&cleared=strength" for the address an action redirects to (empty when nothing was cleared). */
export function clearedQuery(cleared: ReadonlyArray<ClearedField>): string {
  return cleared.map((name) => `&cleared=${name}`).join('');
}
