// What editors add to the official record: front-bench and PPS posts (some given up over a division the
// holder rebelled in), topics linked to divisions, and what people said about them.
import type Database from 'better-sqlite3';
import { addDays, daysBetween, STAMP, type Random } from './random';
import type { DivisionsResult } from './divisions';
import type { People, Term } from './people';

const DEPARTMENTS = [
  'Health and Social Care', 'Education', 'Defence', 'the Home Department', 'Transport', 'Work and Pensions', 'Justice', 'Business and Trade',
  'Levelling Up, Housing and Communities', 'Environment, Food and Rural Affairs', 'Foreign, Commonwealth and Development Affairs',
  'Culture, Media and Sport', 'Energy Security and Net Zero', 'Science, Innovation and Technology', 'Northern Ireland', 'Scotland', 'Wales',
  'Exiting the European Union', 'International Trade', 'the Treasury',
];

const TOPICS = [
  'Brexit withdrawal agreement', 'Second referendum on EU membership', 'Rwanda asylum scheme', 'Two-child benefit limit', 'Universal Credit uplift',
  'Tuition fees', 'Free school meals in holidays', 'NHS funding', 'Nurses pay', 'Junior doctors contract', 'HS2', 'Heathrow third runway',
  'Fracking', 'Net zero target', 'North Sea oil and gas licences', 'Windfall tax on energy companies', 'Sewage discharges', 'Fox hunting',
  'Assisted dying', 'Same-sex marriage in Northern Ireland', 'Abortion in Northern Ireland', 'Trident renewal', 'Airstrikes in Syria',
  'Ceasefire in Gaza', 'Overseas aid at 0.7%', 'Investigatory powers', 'Protest restrictions', 'Voter ID', 'Minimum service levels in strikes',
  'Trade union ballots', 'Social care cap', 'National Insurance rise', 'Corporation tax', 'Top rate of income tax', 'Bedroom tax',
  'Leasehold reform', 'No-fault evictions', 'Online safety', 'Smoking ban for future generations', 'Scottish independence referendum',
];

export type EditorialCounts = { posts: number; topics: number; topicDivisions: number; stances: number };

export function writeEditorial(sqlite: Database.Database, r: Random, people: People, divisions: DivisionsResult, postCount: number, stanceCount: number): EditorialCounts {
  const insertPost = sqlite.prepare(
    `INSERT INTO posts (person_id, title, kind, side, party_id, department, start_date, end_date, end_reason, end_reason_note, ended_over_division_id,
       note, sources, official_id, import_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const con = people.partyId('Con');
  const lab = people.partyId('Lab');
  const served = people.terms.filter((t) => t.parliament > 55 && daysBetween(t.start, t.end) > 120);
  const byParty = (ids: number[]) => served.filter((t) => ids.includes(t.partyId));
  const government = byParty([con]);
  const opposition = byParty([lab, people.partyId('SNP'), people.partyId('LD')]);
  let posts = 0;
  const post = (term: Term, start: string, end: string | null, endReason: string | null, overDivision: number | null, note: string | null) => {
    const side = term.partyId === con ? 'government' : 'opposition';
    const dept = r.pick(DEPARTMENTS);
    const roll = r.next();
    const kind = roll < 0.5 ? (side === 'government' ? 'minister' : term.partyId === lab ? 'shadow_minister' : 'spokesperson') : roll < 0.7 ? 'whip' : 'pps';
    const party = people.parties[term.partyId - 1]?.name ?? '';
    const title =
      kind === 'minister' ? `${r.pick(['Secretary of State for', 'Minister of State for', 'Parliamentary Under-Secretary of State for'])} ${dept}`
      : kind === 'shadow_minister' ? `${r.pick(['Shadow Secretary of State for', 'Shadow Minister for'])} ${dept}`
      : kind === 'spokesperson' ? `${party} Spokesperson for ${dept}`
      : kind === 'whip' ? (side === 'government' ? r.pick(['Lord Commissioner of HM Treasury', 'Assistant Whip (HM Treasury)']) : 'Opposition Whip (Commons)')
      : `Parliamentary Private Secretary to the ${side === 'government' ? 'Secretary of State' : 'Shadow Secretary of State'} for ${dept}`;
    const department = kind === 'whip' ? (side === 'government' ? 'HM Treasury' : null) : dept;
    posts += 1;
    const sources = JSON.stringify([{ url: `https://members.parliament.uk/member/${4000 + term.personId}/${side === 'government' ? 'governmentposts' : 'oppositionposts'}` }]);
    insertPost.run(term.personId, title, kind, side, term.partyId, department, start, end, endReason, note, overDivision, null, sources, 20000 + posts, `bench/posts/${posts}`, STAMP, STAMP);
  };

  // Posts given up over a division: one per rebel (Conservative or Labour), on the day of the rebellion.
  const seen = new Set<number>();
  for (const rebel of r.shuffle([...divisions.rebels])) {
    if (seen.size >= Math.round(postCount * 0.04)) break;
    if (seen.has(rebel.personId) || (rebel.partyId !== con && rebel.partyId !== lab)) continue;
    const term = served.find((t) => t.personId === rebel.personId && t.start <= rebel.date && t.end >= rebel.date && t.partyId === rebel.partyId);
    if (!term || daysBetween(term.start, rebel.date) < 30) continue;
    seen.add(rebel.personId);
    const start = addDays(rebel.date, -r.int(30, Math.min(700, daysBetween(term.start, rebel.date))));
    const reason = r.chance(0.6) ? 'resigned' : 'sacked';
    post(term, start, rebel.date, reason, rebel.divisionId, reason === 'resigned' ? 'Resigned to vote against the whip' : 'Sacked after voting against the whip');
  }
  // The rest: held for a while, mostly ended by a reshuffle or the election, a few still held at the end.
  while (posts < postCount) {
    const term = r.pick(r.chance(0.6) ? government : opposition);
    const length = daysBetween(term.start, term.end);
    const start = addDays(term.start, r.int(0, length - 30));
    let end: string | null = addDays(start, r.int(60, 900));
    let reason: string | null = r.pick(['reshuffle', 'reshuffle', 'reshuffle', 'resigned', 'sacked', 'unknown']);
    if (end >= term.end) {
      end = term.end;
      reason = term.endReason === 'Dissolution' ? 'election' : 'unknown';
      if (term.end === '2024-05-30' && r.chance(0.1)) {
        end = null;
        reason = null;
      }
    }
    post(term, start, end, reason, null, null);
  }

  const insertTopic = sqlite.prepare('INSERT INTO topics (id, slug, title, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insertLink = sqlite.prepare('INSERT INTO topic_divisions (topic_id, division_id, supporting_lobby) VALUES (?, ?, ?)');
  let links = 0;
  TOPICS.forEach((title, i) => {
    const slug = title.toLowerCase().replace(/%/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    insertTopic.run(i + 1, slug, title, `Divisions and statements on ${title.toLowerCase()}.`, STAMP, STAMP);
    const chosen = new Set<number>();
    const n = r.int(3, 8);
    while (chosen.size < n) chosen.add(r.pick(divisions.ids).id);
    for (const divisionId of chosen) {
      insertLink.run(i + 1, divisionId, r.chance(0.5) ? 'aye' : 'no');
      links += 1;
    }
  });

  const insertStance = sqlite.prepare(
    `INSERT INTO stances (topic_id, person_id, party_id, speaker, position, label, quote, stated_on, kind, source_url, confidence, note, import_key, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const speakers = served.filter((t) => people.parties[t.partyId - 1]?.kind === 'party');
  const partyStance = [con, lab, people.partyId('SNP'), people.partyId('LD')];
  for (let i = 1; i <= stanceCount; i += 1) {
    const topic = r.int(1, TOPICS.length);
    const subject = (TOPICS[topic - 1] ?? '').toLowerCase();
    const roll = r.next();
    const position = roll < 0.45 ? 'supports' : roll < 0.85 ? 'opposes' : roll < 0.95 ? 'mixed' : 'other';
    const label = { supports: 'Supports', opposes: 'Opposes', mixed: 'Mixed views on', other: 'Has commented on' }[position];
    const kind = r.pick(['statement', 'statement', 'speech', 'speech', 'social_post', 'interview', 'letter'] as const);
    const term = r.pick(speakers);
    const statedOn = addDays(term.start, r.int(0, daysBetween(term.start, term.end)));
    const byParty = r.chance(0.05);
    const partyId = byParty ? r.pick(partyStance) : null;
    const speaker = byParty ? `${people.parties[(partyId as number) - 1]?.name ?? ''} spokesperson` : (people.persons[term.personId - 1]?.name ?? '');
    const quote = `${position === 'supports' ? 'I am firmly in favour of' : position === 'opposes' ? 'I cannot support' : 'There are real questions about'} ${subject}, and my constituents deserve to know where I stand.`;
    const url =
      kind === 'speech' ? `https://hansard.parliament.uk/Commons/${statedOn}/debates/bench-${i}`
      : kind === 'social_post' ? `https://x.com/mp${term.personId}/status/${1_600_000_000_000 + i}`
      : kind === 'interview' ? `https://www.bbc.co.uk/news/uk-politics-${60_000_000 + i}`
      : `https://www.example-mp.org.uk/${term.personId}/news/${statedOn}-${i}`;
    const confidence = r.chance(0.7) ? 'high' : r.chance(0.8) ? 'medium' : 'low';
    insertStance.run(topic, byParty ? null : term.personId, partyId, speaker, position, `${label} ${subject}`, quote, statedOn, kind, url, confidence, null, `bench/stances/${i}`, STAMP, STAMP);
  }
  return { posts, topics: TOPICS.length, topicDivisions: links, stances: stanceCount };
}
