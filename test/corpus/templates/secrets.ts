/**
 * Secret-bearing settings shared by the .env, YAML and code templates: which variable names carry which
 * secret type, and the benign settings that sit around them. Names avoid provider words that belong to
 * gitleaks' provider rules (SendGrid, Twilio…), so each label's expected type is unambiguous.
 */
import type { Ctx } from './kit';
import * as N from '../hard-negatives';

/** Environment-style names per secret type. */
export const SECRET_NAMES: Record<string, readonly string[]> = {
  AWS_ACCESS_KEY: ['AWS_ACCESS_KEY_ID'],
  AWS_SECRET_KEY: ['AWS_SECRET_ACCESS_KEY'],
  GITHUB_TOKEN: ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT'],
  GITLAB_TOKEN: ['GITLAB_TOKEN', 'GITLAB_PRIVATE_TOKEN', 'GL_TOKEN'],
  SLACK_TOKEN: ['SLACK_BOT_TOKEN', 'SLACK_TOKEN', 'SLACK_APP_TOKEN'],
  SLACK_WEBHOOK: ['SLACK_WEBHOOK_URL', 'ALERTS_WEBHOOK'],
  STRIPE_KEY: ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY', 'STRIPE_KEY'],
  OPENAI_KEY: ['OPENAI_API_KEY', 'OPENAI_KEY'],
  ANTHROPIC_KEY: ['ANTHROPIC_API_KEY', 'CLAUDE_API_KEY'],
  GOOGLE_API_KEY: ['GOOGLE_API_KEY', 'GOOGLE_MAPS_API_KEY', 'FIREBASE_API_KEY'],
  AZURE_STORAGE_KEY: ['AZURE_STORAGE_KEY', 'AZURE_STORAGE_ACCOUNT_KEY'],
  AZURE_CONNECTION_STRING: ['AZURE_STORAGE_CONNECTION_STRING', 'SERVICEBUS_CONNECTION_STRING', 'AzureWebJobsStorage'],
  JWT: ['SERVICE_TOKEN', 'API_BEARER_TOKEN', 'ID_TOKEN'],
  DB_CONNECTION_STRING: ['DATABASE_URL', 'DB_URL', 'DB_CONNECTION', 'DATASOURCE_URL'],
  PASSWORD_ASSIGNMENT: ['DB_PASSWORD', 'SMTP_PASSWORD', 'ADMIN_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_ROOT_PASSWORD'],
  GENERIC_SECRET: ['SESSION_SECRET', 'JWT_SECRET', 'APP_SECRET', 'ENCRYPTION_KEY', 'WEBHOOK_SIGNING_SECRET', 'INTERNAL_API_TOKEN', 'CLIENT_SECRET', 'SECRET_KEY'],
};

export const SECRET_TYPES = Object.keys(SECRET_NAMES);

/** Benign settings (name, value) that surround secrets in real config files. */
export function benignSettings(c: Ctx): Array<readonly [string, string]> {
  const all: Array<readonly [string, string]> = [
    ['NODE_ENV', c.r.pick(['production', 'development', 'staging'])],
    ['PORT', String(c.r.pick([3000, 8080, 5000, 8000]))],
    ['LOG_LEVEL', c.r.pick(['info', 'debug', 'warn'])],
    ['APP_URL', c.r.pick(['https://app.example.com', 'http://localhost:3000', 'https://staging.example.org'])],
    ['AWS_REGION', c.r.pick(['eu-west-1', 'us-east-1', 'eu-central-1'])],
    ['S3_BUCKET', c.r.pick(['acme-uploads-prod', 'invoices-archive', 'static-assets-eu'])],
    ['SENTRY_RELEASE', N.gitSha(c.r)],
    ['BUILD_ID', N.uuid(c.r)],
    ['TZ', c.r.pick(['Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', 'UTC'])],
    ['CACHE_TTL_SECONDS', String(c.r.pick([60, 300, 3600]))],
    ['FEATURE_FLAGS', c.r.pick(['new-checkout,dark-mode', 'beta-search', ''])],
    ['MAX_UPLOAD_MB', String(c.r.pick([10, 25, 100]))],
    ['APP_VERSION', N.semver(c.r)],
    ['CDN_ASSET_HASH', N.md5(c.r)],
    ['DB_HOST', c.r.pick(['localhost', 'db', 'postgres'])],
    ['DB_USER', c.r.pick(['app', 'postgres', 'admin'])],
    ['DB_NAME', c.r.pick(['orders', 'app_dev', 'crm'])],
  ];
  return c.r.sample(all, c.r.int(3, 6));
}

/** Placeholder settings (negatives): secret-like names whose values are references or samples. */
export function placeholderSettings(c: Ctx): Array<readonly [string, string]> {
  const P = N.PLACEHOLDERS;
  const all: Array<readonly [string, string]> = [
    ['OPENAI_API_KEY', c.r.pick(P.openai)],
    ['AWS_ACCESS_KEY_ID', c.r.pick(P.awsId)],
    ['AWS_SECRET_ACCESS_KEY', c.r.pick(P.awsSecret)],
    ['STRIPE_SECRET_KEY', c.r.pick([...P.apiKey, '${STRIPE_SECRET_KEY}'])],
    ['DB_PASSWORD', c.r.pick(P.password)],
    ['DATABASE_URL', c.r.pick(['postgres://localhost:5432/app_dev', 'postgres://user:${DB_PASSWORD}@db:5432/app', 'postgres://<user>:<password>@<host>:5432/<db>', 'mysql://root@localhost/test'])],
    ['GITHUB_TOKEN', c.r.pick(P.github)],
    ['SLACK_WEBHOOK_URL', c.r.pick(P.slackWebhook)],
    ['SESSION_SECRET', c.r.pick([...P.apiKey, ...P.envRef])],
    ['JWT_SECRET', c.r.pick(P.envRef)],
    ['GOOGLE_API_KEY', c.r.pick(['YOUR_API_KEY', '<your-key>', 'AIza...'])],
    ['ANTHROPIC_API_KEY', c.r.pick(['sk-ant-...', '<your-key>', 'YOUR_API_KEY'])],
    ['API_KEY', c.r.pick(P.template)],
  ];
  return c.r.sample(all, c.r.int(3, 6));
}
