import { describe, expect, it } from 'vitest';
import { createGuardScanner } from '../guard/scan-text';
import { compileCustomDetectors } from '../engine/custom';
import { fileFacts, fileFormat, maskedFileName } from './file-facts';

const scanner = createGuardScanner(() => false);

describe('maskedFileName', () => {
  it.each([
    ['a card number, even after an underscore', 'card_4111111111111111.pdf', 'card_[CREDIT_CARD_1].pdf'],
    ['an e-mail address', 'contract for jane.doe@acme-corp.com.docx', 'contract for [EMAIL_1].docx'],
    ['a key that holds underscores', 'sk_live_Zq8wLm3Nx7Rv2Tk9Hs4Jd6Fb1Gc5Ya0Pe3UqWx.txt', '[STRIPE_KEY_1].txt'],
    ['an access key before an underscore', 'AKIAZ3MHALQ7X7RTPW2B_creds.csv', '[AWS_ACCESS_KEY_1]_creds.csv'],
  ])('hides %s', (_what, name, masked) => {
    expect(maskedFileName(name, scanner)).toEqual({ name: masked, masked: true });
  });

  it.each(['customers.docx', 'Q3 roadmap (final) v2.pptx', 'report_2024-11.xlsx'])('leaves %s as it is', (name) => {
    expect(maskedFileName(name, scanner)).toEqual({ name, masked: false });
  });

  it('a name cannot break or reorder a row: controls and bidi overrides become spaces', () => {
    expect(maskedFileName('invoice\u202Efdp.exe\nx.pdf', scanner).name).toBe('invoice fdp.exe x.pdf');
  });

  it('follows the admin’s own rules (a custom term in the name)', () => {
    const custom = compileCustomDetectors({ customTerms: [{ id: 'falcon', terms: ['Project Falcon'], action: 'block' }] });
    const withTerms = createGuardScanner(() => false, custom);
    expect(maskedFileName('Project Falcon budget.xlsx', scanner).masked).toBe(false);
    expect(maskedFileName('Project Falcon budget.xlsx', withTerms)).toEqual({ name: '[CUSTOM_1] budget.xlsx', masked: true });
  });
});

describe('fileFormat', () => {
  it.each([
    ['customers.txt', 'docx', 'docx'], // the bytes are a Word file, whatever the name says
    ['export.csv', 'text', 'csv'],
    ['.env', 'text', 'env'],
    ['Dockerfile', 'text', 'text'],
    ['locked.docx', undefined, 'docx'],
    ['mystery', undefined, 'unknown'],
  ])('%s read as %s → %s', (name, read, format) => {
    expect(fileFormat(name, read)).toBe(format);
  });
});

describe('fileFacts', () => {
  it('name (masked when it holds a value), format, size and problem: nothing of the content', () => {
    expect(fileFacts({ name: 'card_4111111111111111.docx', size: 4096, format: 'docx' }, scanner)).toEqual({
      name: 'card_[CREDIT_CARD_1].docx', nameMasked: true, format: 'docx', size: 4096,
    });
    expect(fileFacts({ name: 'locked.pdf', size: 10, problem: 'encrypted' }, scanner)).toEqual({ name: 'locked.pdf', format: 'pdf', size: 10, problem: 'encrypted' });
  });
});
