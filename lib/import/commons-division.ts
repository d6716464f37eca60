import { createHash } from 'node:crypto';
import { effectiveVote, type DivisionListing } from '@/lib/domain/effective-vote';
import type { VotePosition } from '@/lib/domain/types';
import {
  formatIssuePath,
  isRecordedMember,
  publishedDivisionHeaderSchema,
  publishedDivisionSchema,
  type PublishedDivision,
  type RecordedMember,
} from '@/lib/validation/commons-votes';
import { cleanText, hasVisibleLetter } from '@/lib/validation/common';
import { ImportError } from './errors';

/** One member's vote as the loader writes it: the effective vote and what the record says of them that day. */
export type DivisionVoteInput = {
  memberId: number;
  name: string;
  position: VotePosition;
  isTeller: boolean;
  proxyName: string | null;
  partyName: string | null;
  partyAbbreviation: string | null;
  partyColour: string | null;
  memberFrom: string | null;
  /** "Surname, Firstname" as the record lists them, when it does. */
  listAs: string | null;
};

/** A division record checked and reduced to what the database keeps. */
export type DivisionInput = {
  officialId: number;
  house: 'commons';
  heldAt: string;
  date: string;
  number: number;
  officialTitle: string;
  ayeCount: number;
  noCount: number;
  isDeferred: boolean;
  publicationUpdated: string | null;
  votes: DivisionVoteInput[];
  /** Problems worth telling an editor that do not stop the import (e.g. names recorded ≠ official count). */
  warnings: string[];
  /** SHA-256 of the raw text, for the import run's record. */
  hash: string;
  /** The file or URL it was read from, to name in a refusal found only when it is saved. */
  source: string;
};

const LISTS = ['AyeTellers', 'NoTellers', 'Ayes', 'Noes', 'NoVoteRecorded'] as const;
type ListName = (typeof LISTS)[number];

/**
 * How far the names recorded may stray from the tellers' official count before the record is treated
 * as broken (truncated download, wrong file) rather than as one of Parliament's occasional slips:
 * division 1666 lists 294 names against an official 293.
 */
export function countTolerance(official: number): number {
  return Math.max(2, Math.ceil(official * 0.02));
}

/** Parses and checks the text of a Commons Votes API division record (GET /data/division/{id}.json). */
export function parseDivisionJson(text: string, source: string): DivisionInput {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(source, null, `not valid JSON (${detail}); the file may be truncated`);
  }
  return toDivisionInput(checkRecord(raw, source), source, createHash('sha256').update(text).digest('hex'));
}

/**
 * Checks the record's shape. The member lists (up to 650 members a division) are checked by hand, which
 * is what lets a bulk import keep up; anything that fails is checked again by the full schema, so
 * that the error names the field exactly as before.
 */
function checkRecord(raw: unknown, source: string): PublishedDivision {
  const header = publishedDivisionHeaderSchema.safeParse(raw);
  if (header.success) {
    const lists = LISTS.map((list) => header.data[list] ?? []);
    if (lists.every((members) => members.every(isRecordedMember))) return header.data as PublishedDivision;
  }
  const parsed = publishedDivisionSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError(source, issue ? formatIssuePath(issue.path) || '(top level)' : null, issue?.message ?? 'wrong shape');
  }
  return parsed.data;
}

/** A field of the record as the site keeps it: no control or bidi characters, one line, spaces collapsed. */
const oneLine = (text: string) => cleanText(text).replace(/\s+/g, ' ').trim();
const optionalLine = (text: string | null | undefined) => (text ? oneLine(text) || null : null);

function toDivisionInput(record: PublishedDivision, source: string, hash: string): DivisionInput {
  // Where each member was first seen is kept as list and index, and made into a field name only for an error.
  const listings = new Map<number, { listing: DivisionListing; member: RecordedMember; name: string; list: ListName; index: number }>();
  const warnings: string[] = [];
  const fieldOf = (list: ListName, index: number) => `${list}[${index}].MemberId`;

  for (const list of LISTS) {
    const members = record[list] ?? [];
    const seenHere = new Set<number>();
    members.forEach((member, index) => {
      const name = oneLine(member.Name);
      if (!hasVisibleLetter(name)) throw new ImportError(source, `${list}[${index}].Name`, `member ${member.MemberId} has a name with no visible letters`);
      if (seenHere.has(member.MemberId)) {
        throw new ImportError(source, fieldOf(list, index), `member ${member.MemberId} (${name}) is listed twice in ${list}`);
      }
      seenHere.add(member.MemberId);
      let entry = listings.get(member.MemberId);
      if (!entry) {
        entry = { listing: { inAyes: false, inNoes: false, tellerForAyes: false, tellerForNoes: false }, member, name, list, index };
        listings.set(member.MemberId, entry);
      } else if (entry.name !== name) {
        throw new ImportError(source, fieldOf(list, index), `member ${member.MemberId} is "${name}" here but "${entry.name}" at ${fieldOf(entry.list, entry.index)}`);
      }
      markListing(entry.listing, list, source, () => fieldOf(list, index), member);
    });
  }

  const ayeNames = record.Ayes.length;
  const noNames = record.Noes.length;
  if (ayeNames + noNames === 0 && record.AyeCount + record.NoCount > 0) {
    throw new ImportError(
      source,
      'Ayes',
      'the member lists are empty although the counts are not: this looks like a search result, not a full division record (fetch /data/division/{id}.json)',
    );
  }
  checkCount(source, 'AyeCount', record.AyeCount, ayeNames, 'Ayes', warnings);
  checkCount(source, 'NoCount', record.NoCount, noNames, 'Noes', warnings);

  const votes: DivisionVoteInput[] = [];
  for (const [memberId, { listing, member, name }] of listings) {
    const vote = effectiveVote(listing);
    votes.push({
      memberId,
      name,
      position: vote.position,
      isTeller: vote.isTeller,
      proxyName: optionalLine(member.ProxyName),
      partyName: optionalLine(member.Party),
      partyAbbreviation: optionalLine(member.PartyAbbreviation),
      partyColour: optionalLine(member.PartyColour),
      memberFrom: optionalLine(member.MemberFrom),
      listAs: optionalLine(member.ListAs),
    });
  }
  votes.sort((a, b) => a.memberId - b.memberId);

  const title = oneLine(record.Title);
  if (!hasVisibleLetter(title, { digits: true })) throw new ImportError(source, 'Title', 'the title has no visible letters or digits');
  const heldAt = record.Date.slice(0, 19).padEnd(19, ':00').slice(0, 19);
  return {
    officialId: record.DivisionId,
    house: 'commons',
    heldAt,
    date: heldAt.slice(0, 10),
    number: record.Number,
    officialTitle: title,
    ayeCount: record.AyeCount,
    noCount: record.NoCount,
    isDeferred: record.IsDeferred ?? false,
    publicationUpdated: record.PublicationUpdated ? record.PublicationUpdated.slice(0, 19) : null,
    votes,
    warnings,
    hash,
    source,
  };
}

function markListing(listing: DivisionListing, list: ListName, source: string, field: () => string, member: RecordedMember) {
  if (list === 'NoVoteRecorded') {
    if (listing.inAyes || listing.inNoes || listing.tellerForAyes || listing.tellerForNoes) {
      throw new ImportError(source, field(), `member ${member.MemberId} (${oneLine(member.Name)}) voted but is also under NoVoteRecorded`);
    }
    return;
  }
  if (list === 'AyeTellers') listing.tellerForAyes = true;
  else if (list === 'NoTellers') listing.tellerForNoes = true;
  else if (list === 'Ayes') listing.inAyes = true;
  else listing.inNoes = true;
}

function checkCount(source: string, field: string, official: number, names: number, list: string, warnings: string[]) {
  if (official === names) return;
  const message = `official count ${official} but ${names} names recorded in ${list}`;
  if (Math.abs(official - names) > countTolerance(official)) {
    throw new ImportError(source, field, `${message}: the counts do not add up`);
  }
  warnings.push(`${field}: ${message}`);
}
