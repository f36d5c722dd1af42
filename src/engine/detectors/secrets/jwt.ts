import type { Detector } from '../../types';
import { isJwt, unwrapBase64Jwt } from '../../validators/secrets/jwt-header';

/**
 * JSON Web Tokens: three base64url segments whose header decodes to a JSON object with an `alg`.
 * Random `ey…` look-alikes fail that check. Also catches a JWT that was base64-encoded once more
 * (`ZXlK…`, common in Kubernetes secrets and config blobs). The jwt.io sample token is excluded by
 * the engine's shared sample list.
 */
export const jwt: Detector = {
  id: 'jwt',
  type: 'JWT',
  category: 'SECRET',
  severity: 'high',
  description: 'JSON Web Token (header decodes to JSON with an alg)',
  anchor: { keywords: ['eyj', 'zxlk'] },
  patterns: [
    {
      name: 'compact jws',
      // The lookbehind makes every start inside a long base64url run fail at once (linear scan).
      regex: /(?<![0-9A-Za-z_-])eyJ[0-9A-Za-z_-]{8,2000}={0,2}\.[0-9A-Za-z_-]{2,12000}={0,2}\.[0-9A-Za-z_-]{0,2000}={0,2}(?![0-9A-Za-z_=-])/g,
      score: 0.9,
    },
    {
      name: 'base64-wrapped jws',
      regex: /(?<![0-9A-Za-z+/])ZXlK[0-9A-Za-z+/]{40,16000}={0,2}(?![0-9A-Za-z+/=])/g,
      score: 0.85,
    },
  ],
  validate: (value, info) => {
    if (info.pattern === 'base64-wrapped jws') return unwrapBase64Jwt(value) !== null;
    return isJwt(value) ? 0.95 : false;
  },
  maxLength: 16384,
  preview: { head: 6, tail: 4 },
  examples: {
    match: [
      'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VybmFtZTpib2IifQ.HcfCW67Uda-0gz54ZWTqmtgJnZeNem0Q757eTa9EZuw',
      'python examples/cli.py eyJhbGciOiJIUzI1NiJ9.eyJJc3N1ZXIiOiJJc3N1ZXIiLCJVc2VybmFtZSI6IkJhZFNlY3JldHMiLCJleHAiOjE1OTMxMzM0ODMsImlhdCI6MTQ2NjkwMzA4M30.ovqRikAo_0kKJ0GVrAwQlezymxrLGjcEiW_s3UJMMCo',
      'String tokenWithNoneAlg = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0LXVzZXIifQ.";',
      'token: ZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5LmV5SnpkV0lpT2lKMWMyVnlibUZ0WlRwaWIySWlmUS5IY2ZDVzY3VWRhLTBnejU0WldUcW10Z0puWmVOZW0wUTc1N2VUYTlFWnV3',
    ],
    noMatch: [
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
      'jwtToken="eyWqwTgzjCzZ99ZatsH.eyxT4hyXpWhsLql3KF.jor_DN6jwBw8"',
      'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlMTIz',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.',
    ],
  },
};
