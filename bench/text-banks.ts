/**
 * Sentence and vocabulary banks for the realistic-text generator. Templates use `{slot}`
 * placeholders filled by `fill()`; the slots are ordinary non-sensitive values (names of products,
 * dates, amounts…). Sensitive values are planted separately, sparsely, by the segment generators.
 */
import { DIGITS, HEX, type Rng } from './prng';
import { FIRST_NAMES, LAST_NAMES } from './sensitive-values';

export const PRODUCTS = ['Atlas', 'Nimbus Pro', 'the mobile app', 'the billing portal', 'Orion Dashboard', 'the API gateway', 'SyncBox', 'the checkout flow', 'Helix CRM', 'the data warehouse'] as const;
export const COMPANIES = ['Acme Corp', 'Northwind', 'Globex', 'Initech', 'Umbrella Health', 'Contoso', 'Fabrikam', 'Soylent Foods', 'Wayne Logistics', 'Stark Analytics'] as const;
export const CITIES = ['Paris', 'Berlin', 'Madrid', 'London', 'Lyon', 'München', 'Sevilla', 'New York', 'Toronto', 'Zürich', 'Kraków', 'São Paulo', 'Tokyo'] as const;
export const TEAMS = ['platform', 'payments', 'growth', 'data', 'mobile', 'security', 'support', 'infra', 'search'] as const;
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export const EN_SENTENCES = [
  'Hi {first}, thanks for getting back to me so quickly.',
  'I am writing about order {order}, which still shows as "processing" after five days.',
  'Could you summarise the following meeting notes into three bullet points for the {team} team?',
  'We rolled out version {version} of {product} on {date} and since then the error rate has roughly doubled.',
  'The invoice for {amount} was paid on {date}, but the account is still flagged as overdue.',
  'Please rewrite this paragraph so it sounds more professional — the client is {company}.',
  'Our quarterly revenue in {city} grew by {pct}% compared to last year, mostly from renewals.',
  'I have attached the logs below; the failure starts around {time} UTC.',
  'Can you explain why this function returns undefined when the list is empty?',
  'The migration touched {n} tables and took about {m} minutes on the staging cluster.',
  'Let me know if you need anything else from our side before the review on {date}.',
  'We are seeing intermittent 502s from the load balancer, usually under heavy traffic.',
  'The customer in {city} reported that the export button does nothing in Safari.',
  'I think the root cause is a race condition between the cache refresh and the write path.',
  'As discussed with {name}, we will postpone the launch by two weeks.',
  'Here is the draft of the announcement; feel free to cut anything that feels redundant.',
  'The new pricing tier starts at {amount} per seat per month, billed annually.',
  'Translate the following customer email into plain English and suggest a polite reply.',
  'We need to decide whether to keep the legacy endpoint or deprecate it in {month}.',
  'Memory usage climbs steadily until the pod is OOM-killed after roughly {n} hours.',
  'The contract with {company} renews automatically unless we give notice by {date}.',
  'Our onboarding funnel loses about {pct}% of users on the second screen.',
  'I ran the test suite locally and {n} tests failed, all in the payments module.',
  'Please review the SQL below and tell me whether the index is actually being used.',
  'The dashboard shows {n} active sessions but the database only has {m} rows for today.',
  '{name} from {company} asked whether we support single sign-on with Okta.',
  'Shipping to {city} takes three to five business days; express delivery is available.',
  'I would like a refund for the duplicate charge of {amount} on my last statement.',
  'The build has been red since commit {sha7}; it looks like a flaky integration test.',
  'Write a short, friendly reminder for employees to submit their timesheets by Friday.',
  'Can you turn this CSV into a table and highlight the rows where the status is "failed"?',
  'We moved the cron job to run at 02:00 to avoid overlapping with the nightly backup.',
  'Honestly, the documentation for this SDK is outdated — half the examples no longer compile.',
  'Our SLA promises 99.9% uptime, which allows roughly 43 minutes of downtime a month.',
  'After the update, users on Android {n} cannot log in; iOS works fine.',
  'The candidate has eight years of experience in backend development, mostly Java and Go.',
  'Please draft a job description for a senior data engineer based in {city}.',
  'The warehouse in {city} is running low on SKU {sku}; reorder at least {n} units.',
  'I tried clearing the cache and reinstalling, but the issue persists.',
  'Summarise the pros and cons of moving our queue from RabbitMQ to Kafka.',
  'The patient intake form needs a field for emergency contacts and known allergies.',
  'Ticket #{ticket} was escalated to tier 2 because the customer is on the enterprise plan.',
  'The report for week {week} is attached; conversion is flat but average order value is up.',
  'We should rotate the credentials after the contractor offboarding — can you write the checklist?',
  'It works on my machine, but CI fails with a timeout after exactly 60 seconds.',
  'Give me a regex that matches ISO dates like 2024-03-15, and explain each part.',
] as const;

export const FR_SENTENCES = [
  'Bonjour {first}, merci pour votre réponse rapide.',
  'Je vous écris au sujet de la commande {order}, toujours « en cours de traitement ».',
  'Pourriez-vous résumer ce compte rendu de réunion en trois points clés ?',
  'Depuis la mise à jour du {ndate}, l’application plante dès qu’on ouvre l’écran de paiement.',
  'La facture de {amount} a bien été réglée, mais le compte apparaît encore comme impayé.',
  'Nous avons constaté une hausse de {pct} % des erreurs côté serveur — c’est préoccupant.',
  'Le client de {city} signale que l’export PDF ne fonctionne plus depuis lundi.',
  'Merci de reformuler ce paragraphe de façon plus professionnelle ; le destinataire est {company}.',
  'L’équipe {team} a déployé la version {version} hier soir sans incident majeur.',
  'Je souhaiterais être remboursé du double prélèvement effectué le {ndate}.',
  'Pouvez-vous m’expliquer pourquoi cette requête SQL est si lente ?',
  'Le délai de livraison vers {city} est de trois à cinq jours ouvrés.',
  'À la suite de notre échange, voici le récapitulatif des décisions prises.',
  'Il faudrait prévoir une réunion avec {name} avant la fin du trimestre.',
  'Les données de la semaine {week} montrent une légère baisse du panier moyen.',
  'Je reste à votre disposition pour toute information complémentaire.',
] as const;

export const DE_SENTENCES = [
  'Hallo {first}, vielen Dank für die schnelle Rückmeldung.',
  'Ich schreibe wegen der Bestellung {order}, die seit fünf Tagen als „in Bearbeitung“ angezeigt wird.',
  'Könnten Sie die folgenden Besprechungsnotizen in drei Stichpunkten zusammenfassen?',
  'Seit dem Update vom {ndate} stürzt die App beim Öffnen des Zahlungsbildschirms ab.',
  'Die Rechnung über {amount} wurde bezahlt, das Konto ist aber weiterhin gesperrt.',
  'Die Fehlerquote ist um {pct} % gestiegen – das müssen wir dringend prüfen.',
  'Der Kunde aus {city} meldet, dass der Export seit Montag nicht mehr funktioniert.',
  'Bitte formulieren Sie diesen Absatz etwas höflicher; der Empfänger ist {company}.',
  'Das {team}-Team hat gestern Abend Version {version} ausgerollt.',
  'Ich möchte die doppelte Abbuchung vom {ndate} zurückerstattet bekommen.',
  'Warum ist diese Abfrage so langsam, obwohl ein Index auf der Spalte existiert?',
  'Die Lieferung nach {city} dauert drei bis fünf Werktage.',
  'Anbei die Zusammenfassung unserer Entscheidungen aus dem Termin mit {name}.',
  'Für Rückfragen stehe ich Ihnen jederzeit gern zur Verfügung.',
  'Die Zahlen für Kalenderwoche {week} zeigen einen leichten Rückgang beim Umsatz.',
  'Größere Änderungen sollten wir erst nach der Prüfung durch die Qualitätssicherung übernehmen.',
] as const;

export const ES_SENTENCES = [
  'Hola {first}, gracias por responder tan rápido.',
  'Le escribo por el pedido {order}, que sigue «en proceso» después de cinco días.',
  '¿Podrías resumir estas notas de la reunión en tres puntos?',
  'Desde la actualización del {ndate}, la aplicación se cierra al abrir la pantalla de pago.',
  'La factura de {amount} ya está pagada, pero la cuenta sigue apareciendo como morosa.',
  'Hemos visto un aumento del {pct} % en los errores del servidor — hay que revisarlo.',
  'El cliente de {city} dice que la exportación a Excel no funciona desde el lunes.',
  'Por favor, reescribe este párrafo con un tono más formal; el destinatario es {company}.',
  'El equipo de {team} desplegó la versión {version} anoche sin incidencias.',
  'Solicito el reembolso del cargo duplicado del {ndate}.',
  '¿Por qué esta consulta tarda tanto si la columna tiene índice?',
  'El envío a {city} tarda entre tres y cinco días hábiles.',
  'Adjunto el resumen de lo que acordamos con {name} en la reunión.',
  'Quedo a su disposición para cualquier aclaración.',
  'Los datos de la semana {week} muestran una ligera caída en la conversión.',
  'Mañana revisaré el informe y le enviaré mis comentarios por la tarde.',
] as const;

/** Short lines with CJK text and emoji, as they show up in chats and commit messages. */
export const INTL_LINES = [
  '谢谢！我们下周再讨论这个问题。',
  '了解しました。明日までに修正します 🙏',
  '这个接口在高并发下会超时，请帮忙看一下。',
  '확인했습니다. 배포는 금요일에 진행할게요.',
  'Thanks!! 🎉 That fixed it.',
  'LGTM 👍 ship it',
  'Merci beaucoup 😊',
  '🚀 Deployed to production',
  '⚠️ Heads-up: the staging DB will be down from 14:00 to 15:00.',
  'Danke schön! 🙌',
  '¡Perfecto! ✅',
  'テストが失敗しています：タイムアウトです。',
] as const;

export const WORDS = ['order', 'user', 'invoice', 'payment', 'session', 'report', 'cart', 'account', 'shipment', 'event', 'item', 'customer', 'ticket', 'job', 'task', 'token', 'cache', 'queue', 'metric', 'config'] as const;

export function uuid(rng: Rng): string {
  const h = (n: number) => rng.chars(HEX, n);
  return `${h(8)}-${h(4)}-4${h(3)}-${rng.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
}

export function sha(rng: Rng, len = 40): string {
  return rng.chars(HEX, len);
}

export function isoDate(rng: Rng): string {
  return `20${rng.int(22, 25)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

export function clock(rng: Rng): string {
  return `${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
}

export function version(rng: Rng): string {
  return `${rng.int(0, 9)}.${rng.int(0, 30)}.${rng.int(0, 20)}`;
}

export function ipv4(rng: Rng): string {
  const kind = rng.int(0, 3);
  if (kind === 0) return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  if (kind === 1) return `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  const first = rng.pick([34, 52, 81, 88, 93, 104, 151, 185, 203]);
  const second = rng.int(0, 255);
  const third = rng.int(0, 255);
  // Never a documentation range (203.0.113/24): those are not personal data and never count.
  return `${first}.${first === 203 && second === 0 && third === 113 ? 1 : second}.${third}.${rng.int(1, 254)}`;
}

export function amount(rng: Rng): string {
  const v = `${rng.int(5, 9999)}.${rng.chars(DIGITS, 2)}`;
  return rng.pick([`$${v}`, `€${v.replace('.', ',')}`, `${v} EUR`, `£${v}`, `${v} USD`]);
}

/** Fills `{slot}` placeholders with ordinary, non-sensitive values. */
export function fill(rng: Rng, template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'first': return rng.pick(FIRST_NAMES);
      case 'name': return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
      case 'order': return `${rng.pick(['#', 'ORD-', 'A-', ''])}${rng.int(100000, 9999999)}`;
      case 'team': return rng.pick(TEAMS);
      case 'version': return version(rng);
      case 'product': return rng.pick(PRODUCTS);
      case 'date': return rng.chance(0.5) ? isoDate(rng) : `${rng.int(1, 28)} ${rng.pick(MONTHS)} 20${rng.int(22, 25)}`;
      case 'ndate': return `${String(rng.int(1, 28)).padStart(2, '0')}${rng.pick(['/', '.'])}${String(rng.int(1, 12)).padStart(2, '0')}${rng.pick(['/', '.'])}20${rng.int(22, 25)}`.replace(/^(\d\d)([./])(\d\d)[./]/, '$1$2$3$2');
      case 'month': return rng.pick(MONTHS);
      case 'amount': return amount(rng);
      case 'company': return rng.pick(COMPANIES);
      case 'city': return rng.pick(CITIES);
      case 'pct': return String(rng.int(2, 60));
      case 'time': return clock(rng);
      case 'n': return String(rng.int(2, 480));
      case 'm': return String(rng.int(2, 90));
      case 'sha7': return sha(rng, 7);
      case 'sku': return `${rng.pick(['SKU', 'WH', 'P'])}-${rng.int(1000, 99999)}`;
      case 'ticket': return String(rng.int(10000, 999999));
      case 'week': return String(rng.int(1, 52));
      case 'word': return rng.pick(WORDS);
      default: return slot;
    }
  });
}
