import "server-only";
import { sql } from "drizzle-orm";
import { comments } from "@/db/schema";

/** A comment's tag labels as exports and open data list them: in the consultation's order, then by label. */
export const tagLabels = sql<string[]>`coalesce((
  SELECT json_agg(t.label ORDER BY t.position, t.label)
  FROM comment_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.comment_id = ${comments}.id), '[]'::json)`;
