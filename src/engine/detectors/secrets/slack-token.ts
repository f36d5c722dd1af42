import type { Detector } from '../../types';

/**
 * Slack API tokens. Each kind has its own prefix and segment layout
 * (https://api.slack.com/concepts/token-types): bot `xoxb-`, user `xoxp-`/`xoxe-`, legacy
 * `xoxo-`/`xoxs-`, workspace `xoxa-`/`xoxr-`, configuration `xoxe.xoxp-`/`xoxe-1-`, app-level `xapp-`.
 * The layouts (digit groups, then a random tail) are what tell a token from prose like `xoxo`.
 */
export const slackToken: Detector = {
  id: 'slack-token',
  type: 'SLACK_TOKEN',
  category: 'SECRET',
  severity: 'high',
  description: 'Slack API token (xoxb-, xoxp-, xoxa-, xoxr-, xoxe-, xoxs-, xapp-)',
  anchor: { keywords: ['xoxb-', 'xoxp-', 'xoxe-', 'xoxe.', 'xoxa-', 'xoxr-', 'xoxo-', 'xoxs-', 'xapp-'], lead: 0 },
  patterns: [
    { name: 'bot token', regex: /\bxoxb-\d{8,14}-(?:\d{8,14}-)?[0-9A-Za-z]{18,34}(?![0-9A-Za-z-])/g, score: 0.9 },
    { name: 'user token', regex: /\bxox[pe](?:-\d{8,14}){2,3}-[0-9A-Za-z]{24,34}(?![0-9A-Za-z-])/g, score: 0.9 },
    { name: 'legacy token', regex: /\bxox[os]-\d{6,14}-\d{6,14}-\d{6,14}-[0-9a-fA-F]{6,64}(?![0-9A-Za-z-])/g, score: 0.9 },
    {
      name: 'workspace token',
      regex: /\bxox[ar]-(?:\d-)?[0-9A-Za-z]{8,48}(?:-[0-9A-Za-z]{4,48}){0,5}(?![0-9A-Za-z-])/g,
      score: 0.85,
    },
    { name: 'configuration access token', regex: /\bxoxe\.xox[bp]-\d-[0-9A-Za-z]{150,180}(?![0-9A-Za-z-])/g, score: 0.9 },
    { name: 'configuration refresh token', regex: /\bxoxe-\d-[0-9A-Za-z]{130,160}(?![0-9A-Za-z-])/g, score: 0.9 },
    { name: 'app-level token', regex: /\bxapp-\d-[0-9A-Za-z]{8,16}-\d{8,16}-[0-9A-Za-z]{32,128}(?![0-9A-Za-z-])/g, score: 0.9 },
  ],
  // The layout carries most of the evidence; team/user ids can repeat digits (`xoxa-2-511111111-…`).
  minEntropy: 2.5,
  maxLength: 260,
  preview: { head: 5, tail: 4 },
  examples: {
    match: [
      'SLACK_BOT_TOKEN=xoxb-781236542736-2364535789652-GkwFDQoHqzXDVsC6GzqYUypD',
      'user token: xoxp-41684372915-1320496754-45609968301-e708ba56e1517a99f6b5fb07349476ef',
      '"token": "xapp-1-A052FGTS2DL-5171572773297-610b6a11f4b7eb819e87b767d80e6575a3634791acb9a9ead051da879eb5b55e"',
      'legacy xoxs-416843729158-132049654-5609968301-e708ba56e1',
      'SLACK_USER_TOKEN=xoxp-90279081787-4134318370445-8h9kpvi7zPr8UhgV7n8EKThs',
      'xoxb-263594206564-FGqddMF8t08v8N7Oq4i57vs1',
    ],
    noMatch: [
      'xoxb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx',
      'xoxb-12345-abcd234',
      'xoxb-xoxb-my-bot-token',
      '"token3": "xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d"',
      'xoxe.xoxp-1-RANDOMSTRINGHERE',
      'https://indieweb.org/images/3/35/2018-250-xoxo-indieweb-1.jpg',
    ],
  },
};
