DROP INDEX "comments_objective_roots_idx";--> statement-breakpoint
CREATE INDEX "comments_objective_roots_endorsed_idx" ON "comments" USING btree ("objective_id","endorsement_count","created_at","id") WHERE "comments"."depth" = 0;--> statement-breakpoint
CREATE INDEX "comments_objective_roots_idx" ON "comments" USING btree ("objective_id","created_at","id") WHERE "comments"."depth" = 0;