-- A lobby's members from the index alone (db/schema/divisions.ts votes_division_party_idx): the division, party and
-- way it already held, and now who voted it, so that counting every MP's rebellions (member-rates.ts), a party's
-- most frequent rebels (party-page.ts) and the explorer's tallies (rebels.ts) need no table lookup a vote.
DROP INDEX `votes_division_party_idx`;--> statement-breakpoint
CREATE INDEX `votes_division_party_idx` ON `votes` (`division_id`,`party_id`,`position`,`person_id`);