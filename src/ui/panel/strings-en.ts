/**
 * The built-in English text of the in-page guard UI (panel, notices, undo toast, highlight overlay).
 * The extension shows the catalogue's copy (`public/_locales/<lang>/messages.json`, key `panel_<key>`
 * with dots as underscores); this table is what `strings.ts` falls back to when there is no i18n API
 * (unit tests, an orphaned content script after an update), and `strings.test.ts` checks that the
 * English catalogue says exactly the same.
 *
 * Placeholders are `{name}`. Plurals are separate keys suffixed with an `Intl.PluralRules` category
 * (`.one`, `.other`); every form carries `{count}`, because French uses `one` for 0 as well as 1.
 */
export const PANEL_ENGLISH = {
  'site.fallback': 'this AI service',
  'brand': 'PromptFence',

  // Restored answers (src/restore/restore-layer.ts): shown beside an answer, on this device only.
  'restore.shown.one': '{count} real value shown here, on this device only',
  'restore.shown.other': '{count} real values shown here, on this device only',
  'restore.showPlaceholders': 'Show placeholders',
  'restore.showValues': 'Show real values',
  'restore.copy': 'Copy with real values',
  'restore.copied': 'Copied',
  'restore.copyFailed': 'Could not copy',

  'title.warn': 'Sensitive data in your message',
  'title.justify': 'A reason is needed to send this',
  'title.redact': 'Sensitive data will be redacted',
  'title.block': 'This message can’t be sent',
  'title.clear': 'Nothing left to flag',
  'title.files.redact': 'Sensitive data in your file',
  'desc.warn.one': 'PromptFence found {count} item that looks sensitive. Sending it shares it with {site}.',
  'desc.warn.other': 'PromptFence found {count} items that look sensitive. Sending them shares them with {site}.',
  'desc.justify': 'Your organisation asks for a reason before this kind of data is sent to {site}.',
  'desc.redact': 'These items will be replaced with placeholders before your message is sent to {site}. Check the result below.',
  'desc.block': 'Your organisation doesn’t allow sending this kind of data to {site}.',
  'desc.clear': 'You marked every item as not sensitive. You can send your message.',

  'findings.label': 'What was found',
  'findings.more.one': 'and {count} more item',
  'findings.more.other': 'and {count} more items',
  'finding.notSensitive': 'Not sensitive',
  'finding.notSensitive.label': 'Mark {type} {preview} as not sensitive for you',
  'finding.marked': 'Marked as not sensitive',

  // Why a finding matched (src/ui/shared/explain.ts): the detector's own `detector_<id>` message, then
  // these. Pattern names and context words are identifiers and stay as they are.
  'reason.pattern': '(pattern “{pattern}”)',
  'reason.checked': 'passed its check',
  'reason.near': 'near “{word}”',
  'reason.separator': '; ',
  'reason.custom.term': 'Matches your organisation’s term list “{label}”',
  'reason.custom.pattern': 'Matches your organisation’s pattern “{label}”',
  'reason.custom.exact': 'Matches a value on your organisation’s protected list “{label}”',
  // A name or an address alone is not stopped (src/decisions/actions.ts, companion types): why this one is listed.
  'reason.companion.record': 'listed because the same record holds other personal data',
  'reason.companion.table': 'listed because the text is a table of people',

  // Attached files (src/files): where a finding is, and files that could not be read in full.
  'files.unreadLabel': 'Not fully checked',
  'progress.reading': 'Checking {name} before it is attached… ({current} of {total})',
  'progress.label': 'Files checked',
  'files.unread.encrypted': '{name}: encrypted (password-protected), so PromptFence can’t read it.',
  'files.unread.unreadable': '{name}: PromptFence can’t read this kind of file, or it is damaged.',
  'files.unread.tooLarge': '{name}: too large or too slow to read in full. What was read is checked above.',
  'desc.files.warn': 'PromptFence couldn’t check everything you are attaching. Attaching it shares it with {site} unchecked.',
  'desc.files.block': 'Your organisation doesn’t allow attaching files PromptFence can’t check to {site}.',
  'desc.files.redact': 'Your organisation asks for these items to be replaced with placeholders before files go to {site}. Upload a copy with them replaced, or remove the file.',
  'where.separator': ' · ',
  'where.body': 'body',
  'where.text': 'text',
  'where.header': 'header',
  'where.footer': 'footer',
  'where.comment': 'comment',
  'where.footnote': 'footnote',
  'where.endnote': 'endnote',
  'where.inserted': 'tracked insertion',
  'where.deleted': 'tracked deletion',
  'where.table': 'table {table}, row {row}',
  'where.cell': 'Sheet {sheet}, cell {cell}',
  'where.cellHidden': 'Sheet {sheet} (hidden), cell {cell}',
  'where.cellNote': 'Sheet {sheet}, note on cell {cell}',
  'where.cellNoteHidden': 'Sheet {sheet} (hidden), note on cell {cell}',
  'where.slide': 'slide {slide}',
  'where.notes': 'slide {slide} notes',
  'where.page': 'page {page}',
  'where.entry': '{name}: {inner}',

  'justify.label': 'Why do you need to send this?',
  'justify.placeholder': 'For example: the customer asked me to check this record',
  'justify.hint.more.one': 'Type at least {count} more character.',
  'justify.hint.more.other': 'Type at least {count} more characters.',
  'justify.hint.ok': 'Thanks. Your reason is recorded with this event.',

  'redact.previewLabel': 'Your message after redaction',
  'redact.previewTruncated': '… (preview shortened)',

  'block.contact': 'Need help? Contact support',

  'action.sendAnyway': 'Send anyway',
  'action.pasteAnyway': 'Paste anyway',
  'action.pasteRedacted': 'Paste redacted',
  'action.paste': 'Paste',
  'action.uploadAnyway': 'Upload anyway',
  'action.removeFile.one': 'Remove file',
  'action.removeFile.other': 'Remove files',
  'action.attach': 'Attach',
  'action.attachRedacted': 'Upload a redacted copy',
  'action.cancel': 'Cancel',
  'action.redact': 'Redact',
  'action.redactAndSend': 'Redact and send',
  'action.edit': 'Edit',
  'action.send': 'Send',
  'action.backToEditing': 'Back to editing',
  'action.undo': 'Undo redaction',
  'action.dismiss': 'Dismiss',
  'action.reviewAgain': 'Review again',

  'notice.redactionFailed.title': 'Redaction failed',
  'notice.redactionFailed.desc':
    'PromptFence couldn’t replace the sensitive text in this editor, so nothing was sent. Please remove it by hand, then send again.',
  'notice.fileTooLarge.title': 'File not attached',
  'notice.fileTooLarge.desc':
    'PromptFence checks text files before they reach the AI, and this one is too large or could not be read. Nothing was attached; split it or paste the part you need.',
  'notice.fileRedactionFailed.title': 'File not attached',
  'notice.fileRedactionFailed.desc':
    'PromptFence couldn’t make a redacted copy of {name}, so nothing was attached. Remove the sensitive data from the file, then attach it again.',
  'notice.folderTooLarge.title': 'Folder not attached',
  'notice.folderTooLarge.desc':
    'PromptFence reads the files of a dropped folder before the site gets them, up to {files} files and {mb} MB in all. {name} holds more, so nothing was attached. Attach the files you need directly.',
  'notice.guardUpdated.title': 'PromptFence was updated',
  'notice.guardUpdated.desc':
    'PromptFence was updated while this page was open and held your message back, because it holds sensitive data. Your text is still in the box: reload the page to send it with the new version.',
  'notice.guardUpdatedFile.desc':
    'PromptFence was updated while this page was open and could not check the file you attached, so it was not attached. Reload the page, then attach it again.',
  'notice.folderPicker.title': 'Folder not opened',
  'notice.folderPicker.desc':
    'This site asked to open a folder. PromptFence can’t check the files of a folder opened this way, so it was not opened. Pick or drop the files themselves instead.',
  'notice.composerMismatch.title': 'Message not sent',
  'notice.composerMismatch.desc':
    'The text in the message box changed while PromptFence was checking it, so nothing was sent. Review your message and send again.',

  'toast.redacted.one': '{count} sensitive item was redacted.',
  'toast.redacted.other': '{count} sensitive items were redacted.',
  'toast.remembered.removed.one': '{names} was not attached, as decided when you added it earlier in this tab.',
  'toast.remembered.removed.other': '{names} were not attached, as decided when you added them earlier in this tab.',
  'toast.remembered.copied.one': 'A redacted copy of {names} was attached, as decided earlier in this tab.',
  'toast.remembered.copied.other': 'Redacted copies of {names} were attached, as decided earlier in this tab.',

  'overlay.count.one': '{count} sensitive item in your message',
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
  'type.PERSON': "Person's name",
  'type.POSTAL_ADDRESS': 'Postal address',
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

/** A key of the in-page guard UI's strings. */
export type StringKey = keyof typeof PANEL_ENGLISH;
