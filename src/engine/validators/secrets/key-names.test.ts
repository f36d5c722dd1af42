import { describe, expect, it } from 'vitest';
import { keyBefore, keyWords } from './key-names';

describe('keyBefore', () => {
  it('reads the key in code, config and markup', () => {
    expect(keyBefore('{"db_password": "')).toBe('db_password');
    expect(keyBefore('export DB_PASSWORD=')).toBe('DB_PASSWORD');
    expect(keyBefore('  password: ')).toBe('password');
    expect(keyBefore('<apiKey>')).toBe('apiKey');
    expect(keyBefore('System.setProperty("AWS_TOKEN", "')).toBe('AWS_TOKEN');
    expect(keyBefore('$AWSToken .= "')).toBe('AWSToken');
    expect(keyBefore("config['secret'] = '")).toBe('secret');
    expect(keyBefore('my password is ')).toBe('password');
    expect(keyBefore('contraseña: ')).toBe('contraseña');
    expect(keyBefore('var hmacSecret = []byte("')).toBe('hmacSecret');
    expect(keyBefore("SECRET_KEY = b'")).toBe('SECRET_KEY');
    expect(keyBefore('web = "')).toBe('web');
    expect(keyBefore('')).toBe('');
  });
});

describe('keyWords', () => {
  it('splits camelCase, snake_case, kebab-case and acronyms', () => {
    expect(keyWords('dbPasswordHash')).toEqual(['db', 'password', 'hash']);
    expect(keyWords('AWS_SECRET_ACCESS_KEY')).toEqual(['aws', 'secret', 'access', 'key']);
    expect(keyWords('api-key.v2')).toEqual(['api', 'key', 'v2']);
    expect(keyWords('AWSToken')).toEqual(['aws', 'token']);
    expect(keyWords('OPENAIAPIKEY_TOKEN')).toEqual(['openaiapikey', 'token']);
    expect(keyWords('miContraseña')).toEqual(['mi', 'contraseña']);
  });
});
