CREATE TABLE `person_names` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`name` text NOT NULL,
	`first_seen` text,
	`last_seen` text,
	`source` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `person_names_person_name_unique` ON `person_names` (`person_id`,`name`);--> statement-breakpoint
ALTER TABLE `constituencies` ADD `nation` text;--> statement-breakpoint
ALTER TABLE `constituencies` ADD `basis` text DEFAULT 'official' NOT NULL;--> statement-breakpoint
CREATE INDEX `constituencies_nation_idx` ON `constituencies` (`nation`);--> statement-breakpoint
ALTER TABLE `divisions` ADD `editor_note` text;--> statement-breakpoint
ALTER TABLE `persons` ADD `posts_known` text;--> statement-breakpoint
ALTER TABLE `persons` ADD `posts_known_on` text;--> statement-breakpoint
ALTER TABLE `posts` ADD `editor_note` text;--> statement-breakpoint
ALTER TABLE `stances` ADD `said` text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE `stances` ADD `source_title` text;--> statement-breakpoint
ALTER TABLE `stances` ADD `source_outlet` text;--> statement-breakpoint
ALTER TABLE `stances` ADD `editor_note` text;--> statement-breakpoint
ALTER TABLE `whips` ADD `editor_note` text;--> statement-breakpoint
-- Memberships seen only in the division records were called "observed"; the vocabulary now says `record`.
UPDATE `memberships` SET `dates_basis` = 'record' WHERE `dates_basis` = 'observed';
--> statement-breakpoint
-- Every seat with an ONS code knows its nation from the code's first letter.
UPDATE `constituencies` SET `nation` = CASE upper(substr(trim(`ons_code`), 1, 1))
	WHEN 'E' THEN 'england' WHEN 'S' THEN 'scotland' WHEN 'W' THEN 'wales' WHEN 'N' THEN 'northern-ireland' END
WHERE `ons_code` IS NOT NULL;
--> statement-breakpoint
-- Notes written before public and editors' notes were told apart were editors' research notes: they become
-- editors' notes, so that nothing private is shown; the public note starts empty.
UPDATE `stances` SET `editor_note` = `note`, `note` = NULL WHERE `note` IS NOT NULL;
--> statement-breakpoint
UPDATE `posts` SET `editor_note` = `note`, `note` = NULL WHERE `note` IS NOT NULL;
--> statement-breakpoint
UPDATE `whips` SET `editor_note` = `note`, `note` = NULL WHERE `note` IS NOT NULL;
--> statement-breakpoint
-- Earlier names are found by search too: the index gains a row per recorded name, kept in step by triggers.
INSERT INTO `search_index` (`kind`, `ref_id`, `text`) SELECT 'person_name', `person_id`, `name` FROM `person_names`;
--> statement-breakpoint
CREATE TRIGGER `person_names_search_insert` AFTER INSERT ON `person_names` BEGIN
	INSERT INTO `search_index` (`kind`, `ref_id`, `text`) VALUES ('person_name', new.`person_id`, new.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `person_names_search_update` AFTER UPDATE OF `name`, `person_id` ON `person_names` BEGIN
	DELETE FROM `search_index` WHERE `kind` = 'person_name' AND `ref_id` = old.`person_id` AND `text` = old.`name`;
	INSERT INTO `search_index` (`kind`, `ref_id`, `text`) VALUES ('person_name', new.`person_id`, new.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `person_names_search_delete` AFTER DELETE ON `person_names` BEGIN
	DELETE FROM `search_index` WHERE `kind` = 'person_name' AND `ref_id` = old.`person_id` AND `text` = old.`name`;
END;
