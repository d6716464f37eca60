// Plain shapes the rules work on. They mirror the schema's vocabularies but carry no database types,
// so the rules can be called from pages, importers and tests alike.
export type {
  Lobby,
  PartyKind,
  PostEndReason,
  PostKind,
  PostsKnownBasis,
  StancePosition,
  StanceTiming,
  VotePosition,
  WhipBasis,
  WhipInstruction,
} from '@/db/schema/enums';
