"use server";

import { CredentialsSignin } from "next-auth";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { signIn } from "@/lib/auth";
import { registerUser } from "@/lib/users/accounts";
import { signUpSchema } from "@/lib/users/schemas";

export const signUpAction = validatedAction(signUpSchema, async (input, actor) => {
  await registerUser(actor, input);
  const locale = await getLocale();
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
  } catch (error) {
    // The account exists; only the automatic sign-in was refused (a sign-in limit): say so.
    if (error instanceof CredentialsSignin) redirect(`/${locale}/sign-in?created=1`);
    throw error;
  }
  redirect(`/${locale}/account?welcome=1`);
});
