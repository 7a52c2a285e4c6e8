import { describeDatabase, prepareDatabase, runCli } from "./prepare-database";

runCli(async () => {
  await prepareDatabase({ seed: false });
  console.log(`Migrations applied to ${describeDatabase()}.`);
});
