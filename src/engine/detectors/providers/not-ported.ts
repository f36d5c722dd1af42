/**
 * gitleaks default rules (https://github.com/gitleaks/gitleaks, MIT License, Copyright (c) 2019 Zachary Rice)
 * that have no provider detector, and why. Tests use this list to tell the provider slice's recall from the core's.
 */
const CORE = 'covered by a core secret detector in ../secrets';

const coreOwned = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, CORE]));

export const NOT_PORTED_GITLEAKS_RULES: Readonly<Record<string, string>> = {
  ...coreOwned([
    'aws-access-token',
    'github-app-token', 'github-fine-grained-pat', 'github-oauth', 'github-pat', 'github-refresh-token',
    'gitlab-cicd-job-token', 'gitlab-deploy-token', 'gitlab-feature-flag-client-token', 'gitlab-feed-token',
    'gitlab-incoming-mail-token', 'gitlab-kubernetes-agent-token', 'gitlab-oauth-app-secret', 'gitlab-pat',
    'gitlab-pat-routable', 'gitlab-ptt', 'gitlab-rrt', 'gitlab-runner-authentication-token',
    'gitlab-runner-authentication-token-routable', 'gitlab-scim-token', 'gitlab-session-cookie',
    'slack-app-token', 'slack-bot-token', 'slack-config-access-token', 'slack-config-refresh-token',
    'slack-legacy-bot-token', 'slack-legacy-token', 'slack-legacy-workspace-token', 'slack-user-token', 'slack-webhook-url',
    'stripe-access-token', 'openai-api-key', 'anthropic-api-key', 'anthropic-admin-api-key', 'gcp-api-key',
    'jwt', 'jwt-base64', 'private-key', 'generic-api-key', 'database-password',
  ]),
  'pkcs12-file': 'gitleaks matches a file name (*.p12, *.pfx), not text',
  'gcp-service-account':
    'flags the "type": "service_account" marker, which is not secret by itself; the key file\'s secret is its private key (core private-key detector)',
};
