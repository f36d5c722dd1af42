import type { Detector } from '../../types';
import { charClassCount } from '../../validators/secrets/value-shapes';

/** The Azure Storage emulator's published account key (Azurite / devstoreaccount1): public, not a secret. */
export const AZURITE_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/**
 * Azure Storage (and Cosmos DB) account keys: 64 random bytes in base64, i.e. 86 chars + `==`.
 * The key alone has no prefix, so it is looked for only on lines that name it (AccountKey=, key1,
 * storage key…). Inside a full connection string, the AZURE_CONNECTION_STRING finding (higher score,
 * wider span) wins the overlap.
 */
export const azureStorageKey: Detector = {
  id: 'azure-storage-key',
  type: 'AZURE_STORAGE_KEY',
  category: 'SECRET',
  severity: 'critical',
  description: 'Azure Storage / Cosmos DB account key (88-char base64 ending in ==)',
  anchor: {
    keywords: [
      'accountkey', 'account_key', 'account-key', 'storagekey', 'storage_key', 'storage key', 'azure', 'key1', 'key2',
      'primarykey', 'primary_key', 'masterkey', 'cosmos', 'core.windows.net', 'storagesharedkeycredential',
      'sharedkeycredential', 'azurenamedkeycredential', 'documents.azure.com',
    ],
  },
  patterns: [{ name: '88-char key', regex: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])/g, score: 0.85 }],
  minEntropy: 4.5,
  validate: (value) => charClassCount(value) >= 3 && value !== AZURITE_KEY,
  // Reach from the label (`AZURE_STORAGE_KEY=`, `"key1": `) to the end of the value.
  maxLength: 200,
  preview: { head: 0, tail: 4 },
  examples: {
    match: [
      'AZURE_STORAGE_KEY=c92P2+zHd3OC2pYwL82DeaGdyy8Yck0kF4nP47GiCpj7ZfZzp72dpiifA9SHEA8JMOE9mQfHdlNwl9cyhDujSw==',
      'AccountKey=fwGpFXWnR2j/jf7u1xW1QVDCOoNJBxGQxBtmG9hKYhH1BNivADY17ekNeGD6tWVrEpChMsesRVYWT1UD9mjC7A==',
      '"key1": "HiI/tBkCD3fMfC2ujzBygjD8u8Qha6RiHWVr/TYARd34+c2XTf/iBTUvZP7amqSTGQr9JTZxQgLFnFTUS2ISEw=="',
      'new StorageSharedKeyCredential("acme", "fwGpFXWnR2j/jf7u1xW1QVDCOoNJBxGQxBtmG9hKYhH1BNivADY17ekNeGD6tWVrEpChMsesRVYWT1UD9mjC7A==");',
      'BlobServiceClient(account_url="https://acme.blob.core.windows.net", credential="HiI/tBkCD3fMfC2ujzBygjD8u8Qha6RiHWVr/TYARd34+c2XTf/iBTUvZP7amqSTGQr9JTZxQgLFnFTUS2ISEw==")',
    ],
    noMatch: [
      'AccountKey=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx==',
      'azure storage keys are 88 characters long and end with ==',
      'azure emulator: AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
      'AccountKey=c92P2+zHd3OC2pYwL82DeaGdyy8Yck0kF4nP47GiCpj7ZfZzp72dpiifA9SHEA8JMOE9mQfHdlNwl9cyhDujS==',
    ],
  },
};
