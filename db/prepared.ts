import type { Database } from "./client";

interface Preparable<R> {
  prepare(name: string): { execute(values: Record<string, unknown>): Promise<R> };
}

/**
 * A statement drizzle builds once per database and then sends with each call's values (its
 * `sql.placeholder`s). Building the SQL text of every statement anew was a tenth of a comment post's
 * time on the server; this is for the statements nearly every request runs. Kept per database, as
 * tests open one database after another.
 */
export function prepared<R>(name: string, build: (db: Database) => Preparable<R>) {
  const statements = new WeakMap<Database, ReturnType<Preparable<R>["prepare"]>>();
  return (db: Database, values: Record<string, unknown>): Promise<R> => {
    let statement = statements.get(db);
    if (!statement) statements.set(db, (statement = build(db).prepare(name)));
    return statement.execute(values);
  };
}
