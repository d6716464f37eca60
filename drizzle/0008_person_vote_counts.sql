-- Each person's vote rows counted (db/schema/divisions.ts personVoteCounts): divisions held while they sat (the
-- official records list every sitting member, "no vote recorded" included), votes cast (aye, no or both) and rows
-- with no party. An MP's attendance and their party's median read these instead of counting millions of votes. Kept
-- exact by triggers, whoever writes votes; derived, so it does not move the public data version (0006).
CREATE TABLE `person_vote_counts` (
	`person_id` integer PRIMARY KEY NOT NULL,
	`divisions_held` integer NOT NULL,
	`votes_cast` integer NOT NULL,
	`without_party` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `person_vote_counts` (`person_id`, `divisions_held`, `votes_cast`, `without_party`)
SELECT `person_id`, count(*), sum(`position` <> 'absent'), sum(`party_id` IS NULL) FROM `votes` GROUP BY `person_id`;
--> statement-breakpoint
CREATE TRIGGER `votes_person_count_insert` AFTER INSERT ON `votes` BEGIN
	INSERT INTO `person_vote_counts` (`person_id`, `divisions_held`, `votes_cast`, `without_party`)
	VALUES (new.`person_id`, 1, new.`position` <> 'absent', new.`party_id` IS NULL)
	ON CONFLICT (`person_id`) DO UPDATE SET
		`divisions_held` = `divisions_held` + 1,
		`votes_cast` = `votes_cast` + (new.`position` <> 'absent'),
		`without_party` = `without_party` + (new.`party_id` IS NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `votes_person_count_delete` AFTER DELETE ON `votes` BEGIN
	UPDATE `person_vote_counts` SET
		`divisions_held` = `divisions_held` - 1,
		`votes_cast` = `votes_cast` - (old.`position` <> 'absent'),
		`without_party` = `without_party` - (old.`party_id` IS NULL)
	WHERE `person_id` = old.`person_id`;
END;
--> statement-breakpoint
-- A vote moved to another person, way or party: out of the old counts, into the new (as delete, then insert).
CREATE TRIGGER `votes_person_count_update` AFTER UPDATE OF `person_id`, `position`, `party_id` ON `votes` BEGIN
	UPDATE `person_vote_counts` SET
		`divisions_held` = `divisions_held` - 1,
		`votes_cast` = `votes_cast` - (old.`position` <> 'absent'),
		`without_party` = `without_party` - (old.`party_id` IS NULL)
	WHERE `person_id` = old.`person_id`;
	INSERT INTO `person_vote_counts` (`person_id`, `divisions_held`, `votes_cast`, `without_party`)
	VALUES (new.`person_id`, 1, new.`position` <> 'absent', new.`party_id` IS NULL)
	ON CONFLICT (`person_id`) DO UPDATE SET
		`divisions_held` = `divisions_held` + 1,
		`votes_cast` = `votes_cast` + (new.`position` <> 'absent'),
		`without_party` = `without_party` + (new.`party_id` IS NULL);
END;
