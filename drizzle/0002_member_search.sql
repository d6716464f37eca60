-- Full-text index for "find your MP": one row per person (their name) and one per constituency (its name).
-- The trigram tokenizer matches any run of three or more characters, so partial words ("qures", "bolt")
-- find their rows; typo tolerance is added in db/queries/search.ts on top of it. The index is kept in
-- step with persons and constituencies by the triggers below, so no importer or editor has to know it exists.
CREATE VIRTUAL TABLE `search_index` USING fts5(
	`kind` UNINDEXED,
	`ref_id` UNINDEXED,
	`text`,
	tokenize = 'trigram remove_diacritics 1'
);
--> statement-breakpoint
INSERT INTO `search_index` (`kind`, `ref_id`, `text`) SELECT 'person', `id`, `name` FROM `persons`;
--> statement-breakpoint
INSERT INTO `search_index` (`kind`, `ref_id`, `text`) SELECT 'constituency', `id`, `name` FROM `constituencies`;
--> statement-breakpoint
CREATE TRIGGER `persons_search_insert` AFTER INSERT ON `persons` BEGIN
	INSERT INTO `search_index` (`kind`, `ref_id`, `text`) VALUES ('person', new.`id`, new.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `persons_search_update` AFTER UPDATE OF `name` ON `persons` BEGIN
	DELETE FROM `search_index` WHERE `kind` = 'person' AND `ref_id` = old.`id`;
	INSERT INTO `search_index` (`kind`, `ref_id`, `text`) VALUES ('person', new.`id`, new.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `persons_search_delete` AFTER DELETE ON `persons` BEGIN
	DELETE FROM `search_index` WHERE `kind` = 'person' AND `ref_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `constituencies_search_insert` AFTER INSERT ON `constituencies` BEGIN
	INSERT INTO `search_index` (`kind`, `ref_id`, `text`) VALUES ('constituency', new.`id`, new.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `constituencies_search_update` AFTER UPDATE OF `name` ON `constituencies` BEGIN
	DELETE FROM `search_index` WHERE `kind` = 'constituency' AND `ref_id` = old.`id`;
	INSERT INTO `search_index` (`kind`, `ref_id`, `text`) VALUES ('constituency', new.`id`, new.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `constituencies_search_delete` AFTER DELETE ON `constituencies` BEGIN
	DELETE FROM `search_index` WHERE `kind` = 'constituency' AND `ref_id` = old.`id`;
END;
