/** YAML configs: docker-compose, Kubernetes secrets, Spring, CI workflows, Ansible inventories. */
import { cat, d, join, lab, type Part, type Piece } from '../doc';
import * as N from '../hard-negatives';
import * as V from '../valid-values';
import { ALL_LANGS, as, ASK, COMMENT, L, pick, tr, want, type Ctx, type Template } from './kit';
import { pickSecretTypes } from './env-file';
import { SECRET_NAMES } from './secrets';

const q = (c: Ctx): string => c.r.pick(['', '"', "'"]);

/** `key: value` with optional quotes; label on the value only. */
function kv(c: Ctx, indent: string, key: string, value: Piece | string): Piece {
  const quote = q(c);
  return d`${indent}${key}: ${quote}${value}${quote}`;
}

/** PEM block as a YAML literal block scalar; the label spans BEGIN…END including the indentation. */
function pemBlock(c: Ctx, indent: string, key: string): Piece {
  const pem = V.privateKey(c.r, false);
  const indented = pem.split('\n').join(`\n${indent}  `);
  return cat(`${indent}${key}: |\n${indent}  `, lab('PRIVATE_KEY', indented));
}

function compose(c: Ctx): Piece {
  const lines: Part[] = [`# ${pick(c, COMMENT)}`, 'services:', '  api:', `    image: ghcr.io/example/api:${N.semver(c.r)}`, '    ports:', `      - "${c.r.pick([3000, 8080])}:${c.r.pick([3000, 8080])}"`, '    environment:'];
  for (const t of pickSecretTypes(c, 1, 4)) lines.push(kv(c, '      ', c.r.pick(SECRET_NAMES[t]), L(c, t)));
  lines.push('      NODE_ENV: production', '  db:', '    image: postgres:16', '    environment:');
  lines.push(kv(c, '      ', 'POSTGRES_PASSWORD', L(c, 'PASSWORD_ASSIGNMENT')));
  lines.push('      POSTGRES_DB: app');
  return join(lines, '\n');
}

function k8sSecret(c: Ctx): Piece {
  const lines: Part[] = ['apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${c.r.pick(['api-secrets', 'billing-env', 'worker-config'])}`, '  namespace: prod', 'type: Opaque', 'stringData:'];
  for (const t of pickSecretTypes(c, 2, 4)) {
    const key = c.r.pick(SECRET_NAMES[t]).toLowerCase().replace(/_/g, '-');
    lines.push(kv(c, '  ', key, L(c, t)));
  }
  if (want(c, 'PRIVATE_KEY', 0.3)) lines.push(pemBlock(c, '  ', 'tls.key'));
  return join(lines, '\n');
}

function spring(c: Ctx): Piece {
  const host = c.r.pick(['db.internal.example.com', '10.0.4.21', 'pg-prod-01.example.net']);
  const lines: Part[] = ['spring:', '  datasource:'];
  if (c.r.chance(0.5)) {
    lines.push(kv(c, '    ', 'url', as('DB_CONNECTION_STRING', `jdbc:postgresql://${host}:5432/orders?user=app&password=${V.password(c.r).replace(/[@:/?#%&;]/g, 'x')}`)));
  } else {
    lines.push(`    url: jdbc:postgresql://${host}:5432/orders`, '    username: app');
    lines.push(kv(c, '    ', 'password', L(c, 'PASSWORD_ASSIGNMENT')));
  }
  lines.push('  mail:', '    host: smtp.example.com', '    port: 587');
  if (want(c, 'EMAIL', 0.5)) lines.push(kv(c, '    ', 'username', L(c, 'EMAIL')));
  lines.push(kv(c, '    ', 'password', L(c, 'PASSWORD_ASSIGNMENT')));
  lines.push('app:', '  security:');
  lines.push(kv(c, '    ', c.r.pick(['jwt-secret', 'signing-key', 'client-secret']), L(c, 'GENERIC_SECRET')));
  if (want(c, 'AZURE_CONNECTION_STRING', 0.3)) lines.push('  storage:', kv(c, '    ', 'connection-string', L(c, 'AZURE_CONNECTION_STRING')));
  return join(lines, '\n');
}

function workflow(c: Ctx): Piece {
  const lines: Part[] = [`name: deploy`, 'on:', '  push:', '    branches: [main]', 'env:'];
  for (const t of pickSecretTypes(c, 1, 3)) lines.push(kv(c, '  ', c.r.pick(SECRET_NAMES[t]), L(c, t)));
  lines.push('jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', `      - run: npm ci && npm run build -- --release ${N.semver(c.r)}`);
  if (want(c, 'SLACK_WEBHOOK', 0.3)) lines.push(d`      - run: curl -X POST -d '{"text":"deployed"}' ${L(c, 'SLACK_WEBHOOK')}`);
  return join(lines, '\n');
}

function ansible(c: Ctx): Piece {
  const lines: Part[] = ['all:', '  hosts:'];
  for (let i = 1; i <= c.r.int(2, 3); i++) {
    lines.push(`    web${i}:`);
    lines.push(d`      ansible_host: ${as('IP_ADDRESS', V.ipv4(c.r))}`);
    if (want(c, 'MAC_ADDRESS', 0.3)) lines.push(d`      mac: "${L(c, 'MAC_ADDRESS')}"`);
  }
  lines.push('  vars:', '    ansible_user: deploy');
  lines.push(kv(c, '    ', 'ansible_become_password', L(c, 'PASSWORD_ASSIGNMENT')));
  if (want(c, 'PRIVATE_KEY', 0.4)) lines.push(pemBlock(c, '    ', 'deploy_ssh_key'));
  if (want(c, 'EMAIL', 0.3)) lines.push(kv(c, '    ', 'letsencrypt_email', L(c, 'EMAIL')));
  return join(lines, '\n');
}

const positive: Template = {
  kind: 'yaml-config',
  langs: ALL_LANGS,
  covers: [...Object.keys(SECRET_NAMES), 'PRIVATE_KEY', 'IP_ADDRESS', 'MAC_ADDRESS', 'EMAIL'],
  make(c) {
    const makers = [compose, k8sSecret, spring, workflow, ansible];
    const focusMaker =
      c.focus === 'PRIVATE_KEY' ? c.r.pick([k8sSecret, ansible]) : c.focus === 'IP_ADDRESS' || c.focus === 'MAC_ADDRESS' ? ansible : c.r.pick(makers);
    const body = focusMaker(c);
    return tr(c, {
      en: d`${pick(c, ASK)}\n\n\`\`\`yaml\n${body}\n\`\`\``,
      fr: d`${pick(c, ASK)}\n\n\`\`\`yaml\n${body}\n\`\`\``,
      de: d`${pick(c, ASK)}\n\n\`\`\`yaml\n${body}\n\`\`\``,
      es: d`${pick(c, ASK)}\n\n\`\`\`yaml\n${body}\n\`\`\``,
    });
  },
};

const negative: Template = {
  kind: 'yaml-config',
  langs: ALL_LANGS,
  covers: [],
  make(c) {
    const P = N.PLACEHOLDERS;
    const variant = c.r.int(0, 2);
    let body: string;
    if (variant === 0) {
      body = [
        'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: api', 'spec:', `  replicas: ${c.r.int(2, 6)}`, '  template:', '    spec:', '      containers:',
        `        - name: api`, `          image: registry.example.com/api@sha256:${N.sha256(c.r)}`, '          env:',
        '            - name: DB_PASSWORD', '              valueFrom:', '                secretKeyRef:', '                  name: db-credentials', '                  key: password',
        '            - name: API_KEY', `              value: "${c.r.pick(P.template)}"`,
        `            - name: RELEASE`, `              value: "${N.semver(c.r)}"`,
      ].join('\n');
    } else if (variant === 1) {
      body = [
        'services:', '  db:', '    image: postgres:16.2', '    environment:', `      POSTGRES_PASSWORD: ${c.r.pick(P.envRef)}`, '      POSTGRES_USER: app',
        '  api:', `    image: example/api:${N.semver(c.r)}`, '    environment:', `      DATABASE_URL: postgres://app:\${POSTGRES_PASSWORD}@db:5432/app`,
        `      OPENAI_API_KEY: ${c.r.pick(P.openai)}`, `      STRIPE_SECRET_KEY: "${c.r.pick(P.apiKey)}"`, `      BUILD_SHA: ${N.gitSha(c.r)}`,
      ].join('\n');
    } else {
      body = [
        'name: ci', 'on: [push, pull_request]', 'jobs:', '  test:', '    runs-on: ubuntu-22.04', '    env:',
        `      NPM_TOKEN: ${c.r.pick(P.template)}`, '      DATABASE_URL: postgres://postgres@localhost:5432/test', `      CACHE_KEY: deps-${N.sha256(c.r).slice(0, 16)}`,
        '    steps:', '      - uses: actions/checkout@v4', '      - uses: actions/setup-node@v4', '        with:', `          node-version: ${c.r.pick(['18', '20', '22'])}`, '      - run: npm test',
      ].join('\n');
    }
    return tr(c, {
      en: d`${pick(c, ASK)}\n\n${body}`,
      fr: d`${pick(c, ASK)}\n\n${body}`,
      de: d`${pick(c, ASK)}\n\n${body}`,
      es: d`${pick(c, ASK)}\n\n${body}`,
    });
  },
};

export const YAML_CONFIG: readonly Template[] = [positive, negative];
