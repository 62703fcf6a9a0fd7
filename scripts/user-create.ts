/**
 * npm run user:create -- --role ADMIN --name "Anna de Vries" --email anna@gemeente.nl [--subject <OIDC sub>]
 *   [--organisation <id or name>] [--street "…" --postcode "1234 AB" --city "…"]
 *
 * Creates a user directly in the database (DATABASE_URL, else the embedded database), migrating it
 * first: the way in for the first administrator of an empty installation. Other roles need
 * --organisation. The same user again prints the existing one and changes nothing; other data for
 * an existing e-mail address or subject is refused. Exit code 0 when the user exists afterwards, 1
 * when refused.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@plekwijzer/config';
import { AppModule } from '@plekwijzer/api/app.module.js';
import { createUserFromArgs, UserCreateError, type UserCreateResult } from './user-create-core.js';

const USAGE =
  'Usage: npm run user:create -- --role <ADMIN|COACH|EMPLOYER|PARTNER|ANALYST> --name "…" --email … ' +
  '[--subject <OIDC sub>] [--organisation <id or name>] [--street "…" --postcode "1234 AB" --city "…"]\n';

function signInText(result: UserCreateResult, config: AppConfig): string {
  const { user } = result;
  if (config.JWT_SECRET) {
    return `Get a token: npm run token -- --role ${user.role.toLowerCase()} --user ${user.id}\n`;
  }
  return user.externalSubject
    ? `Sign in at your OpenID Connect provider as the account whose sub is ${user.externalSubject}.\n`
    : 'Tokens come from your OpenID Connect provider: run this again with --subject <their sub> to link the account.\n';
}

async function main(): Promise<void> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        role: { type: 'string' },
        name: { type: 'string' },
        email: { type: 'string' },
        subject: { type: 'string' },
        organisation: { type: 'string' },
        street: { type: 'string' },
        postcode: { type: 'string' },
        city: { type: 'string' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(1);
  }
  // An empty database must stay empty apart from this user: no demo set.
  process.env.SEED_DEMO = 'false';
  let app;
  try {
    app = await NestFactory.createApplicationContext(AppModule, {
      // Warnings only: a start-up failure is printed once, below, not as Nest's stack trace.
      logger: ['warn'],
      abortOnError: false,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/embedded database .* is in use by process/.test(message)) {
      throw new UserCreateError(
        `${message}\nA running Plekwijzer server holds the embedded database: stop it, run user:create, then start the server again.`,
      );
    }
    throw error;
  }
  try {
    const result = await createUserFromArgs(app, values);
    const { user } = result;
    if (result.organisationCreated)
      process.stdout.write(
        `Created the coaching organisation "${user.organisationName}" (${user.organisationId}).\n`,
      );
    process.stdout.write(
      `${result.created ? 'Created' : 'Already there, nothing changed:'} ${user.role} ${user.displayName} <${user.email}> ` +
        `in "${user.organisationName}"\nUser id: ${user.id}\n${signInText(result, app.get(AppConfig))}`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    error instanceof UserCreateError ? `${message}\n` : `Creating the user failed: ${message}\n`,
  );
  if (error instanceof UserCreateError && message.startsWith('The input')) process.stderr.write(USAGE);
  process.exit(1);
});
