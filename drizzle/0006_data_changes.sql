-- What the public pages show has changed: one counter (db/schema/audit.ts dataChanges), moved by triggers on every
-- public table, whatever writes it (editors' forms, the importers, undo, the seed, raw SQL), and by nothing else:
-- sign-ins, sessions, accounts, the change history and import runs leave it alone. Derived tables (the search index,
-- division_party_tallies) change only with the tables they come from. A new public table needs its three triggers
-- here (tests/integration/data-changes.test.ts checks that every table is one or the other).
CREATE TABLE `data_changes` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	CONSTRAINT "data_changes_one_row" CHECK("data_changes"."id" = 1)
);
--> statement-breakpoint
-- It starts at the time in microseconds: a version only grows (by one a row written, which takes far longer than a
-- microsecond), so a database migrated later, say from an old backup, starts past every version an earlier one gave.
INSERT INTO `data_changes` (`id`, `version`) VALUES (1, CAST((julianday('now') - 2440587.5) * 86400000000 AS INTEGER));
--> statement-breakpoint
CREATE TRIGGER `persons_data_changes_insert` AFTER INSERT ON `persons` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `persons_data_changes_update` AFTER UPDATE ON `persons` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `persons_data_changes_delete` AFTER DELETE ON `persons` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `person_names_data_changes_insert` AFTER INSERT ON `person_names` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `person_names_data_changes_update` AFTER UPDATE ON `person_names` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `person_names_data_changes_delete` AFTER DELETE ON `person_names` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `parties_data_changes_insert` AFTER INSERT ON `parties` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `parties_data_changes_update` AFTER UPDATE ON `parties` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `parties_data_changes_delete` AFTER DELETE ON `parties` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `constituencies_data_changes_insert` AFTER INSERT ON `constituencies` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `constituencies_data_changes_update` AFTER UPDATE ON `constituencies` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `constituencies_data_changes_delete` AFTER DELETE ON `constituencies` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `memberships_data_changes_insert` AFTER INSERT ON `memberships` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `memberships_data_changes_update` AFTER UPDATE ON `memberships` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `memberships_data_changes_delete` AFTER DELETE ON `memberships` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `divisions_data_changes_insert` AFTER INSERT ON `divisions` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `divisions_data_changes_update` AFTER UPDATE ON `divisions` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `divisions_data_changes_delete` AFTER DELETE ON `divisions` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `votes_data_changes_insert` AFTER INSERT ON `votes` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `votes_data_changes_update` AFTER UPDATE ON `votes` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `votes_data_changes_delete` AFTER DELETE ON `votes` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `whips_data_changes_insert` AFTER INSERT ON `whips` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `whips_data_changes_update` AFTER UPDATE ON `whips` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `whips_data_changes_delete` AFTER DELETE ON `whips` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `posts_data_changes_insert` AFTER INSERT ON `posts` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `posts_data_changes_update` AFTER UPDATE ON `posts` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `posts_data_changes_delete` AFTER DELETE ON `posts` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `topics_data_changes_insert` AFTER INSERT ON `topics` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `topics_data_changes_update` AFTER UPDATE ON `topics` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `topics_data_changes_delete` AFTER DELETE ON `topics` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `topic_divisions_data_changes_insert` AFTER INSERT ON `topic_divisions` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `topic_divisions_data_changes_update` AFTER UPDATE ON `topic_divisions` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `topic_divisions_data_changes_delete` AFTER DELETE ON `topic_divisions` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `stances_data_changes_insert` AFTER INSERT ON `stances` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `stances_data_changes_update` AFTER UPDATE ON `stances` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `stances_data_changes_delete` AFTER DELETE ON `stances` BEGIN UPDATE `data_changes` SET `version` = `version` + 1 WHERE `id` = 1; END;
