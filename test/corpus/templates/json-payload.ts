/** JSON API payloads, HTTP request dumps and credential files pasted for debugging. */
import { cat, d, join, jsonStr, lab, type Part, type Piece } from '../doc';
import * as N from '../hard-negatives';
import * as V from '../valid-values';
import { addr, ALL_LANGS, as, ASK, L, nameP, person, pick, want, type Ctx, type Template } from './kit';

/** Pretty-prints `"key": value` members at an indent; values are already JSON pieces. */
function obj(indent: string, members: ReadonlyArray<readonly [string, Part]>): Piece {
  const inner = members.map(([k, v]) => d`${indent}  "${k}": ${v}`);
  return d`{\n${join(inner, ',\n')}\n${indent}}`;
}

const DOB_KEYS = { en: ['dateOfBirth', 'dob', 'birth_date'], fr: ['date_naissance', 'dateOfBirth', 'dob'], de: ['geburtsdatum', 'dateOfBirth', 'dob'], es: ['fecha_nacimiento', 'dateOfBirth', 'dob'] };

function profile(c: Ctx): Piece {
  const p = person(c);
  const m: Array<readonly [string, Part]> = [
    ['id', `"${N.uuid(c.r)}"`],
    ['name', jsonStr(nameP(p))],
    ['email', jsonStr(as('EMAIL', V.email(c.r, p)))],
  ];
  if (want(c, 'POSTAL_ADDRESS', 0.4)) m.push([c.r.pick(['address', 'shippingAddress', 'billing_address']), jsonStr(addr(p.address))]);
  if (want(c, 'PHONE', 0.6)) m.push(['phone', jsonStr(L(c, 'PHONE'))]);
  if (want(c, 'DATE_OF_BIRTH', 0.5)) m.push([pick(c, DOB_KEYS), jsonStr(as('DATE_OF_BIRTH', V.formatDate(c.r, c.lang, V.birthDate(c.r), c.r.pick(['iso', 'iso', 'numeric'] as const))))]);
  if (want(c, 'IP_ADDRESS', 0.5)) {
    m.push(c.r.chance(0.5) ? ['lastLoginIp', jsonStr(as('IP_ADDRESS', V.ip(c.r)))] : ['ip', jsonStr(as('IP_ADDRESS', c.r.chance(0.5) ? V.privateIpv4(c.r) : V.ip(c.r)))]);
  }
  m.push(['createdAt', `"${N.isoTimestamp(c.r)}"`], ['plan', `"${c.r.pick(['free', 'pro', 'team'])}"`]);
  return obj('', m);
}

function payment(c: Ctx): Piece {
  const m: Array<readonly [string, Part]> = [
    ['amount', String(c.r.int(500, 90000))],
    ['currency', `"${c.r.pick(['eur', 'usd', 'gbp'])}"`],
    ['order_id', `"${N.orderNumber(c.r)}"`],
  ];
  if (want(c, 'CREDIT_CARD', 0.6)) {
    m.push(['source', obj('  ', [['number', jsonStr(L(c, 'CREDIT_CARD'))], ['exp_month', String(c.r.int(1, 12))], ['exp_year', String(c.r.int(2026, 2031))], ['cvc', `"${c.r.digits(3)}"`]])]);
  }
  if (want(c, 'IBAN', 0.5) || want(c, 'SWIFT_BIC', 0.3)) {
    m.push(['payout', obj('  ', [['iban', jsonStr(L(c, 'IBAN'))], ['bic', jsonStr(L(c, 'SWIFT_BIC'))], ['holder', jsonStr(nameP(person(c)))]])]);
  }
  if (c.lang === 'en' && want(c, 'US_BANK_ROUTING', 0.3)) {
    m.push(['ach', obj('  ', [['routing_number', jsonStr(as('US_BANK_ROUTING', V.abaRouting(c.r)))], ['account_number', `"${c.r.digits(10)}"`], ['account_type', '"checking"']])]);
  }
  m.push(['idempotency_key', `"${N.uuid(c.r)}"`]);
  return obj('', m);
}

/** KYC payloads: the JSON key names the identifier, as an integration would. */
const KYC_KEYS: Record<string, readonly string[]> = {
  US_SSN: ['ssn', 'social_security_number'], US_ITIN: ['itin'], UK_NINO: ['national_insurance_number', 'nino'], UK_NHS: ['nhs_number'],
  CA_SIN: ['sin', 'social_insurance_number'], AU_TFN: ['tfn', 'tax_file_number'], IN_AADHAAR: ['aadhaar', 'aadhaar_number'],
  NL_BSN: ['bsn', 'burgerservicenummer'], IT_FISCAL_CODE: ['codice_fiscale', 'fiscal_code'], BR_CPF: ['cpf'], BR_CNPJ: ['cnpj'],
  FR_NIR: ['nir', 'numero_securite_sociale'], DE_TAX_ID: ['steuer_id', 'steuerliche_identifikationsnummer'], ES_DNI: ['dni', 'nif'],
};
const KYC_BY_LANG = { en: ['US_SSN', 'US_ITIN', 'UK_NINO', 'UK_NHS', 'CA_SIN', 'AU_TFN', 'IN_AADHAAR', 'NL_BSN'], fr: ['FR_NIR', 'CA_SIN', 'IT_FISCAL_CODE'], de: ['DE_TAX_ID', 'NL_BSN', 'IT_FISCAL_CODE'], es: ['ES_DNI', 'BR_CPF', 'BR_CNPJ'] };

function kyc(c: Ctx): Piece {
  const p = person(c);
  const t = c.focus && KYC_KEYS[c.focus] ? c.focus : pick(c, KYC_BY_LANG);
  const m: Array<readonly [string, Part]> = [
    ['applicant_id', `"${N.uuid(c.r)}"`],
    ['full_name', jsonStr(nameP(p))],
    [c.r.pick(KYC_KEYS[t]), jsonStr(L(c, t))],
  ];
  if (want(c, 'DATE_OF_BIRTH', 0.5)) m.push([pick(c, DOB_KEYS), jsonStr(as('DATE_OF_BIRTH', V.formatDate(c.r, c.lang, V.birthDate(c.r), 'iso')))]);
  m.push(['status', `"${c.r.pick(['pending_review', 'rejected', 'approved'])}"`], ['submitted_at', String(N.epochSeconds(c.r))]);
  return obj('', m);
}

function httpDump(c: Ctx): Piece {
  const t = c.focus && ['JWT', 'STRIPE_KEY', 'OPENAI_KEY', 'ANTHROPIC_KEY', 'GITLAB_TOKEN', 'SLACK_TOKEN'].includes(c.focus) ? c.focus : c.r.pick(['JWT', 'JWT', 'STRIPE_KEY', 'OPENAI_KEY', 'ANTHROPIC_KEY', 'GITLAB_TOKEN', 'SLACK_TOKEN']);
  const header =
    t === 'ANTHROPIC_KEY' ? d`x-api-key: ${L(c, t)}` : t === 'GITLAB_TOKEN' ? d`PRIVATE-TOKEN: ${L(c, t)}` : d`Authorization: Bearer ${L(c, t)}`;
  const host = t === 'ANTHROPIC_KEY' ? 'api.anthropic.com' : t === 'OPENAI_KEY' ? 'api.openai.com' : t === 'STRIPE_KEY' ? 'api.stripe.com' : t === 'SLACK_TOKEN' ? 'slack.com' : t === 'GITLAB_TOKEN' ? 'gitlab.example.com' : 'api.example.com';
  return d`POST /v1/${c.r.pick(['messages', 'charges', 'orders', 'chat.postMessage'])} HTTP/1.1\nHost: ${host}\n${header}\nContent-Type: application/json\nX-Request-Id: ${N.uuid(c.r)}\n\n{"model":"${c.r.pick(['small', 'large'])}","max_tokens":${c.r.int(100, 4000)},"metadata":{"trace":"${N.shortSha(c.r)}"}}`;
}

function accessKeyOutput(c: Ctx): Piece {
  const inner = obj('    ', [
    ['UserName', `"${c.r.pick(['ci-deployer', 'backup-bot', 'jdoe'])}"`],
    ['AccessKeyId', jsonStr(as('AWS_ACCESS_KEY', V.awsAccessKey(c.r).replace(/^ASIA/, 'AKIA')))],
    ['Status', '"Active"'],
    ['SecretAccessKey', jsonStr(L(c, 'AWS_SECRET_KEY'))],
    ['CreateDate', `"${N.isoTimestamp(c.r)}"`],
  ]);
  return d`$ aws iam create-access-key --user-name deployer\n{\n    "AccessKey": ${inner}\n}`;
}

function serviceAccount(c: Ctx): Piece {
  const pem = V.privateKey(c.r, false).replace(/^-----BEGIN [A-Z ]+-----/, '-----BEGIN PRIVATE KEY-----').replace(/-----END [A-Z ]+-----$/, '-----END PRIVATE KEY-----');
  return cat(
    `{\n  "type": "service_account",\n  "project_id": "demo-project-${c.r.int(100000, 999999)}",\n  "private_key": "`,
    lab('PRIVATE_KEY', pem.replace(/\n/g, '\\n')),
    `\\n",\n  "client_id": "${c.r.digits(21)}",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}`,
  );
}

function webhookConfig(c: Ctx): Piece {
  const m: Array<readonly [string, Part]> = [['name', `"${c.r.pick(['deploy-notifier', 'alerts', 'billing-sync'])}"`], ['enabled', 'true']];
  if (want(c, 'SLACK_WEBHOOK', 0.6)) m.push(['slack_webhook_url', jsonStr(L(c, 'SLACK_WEBHOOK'))]);
  if (want(c, 'GITHUB_TOKEN', 0.4)) m.push(['github_token', jsonStr(L(c, 'GITHUB_TOKEN'))]);
  if (want(c, 'GENERIC_SECRET', 0.4)) m.push(['signing_secret', jsonStr(L(c, 'GENERIC_SECRET'))]);
  if (want(c, 'AZURE_STORAGE_KEY', 0.3)) m.push(['storageAccountKey', jsonStr(L(c, 'AZURE_STORAGE_KEY'))]);
  if (want(c, 'GOOGLE_API_KEY', 0.3)) m.push(['maps_api_key', jsonStr(L(c, 'GOOGLE_API_KEY'))]);
  if (want(c, 'PASSWORD_ASSIGNMENT', 0.3)) m.push(['smtp_password', jsonStr(L(c, 'PASSWORD_ASSIGNMENT'))]);
  if (want(c, 'DB_CONNECTION_STRING', 0.3)) m.push(['database_url', jsonStr(as('DB_CONNECTION_STRING', V.postgresUrl(c.r)))]);
  m.push(['retries', String(c.r.int(1, 5))], ['updated', `"${N.isoTimestamp(c.r)}"`]);
  return obj('', m);
}

const MAKERS: ReadonlyArray<{ readonly covers: readonly string[]; readonly make: (c: Ctx) => Piece }> = [
  { covers: ['PERSON', 'POSTAL_ADDRESS', 'EMAIL', 'PHONE', 'DATE_OF_BIRTH', 'IP_ADDRESS'], make: profile },
  { covers: ['CREDIT_CARD', 'IBAN', 'SWIFT_BIC', 'US_BANK_ROUTING'], make: payment },
  { covers: ['PERSON', ...Object.keys(KYC_KEYS)], make: kyc },
  { covers: ['JWT', 'STRIPE_KEY', 'OPENAI_KEY', 'ANTHROPIC_KEY', 'GITLAB_TOKEN', 'SLACK_TOKEN'], make: httpDump },
  { covers: ['AWS_ACCESS_KEY', 'AWS_SECRET_KEY'], make: accessKeyOutput },
  { covers: ['PRIVATE_KEY'], make: serviceAccount },
  { covers: ['SLACK_WEBHOOK', 'GITHUB_TOKEN', 'GENERIC_SECRET', 'AZURE_STORAGE_KEY', 'GOOGLE_API_KEY', 'PASSWORD_ASSIGNMENT', 'DB_CONNECTION_STRING'], make: webhookConfig },
];

const positive: Template = {
  kind: 'json-payload',
  langs: ALL_LANGS,
  covers: [...new Set(MAKERS.flatMap((m) => m.covers))],
  make(c) {
    const candidates = c.focus ? MAKERS.filter((m) => m.covers.includes(c.focus!)) : MAKERS;
    const body = c.r.pick(candidates.length ? candidates : MAKERS).make(c);
    return d`${pick(c, ASK)}\n\n${body}`;
  },
};

const negative: Template = {
  kind: 'json-payload',
  langs: ALL_LANGS,
  covers: [],
  make(c) {
    const variant = c.r.int(0, 2);
    let body: string;
    if (variant === 0) {
      body = JSON.stringify(
        {
          id: `evt_${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 24)}`,
          type: 'invoice.paid',
          created: Number(N.epochSeconds(c.r)),
          data: { invoice: N.invoiceNumber(c.r), amount_paid: c.r.int(500, 90000), currency: 'eur', lines: c.r.int(1, 9), hosted_url: 'https://pay.example.com/i/' + N.uuid(c.r) },
          request: { id: N.requestId(c.r), idempotency_key: N.uuid(c.r) },
          api_version: N.recentDate(c.r, 'es').replace(/(\d\d)\/(\d\d)\/(\d{4})/, '$3-$2-$1'),
        },
        null,
        2,
      );
    } else if (variant === 1) {
      const pkg = c.r.pick(['react', 'lodash', 'zod', 'date-fns']);
      body = JSON.stringify(
        {
          name: 'web-app',
          version: N.semver(c.r),
          lockfileVersion: 3,
          packages: {
            [`node_modules/${pkg}`]: {
              version: `${c.r.int(1, 18)}.${c.r.int(0, 9)}.${c.r.int(0, 9)}`,
              resolved: `https://registry.npmjs.org/${pkg}/-/${pkg}-${c.r.int(1, 18)}.${c.r.int(0, 9)}.${c.r.int(0, 9)}.tgz`,
              integrity: `sha512-${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 86)}==`,
            },
          },
        },
        null,
        2,
      );
    } else {
      body = JSON.stringify(
        {
          items: Array.from({ length: c.r.int(2, 4) }, () => ({
            sku: `${c.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}-${c.r.digits(5)}`,
            ean: N.ean13(c.r),
            price: Number(`${c.r.int(1, 900)}.${c.r.padded(0, 99, 2)}`),
            image: N.base64Image(c.r).slice(0, 160),
            etag: N.md5(c.r),
          })),
          next_cursor: N.sha256(c.r).slice(0, 24),
          generated_at: N.isoTimestamp(c.r),
        },
        null,
        2,
      );
    }
    return d`${pick(c, ASK)}\n\n${body}`;
  },
};

export const JSON_PAYLOAD: readonly Template[] = [positive, negative];
