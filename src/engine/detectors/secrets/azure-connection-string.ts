import type { Detector } from '../../types';
import { AZURITE_KEY } from './azure-storage-key';

/** Keys that can open an Azure connection string (first `Key=value` pair). */
const START =
  'DefaultEndpointsProtocol|AccountName|AccountKey|BlobEndpoint|QueueEndpoint|TableEndpoint|FileEndpoint|Endpoint|HostName|SharedAccessSignature|SharedAccessKeyName|SharedAccessKey';
/** `AccountKey=<base64>`, `SharedAccessKey=<base64>`, or a SAS token carrying a `sig=`. */
const CREDENTIAL = /(?:^|;)\s*(?:AccountKey|SharedAccessKey)=([A-Za-z0-9+/]{20,}={0,2})(?:;|$)|(?:^|;)\s*SharedAccessSignature=[^;]*\bsig=[A-Za-z0-9%+/=]{16,}/i;

/**
 * Azure connection strings with a credential in them: Storage
 * (`DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…`), SAS
 * (`BlobEndpoint=…;SharedAccessSignature=sv=…&sig=…`), Service Bus / Event Hubs / IoT Hub
 * (`Endpoint=sb://…;SharedAccessKeyName=…;SharedAccessKey=…`). The finding spans the whole string
 * (the account name and endpoint are what make the key usable); the preview keeps only the account or
 * endpoint. A string without a key or signature is not a finding.
 */
export const azureConnectionString: Detector = {
  id: 'azure-connection-string',
  type: 'AZURE_CONNECTION_STRING',
  category: 'SECRET',
  severity: 'critical',
  description: 'Azure connection string with an AccountKey, SharedAccessKey or SAS signature',
  anchor: { keywords: ['accountkey=', 'sharedaccesskey=', 'sharedaccesssignature='] },
  patterns: [
    {
      name: 'key=value;… string',
      // Pairs are `;`-separated and values cannot contain `;`, so each pair is matched one way only.
      regex: new RegExp(String.raw`(?<![A-Za-z])(?:${START})=[^;\s"'<>\x60]{1,400}(?:;[ \t]?[A-Za-z][A-Za-z0-9 ]{1,40}=[^;\s"'<>\x60]{0,400}){1,12}`, 'gi'),
      score: 0.9,
    },
  ],
  validate: (value) => (CREDENTIAL.test(value) && !value.includes(AZURITE_KEY) ? 0.95 : false),
  maxLength: 2048,
  mask: (value) => {
    const account = /AccountName=([^;]+)/i.exec(value)?.[1];
    if (account) return `AccountName=${account};AccountKey=•••`;
    const endpoint = /(?:Endpoint|HostName|BlobEndpoint)=([^;]+)/i.exec(value)?.[1];
    return endpoint ? `Endpoint=${endpoint};•••` : 'Azure connection string •••';
  },
  examples: {
    match: [
      'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=FzWVoj4DmV5fn3Qg9ZZ71ZMi3WIuoCdP6DrRnD+5MCi9ofCNMq/zY+F7mhRrDBobCYP2QT29tGRBa9LnmH1LhQ==;EndpointSuffix=core.windows.net"',
      'Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=LO24+hEgOnqPp9qdnRJHNurqNL8EEURpcj8PCy1IXoc=',
      'BlobEndpoint=https://acme.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&sig=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA%3D%3D',
    ],
    noMatch: [
      'DefaultEndpointsProtocol=https;AccountName=acmeprod;EndpointSuffix=core.windows.net',
      'DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net',
      'Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${SB_KEY}',
      'UseDevelopmentStorage=true',
      'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;',
    ],
  },
};
