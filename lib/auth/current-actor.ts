import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { ANONYMOUS, loadActor, type Actor } from "./actor";
import { readSessionCookie, type RequestHeaders } from "./session-cookie";

/** The actor of a request's session cookie (none: anonymous); route handlers pass their request's headers. */
export async function actorOfRequest(headers: RequestHeaders): Promise<Actor> {
  const session = await readSessionCookie(headers);
  return session ? loadActor(getDb(), session.userId, session.sessionVersion) : ANONYMOUS;
}

/** The actor of the current request, loaded once per request. */
export const getActor = cache(async (): Promise<Actor> => actorOfRequest(await headers()));
