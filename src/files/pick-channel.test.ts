import { describe, expect, it } from 'vitest';
import { readPickAnswer, readPickRequest } from './pick-channel';

const doc = new File(['x'], 'a.docx');

describe('readPickRequest (what the guard accepts from the main-world hook)', () => {
  it.each([
    ['files', { v: 1, id: 'r1', kind: 'files', files: [doc] }, { v: 1, id: 'r1', kind: 'files', files: [doc] }],
    ['a folder', { v: 1, id: 'r2', kind: 'directory', files: [doc] }, { v: 1, id: 'r2', kind: 'directory' }],
  ])('accepts %s', (_, detail, expected) => {
    expect(readPickRequest(detail)).toEqual(expected);
  });

  it.each([
    ['no detail', null],
    ['a string', 'promptfence'],
    ['another version', { v: 2, id: 'r', kind: 'files', files: [doc] }],
    ['no id', { v: 1, kind: 'files', files: [doc] }],
    ['an empty id', { v: 1, id: '', kind: 'files', files: [doc] }],
    ['no files', { v: 1, id: 'r', kind: 'files', files: [] }],
    ['names, not files', { v: 1, id: 'r', kind: 'files', files: ['a.docx'] }],
    ['a blob', { v: 1, id: 'r', kind: 'files', files: [new Blob(['x'])] }],
    ['an unknown kind', { v: 1, id: 'r', kind: 'save', files: [doc] }],
  ])('refuses %s', (_, detail) => {
    expect(readPickRequest(detail)).toBeNull();
  });
});

describe('readPickAnswer (what the hook accepts from the guard)', () => {
  it.each([
    [{ v: 1, id: 'r', decision: 'original' }, { v: 1, id: 'r', decision: 'original' }],
    [{ v: 1, id: 'r', decision: 'none', files: [doc] }, { v: 1, id: 'r', decision: 'none' }],
    [{ v: 1, id: 'r', decision: 'copies', files: [doc] }, { v: 1, id: 'r', decision: 'copies', files: [doc] }],
  ])('accepts %j', (detail, expected) => {
    expect(readPickAnswer(detail, 'r')).toEqual(expected);
  });

  it.each([
    ['another request', { v: 1, id: 'other', decision: 'original' }],
    ['copies that are not files', { v: 1, id: 'r', decision: 'copies', files: [{ name: 'a.docx' }] }],
    ['copies without files', { v: 1, id: 'r', decision: 'copies' }],
    ['an unknown decision', { v: 1, id: 'r', decision: 'allow' }],
    ['another version', { v: 0, id: 'r', decision: 'original' }],
  ])('ignores %s', (_, detail) => {
    expect(readPickAnswer(detail, 'r')).toBeNull();
  });
});
