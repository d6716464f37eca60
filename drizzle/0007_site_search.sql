-- The site's search (db/queries/search.ts) finds divisions by their titles (the official one and the short one
-- editors give) and topics by theirs, in the same trigram index as people and constituencies (0002). Kept in step by
-- the triggers below, so no importer or editor has to know the index exists. Derived: it does not move the public data
-- version (0006), the tables it comes from do.
INSERT INTO `search_index` (`kind`, `ref_id`, `text`)
SELECT 'division', `id`, `official_title` || coalesce(' · ' || `short_title`, '') FROM `divisions`;
--> statement-breakpoint
INSERT INTO `search_index` (`kind`, `ref_id`, `text`) SELECT 'topic', `id`, `title` FROM `topics`;
--> statement-breakpoint
CREATE TRIGGER `divisions_search_insert` AFTER INSERT ON `divisions` BEGIN
	INSERT INTO `search_index` (`kind`, `ref_id`, `text`) VALUES ('division', new.`id`, new.`official_title` || coalesce(' · ' || new.`short_title`, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `divisions_search_update` AFTER UPDATE OF `official_title`, `short_title` ON `divisions` BEGIN
	DELETE FROM `search_index` WHERE `kind` = 'division' AND `ref_id` = old.`id`;
	INSERT INTO `search_index` (`kind`, `ref_id`, `text`) VALUES ('division', new.`id`, new.`official_title` || coalesce(' · ' || new.`short_title`, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `divisions_search_delete` AFTER DELETE ON `divisions` BEGIN
	DELETE FROM `search_index` WHERE `kind` = 'division' AND `ref_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `topics_search_insert` AFTER INSERT ON `topics` BEGIN
	INSERT INTO `search_index` (`kind`, `ref_id`, `text`) VALUES ('topic', new.`id`, new.`title`);
END;
--> statement-breakpoint
CREATE TRIGGER `topics_search_update` AFTER UPDATE OF `title` ON `topics` BEGIN
	DELETE FROM `search_index` WHERE `kind` = 'topic' AND `ref_id` = old.`id`;
	INSERT INTO `search_index` (`kind`, `ref_id`, `text`) VALUES ('topic', new.`id`, new.`title`);
END;
--> statement-breakpoint
CREATE TRIGGER `topics_search_delete` AFTER DELETE ON `topics` BEGIN
	DELETE FROM `search_index` WHERE `kind` = 'topic' AND `ref_id` = old.`id`;
END;
