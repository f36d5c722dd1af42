/** `scan --help`. Kept beside the parser so the two are reviewed together. */
export const HELP = `Usage: npm run --silent scan -- [options] [FILE ...]

Finds sensitive data (PII, financial data, government IDs, secrets) in text files, with the
same on-device detector engine as the PromptFence extension. Reads stdin when no FILE is
given ("-" also means stdin). Output shows masked previews only, never the values found.

Options:
  --format text|json|sarif  Output format (default text).
                            text:  path:line:col  TYPE  preview  (detector, score)
                            json:  { "files": [{ "path", "findings": [...] }] }
                            sarif: SARIF 2.1.0 log for code-scanning tools
  --policy FILE             Policy JSON; its customTerms, customPatterns, exactMatch,
                            allowlist and allowedDomains apply. An invalid rule is
                            skipped with a warning; a malformed file is an error.
  --jsonl                   Streaming mode: each stdin line {"id":"…","text":"…"} gets one
                            stdout line {"id":"…","findings":[…],"elapsed_ms":…}, in order,
                            flushed per line. A bad line gets {"id":…,"error":"…"}.
                            Exits 0 when stdin closes.
  -h, --help                Show this help.

Lines and columns are 1-based; columns count UTF-16 code units.

Exit status: 0 nothing found, 1 something found, 2 usage or input error.
`;
