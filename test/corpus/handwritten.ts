/**
 * Hand-written corpus samples (not templated): realistic, mixed-language prompts written one by one,
 * with inline labels `⟦TYPE|value⟧`. `buildHandwritten()` strips the markers and computes offsets, and
 * generate.ts writes the result to handwritten.jsonl. Values are synthetic with valid checksums; samples
 * without markers are hard negatives or clean text on purpose.
 */
import { parseMarked, type CorpusDoc } from './doc';

interface Sample {
  readonly lang: CorpusDoc['lang'];
  readonly kind: string;
  readonly text: string;
}

const SAMPLES: readonly Sample[] = [
  {
    lang: 'en',
    kind: 'customer-email',
    text: `Can you shorten this reply to a customer?

Hi Mr Okafor,
thanks for sending the direct deposit form. I checked it against what we have on file: routing number ⟦US_BANK_ROUTING|101521239⟧ and account 004417782231 match, but the SSN on page 2 (⟦US_SSN|626-30-4359⟧) is different from the one in your W-4. Could you call me at ⟦PHONE|(312) 555-0160⟧ so we can sort it out before the payroll run on 03/28/2025?
Best,
Hannah Reid — Payroll, Northwind Traders`,
  },
  {
    lang: 'fr',
    kind: 'customer-email',
    text: `Bonjour Madame Lefèvre,

suite à votre demande du 14/02/2025, voici les coordonnées pour le virement de l’acompte (facture FA-2025-031, 1 240,00 € TTC) :
Titulaire : Atelier Lumière SARL
IBAN : ⟦IBAN|FR76 1805 9950 6278 7224 7362 982⟧
BIC : ⟦SWIFT_BIC|AVJPFRXQ⟧
Pour toute question, je suis joignable au ⟦PHONE|06 95 85 69 19⟧ ou par mail à ⟦EMAIL|c.girard@example.com⟧.

Bien cordialement,
Camille Girard`,
  },
  {
    lang: 'de',
    kind: 'customer-email',
    text: `Kannst du mir helfen, diesen Brief ans Finanzamt freundlicher zu formulieren?

Sehr geehrte Damen und Herren,
in Ihrem Bescheid vom 02.04.2025 (Aktenzeichen 21/815/40233) ist meine Steuer-ID falsch übernommen worden. Richtig ist: ⟦DE_TAX_ID|78 931 496 053⟧. Geboren bin ich am ⟦DATE_OF_BIRTH|17.09.1981⟧ in Köln.
Bitte überweisen Sie die Erstattung von 412,50 € auf mein Konto ⟦IBAN|AT58 1502 6789 2868 5246⟧.
Mit freundlichen Grüßen
Jürgen Weber`,
  },
  {
    lang: 'es',
    kind: 'chat-message',
    text: `Redacta un contrato de alquiler sencillo con estos datos. Arrendador: Sergio Navarro, DNI ⟦ES_DNI|14761271D⟧. Arrendataria: Nuria Torres, NIE ⟦ES_DNI|Z2189051P⟧, teléfono ⟦PHONE|+34 918 18 66 36⟧. Renta: 850 € al mes, fianza de dos mensualidades, a ingresar en la cuenta ⟦IBAN|ES81 1285 0672 2670 3004 8259⟧. Inicio: 1 de septiembre de 2025.`,
  },
  {
    lang: 'en',
    kind: 'chat-message',
    text: `I'm filling out my mum's NHS registration online. Her NHS number is ⟦UK_NHS|635 767 4923⟧, National Insurance ⟦UK_NINO|BB 54 59 32 B⟧ and DOB ⟦DATE_OF_BIRTH|14/07/1949⟧. The form keeps saying "invalid format" — what format do they expect for each?`,
  },
  {
    lang: 'fr',
    kind: 'chat-message',
    text: `Je suis au Québec depuis deux ans. Mon employeur me demande mon NAS : ⟦CA_SIN|695 928 408⟧. C’est normal de le donner par courriel ? Et est-ce que je dois aussi fournir mon numéro de sécurité sociale français (⟦FR_NIR|2 71 09 80 734 635 74⟧) ?`,
  },
  {
    lang: 'en',
    kind: 'chat-message',
    text: `Help me write an email to my accountant. Points: my TFN is ⟦AU_TFN|417 660 794⟧, I started the new job on 1 July, and the payment summary shows $48,210.00 gross. Also ask whether my partner (born ⟦DATE_OF_BIRTH|3 March 1990⟧) can be added as a dependant.`,
  },
  {
    lang: 'en',
    kind: 'hr-form',
    text: `Convert to a table please:
Employee: Priya Patel | Aadhaar: ⟦IN_AADHAAR|3495 4475 0139⟧ | PAN: ABCPP1234K | Joining: 2025-01-06 | CTC: INR 18,00,000
Employee: Daniel Kim | BSN: ⟦NL_BSN|401638364⟧ | Joining: 2025-02-01 | Salary: EUR 64,000`,
  },
  {
    lang: 'es',
    kind: 'customer-email',
    text: `Hola Diego,
te paso los datos del proveedor brasileño para darlo de alta en el ERP:
Razón social: Comercial Paulista Ltda.
CNPJ: ⟦BR_CNPJ|88.117.458/0001-76⟧
Responsable: João Ribeiro, CPF ⟦BR_CPF|689.554.759-26⟧
Correo: ⟦EMAIL|joao.ribeiro@example.org⟧
El pedido de prueba es el PO20250417 por 3.450,00 €.
Un saludo,
Elena`,
  },
  {
    lang: 'de',
    kind: 'hr-form',
    text: `Bitte prüfe die Angaben unserer neuen Kollegin aus Mailand:
Name: Marta Gallo
Codice Fiscale: ⟦IT_FISCAL_CODE|GLLMRT82B66F205E⟧
Geburtsdatum: ⟦DATE_OF_BIRTH|26.02.1982⟧
Steuer-ID (DE): ⟦DE_TAX_ID|25407180369⟧
Personalnummer: P-30418, Kostenstelle 4410-02`,
  },
  {
    lang: 'en',
    kind: 'hr-form',
    text: `W-7 draft for review (do not send yet):
Applicant: Ahmed Okafor
ITIN (renewal): ⟦US_ITIN|969-80-7931⟧
Foreign tax ID: 12 3456 7890
Date of birth: ⟦DATE_OF_BIRTH|11/23/1986⟧
Mailing address: 908 Pine Ave, Portland, OR 97205
Phone: ⟦PHONE|+1 617-555-0139⟧`,
  },
  {
    lang: 'en',
    kind: 'env-file',
    text: `my ~/.zshrc — zsh says "bad substitution" on startup, why?

export PATH="$HOME/.local/bin:$PATH"
export OPENAI_API_KEY=⟦OPENAI_KEY|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⟧
export ANTHROPIC_API_KEY="⟦ANTHROPIC_KEY|sk-ant-api03-QPqx1Y8g014Ov_Z_-uLuCHVPcpsnM36yM6aJ2bVjcVF9EGjnoVGtG8rQl_r1vEVe2ZEVu5ZgqnfL6T1KNphP9vc1d2XlbAA⟧"
export GH_TOKEN=⟦GITHUB_TOKEN|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⟧
alias k=kubectl
export PS1='\${PWD##*/} % '`,
  },
  {
    lang: 'en',
    kind: 'code-shell',
    text: `This charge call returns 402, what does that mean?

curl https://api.stripe.com/v1/charges \\
  -u ⟦STRIPE_KEY|sk_live_US4WqF1FgBy0Xh0PJ7fEBMW4⟧: \\
  -d amount=2000 \\
  -d currency=eur \\
  -d "description=Order ORD-2025-004512"`,
  },
  {
    lang: 'fr',
    kind: 'code-shell',
    text: `Le push échoue avec "HTTP Basic: Access denied", pourtant le jeton est valide :

$ git remote -v
origin  https://oauth2:⟦GITLAB_TOKEN|glpat-rBeEZvPwR8R04e3EEyAD⟧@gitlab.example.com/equipe/facturation.git (fetch)
$ git log -1 --format='%H %an <%ae>'
3f9a1c0b7d2e4f8a9b6c5d4e3f2a1b0c9d8e7f6a Inès Faure <⟦EMAIL|ines.faure@example.com⟧>`,
  },
  {
    lang: 'en',
    kind: 'ini-config',
    text: `Why does boto3 pick the wrong profile? Here's ~/.aws/credentials:

[default]
aws_access_key_id = ⟦AWS_ACCESS_KEY|AKIARIN2BHJFBDTZSXGO⟧
aws_secret_access_key = ⟦AWS_SECRET_KEY|7d2xGlsvZLzYOsMw2lLZJAxMwawr5tT5o1B9qFBI⟧

[docs-example]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-east-1`,
  },
  {
    lang: 'de',
    kind: 'code-shell',
    text: `Das Skript schickt nichts nach Slack, woran liegt es?

#!/usr/bin/env bash
set -euo pipefail
WEBHOOK="⟦SLACK_WEBHOOK|https://hooks.slack.com/services/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⟧"
BUILD=$(git rev-parse --short HEAD)   # z. B. 9c41e7b
curl -s -X POST -H 'Content-type: application/json' --data "{\\"text\\":\\"Build $BUILD fertig\\"}" "$WEBHOOK"`,
  },
  {
    lang: 'en',
    kind: 'json-payload',
    text: `appsettings.Production.json — the app can't connect to SQL, can you spot the problem?

{
  "ConnectionStrings": {
    "Default": "⟦DB_CONNECTION_STRING|Server=tcp:sql-prod.example.net,1433;Initial Catalog=Billing;User ID=billing_app;Password=Falcon1994!;Encrypt=True;⟧",
    "Storage": "⟦AZURE_CONNECTION_STRING|DefaultEndpointsProtocol=https;AccountName=stay37sjv;AccountKey=185tmaqbLqribrVWi+OfbShOJL5GNX4aIBA1akdX7WmY43blR/Ne77sYeyGZA2D8fmLlxO9ncGi52UOWGtXpog==;EndpointSuffix=core.windows.net⟧"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "AllowedHosts": "*"
}`,
  },
  {
    lang: 'es',
    kind: 'code-shell',
    text: `¿Por qué este comando me da "AuthenticationFailed"?

az storage blob upload --account-name stbackups01 --account-key "⟦AZURE_STORAGE_KEY|IFU1+KwaIyzOlI7vNGnFjFxff/9kpO/yQaeYsFOTRqVe9fCljXBRGGZKZ9WGjOVqZCSYDpuwr9OnRiYMM4sMKQ==⟧" --container-name copias --name dump-2025-05-01.sql.gz --file ./dump.sql.gz`,
  },
  {
    lang: 'en',
    kind: 'code-python',
    text: `I pasted our deploy key into the script by accident and now paramiko says "not a valid RSA private key file". The paste got cut off, is that why?

import paramiko, io
KEY = """⟦PRIVATE_KEY|-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAACMHoYQvnxt2Irj7hF6u+HXDylouBiBRqdFDpYrba8oIx+3
9I/nO2Ts2NSOng3NfMHOmsXovz9xmryzjGPwgKTzuCudvd3jFZyjTMt0eaH13zFpT9Fmre
aEJVDywLn/PEKNnCqLcO6THFYL9hVkG0J0lgABRfBLpOVaTiN+ilXTWKF3gdTOb7ad7/pB
Tzc5OH8wbxxXg5DXh+N7Uqigj2UMVL45nApOtHY7izXmhDTWDsnungwBL0GZGzSJz6RLdx⟧
"""
pkey = paramiko.Ed25519Key.from_private_key(io.StringIO(KEY))`,
  },
  {
    lang: 'fr',
    kind: 'chat-message',
    text: `Mon token expire tout de suite après le login, tu peux décoder celui-ci et me dire ce qui cloche ?
⟦JWT|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIyMjE2NiIsImVtYWlsIjoibGVhLm1hcnRpbkBleGFtcGxlLm9yZyIsInJvbGUiOiJ1c2VyIiwiaWF0IjoxNzM3MzIxODU2LCJleHAiOjE3Mzc0MDgyNTZ9.BxsUFuWsVjfBccbnG0Rfs2u69S52SGqk0UrL6rAs4fO⟧
Le serveur est en Europe/Paris, l’horloge a l’air juste (NTP ok).`,
  },
  {
    lang: 'en',
    kind: 'code-js',
    text: `Geocoding returns REQUEST_DENIED in prod only:

const url = \`https://maps.googleapis.com/maps/api/geocode/json?address=\${encodeURIComponent(addr)}&key=⟦GOOGLE_API_KEY|AIzaUHR6H6DTXUtGTmrp3vJT5XFmx-kinCilCgg⟧\`;
const res = await fetch(url);
console.log(res.status, await res.json());`,
  },
  {
    lang: 'de',
    kind: 'chat-message',
    text: `Ich richte das Gäste-WLAN ein. Das Passwort lautet: ⟦PASSWORD_ASSIGNMENT|Kaffee2024!Gast⟧ – kannst du mir einen netten Aushang für die Rezeption schreiben? Der Router hat die MAC ⟦MAC_ADDRESS|12:6A:2B:EE:F3:C3⟧ und hat die IP-Adresse ⟦IP_ADDRESS|192.168.178.1⟧.`,
  },
  {
    lang: 'es',
    kind: 'server-log',
    text: `¿Esto es un ataque? Lo veo en el auth.log del servidor:

May  3 04:12:09 vps1 sshd[20411]: Failed password for invalid user admin from ⟦IP_ADDRESS|203.0.113.77⟧ port 51022 ssh2
May  3 04:12:11 vps1 sshd[20411]: Failed password for invalid user admin from ⟦IP_ADDRESS|203.0.113.77⟧ port 51022 ssh2
May  3 04:12:15 vps1 sshd[20415]: Disconnected from authenticating user root ⟦IP_ADDRESS|2001:db8:3aba:b033:221f:5d1e:7a3a:3e9a⟧ port 40988 [preauth]`,
  },
  {
    lang: 'en',
    kind: 'support-ticket',
    text: `Customer wrote (ticket #482913):
"I was charged twice for order 114-3941689-8812345. Card ending 3011, the full number is ⟦CREDIT_CARD|5200 8245 6714 3011⟧ if you need it. The second charge has transaction reference 4000 8180 8457 3362. I'd like the duplicate refunded please."
Draft a reply that doesn't repeat the card number.`,
  },
  {
    lang: 'fr',
    kind: 'support-ticket',
    text: `Réclamation client n° CS-2025-04417 : « Bonjour, mon mot de passe est ⟦PASSWORD_ASSIGNMENT|Bretagne_7xQ2%⟧ et votre site me dit qu’il est incorrect depuis la mise à jour 4.12.0. J’ai aussi essayé de réinitialiser via le lien “Mot de passe oublié ?” mais je ne reçois rien. »
Peux-tu proposer une réponse ?`,
  },
  {
    lang: 'en',
    kind: 'code-python',
    text: `Django settings, tests fail with ImproperlyConfigured:

SECRET_KEY = "⟦GENERIC_SECRET|qTq2LBKXZj6TvoEqiPXt7Yf2eItd0S1yUynW6qmyDyP⟧"
DEBUG = False
ALLOWED_HOSTS = ["app.example.com"]
DATABASES = {"default": dj_database_url.parse("⟦DB_CONNECTION_STRING|postgres://shop:Orchid_k2Pz&@pg-prod-01.example.net:5432/shop⟧")}
CELERY_BROKER_URL = "redis://localhost:6379/0"
SLACK_BOT_TOKEN = "⟦SLACK_TOKEN|xoxp-751315056751-867493779412-5790065431713-b39f1f661ec712dfb501fedb7b3aa979⟧"`,
  },
  {
    lang: 'es',
    kind: 'csv-export',
    text: `Ordena por ciudad:
nombre,email,telefono,ciudad
Lucía García,⟦EMAIL|lucia.garcia@example.com⟧,⟦PHONE|+34 612 345 678⟧,Madrid
Pablo Ruiz,⟦EMAIL|pruiz@example.net⟧,⟦PHONE|+34 677 13 23 55⟧,Valencia
Carmen López,⟦EMAIL|carmen.lopez@example.org⟧,,Sevilla`,
  },
  {
    lang: 'en',
    kind: 'server-log',
    text: `Router log, which device keeps reconnecting?

2025-05-02T21:14:03Z dhcpd: DHCPREQUEST for 10.0.0.42 from ⟦MAC_ADDRESS|aa:30:fe:fa:ae:49⟧ (Chloes-iPhone) via eth1
2025-05-02T21:14:03Z dhcpd: DHCPACK on 10.0.0.42 to ⟦MAC_ADDRESS|aa:30:fe:fa:ae:49⟧ (Chloes-iPhone) via eth1
2025-05-02T21:19:41Z dhcpd: DHCPDISCOVER from ⟦MAC_ADDRESS|7e-79-31-9a-c1-cb⟧ via eth1: no free leases`,
  },
  // ---------------------------------------------------------------- hard negatives and clean text
  {
    lang: 'en',
    kind: 'readme',
    text: `Rewrite this quick-start so it's clearer:

1. Copy .env.example to .env and set OPENAI_API_KEY=<your-key> (it looks like sk-xxxxxxxx…).
2. For S3, the AWS docs use AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as sample credentials — replace them with your own.
3. Set DATABASE_URL=postgres://\${DB_USER}:\${DB_PASSWORD}@localhost:5432/app
4. In the Helm chart, the password comes from {{ .Values.db.password }} and the API key from {{ secret }}.
5. Test with the jwt.io sample token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`,
  },
  {
    lang: 'en',
    kind: 'code-js',
    text: `What does this minified bundle do? Found it in our build output:

!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?define(t):(e="undefined"!=typeof globalThis?globalThis:e||self).Tracker=t()}(this,function(){"use strict";var n={apiKey:null,password:"",token:void 0},r="0123456789abcdef";function o(e){return e.apiKey||e.headers&&e.headers["x-api-key"]}return{init:function(e){n.apiKey=e.apiKey;n.sessionId="a3c5e1f0-9b7d-4e2a-8c6f-1d0b9e8a7c65"},version:"3.14.2"}});
//# sourceMappingURL=tracker.9f86d081.js.map`,
  },
  {
    lang: 'en',
    kind: 'markdown',
    text: `Why doesn't this image render in the GitHub README?

![logo](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAABHNCSVQICAgIfAhkiAAAAAlwSFlzAAAOxAAADsQBlSsOGwAAABl0RVh0U29mdHdhcmUAd3d3Lmlua3NjYXBlLm9yZ5vuPBoAAAK5SURBVGiB7ZnPaxNBFMc/b5Ns0tTa2lZbtSJ4EPHgQfDgRfDkv+DBk+DFf8GD4NGLIIIX8SAo6EUQBBE8iAcRBBE8iAcRBBE8iAcPggdBz37ZjdmmyTbZpLvJHuYLw8y8mXnz/c6bN29mYYABBhhgAF0Gba+XW7lhuAOCcPKt5AfIFwnb8R2h2HVO4nq8vgD1yz4M4mLr/V8lbLbnU5dtUBoUsfy1vBgm1Fbx4MOmhg5NLBiJ2QTsaVu2mSyN0+j5Jq5+6sSB2l8yAW4uLoYXqHAUE38AnmXb56KqO4BdxoKU5lTb1yUv6ZiR+5FQtLGfn/3EGADx4V7NdI4cfJrgFPEVx5vDnwEqtW2GIT8wQ4k9jZewOTbWFJFVXSmpBtlsOwmEPsQCWGVvzXs2z7nkXrBz0RAo4z8XtijX+2Tt4IU4wS6VFCrIA4H9wNrWEMsyEpmOmTbnhVK0nYTPCHgyyHdfXbSKaVzfF/rqpX0kRBaAJ8g2+VG3kR3ZqwN9k3x5ZbAYIcc6hSOLk3G9dD7n1E7UcYHqlSWmF4fPj6gCl+NKX+SZ2Xf9oQQk7mFj0kUKAAAAAElFTkSuQmCC)

The badge next to it uses logo@2x.png and the package is preact@10.19.3.`,
  },
  {
    lang: 'de',
    kind: 'chat-message',
    text: `Meine Bestellung 4000 1234 5678 9010 vom 12.03.2025 (Rechnungsnummer RE2025004411, Betrag 1.299,00 €) ist nicht angekommen. Die Sendungsnummer ist JJD000390007351289113. Kannst du mir eine Reklamation an den Händler formulieren? Lieferung war für den 18.03.2025 angekündigt.`,
  },
  {
    lang: 'es',
    kind: 'chat-message',
    text: `¿Por qué el validador me rechaza el DNI 42559721H? Dice "letra de control incorrecta". También me falla el NIF 47307175E de otro cliente. ¿Cómo se calcula la letra?`,
  },
  {
    lang: 'de',
    kind: 'chat-message',
    text: `Das ELSTER-Formular lehnt die Steuer-ID 19262122514 ab („Prüfziffer ungültig“). Und meine IBAN DE13 2004 5067 2495 0285 89 wird auch als fehlerhaft markiert. Habe ich mich vertippt? Wie prüft man das selbst?`,
  },
  {
    lang: 'en',
    kind: 'code-python',
    text: `Are these fixtures OK for testing our SSN validator? They should all be rejected:

INVALID_SSNS = [
    "000-12-3456",  # area 000
    "666-45-6789",  # area 666
    "943-23-6005",  # area 9xx
    "123-00-4567",  # group 00
    "321-54-0000",  # serial 0000
]
INVALID_CARDS = ["4000457438613306", "6011-4402-7974-0162"]  # fail Luhn`,
  },
  {
    lang: 'fr',
    kind: 'server-log',
    text: `Le déploiement boucle, voici les logs du pod :

2025-04-30T08:01:12.118Z INFO  starting api v2.31.0 (commit 7c9e2b41f0a3d5e6b8c1f2a4d6e8b0c2e4f6a8b1)
2025-04-30T08:01:12.402Z INFO  listening on http://0.0.0.0:8080, debugger on 127.0.0.1:9229
2025-04-30T08:01:13.007Z WARN  config: DB_PASSWORD not set, falling back to \${DB_PASSWORD}
2025-04-30T08:01:13.519Z ERROR migration 1714464073_add_index failed: relation "orders" does not exist
2025-04-30T08:01:13.520Z INFO  request_id=5f0c2d3e-8a41-4b7c-9e26-3d1f0a9b8c7e shutting down after 1.41s`,
  },
  {
    lang: 'en',
    kind: 'chat-message',
    text: `Quick math check: the invoice total is $12,480.00, VAT 20% included, paid on 2025-03-14. Our PO number is PO40021877 and the supplier's reference is 0044-5521-9087. What's the net amount? Also convert 1714464073 (epoch) to UTC.`,
  },
  {
    lang: 'es',
    kind: 'json-payload',
    text: `Explícame este webhook de pagos:

{
  "id": "evt_1PqR7sTuVwXyZ0aBcDeFgHiJ",
  "type": "payment_intent.succeeded",
  "created": 1714464073,
  "data": {
    "amount": 129900,
    "currency": "eur",
    "card": { "brand": "visa", "last4": "4242", "exp": "08/27", "fingerprint": "Xt5EWLLDS7FJjR1c" },
    "order_id": "ORD-2025-004512",
    "checksum": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
  }
}`,
  },
  {
    lang: 'fr',
    kind: 'chat-message',
    text: `Aide-moi à rédiger une relance : la facture n° 2025-118 du 12/03/2025 (montant 3 480,00 € TTC) est toujours impayée. Le bon de commande porte la référence BC-77120 et le devis initial était le D-2025-0042. Échéance dépassée de 45 jours.`,
  },
  {
    lang: 'en',
    kind: 'code-yaml',
    text: `Is this GitHub Actions workflow safe to make public?

name: release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: actions/setup-node@v4
        with:
          node-version: 20.12.2
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
          SLACK_WEBHOOK_URL: \${{ secrets.SLACK_WEBHOOK_URL }}`,
  },
  {
    lang: 'de',
    kind: 'code-java',
    text: `Warum schlägt der Login-Test fehl?

@Test
void rejectsShortPasswords() {
    var form = new SignupForm("max.mustermann", "short");
    assertThrows(ValidationException.class, () -> service.register(form));
    // Passwort muss mindestens 12 Zeichen haben, siehe PasswordPolicy.MIN_LENGTH
    assertEquals("3f2b9c7e-1a4d-4e8b-9c0f-6d5e4a3b2c1d", form.getRequestId().toString());
}`,
  },
  // ---------------------------------------------------------------- second batch (mixed)
  {
    lang: 'en',
    kind: 'terminal',
    text: `I ran aws configure on the build box, then pasted this — did I set it up right?

$ aws configure
AWS Access Key ID [None]: ⟦AWS_ACCESS_KEY|AKIAKGMGP7MRCQ4ZJV7I⟧
AWS Secret Access Key [None]: ⟦AWS_SECRET_KEY|PcWpOwe8MKUpO7RPACIR9wa7ugClr8wBzAKkMpQH⟧
Default region name [None]: eu-west-3
Default output format [None]: json`,
  },
  {
    lang: 'es',
    kind: 'chat-message',
    text: `Me han bloqueado el acceso al panel del router. Los datos que tengo apuntados son usuario: admin / clave: ⟦PASSWORD_ASSIGNMENT|Copper_zkEs%⟧. ¿Cómo lo reseteo sin perder la configuración? Mi móvil por si hace falta: ⟦PHONE|+34 645 47 31 42⟧.`,
  },
  {
    lang: 'de',
    kind: 'ini-config',
    text: `Die Verbindung zur Datenbank klappt nicht, hier die config.ini:

[database]
host = db.intern.example.com
port = 5432
benutzer = buchhaltung
passwort = ⟦PASSWORD_ASSIGNMENT|Ba6Fuo%y1fhrM⟧
; Stand 07.05.2025, Ticket SUP-4471`,
  },
  {
    lang: 'en',
    kind: 'chat-message',
    text: `Can you format this for a bank transfer form? Beneficiary: Jonas Richter, IBAN ⟦IBAN|at83 1554 0930 7153 8500⟧ (he typed it in lowercase, is that a problem?). Reference: invoice INV-2025-0193, amount €1,450.00.`,
  },
  {
    lang: 'fr',
    kind: 'customer-email',
    text: `Peux-tu traduire ce message en anglais ?

« Bonjour, suite à notre échange téléphonique, je vous confirme mes informations pour l’ouverture du dossier : n° de sécurité sociale ⟦FR_NIR|150108489152154⟧, carte bancaire ⟦CREDIT_CARD|6011 0095 0231 7998⟧ pour le prélèvement des frais (35,00 €). Vous pouvez me rappeler au ⟦PHONE|+33 1 99 00 10 00⟧. Cordialement, Hugo Faure »`,
  },
  {
    lang: 'en',
    kind: 'code-python',
    text: `Tests pass locally but not in CI:

os.environ.setdefault("SLACK_BOT_TOKEN", "⟦SLACK_TOKEN|xoxb-140537222623-6497767142034-WUN9P6q6MomLFTBcbtJz7aXz⟧")
os.environ.setdefault("MAPS_KEY", "⟦GOOGLE_API_KEY|AIzaNG2KL1duxgo4pyRxxiN_vYa5ExADBTzKidH⟧")

def test_notify(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1714464073)
    assert notify("⟦EMAIL|qa-team@example.org⟧") is True`,
  },
  {
    lang: 'en',
    kind: 'hr-form',
    text: `Mixed team roster for the visa paperwork, please sort by country:
- Liam Carter (UK) — NINO ⟦UK_NINO|LJ645118A⟧
- Ana Souza (BR) — CPF ⟦BR_CPF|43011702608⟧
- Marco Ferrari (IT) — Codice Fiscale ⟦IT_FISCAL_CODE|FRRMRC86A18A944K⟧
- Sofía Ruiz (ES) — DNI ⟦ES_DNI|67408176Y⟧
- Ravi Kumar (IN) — Aadhaar ⟦IN_AADHAAR|9923-9062-8726⟧
- Daan de Vries (NL) — BSN ⟦NL_BSN|590339205⟧
- Mia Wilson (AU) — TFN ⟦AU_TFN|440878838⟧
- Noah Tremblay (CA) — SIN ⟦CA_SIN|531-335-248⟧`,
  },
  {
    lang: 'de',
    kind: 'chat-message',
    text: `Unser Entwickler hat mir diesen Token für die Schnittstelle geschickt, wie lange ist der gültig?
⟦JWT|eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImFOcFdYS2NEQTNaMDdjaE4ifQ.eyJzdWIiOiI4MDIzMTkiLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3MTIyNTk4ODcsImV4cCI6MTcxMjM0NjI4N30.GpOuY4LaQqQexK-S9oCtJoGHQuWtB4Nl3axAoNx-jfS6smrbLvqPWprVhBLEkwSuaw0KBXkQbp0CQTo53CEO9E⟧
Und das Repo klont er mit ⟦GITHUB_TOKEN|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⟧ – ist das okay so?`,
  },
  {
    lang: 'es',
    kind: 'customer-email',
    text: `Resume este correo de facturación:

De: Administración <⟦EMAIL|facturas@example.com⟧>
Asunto: Factura 2025/0417 — Soluciones Ibéricas S.L. (CIF B12345678)
Adjuntamos la factura 2025/0417 por 2.904,00 € (IVA incl.). Nuestra cuenta ha cambiado: ⟦IBAN|ES81 1285 0672 2670 3004 8259⟧. Cualquier duda, al ⟦PHONE|+34 918 18 66 36⟧.`,
  },
  {
    lang: 'de',
    kind: 'chat-message',
    text: `Im Bescheid steht „Steuernummer 21/815/08150“ und oben rechts die Finanzamtsnummer 2181. Ist die Steuernummer dasselbe wie die Steuer-ID? Bescheid vom 15.04.2025, Nachzahlung 312,00 €.`,
  },
  {
    lang: 'en',
    kind: 'server-log',
    text: `Are these logs safe to share with the vendor?

2025-05-06T10:02:11Z INFO  POST /api/login user_id=48213 password=*** token=<redacted> 200 41ms
2025-05-06T10:02:12Z INFO  GET /api/orders?cursor=eyJwYWdlIjoyfQ 200 12ms
2025-05-06T10:02:14Z WARN  rate limit 120/min exceeded key=hash:3b9f0c77a1 (tenant 8f14e45f-ceea-467f-a0e6-5c2b9a1d7e3c)
2025-05-06T10:02:15Z INFO  pulled image api@sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855`,
  },
  {
    lang: 'fr',
    kind: 'chat-message',
    text: `Peux-tu vérifier les mentions légales de mon devis ? SIRET 583 889 450 23333, TVA intracommunautaire FR 12 583889450, capital 10 000 €, RCS Lyon. Devis n° D-2025-0077 valable 30 jours à compter du 06/05/2025.`,
  },
];

/** The hand-written samples as corpus documents (ids hw-001…). */
export function buildHandwritten(): CorpusDoc[] {
  return SAMPLES.map((s, i) => {
    const piece = parseMarked(s.text);
    return { id: `hw-${String(i + 1).padStart(3, '0')}`, lang: s.lang, kind: s.kind, text: piece.text, entities: piece.entities };
  });
}
