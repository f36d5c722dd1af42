import type { Detector } from '../types';
import { postalAddress } from './detector';

export { postalAddress } from './detector';
export { isAddressLabel, addressLabelWord } from './cues';

/** The POSTAL_ADDRESS detectors, in registry order. */
export const ADDRESS_DETECTORS: readonly Detector[] = [postalAddress];
