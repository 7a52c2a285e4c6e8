import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { ANONYMOUS, loadActor, type Actor } from "./actor";
import { auth } from "./index";

/** The actor of the current request, loaded once per request. */
export const getActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  if (!session?.user?.id) return ANONYMOUS;
  return loadActor(getDb(), session.user.id, session.sessionVersion);
});
