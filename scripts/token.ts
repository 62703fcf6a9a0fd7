/**
 * Prints a locally signed development token.
 *   npm run token -- --role coach --user <user id>
 * The user must exist (the service checks the token's subject against the users table); the
 * embedded demo prints the ids and ready tokens of its users at start.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '@plekwijzer/config';
import { signLocalToken } from '@plekwijzer/api/modules/auth/token-verifier.service.js';

const ROLES = ['admin', 'coach', 'employer', 'partner', 'analyst'];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      user: { type: 'string' },
      expires: { type: 'string', default: '12h' },
    },
  });
  const role = values.role?.toLowerCase();
  if (!role || !ROLES.includes(role) || !values.user) {
    process.stderr.write(
      `Usage: npm run token -- --role <${ROLES.join('|')}> --user <user id> [--expires 12h]\n`,
    );
    process.exit(2);
  }
  const config = loadConfig();
  if (!config.JWT_SECRET) {
    process.stderr.write(
      'Tokens are verified by an OpenID Connect issuer here (OIDC_* is set): get one from it.\n',
    );
    process.exit(2);
  }
  const token = await signLocalToken(
    { secret: config.JWT_SECRET, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
    { id: values.user, role: role.toUpperCase() },
    values.expires,
  );
  process.stdout.write(`${token}\n`);
}

void main();
