/** A street line found around a house number: [start, end) covers the number and the street name. */
export interface Street {
  readonly start: number;
  readonly end: number;
  /** Where the street's name (with its type word) starts and ends, for the masked preview. */
  readonly nameStart: number;
  readonly nameEnd: number;
  /**
   * True when the shape alone is thin evidence (a lower-case `via`, `Am Markt`, an ending such as `-ring`
   * that also ends everyday words, a year-like house number): reported only with a postcode, a cue or an
   * address column.
   */
  readonly weak: boolean;
  /** True when the house number comes after the name (`Hauptstraße 12`): units and postcode follow the number. */
  readonly numberLast: boolean;
  /**
   * True for a name without any street word (`Große Bleichen 31`, `Damrak 54`, `Zeil 30`): an address
   * only when a postcode and city follow (`Zeil 30, 60313 Frankfurt`).
   */
  readonly bare?: boolean;
}
