/**
 * Every user-visible string of the in-page guard UI (panel, notices, undo toast, highlight overlay), keyed,
 * so the localisation issue only has to add a table per language. Placeholders are `{name}`; plurals are
 * separate keys suffixed with an `Intl.PluralRules` category (`.one`, `.other`).
 */
const EN = {
  'site.fallback': 'this AI service',
  'brand': 'PromptFence',

  'title.warn': 'Sensitive data in your message',
  'title.justify': 'A reason is needed to send this',
  'title.redact': 'Sensitive data will be redacted',
  'title.block': 'This message can’t be sent',
  'title.clear': 'Nothing left to flag',
  'desc.warn.one': 'PromptFence found 1 item that looks sensitive. Sending it shares it with {site}.',
  'desc.warn.other': 'PromptFence found {count} items that look sensitive. Sending them shares them with {site}.',
  'desc.justify': 'Your organisation asks for a reason before this kind of data is sent to {site}.',
  'desc.redact': 'These items will be replaced with placeholders before your message is sent to {site}. Check the result below.',
  'desc.block': 'Your organisation doesn’t allow sending this kind of data to {site}.',
  'desc.clear': 'You marked every item as not sensitive. You can send your message.',

  'findings.label': 'What was found',
  'findings.more.one': 'and 1 more item',
  'findings.more.other': 'and {count} more items',
  'finding.notSensitive': 'Not sensitive',
  'finding.notSensitive.label': 'Mark {type} {preview} as not sensitive for you',
  'finding.marked': 'Marked as not sensitive',

  'justify.label': 'Why do you need to send this?',
  'justify.placeholder': 'For example: the customer asked me to check this record',
  'justify.hint.more.one': 'Type at least 1 more character.',
  'justify.hint.more.other': 'Type at least {count} more characters.',
  'justify.hint.ok': 'Thanks. Your reason is recorded with this event.',

  'redact.previewLabel': 'Your message after redaction',
  'redact.previewTruncated': '… (preview shortened)',

  'block.contact': 'Need help? Contact support',

  'action.sendAnyway': 'Send anyway',
  'action.pasteAnyway': 'Paste anyway',
  'action.pasteRedacted': 'Paste redacted',
  'action.paste': 'Paste',
  'action.attachAnyway': 'Attach anyway',
  'action.attach': 'Attach',
  'action.cancel': 'Cancel',
  'action.redact': 'Redact',
  'action.redactAndSend': 'Redact and send',
  'action.edit': 'Edit',
  'action.send': 'Send',
  'action.backToEditing': 'Back to editing',
  'action.undo': 'Undo redaction',
  'action.dismiss': 'Dismiss',

  'notice.redactionFailed.title': 'Redaction failed',
  'notice.redactionFailed.desc':
    'PromptFence couldn’t replace the sensitive text in this editor, so nothing was sent. Please remove it by hand, then send again.',
  'notice.fileTooLarge.title': 'File not attached',
  'notice.fileTooLarge.desc':
    'PromptFence checks text files before they reach the AI, and this one is too large or could not be read. Nothing was attached; split it or paste the part you need.',
  'notice.guardUpdated.title': 'PromptFence was updated',
  'notice.guardUpdated.desc':
    'PromptFence was updated while this page was open and held your message back, because it holds sensitive data. Your text is still in the box: reload the page to send it with the new version.',
  'notice.composerMismatch.title': 'Message not sent',
  'notice.composerMismatch.desc':
    'The text in the message box changed while PromptFence was checking it, so nothing was sent. Review your message and send again.',

  'toast.redacted.one': '1 sensitive item was redacted.',
  'toast.redacted.other': '{count} sensitive items were redacted.',

  'overlay.count.zero': '',
  'overlay.count.one': '1 sensitive item in your message',
  'overlay.count.other': '{count} sensitive items in your message',

  'severity.low': 'Low risk',
  'severity.medium': 'Medium risk',
  'severity.high': 'High risk',
  'severity.critical': 'Critical',

  'type.EMAIL': 'Email address',
  'type.PHONE': 'Phone number',
  'type.IP_ADDRESS': 'IP address',
  'type.MAC_ADDRESS': 'MAC address',
  'type.DATE_OF_BIRTH': 'Date of birth',
  'type.CREDIT_CARD': 'Card number',
  'type.IBAN': 'IBAN',
  'type.US_BANK_ROUTING': 'US bank routing number',
  'type.SWIFT_BIC': 'SWIFT/BIC code',
  'type.US_SSN': 'US Social Security number',
  'type.US_ITIN': 'US taxpayer ID (ITIN)',
  'type.UK_NINO': 'UK National Insurance number',
  'type.UK_NHS': 'NHS number',
  'type.FR_NIR': 'French social security number',
  'type.DE_TAX_ID': 'German tax ID',
  'type.ES_DNI': 'Spanish DNI/NIE',
  'type.IT_FISCAL_CODE': 'Italian fiscal code',
  'type.NL_BSN': 'Dutch BSN',
  'type.BR_CPF': 'Brazilian CPF',
  'type.BR_CNPJ': 'Brazilian CNPJ',
  'type.IN_AADHAAR': 'Aadhaar number',
  'type.CA_SIN': 'Canadian SIN',
  'type.AU_TFN': 'Australian tax file number',
  'type.AWS_ACCESS_KEY': 'AWS access key',
  'type.AWS_SECRET_KEY': 'AWS secret key',
  'type.GITHUB_TOKEN': 'GitHub token',
  'type.GITLAB_TOKEN': 'GitLab token',
  'type.SLACK_TOKEN': 'Slack token',
  'type.SLACK_WEBHOOK': 'Slack webhook',
  'type.STRIPE_KEY': 'Stripe key',
  'type.OPENAI_KEY': 'OpenAI API key',
  'type.ANTHROPIC_KEY': 'Anthropic API key',
  'type.GOOGLE_API_KEY': 'Google API key',
  'type.AZURE_STORAGE_KEY': 'Azure storage key',
  'type.AZURE_CONNECTION_STRING': 'Azure connection string',
  'type.JWT': 'Access token (JWT)',
  'type.PRIVATE_KEY': 'Private key',
  'type.DB_CONNECTION_STRING': 'Database connection string',
  'type.PASSWORD_ASSIGNMENT': 'Password',
  'type.GENERIC_SECRET': 'Secret',
  'type.API_TOKEN': 'API token',
  'type.CUSTOM': 'Protected term',
  'type.customNamed': 'Protected term ({name})',
} as const;

export type StringKey = keyof typeof EN;
type Vars = Readonly<Record<string, string | number>>;

let table: Readonly<Record<string, string>> = EN;
let locale = 'en';

/** Swaps the table (the localisation issue calls this); missing keys fall back to English. */
export function setStrings(lang: string, strings: Partial<Record<StringKey, string>>): void {
  locale = lang;
  table = { ...EN, ...strings };
}

/** The string for `key`, with `{name}` placeholders filled. */
export function t(key: StringKey, vars: Vars = {}): string {
  const text = table[key] ?? EN[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Picks `base.one` / `base.other` (etc.) for `count` by the locale's plural rules; `{count}` is filled. */
export function plural(base: string, count: number, vars: Vars = {}): string {
  const category = new Intl.PluralRules(locale).select(count);
  const exact = `${base}.${count === 0 ? 'zero' : category}`;
  const key = (exact in table ? exact : `${base}.${category}` in table ? `${base}.${category}` : `${base}.other`) as StringKey;
  return t(key, { ...vars, count });
}

/** Human label of an entity type; admin-named custom types (`CUSTOM_ACME`) keep their name. */
export function typeLabel(type: string): string {
  const key = `type.${type}`;
  if (key in table) return t(key as StringKey);
  const name = type.replace(/^CUSTOM_/, '').toLowerCase().replace(/_/g, ' ');
  return t('type.customNamed', { name });
}
