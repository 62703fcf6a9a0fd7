import pg from 'pg';

/**
 * The statements sent to PostgreSQL while `run` runs: every pool client of the app is a
 * pg.Client, so counting at its prototype sees each statement whatever layer sent it (TypeORM,
 * a prepared statement, a raw query). Names of prepared statements go to `prepared` when given.
 * Only one count at a time: it patches the prototype for the duration of `run`.
 */
export async function statementsOf(run: () => Promise<void>, prepared: string[] = []): Promise<string[]> {
  const sent: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string; name?: string };
    sent.push(typeof first === 'string' ? first : (first?.text ?? ''));
    if (typeof first === 'object' && first?.name) prepared.push(first.name);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await run();
  } finally {
    pg.Client.prototype.query = original;
  }
  return sent;
}
