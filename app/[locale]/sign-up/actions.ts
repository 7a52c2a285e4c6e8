"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { signIn } from "@/lib/auth";
import { registerUser } from "@/lib/users/accounts";
import { signUpSchema } from "@/lib/users/schemas";

export const signUpAction = validatedAction(signUpSchema, async (input, actor) => {
  await registerUser(actor, input);
  await signIn("credentials", { email: input.email, password: input.password, redirect: false });
  redirect(`/${await getLocale()}/account?welcome=1`);
});
