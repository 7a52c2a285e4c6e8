import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import type { Session } from "next-auth";
import { ANONYMOUS, loadActor, type Actor } from "./actor";
import { auth } from "./index";

/** The actor of a session (none: anonymous); route handlers get the session from auth()'s wrapper. */
export async function actorOfSession(session: Session | null): Promise<Actor> {
  if (!session?.user?.id) return ANONYMOUS;
  return loadActor(getDb(), session.user.id, session.sessionVersion);
}

/** The actor of the current request, loaded once per request. */
export const getActor = cache(async (): Promise<Actor> => actorOfSession(await auth()));
