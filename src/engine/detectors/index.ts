import type { Detector } from '../types';
import { PII_DETECTORS } from './pii';
import { SECRET_DETECTORS } from './secrets';
import { PROVIDER_DETECTORS } from './providers';
import { personName } from '../people/person-name';
import { ADDRESS_DETECTORS } from '../addresses';

/** Every built-in detector, in one explicit list (the registry test checks its contract). */
export const ALL_DETECTORS: readonly Detector[] = [...PII_DETECTORS, personName, ...ADDRESS_DETECTORS, ...SECRET_DETECTORS, ...PROVIDER_DETECTORS];
