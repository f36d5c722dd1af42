/**
 * Provider rules Telegram … Zendesk, ported from gitleaks' default config
 * (https://github.com/gitleaks/gitleaks, MIT License, Copyright (c) 2019 Zachary Rice).
 * Examples are gitleaks' own true/false positives. See `define-provider.ts` for the conversions.
 */
import { END, anyCase, semi, type ProviderRule } from './define-provider';

export const RULES_T_Z: readonly ProviderRule[] = [
  {
    // The `A` after the bot id is case-sensitive in gitleaks, so the keyword carries its own cases.
    id: 'telegram-bot-api-token',
    name: 'Telegram bot API token',
    keywords: ['telegr'],
    ...semi(anyCase('telegr'), '[0-9]{5,16}:A[a-zA-Z0-9_\\-]{34}', 'g'),
    head: 0,
    tps: ['telegramToken=02490:A3nwaaioqk4ikiqpstrge6od_km4pzbhd50', '{\n    "telegram_token": "02490:A3nwaaioqk4ikiqpstrge6od_km4pzbhd50"\n}'],
    fps: ['telegramToken=02490:A3nwaaioqk4ikiqpstrge6od_km4pzbhd5', 'telegram_api_token = "7243:A5qgd39df1rm6-rkvpi6s6t8r37ucv2wgmf"', 'telegram_api_token = "token:"clm69771:AgencyIdentificationCodeContentType""'],
  },
  { id: 'travisci-access-token', name: 'Travis CI access token', keywords: ['travis'], ...semi('travis', '[a-z0-9]{22}'),
    tps: ['travisToken=w10fhjvb6sv5ea1yehs1yn', '{\n    "travis_token": "w10fhjvb6sv5ea1yehs1yn"\n}'],
    fps: ['travisToken=w10fhjvb6sv5ea1yehs1y'] },
  { id: 'trello-access-token', name: 'Trello access token', keywords: ['trello'], ...semi('trello', '[a-zA-Z0-9-]{32}'),
    tps: ['trelloToken=5pwmGUqPl5apKkHTyhQt16Co3ahuLh0g', '{\n    "trello_token": "5pwmGUqPl5apKkHTyhQt16Co3ahuLh0g"\n}'],
    fps: ['trelloToken=5pwmGUqPl5apKkHTyhQt16Co3ahuLh0'] },
  {
    // gitleaks' `SK[0-9a-fA-F]{32}` has no boundaries; requiring non-alphanumerics around it keeps it out of
    // base64 blobs and hashes, where "SK" + 32 hex chars turns up by chance. gitleaks' keyword is `sk`
    // ("skip", "sky", "skill"…); `sk` + a hex digit is equivalent for this regex and hits far less often.
    id: 'twilio-api-key',
    name: 'Twilio API key',
    keywords: [...'0123456789abcdef'].map((hex) => `sk${hex}`),
    regex: /(?<![A-Za-z0-9])SK[0-9a-fA-F]{32}(?![A-Za-z0-9])/g,
    minEntropy: 3,
    head: 2,
    tps: ['twilioToken=SK09c8eef5d40841e93879cb2f16c9677d', '{\n    "twilio_token": "SK09c8eef5d40841e93879cb2f16c9677d"\n}'],
    fps: ['twilioToken=SK09c8eef5d40841e93879cb2f16c9677'],
  },
  { id: 'twitch-api-token', name: 'Twitch API token', keywords: ['twitch'], ...semi('twitch', '[a-z0-9]{30}'),
    tps: ['twitchToken=65yocoz49oqxx7y6y2a6b2zqft7ycu', '{\n    "twitch_token": "65yocoz49oqxx7y6y2a6b2zqft7ycu"\n}'],
    fps: ['twitchToken=65yocoz49oqxx7y6y2a6b2zqft7yc'] },
  { id: 'twitter-access-secret', name: 'Twitter access secret', keywords: ['twitter'], ...semi('twitter', '[a-z0-9]{45}'),
    tps: ['twitterToken=fqghu51cw5dimi2u02d3xxul0ri490n1f0ezvxcu5g9z9', '{\n    "twitter_token": "fqghu51cw5dimi2u02d3xxul0ri490n1f0ezvxcu5g9z9"\n}'],
    fps: ['twitterToken=fqghu51cw5dimi2u02d3xxul0ri490n1f0ezvxcu5g9z'] },
  { id: 'twitter-access-token', name: 'Twitter access token', keywords: ['twitter'], ...semi('twitter', '[0-9]{15,25}-[a-zA-Z0-9]{20,40}'),
    tps: ['twitterToken=3809208527080707736686329-rniDZldfYg1O6QO48FUKNxtITBxpGwDIYrN312', '{\n    "twitter_token": "3809208527080707736686329-rniDZldfYg1O6QO48FUKNxtITBxpGwDIYrN312"\n}'],
    fps: ['twitterToken=3809xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] },
  { id: 'twitter-api-key', name: 'Twitter API key', keywords: ['twitter'], ...semi('twitter', '[a-z0-9]{25}'),
    tps: ['twitterToken=z3eqvqb84w1jlboe2ym9wfczr', '{\n    "twitter_token": "z3eqvqb84w1jlboe2ym9wfczr"\n}'],
    fps: ['twitterToken=z3eqvqb84w1jlboe2ym9wfcz'] },
  { id: 'twitter-api-secret', name: 'Twitter API secret', keywords: ['twitter'], ...semi('twitter', '[a-z0-9]{50}'),
    tps: ['twitterToken=m3vpf8n3v7r82sgmrt6sbquke8e9skhzeq0nyib6rax89htcf7', '{\n    "twitter_token": "m3vpf8n3v7r82sgmrt6sbquke8e9skhzeq0nyib6rax89htcf7"\n}'],
    fps: ['twitterToken=m3vpf8n3v7r82sgmrt6sbquke8e9skhzeq0nyib6rax89htcf'] },
  {
    // Bearer tokens open with 22 `A`s, which the engine's repeated-character placeholder filter would reject:
    // the finding covers the random tail.
    id: 'twitter-bearer-token',
    name: 'Twitter bearer token',
    keywords: ['twitter'],
    ...semi('twitter', '[a-zA-Z0-9%]{80,100}', 'gi', 'A{22}'),
    tps: ['twitterToken=AAAAAAAAAAAAAAAAAAAAAAw9gilHXiFtGWu10v8inxpT3esmjfhuApRvZj4uKaaKp7xfCxqpTIE5xX0fmOGDwOJFzp4CzLZ%XBBov7p6rACV', '{\n    "twitter_token": "AAAAAAAAAAAAAAAAAAAAAAw9gilHXiFtGWu10v8inxpT3esmjfhuApRvZj4uKaaKp7xfCxqpTIE5xX0fmOGDwOJFzp4CzLZ%XBBov7p6rACV"\n}'],
    fps: ['twitterToken=AAAAAAAAAAAAAAAAAAAAAAw9gixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  {
    // gitleaks keys this on the `tfp_` prefix only; "typeform" also catches `<typeformToken>\n tfp_…`.
    id: 'typeform-api-token',
    name: 'Typeform API token',
    keywords: ['tfp_', 'typeform'],
    ...semi('typeform', 'tfp_[a-z0-9\\-_.=]{59}'),
    tps: ['typeformAPITokenToken=tfp_82f0aejkgwbqv2nr9l2f671vt3whtpn--ybvbe3d4mmf72c_vm3v9igmkcm', '{\n    "typeformAPIToken_token": "tfp_82f0aejkgwbqv2nr9l2f671vt3whtpn--ybvbe3d4mmf72c_vm3v9igmkcm"\n}'],
    fps: ['typeformAPITokenToken=tfp_82f0aejkgwbqv2nr9l2f671vt3whtpn--ybvbe3d4mmf72c_vm3v9igmkc'],
  },
  {
    id: 'vault-batch-token',
    name: 'HashiCorp Vault batch token',
    keywords: ['hvb.'],
    regex: new RegExp(String.raw`\b(hvb\.[\w-]{138,300})${END}`, 'g'),
    group: 1,
    minEntropy: 4,
    tps: ['vaultToken=hvb.-6i0iivo_1kubxrr9cr2ashi_1rsrl61ru2wmsstfyj_qz2w37ke6p4ij843wo-mzxhmoig053h_pj7vm96ekpa3ssz07zbl_5rrg_u1qv2wsbx4ohvdoha9ik82f-ogcyozkhgtf1', '{\n    "vault_token": "hvb.-6i0iivo_1kubxrr9cr2ashi_1rsrl61ru2wmsstfyj_qz2w37ke6p4ij843wo-mzxhmoig053h_pj7vm96ekpa3ssz07zbl_5rrg_u1qv2wsbx4ohvdoha9ik82f-ogcyozkhgtf1"\n}'],
    fps: ['vaultToken=hvb.-6i0iivo_1kubxrr9cr2ashi_1rsrl61ru2wmsstfyj_qz2w37ke6p4ij843wo-mzxhmoig053h_pj7vm96ekpa3ssz07zbl_5rrg_u1qv2wsbx4ohvdoha9ik82f-ogcyozkhgtf'],
  },
  {
    // Legacy `s.` tokens must mix digits in: gitleaks allowlists letters-only `s.AcceptanceTimeoutSeconds`.
    id: 'vault-service-token',
    name: 'HashiCorp Vault service token',
    keywords: ['hvs.', 's.'],
    patterns: [
      { name: 'token', regex: new RegExp(String.raw`\b(hvs\.[\w-]{90,120})${END}`, 'g'), group: 1 },
      { name: 'legacy-token', regex: new RegExp(String.raw`\b(s\.[a-zA-Z0-9]{24})${END}`, 'g'), group: 1, score: 0.75 },
    ],
    minEntropy: 3.5,
    reject: (value) => /^s\.[A-Za-z]{24}$/.test(value),
    tps: ['token: s.ZC9Ecf4M5g9o34Q6RkzGsj0z', '-vaultToken hvs.CAESIP2jTxc9S2K7Z6CtcFWQv7-044m_oSsxnPE1H3nF89l3GiYKHGh2cy5sQmlIZVNyTWJNcDRsYWJpQjlhYjVlb1cQh6PL8wEYAg"'],
    fps: ['token: s.ZC9Ecf4M5g9o34Q6RkzGsj0', 's.xxxxxxxxxxxxxxxxxxxxxxxx', 's.THISSTRINGISALLUPPERCASE'],
  },
  {
    id: 'yandex-access-token',
    name: 'Yandex access token',
    keywords: ['yandex'],
    ...semi('yandex', 't1\\.[A-Z0-9a-z_-]{1,200}={0,2}\\.[A-Z0-9a-z_-]{86}={0,2}'),
    head: 3,
    tps: ['yandexToken=t1.CN==.OTFO2NWkgyrsmPh3F1SeGg9V3LSAR5D0KseqfD5ZsCXueylhabLSNBNv8kpWK7AP0vYCIuOvYPY0ur4og7bBHx=', '{\n    "yandex_token": "t1.CN==.OTFO2NWkgyrsmPh3F1SeGg9V3LSAR5D0KseqfD5ZsCXueylhabLSNBNv8kpWK7AP0vYCIuOvYPY0ur4og7bBHx="\n}'],
    fps: ['yandexToken=t1.Cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  { id: 'yandex-api-key', name: 'Yandex API key', keywords: ['yandex'], ...semi('yandex', 'AQVN[A-Za-z0-9_\\-]{35,38}'),
    tps: ['yandexToken=AQVNBEGDaFWtHXVGQbBHJf5WaeJYGonPdnH6Po2Qw', '{\n    "yandex_token": "AQVNBEGDaFWtHXVGQbBHJf5WaeJYGonPdnH6Po2Qw"\n}'],
    fps: ['yandexToken=AQVNxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] },
  { id: 'yandex-aws-access-token', name: 'Yandex Cloud AWS-compatible access key', keywords: ['yandex'], ...semi('yandex', 'YC[a-zA-Z0-9_\\-]{38}'), head: 2,
    tps: ['yandexToken=YCiJuCwJk1QRx6QWwm5CEUmFzbussLPSaMhyu8Cq', '{\n    "yandex_token": "YCiJuCwJk1QRx6QWwm5CEUmFzbussLPSaMhyu8Cq"\n}'],
    fps: ['yandexToken=YCiJuCwJk1QRx6QWwm5CEUmFzbussLPSaMhyu8C'] },
  { id: 'zendesk-secret-key', name: 'Zendesk secret key', keywords: ['zendesk'], ...semi('zendesk', '[a-z0-9]{40}'),
    tps: ['zendeskToken=wvfpxwqgc7884c3adkvmpzx426f74xzgbzcyxbr0', '{\n    "zendesk_token": "wvfpxwqgc7884c3adkvmpzx426f74xzgbzcyxbr0"\n}'],
    fps: ['zendeskToken=wvfpxwqgc7884c3adkvmpzx426f74xzgbzcyxbr'] },
];
