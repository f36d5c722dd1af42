import type { Detector } from '../../types';

/**
 * Slack incoming-webhook and workflow-trigger URLs. The URL is the credential: anyone holding it can
 * post into the channel. The finding spans the whole URL; the preview keeps the route, not the key.
 */
export const slackWebhook: Detector = {
  id: 'slack-webhook',
  type: 'SLACK_WEBHOOK',
  category: 'SECRET',
  severity: 'high',
  description: 'Slack webhook URL (hooks.slack.com/services|workflows|triggers/…)',
  anchor: { keywords: ['hooks.slack.com/'] },
  patterns: [
    {
      name: 'webhook url',
      regex: /(?<![\w.-])(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[0-9A-Za-z_+/-]{30,120}(?![0-9A-Za-z_+/-])/g,
      score: 0.9,
    },
  ],
  minEntropy: 3.5,
  maxLength: 160,
  mask: (value) => {
    const route = /hooks\.slack\.com\/[a-z]+\//.exec(value)?.[0] ?? 'hooks.slack.com/';
    return `${route}…${value.slice(-4)}`;
  },
  examples: {
    match: [
      'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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',
      'curl -X POST -d @msg.json https://hooks.slack.com/workflows/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',
      'post to hooks.slack.com/triggers/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',
    ],
    noMatch: [
      'see https://hooks.slack.com/services/ for the docs',
      'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'https://api.slack.com/messaging/webhooks explains incoming webhooks',
    ],
  },
};
