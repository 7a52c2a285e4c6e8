DROP INDEX "comments_objective_roots_idx";--> statement-breakpoint
CREATE INDEX "comments_objective_roots_endorsed_idx" ON "comments" USING btree ("objective_id","endorsement_count","created_at","id") WHERE "comments"."depth" = 0;--> statement-breakpoint
CREATE INDEX "comments_objective_created_idx" ON "comments" USING btree ("objective_id","created_at","id");--> statement-breakpoint
CREATE INDEX "comments_flagged_queue_idx" ON "comments" USING btree ("consultation_id","flag_count" DESC NULLS LAST,"created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "comments"."flag_count" > 0 AND "comments"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX "comments_objective_roots_idx" ON "comments" USING btree ("objective_id","created_at","id") WHERE "comments"."depth" = 0;