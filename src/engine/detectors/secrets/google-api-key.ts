import type { Detector } from '../../types';
import { hasSequentialRun } from '../../validators/secrets/value-shapes';

/**
 * Sample keys published in Google's Firebase SDKs and samples (gitleaks allowlists the same values):
 * public by design, so pasting one leaks nothing.
 */
export const PUBLIC_SAMPLE_GOOGLE_KEYS: ReadonlySet<string> = new Set([
  'AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs', 'AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM', 'AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU',
  'AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0', 'AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A', 'AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c',
  'AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4', 'AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY', 'AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM',
  'AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ', 'AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g', 'AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU',
  'AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw', 'AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE', 'AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY',
]);

/**
 * Google API keys (Maps, Firebase, Gemini, GCP): `AIza` + 35 chars of `[0-9A-Za-z_-]`.
 * Firebase web keys are often public by design, but they still grant quota and, for Gemini, data
 * access, so they count.
 */
export const googleApiKey: Detector = {
  id: 'google-api-key',
  type: 'GOOGLE_API_KEY',
  category: 'SECRET',
  severity: 'high',
  description: 'Google API key (AIza + 35 characters)',
  anchor: { keywords: ['aiza'], lead: 0 },
  patterns: [{ name: 'api key', regex: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, score: 0.9 }],
  minEntropy: 3.5,
  validate: (value) => !hasSequentialRun(value) && !PUBLIC_SAMPLE_GOOGLE_KEYS.has(value),
  maxLength: 39,
  preview: { head: 4, tail: 4 },
  examples: {
    match: [
      'GOOGLE_API_KEY=AIzaBeuERO7u3LAVYm7T8lQGi2RDKOCsf0IwN2p',
      'https://maps.googleapis.com/maps/api/js?key=AIzaSyNHxIf32IQ1a1yjl3ZJIqKZqzLAK1XhDk-&callback=init',
      'const firebaseConfig = { apiKey: "AIzaSyC7q2Zp9Lx4Rt8Wb2Nd5Kh1Jm6Yc3Ae0Fg" };',
    ],
    noMatch: [
      'apiKey: "AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"',
      'AIzaSyabcdefghijklmnopqrstuvwxyz1234567',
      'AIzaTesb6Tscfcni8vIpWZqNCXFDFslJtVSvFDqabcd123',
      'AIZASYCO2CXRMC9ELSKLHLHRMBSWDEVEDZTLO2O',
      'Firebase sample key AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0 from the SDK docs',
    ],
  },
};
