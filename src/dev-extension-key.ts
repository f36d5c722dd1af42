/**
 * The public half of the development signing key, so every development and test build of the Chrome
 * extension has the same id, whatever folder it is loaded from — admins and the e2e tests write policy
 * under that id (docs/admin.md). The private half was thrown away: Chrome needs only the public key to
 * derive the id, and store packages (`npm run zip`) leave the key out, since the stores assign their own.
 */
export const DEV_EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA5JDljAf7gFfw8pKteDQQ3oqAZ6RNOhK2SCpe4N+RhAVuK/m/w5Nk8Yj/cmR9SQoW8OA8FGkwUkWcV+irM2ZIjh3ZTTUK+UrT49idfZW2nDoQvXwfiy9TeA4Hw0JiiZZz6/d833/qHuUy65fPfrEJ5qdJSqlP3Hl5cabLYAYFof+BhQ/ZkeK6+eDwWOKQXR+6jiXD5tYMURY+QKA5yl2132fYamtDRNCsGflkZDB6XzgvDXMgONkGOcbPCjD9R7EKTD1VIa4yeok3ZBPaxnwX1P+QujgZdti0LmJ+U387thuU3EqEagrk9zy4ej3kGSMXZSGoC1+XocxC+uWNFb0HMQIDAQAB';

/** sha256(public key DER), first 32 hex digits mapped 0-f → a-p. `dev-extension-key.test.ts` recomputes it. */
export const DEV_EXTENSION_ID = 'icmkigifcopnhpoiffnefahghgblmlhm';
