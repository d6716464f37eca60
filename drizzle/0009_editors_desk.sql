CREATE TABLE `report_clients` (
	`client` text PRIMARY KEY NOT NULL,
	`reports` integer NOT NULL,
	`window_started_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `report_clients_window_idx` ON `report_clients` (`window_started_at`);--> statement-breakpoint
CREATE TABLE `suggestions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`subject_key` text,
	`status` text DEFAULT 'open' NOT NULL,
	`evidence` text NOT NULL,
	`page_path` text,
	`message` text,
	`source_url` text,
	`created_at` text NOT NULL,
	`resolved_at` text,
	`resolved_by` text,
	`resolution_note` text,
	`revision_id` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `suggestions_subject_unique` ON `suggestions` (`subject_key`);--> statement-breakpoint
CREATE INDEX `suggestions_status_idx` ON `suggestions` (`status`,`created_at`);--> statement-breakpoint
ALTER TABLE `revisions` ADD `undo_of` integer;--> statement-breakpoint
ALTER TABLE `revisions` ADD `batch_id` integer;--> statement-breakpoint
CREATE INDEX `revisions_undo_of_idx` ON `revisions` (`undo_of`);--> statement-breakpoint
CREATE INDEX `revisions_batch_idx` ON `revisions` (`batch_id`);--> statement-breakpoint
-- Undos made before the column existed named the change they undid only in their reason ("Undo of change #12").
UPDATE `revisions` SET `undo_of` = CAST(substr(`reason`, 17) AS integer) WHERE `action` = 'undo' AND `undo_of` IS NULL AND `reason` LIKE 'Undo of change #%';
