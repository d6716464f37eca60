CREATE TABLE `login_client_attempts` (
	`client` text PRIMARY KEY NOT NULL,
	`attempts` integer NOT NULL,
	`window_started_at` integer NOT NULL,
	`last_attempt_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_client_attempts_last_attempt_idx` ON `login_client_attempts` (`last_attempt_at`);--> statement-breakpoint
ALTER TABLE `import_runs` ADD `process_id` integer;--> statement-breakpoint
ALTER TABLE `import_runs` ADD `host_name` text;--> statement-breakpoint
CREATE INDEX `login_failures_last_failure_idx` ON `login_failures` (`last_failure_at`);