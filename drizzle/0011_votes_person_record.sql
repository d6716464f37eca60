-- An MP's record read from the index alone (db/schema/divisions.ts votes_person_idx): the person's votes with every
-- column the record needs, one run of index pages rather than a table lookup for each of thousands of votes.
DROP INDEX `votes_person_idx`;--> statement-breakpoint
CREATE INDEX `votes_person_idx` ON `votes` (`person_id`,`division_id`,`position`,`party_id`,`constituency_id`,`is_teller`,`proxy_name`);