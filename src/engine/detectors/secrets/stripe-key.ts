import type { Detector } from '../../types';

/**
 * Stripe secret (`sk_`) and restricted (`rk_`) API keys, live or test, and webhook signing secrets
 * (`whsec_`). Publishable keys (`pk_live_…`, `pk_test_…`) are deliberately NOT findings: Stripe
 * designs them to be embedded in web pages, and flagging them would teach users to ignore the guard.
 */
export const stripeKey: Detector = {
  id: 'stripe-key',
  type: 'STRIPE_KEY',
  category: 'SECRET',
  severity: 'critical',
  description: 'Stripe secret or restricted API key (sk_live_, sk_test_, rk_…) or webhook secret (whsec_)',
  anchor: { keywords: ['sk_live_', 'sk_test_', 'sk_prod_', 'rk_live_', 'rk_test_', 'rk_prod_', 'whsec_'], lead: 0 },
  patterns: [
    { name: 'live key', regex: /\b[sr]k_(?:live|prod)_[0-9A-Za-z]{10,247}(?![0-9A-Za-z_-])/g, score: 0.93 },
    { name: 'test key', regex: /\b[sr]k_test_[0-9A-Za-z]{10,247}(?![0-9A-Za-z_-])/g, score: 0.88 },
    { name: 'webhook secret', regex: /\bwhsec_[0-9A-Za-z+/]{32,64}(?![0-9A-Za-z+/_-])/g, score: 0.88 },
  ],
  minEntropy: 3,
  maxLength: 260,
  preview: { head: 8, tail: 4 },
  examples: {
    match: [
      'STRIPE_SECRET_KEY=sk_live_51Hc9QpK2eZvKYlo2C8Xq4RtB7nWm3Lp6Vd9Fs2Gh5Jk8',
      'stripe.api_key = "sk_test_g2krtqlfxju7iimtq8ea5jqdhj8clw"',
      'restricted rk_live_51Hc9QpK2eZvKYlo2RzT8wPq3Nm6Bv',
      'STRIPE_WEBHOOK_SECRET=whsec_8Kq2Zr5Tv9Wb3Nd6Fh1Jm4Lc7Px0Sy2Ag',
    ],
    noMatch: [
      'nonMatchingToken := "task_test_b42n0itjxkg4b9o9doe6i8jtkycadu"',
      'publishable pk_live_51Hc9QpK2eZvKYlo2C8Xq4RtB7nWm3Lp6Vd9Fs2Gh5Jk8 is public by design',
      'sk_test_xxxxxxxxxxxxxxxxxxxxxxxx',
      'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
    ],
  },
};
