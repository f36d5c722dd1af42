import type { Detector } from '../../types';
import { email } from './email';
import { phone, phoneLabelled } from './phone';
import { creditCard } from './credit-card';
import { iban } from './iban';
import { ipv4Address, ipv6Address } from './ip-address';
import { macAddress, macAddressDotted } from './mac-address';
import { usSsn } from './us-ssn';
import { usItin } from './us-itin';
import { ukNino } from './uk-nino';
import { ukNhs } from './uk-nhs';
import { frNir } from './fr-nir';
import { deTaxId } from './de-tax-id';
import { esDni, esNie } from './es-dni';
import { itFiscalCode } from './it-fiscal-code';
import { nlBsn } from './nl-bsn';
import { brCpf } from './br-cpf';
import { brCnpj } from './br-cnpj';
import { inAadhaar } from './in-aadhaar';
import { caSin } from './ca-sin';
import { auTfn } from './au-tfn';
import { usBankRouting } from './us-bank-routing';
import { swiftBic } from './swift-bic';
import { dateOfBirth } from './date-of-birth';

/**
 * PII, financial and government-ID detectors. Order matters only for ties in overlap resolution
 * (earlier wins): checksum-validated, specific detectors come before weaker look-alikes.
 */
export const PII_DETECTORS: readonly Detector[] = [
  creditCard,
  iban,
  email,
  usSsn,
  usItin,
  ukNino,
  frNir,
  deTaxId,
  esDni,
  esNie,
  itFiscalCode,
  brCpf,
  brCnpj,
  inAadhaar,
  ukNhs,
  nlBsn,
  caSin,
  auTfn,
  usBankRouting,
  swiftBic,
  dateOfBirth,
  phone,
  phoneLabelled,
  ipv4Address,
  ipv6Address,
  macAddress,
  macAddressDotted,
];
