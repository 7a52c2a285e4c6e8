import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { eq, sql } from "drizzle-orm";
import { runMigrations } from "../db/migrate";
import { users } from "../db/schema";
import { hashPassword } from "../lib/auth/password";
import { newPseudonym } from "../lib/users/pseudonym";
import { signUpSchema } from "../lib/users/schemas";
import { runCli, withDatabase } from "./prepare-database";

const USAGE = `Usage: npm run create-admin -- --email you@example.org --name "Your Name" --country CH [--organization "..."]
Creates a platform admin, or promotes an existing account. The password is asked for (or read from
ADMIN_PASSWORD); it is needed only for a new account.`;

async function askPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Echo nothing while the password is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  process.stdout.write("Password (12+ characters): ");
  const answer = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

runCli(async () => {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, country: { type: "string" }, organization: { type: "string" } },
  });
  if (!values.email) {
    console.error(USAGE);
    process.exit(2);
  }
  await withDatabase(async (connection) => {
    await runMigrations(connection);
    const { db } = connection;
    const email = values.email!.trim().toLowerCase();
    const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) {
      await db.update(users).set({ platformRole: "admin", updatedAt: sql`now()` }).where(eq(users.id, existing.id));
      console.log(`${email} is now a platform admin.`);
      return;
    }
    const parsed = signUpSchema.safeParse({
      email,
      name: values.name,
      country: values.country,
      organization: values.organization ?? "",
      stakeholderGroup: "individual",
      locale: "en",
      publicationPreference: "name_and_organization",
      password: await askPassword(),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) console.error(`  ${issue.path.join(".")}: ${issue.message}`);
      console.error(USAGE);
      process.exit(2);
    }
    const { password, ...profile } = parsed.data;
    await db.insert(users).values({
      ...profile,
      passwordHash: await hashPassword(password),
      platformRole: "admin",
      pseudonym: newPseudonym(),
    });
    console.log(`Created platform admin ${email}.`);
  });
});
