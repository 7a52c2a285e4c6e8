"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { getActor } from "@/lib/auth/current-actor";
import { RATE_LIMITED_CODE, signIn, signOut } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInSchema } from "@/lib/users/schemas";
import { signOutEverywhere } from "@/lib/users/accounts";

const signInRequest = signInSchema.extend({ callbackUrl: z.string().optional() });

export const signInAction = validatedAction(signInRequest, async ({ email, password, callbackUrl }) => {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const limited = RATE_LIMITED_CODE.exec(error.code);
      if (limited) return { ok: false, error: "rateLimited", values: { minutes: Math.ceil(Number(limited[1]) / 60) } };
      return { ok: false, error: error.code === "suspended" ? "accountSuspended" : "invalidCredentials" };
    }
    if (error instanceof AuthError) return { ok: false, error: "unexpected" };
    throw error;
  }
  redirect(safeCallbackUrl(callbackUrl, `/${await getLocale()}`));
});

export async function signOutAction(): Promise<void> {
  await signOutEverywhere(await getActor());
  await signOut({ redirect: false });
  redirect(`/${await getLocale()}`);
}
