import { describeDatabase, prepareDatabase, runCli } from "./prepare-database";

runCli(async () => {
  await prepareDatabase({ seed: true });
  console.log(`Seeded ${describeDatabase()}.`);
});
