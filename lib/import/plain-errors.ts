import type { ImportError } from './errors';

// The importer's problems in words an editor can act on. The command line prints them as they are (file,
// field, detail: what someone fixing a script wants); the admin upload tells the editor what is wrong with
// the file, in plain words, and names the field so that whoever prepares the file can find it.

const FIELDS: Record<string, string> = {
  DivisionId: 'official id for the division',
  Date: 'date for the division',
  PublicationUpdated: 'date the record was published',
  Number: 'number for the division',
  IsDeferred: 'deferred flag for the division',
  Title: 'title for the division',
  AyeCount: 'count of ayes',
  NoCount: 'count of noes',
  Ayes: 'list of ayes',
  Noes: 'list of noes',
  AyeTellers: 'list of tellers for the ayes',
  NoTellers: 'list of tellers for the noes',
  NoVoteRecorded: 'list of members with no vote recorded',
};

const MEMBER_FIELDS: Record<string, string> = {
  MemberId: 'member id',
  Name: 'name',
  Party: 'party',
  MemberFrom: 'constituency',
  ProxyName: 'proxy',
};

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a record',
  null: 'empty (null)',
};

type Named = { kind: 'field'; thing: string } | { kind: 'member'; member: string; part: string | null };

/** "date for the division", or "member 4 in the list of ayes" and its "member id"; null for a field we do not name. */
function nameField(field: string): Named | null {
  const member = /^(\w+)\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (member) {
    const list = FIELDS[member[1]!];
    if (!list) return null;
    const part = member[3] ? (MEMBER_FIELDS[member[3]] ?? member[3]) : null;
    return { kind: 'member', member: `Member ${Number(member[2]) + 1} in the ${list}`, part };
  }
  const thing = FIELDS[field];
  return thing ? { kind: 'field', thing } : null;
}

/**
 * "The file has no date for the division (field Date)" for zod's "Date: Invalid input: expected string,
 * received undefined"; the importer's own checks keep their words, with the field named.
 */
export function describeImportProblem(error: ImportError): string {
  const { field, detail } = error;
  if (field === null || field === '(top level)') {
    if (detail.startsWith('not valid JSON')) return `The file is not a division record: it is ${detail}`;
    if (/expected object/.test(detail)) return 'The file is not a division record: it holds no record (a JSON object) at all';
    return `The file is not a division record: ${detail}`;
  }
  const named = nameField(field);
  const where = `(field ${field})`;
  if (!named) return `The file has a problem in the field ${field}: ${detail}`;
  const wrongType = /expected (\w+), received (\w+)/.exec(detail);
  const isEmpty = /^Too small: expected string/.test(detail);
  const isInvalid = /^Invalid (input|option)/.test(detail);
  if (named.kind === 'member') {
    const part = named.part ?? 'entry';
    if (wrongType?.[2] === 'undefined') return `${named.member} has no ${part} ${where}`;
    if (wrongType) return `${named.member} has a ${part} that is ${KINDS[wrongType[2]!] ?? wrongType[2]}, where it should be ${KINDS[wrongType[1]!] ?? wrongType[1]} ${where}`;
    if (isEmpty) return `${named.member} has an empty ${part} ${where}`;
    if (isInvalid) return `${named.member} has a ${part} that is not valid ${where}`;
    return `${named.member} ${where}: ${detail}`;
  }
  const { thing } = named;
  if (wrongType?.[2] === 'undefined') return `The file has no ${thing} ${where}`;
  if (wrongType) return `The file’s ${thing} is ${KINDS[wrongType[2]!] ?? wrongType[2]}, where it should be ${KINDS[wrongType[1]!] ?? wrongType[1]} ${where}`;
  if (isEmpty) return `The file’s ${thing} is empty ${where}`;
  if (isInvalid) return `The file’s ${thing} is not valid ${where}`;
  return `Check the ${thing} in the file ${where}: ${detail}`;
}
