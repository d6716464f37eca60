-- How each party voted in each division, stored (db/schema/divisions.ts divisionPartyTallies). WITHOUT ROWID: the
-- key is the only index and holds the rows, so a division's tallies are one short range of it.
CREATE TABLE `division_party_tallies` (
	`division_id` integer NOT NULL,
	`party_id` integer NOT NULL,
	`position` text NOT NULL,
	`members` integer NOT NULL,
	PRIMARY KEY(`division_id`, `party_id`, `position`),
	CONSTRAINT "division_party_tallies_members_positive" CHECK("division_party_tallies"."members" > 0)
) WITHOUT ROWID;
--> statement-breakpoint
-- The votes already held, counted once (from votes_division_party_idx, which holds the three columns).
INSERT INTO `division_party_tallies` (`division_id`, `party_id`, `position`, `members`)
SELECT `division_id`, `party_id`, `position`, count(*) FROM `votes`
WHERE `party_id` IS NOT NULL
GROUP BY `division_id`, `party_id`, `position`;
--> statement-breakpoint
-- Kept exact by triggers rather than by each write path: the importer, editors' corrections, undo, the seed and
-- anything written in raw SQL all keep it so. A vote counts one in its (division, party, position); a way no
-- member voted any more loses its row. INSERT OR REPLACE into votes would bypass the delete trigger (SQLite fires
-- it only with recursive_triggers on): nothing here writes votes that way, and nothing should.
CREATE TRIGGER `votes_tally_insert` AFTER INSERT ON `votes` WHEN new.`party_id` IS NOT NULL BEGIN
	INSERT INTO `division_party_tallies` (`division_id`, `party_id`, `position`, `members`)
	VALUES (new.`division_id`, new.`party_id`, new.`position`, 1)
	ON CONFLICT (`division_id`, `party_id`, `position`) DO UPDATE SET `members` = `members` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `votes_tally_delete` AFTER DELETE ON `votes` WHEN old.`party_id` IS NOT NULL BEGIN
	DELETE FROM `division_party_tallies`
	WHERE `division_id` = old.`division_id` AND `party_id` = old.`party_id` AND `position` = old.`position` AND `members` = 1;
	UPDATE `division_party_tallies` SET `members` = `members` - 1
	WHERE `division_id` = old.`division_id` AND `party_id` = old.`party_id` AND `position` = old.`position`;
END;
--> statement-breakpoint
-- A vote moved to another way, party or division: out of the old count (as on delete), into the new (as on insert).
CREATE TRIGGER `votes_tally_update` AFTER UPDATE OF `division_id`, `party_id`, `position` ON `votes`
WHEN old.`division_id` IS NOT new.`division_id` OR old.`party_id` IS NOT new.`party_id` OR old.`position` IS NOT new.`position` BEGIN
	DELETE FROM `division_party_tallies`
	WHERE `division_id` = old.`division_id` AND `party_id` = old.`party_id` AND `position` = old.`position` AND `members` = 1;
	UPDATE `division_party_tallies` SET `members` = `members` - 1
	WHERE `division_id` = old.`division_id` AND `party_id` = old.`party_id` AND `position` = old.`position`;
	INSERT INTO `division_party_tallies` (`division_id`, `party_id`, `position`, `members`)
	SELECT new.`division_id`, new.`party_id`, new.`position`, 1 WHERE new.`party_id` IS NOT NULL
	ON CONFLICT (`division_id`, `party_id`, `position`) DO UPDATE SET `members` = `members` + 1;
END;
