export * from './enums';
export type { Source } from './columns';
export { persons, personNames, parties, constituencies, memberships } from './people';
export { divisions, votes, whips, divisionPartyTallies, personVoteCounts } from './divisions';
export { posts } from './posts';
export { topics, topicDivisions, stances } from './topics';
export { revisions, importRuns, dataChanges, suggestions, suggestionScans, reportClients, IMPORT_RUN_STATUSES, type ImportCounts, type ImportRunStatus } from './audit';
export {
  users,
  sessions,
  accounts,
  verifications,
  rateLimits,
  loginFailures,
  loginClientAttempts,
  EDITOR_ROLES,
  type EditorRole,
} from './auth';
