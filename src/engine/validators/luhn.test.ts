import { describe, expect, it } from 'vitest';
import { luhnValid } from './luhn';

describe('luhnValid', () => {
  // Stripe's documented test card numbers (https://docs.stripe.com/testing#cards) and the
  // Wikipedia "Luhn algorithm" worked example 7992739871 + check digit 3.
  it.each(['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '79927398713'])(
    'accepts %s',
    (n) => expect(luhnValid(n)).toBe(true),
  );
  it.each(['4242424242424241', '4111111111111112', '79927398710', '1', '4242a24242424242'])('rejects %s', (n) =>
    expect(luhnValid(n)).toBe(false),
  );
});
