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

Hi Mr ⟦PERSON|Okafor⟧,
thanks for sending the direct deposit form. I checked it against what we have on file: routing number ⟦US_BANK_ROUTING|101521239⟧ and account 004417782231 match, but the SSN on page 2 (⟦US_SSN|626-30-4359⟧) is different from the one in your W-4. Could you call me at ⟦PHONE|(312) 555-0160⟧ so we can sort it out before the payroll run on 03/28/2025?
Best,
⟦PERSON|Hannah Reid⟧ — Payroll, Northwind Traders`,
  },
  {
    lang: 'fr',
    kind: 'customer-email',
    text: `Bonjour Madame ⟦PERSON|Lefèvre⟧,

suite à votre demande du 14/02/2025, voici les coordonnées pour le virement de l’acompte (facture FA-2025-031, 1 240,00 € TTC) :
Titulaire : Atelier Lumière SARL
IBAN : ⟦IBAN|FR76 1805 9950 6278 7224 7362 982⟧
BIC : ⟦SWIFT_BIC|AVJPFRXQ⟧
Pour toute question, je suis joignable au ⟦PHONE|06 95 85 69 19⟧ ou par mail à ⟦EMAIL|c.girard@example.com⟧.

Bien cordialement,
⟦PERSON|Camille Girard⟧`,
  },
  {
    lang: 'de',
    kind: 'customer-email',
    text: `Kannst du mir helfen, diesen Brief ans Finanzamt freundlicher zu formulieren?

Sehr geehrte Damen und Herren,
in Ihrem Bescheid vom 02.04.2025 (Aktenzeichen 21/815/40233) ist meine Steuer-ID falsch übernommen worden. Richtig ist: ⟦DE_TAX_ID|78 931 496 053⟧. Geboren bin ich am ⟦DATE_OF_BIRTH|17.09.1981⟧ in Köln.
Bitte überweisen Sie die Erstattung von 412,50 € auf mein Konto ⟦IBAN|AT58 1502 6789 2868 5246⟧.
Mit freundlichen Grüßen
⟦PERSON|Jürgen Weber⟧`,
  },
  {
    lang: 'es',
    kind: 'chat-message',
    text: `Redacta un contrato de alquiler sencillo con estos datos. Arrendador: ⟦PERSON|Sergio Navarro⟧, DNI ⟦ES_DNI|14761271D⟧. Arrendataria: ⟦PERSON|Nuria Torres⟧, NIE ⟦ES_DNI|Z2189051P⟧, teléfono ⟦PHONE|+34 918 18 66 36⟧. Renta: 850 € al mes, fianza de dos mensualidades, a ingresar en la cuenta ⟦IBAN|ES81 1285 0672 2670 3004 8259⟧. Inicio: 1 de septiembre de 2025.`,
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
Employee: ⟦PERSON|Priya Patel⟧ | Aadhaar: ⟦IN_AADHAAR|3495 4475 0139⟧ | PAN: ABCPP1234K | Joining: 2025-01-06 | CTC: INR 18,00,000
Employee: ⟦PERSON|Daniel Kim⟧ | BSN: ⟦NL_BSN|401638364⟧ | Joining: 2025-02-01 | Salary: EUR 64,000`,
  },
  {
    lang: 'es',
    kind: 'customer-email',
    text: `Hola Diego,
te paso los datos del proveedor brasileño para darlo de alta en el ERP:
Razón social: Comercial Paulista Ltda.
CNPJ: ⟦BR_CNPJ|88.117.458/0001-76⟧
Responsable: ⟦PERSON|João Ribeiro⟧, CPF ⟦BR_CPF|689.554.759-26⟧
Correo: ⟦EMAIL|joao.ribeiro@example.org⟧
El pedido de prueba es el PO20250417 por 3.450,00 €.
Un saludo,
Elena`,
  },
  {
    lang: 'de',
    kind: 'hr-form',
    text: `Bitte prüfe die Angaben unserer neuen Kollegin aus Mailand:
Name: ⟦PERSON|Marta Gallo⟧
Codice Fiscale: ⟦IT_FISCAL_CODE|GLLMRT82B66F205E⟧
Geburtsdatum: ⟦DATE_OF_BIRTH|26.02.1982⟧
Steuer-ID (DE): ⟦DE_TAX_ID|25407180369⟧
Personalnummer: P-30418, Kostenstelle 4410-02`,
  },
  {
    lang: 'en',
    kind: 'hr-form',
    text: `W-7 draft for review (do not send yet):
Applicant: ⟦PERSON|Ahmed Okafor⟧
ITIN (renewal): ⟦US_ITIN|969-80-7931⟧
Foreign tax ID: 12 3456 7890
Date of birth: ⟦DATE_OF_BIRTH|11/23/1986⟧
Mailing address: ⟦POSTAL_ADDRESS|908 Pine Ave, Portland, OR 97205⟧
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
3f9a1c0b7d2e4f8a9b6c5d4e3f2a1b0c9d8e7f6a ⟦PERSON|Inès Faure⟧ <⟦EMAIL|ines.faure@example.com⟧>`,
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

May  3 04:12:09 vps1 sshd[20411]: Failed password for invalid user admin from ⟦IP_ADDRESS|45.148.10.77⟧ port 51022 ssh2
May  3 04:12:11 vps1 sshd[20411]: Failed password for invalid user admin from ⟦IP_ADDRESS|45.148.10.77⟧ port 51022 ssh2
May  3 04:12:15 vps1 sshd[20415]: Disconnected from authenticating user root ⟦IP_ADDRESS|2a0d:5600:24:b033:221f:5d1e:7a3a:3e9a⟧ port 40988 [preauth]`,
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
⟦PERSON|Lucía García⟧,⟦EMAIL|lucia.garcia@example.com⟧,⟦PHONE|+34 612 345 678⟧,Madrid
⟦PERSON|Pablo Ruiz⟧,⟦EMAIL|pruiz@example.net⟧,⟦PHONE|+34 677 13 23 55⟧,Valencia
⟦PERSON|Carmen López⟧,⟦EMAIL|carmen.lopez@example.org⟧,,Sevilla`,
  },
  {
    lang: 'en',
    kind: 'server-log',
    text: `Router log, which device keeps reconnecting?

2025-05-02T21:14:03Z dhcpd: DHCPREQUEST for ⟦IP_ADDRESS|10.0.0.42⟧ from ⟦MAC_ADDRESS|aa:30:fe:fa:ae:49⟧ (Chloes-iPhone) via eth1
2025-05-02T21:14:03Z dhcpd: DHCPACK on ⟦IP_ADDRESS|10.0.0.42⟧ to ⟦MAC_ADDRESS|aa:30:fe:fa:ae:49⟧ (Chloes-iPhone) via eth1
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
    text: `Can you format this for a bank transfer form? Beneficiary: ⟦PERSON|Jonas Richter⟧, IBAN ⟦IBAN|at83 1554 0930 7153 8500⟧ (he typed it in lowercase, is that a problem?). Reference: invoice INV-2025-0193, amount €1,450.00.`,
  },
  {
    lang: 'fr',
    kind: 'customer-email',
    text: `Peux-tu traduire ce message en anglais ?

« Bonjour, suite à notre échange téléphonique, je vous confirme mes informations pour l’ouverture du dossier : n° de sécurité sociale ⟦FR_NIR|150108489152154⟧, carte bancaire ⟦CREDIT_CARD|6011 0095 0231 7998⟧ pour le prélèvement des frais (35,00 €). Vous pouvez me rappeler au ⟦PHONE|+33 1 99 00 10 00⟧. Cordialement, ⟦PERSON|Hugo Faure⟧ »`,
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
- ⟦PERSON|Liam Carter⟧ (UK) — NINO ⟦UK_NINO|LJ645118A⟧
- ⟦PERSON|Ana Souza⟧ (BR) — CPF ⟦BR_CPF|43011702608⟧
- ⟦PERSON|Marco Ferrari⟧ (IT) — Codice Fiscale ⟦IT_FISCAL_CODE|FRRMRC86A18A944K⟧
- ⟦PERSON|Sofía Ruiz⟧ (ES) — DNI ⟦ES_DNI|67408176Y⟧
- ⟦PERSON|Ravi Kumar⟧ (IN) — Aadhaar ⟦IN_AADHAAR|9923-9062-8726⟧
- ⟦PERSON|Daan de Vries⟧ (NL) — BSN ⟦NL_BSN|590339205⟧
- ⟦PERSON|Mia Wilson⟧ (AU) — TFN ⟦AU_TFN|440878838⟧
- ⟦PERSON|Noah Tremblay⟧ (CA) — SIN ⟦CA_SIN|531-335-248⟧`,
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
  // ---------------------------------------------------------------- third batch: customer records, letters, addresses
  {
    lang: 'en',
    kind: 'crm-csv',
    text: `Can you flag everyone over 70 in this list? It's the EMIS export for the flu clinic, sorted by surname.

Surname,Forename,DOB,NHS Number,Postcode,Mobile
⟦PERSON|Adeyemi⟧,⟦PERSON|Folasade⟧,⟦DATE_OF_BIRTH|12/03/1951⟧,⟦UK_NHS|601 163 2769⟧,BS5 6QT,⟦PHONE|07882226582⟧
⟦PERSON|Brennan⟧,⟦PERSON|Aoife⟧,⟦DATE_OF_BIRTH|02/11/1988⟧,⟦UK_NHS*|678 165 9502⟧,BS6 7HL,⟦PHONE*|07711256367⟧
⟦PERSON*|Featherstone⟧,⟦PERSON*|Gareth⟧,⟦DATE_OF_BIRTH*|30/06/1946⟧,⟦UK_NHS*|679 130 7560⟧,BS7 8JN,⟦PHONE*|07897667851⟧
⟦PERSON*|Ní Bhriain⟧,⟦PERSON*|Siobhán⟧,⟦DATE_OF_BIRTH*|17/09/1953⟧,⟦UK_NHS*|605 026 4007⟧,BS3 4RT,⟦PHONE*|07575128707⟧
⟦PERSON*|Ramsbottom⟧,⟦PERSON*|Harold⟧,⟦DATE_OF_BIRTH*|08/01/1939⟧,⟦UK_NHS*|636 449 6172⟧,BS16 2PX,
⟦PERSON*|Subramanian⟧,⟦PERSON*|Venkatesh⟧,⟦DATE_OF_BIRTH*|21/12/1962⟧,⟦UK_NHS*|689 196 2838⟧,BS8 1TH,⟦PHONE*|07774850475⟧`,
  },
  {
    lang: 'de',
    kind: 'sql-dump',
    text: `Warum schlägt der Import in Postgres fehl? "column count doesn't match"

CREATE TABLE klanten (
  id integer PRIMARY KEY,
  naam varchar(80),
  bsn char(9),
  telefoon varchar(15),
  adres varchar(120)
);

INSERT INTO klanten VALUES (1, '⟦PERSON|Sanne de Jong⟧', '⟦NL_BSN|506390664⟧', '⟦PHONE|0626789286⟧', '⟦POSTAL_ADDRESS|Keizersgracht 221, 1016 DV Amsterdam⟧');
INSERT INTO klanten VALUES (2, '⟦PERSON*|Emre Yılmaz⟧', '⟦NL_BSN*|284307828⟧', '⟦PHONE*|0302462128⟧', '⟦POSTAL_ADDRESS*|Oudegracht 14bis, 3511 AL Utrecht⟧');
INSERT INTO klanten VALUES (3, '⟦PERSON*|Joost van den Broek⟧', '⟦NL_BSN*|479578795⟧', '⟦PHONE*|0206727030⟧', '⟦POSTAL_ADDRESS*|Laan van Meerdervoort 52, 2517 AM Den Haag⟧');
INSERT INTO klanten VALUES (4, '⟦PERSON*|Fatima Zahra Benali⟧', '⟦NL_BSN*|124489515⟧', '⟦PHONE*|0648259625⟧');`,
  },
  {
    lang: 'fr',
    kind: 'db-output',
    text: `Peux-tu repérer les NAS en double dans cette sortie ?

 id  |         nom          |     nas     |   telephone    |                     adresse
-----+----------------------+-------------+----------------+--------------------------------------------------
 101 | ⟦PERSON|Gagnon, Marie-Ève⟧    | ⟦CA_SIN|595 193 202⟧ | ⟦PHONE|(514) 555-0184⟧ | ⟦POSTAL_ADDRESS|4521, rue Saint-Denis, Montréal (Québec) H2J 2L4⟧
 102 | ⟦PERSON*|Tremblay, Jean-François⟧ | ⟦CA_SIN*|739 006 161⟧ | ⟦PHONE*|(604) 555-0155⟧ | ⟦POSTAL_ADDRESS*|1188 Robson Street, Vancouver, BC V6E 1B2⟧
 103 | ⟦PERSON*|Diallo, Mamadou⟧      | ⟦CA_SIN*|294 958 566⟧ | ⟦PHONE*|(403) 555-0106⟧ | ⟦POSTAL_ADDRESS*|215, chemin de la Côte-des-Neiges, Montréal (Québec) H3H 1K7⟧
 104 | ⟦PERSON*|Côté, Ginette⟧        | ⟦CA_SIN*|739 006 161⟧ | ⟦PHONE*|(902) 555-0191⟧ | ⟦POSTAL_ADDRESS*|77 Spring Garden Road, Halifax, NS B3J 3R4⟧
(4 lignes)`,
  },
  {
    lang: 'en',
    kind: 'markdown-table',
    text: `Reformat this for the payroll handover doc, keep the TFNs:

| Employee | TFN | Mobile | Home address |
|---|---|---|---|
| ⟦PERSON|Kylie Nguyen⟧ | ⟦AU_TFN|741900793⟧ | ⟦PHONE|0491570902⟧ | ⟦POSTAL_ADDRESS|4/18 Beach Rd, St Kilda VIC 3182⟧ |
| ⟦PERSON|Callum O'Donoghue⟧ | ⟦AU_TFN*|851867493⟧ | ⟦PHONE|0255505590⟧ | ⟦POSTAL_ADDRESS*|12 Wattle Grove, Randwick NSW 2031⟧ |
| ⟦PERSON*|Nguyễn Thị Lan⟧ | ⟦AU_TFN*|140949851⟧ | ⟦PHONE*|0255506016⟧ | ⟦POSTAL_ADDRESS*|Unit 7, 33 Jacaranda Crescent, Toowong QLD 4066⟧ |
| ⟦PERSON*|Bruce McAllister⟧ | ⟦AU_TFN*|879294114⟧ | ⟦PHONE|0255507624⟧ | ⟦POSTAL_ADDRESS*|9 Stirling Hwy, Subiaco WA 6008⟧ |`,
  },
  {
    lang: 'en',
    kind: 'crm-tsv',
    text: `pasted from the HRIS, tab separated. which rows have a bad phone number?

emp_id	last_name	first_name	ssn	home_phone	hire_date
E1042	⟦PERSON|Washington⟧	⟦PERSON|Keisha⟧	⟦US_SSN|541236777⟧	⟦PHONE|6465550185⟧	2019-04-01
E1043	⟦PERSON|Kowalczyk⟧	⟦PERSON|Tomasz⟧	⟦US_SSN|339415933⟧	⟦PHONE*|7025550197⟧	2020-11-16
E1050	⟦PERSON*|Okafor⟧	⟦PERSON*|Chinedu⟧	⟦US_SSN*|144138564⟧	⟦PHONE*|8976884855⟧	2021-02-08
E1051	⟦PERSON*|Delgado⟧	⟦PERSON*|Ximena⟧	⟦US_SSN*|762229415⟧	⟦PHONE*|2065550144⟧	2023-07-10
E1077	⟦PERSON*|Higginbotham⟧	⟦PERSON*|Will⟧	⟦US_SSN*|746050005⟧	⟦PHONE*|7906201704⟧	2024-01-15`,
  },
  {
    lang: 'es',
    kind: 'support-ticket',
    text: `Ayúdame a contestar a esta clienta, está bastante enfadada:

«Buenos días. Soy ⟦PERSON|Itziar Etxeberria Goikoetxea⟧, clienta desde 2019. Les pedí que el pedido 4471-ES se enviara a
⟦POSTAL_ADDRESS|C/ Uría, 12, 4º izda.
33003 Oviedo⟧
y lo han mandado a mi antigua dirección en Bilbao. Ya es la tercera vez. Mi móvil: ⟦PHONE|+34 622 64 32 42⟧.
Atentamente, ⟦PERSON|Itziar Etxeberria⟧»

Respóndele como el Sr. ⟦PERSON|Ortega⟧ del departamento de logística.`,
  },
  {
    lang: 'de',
    kind: 'shipping',
    text: `Bitte die Lieferadresse in der Bestellung 88121 ändern und eine kurze Bestätigung formulieren:

alt:
⟦PERSON|Björn Krüger⟧
⟦POSTAL_ADDRESS|Schanzenstraße 41a
20357 Hamburg⟧

neu (ab 1. Juni):
Herrn Dr. ⟦PERSON|Björn Krüger⟧
c/o Kanzlei Pfeiffer & Partner
⟦POSTAL_ADDRESS|Am Sonnenhang 4
79098 Freiburg im Breisgau⟧`,
  },
  {
    lang: 'fr',
    kind: 'medical-letter',
    text: `Peux-tu résumer ce courrier pour la patiente, sans jargon ?

Cher confrère,
Je vous adresse Madame ⟦PERSON|Adaeze Okonkwo⟧, née le ⟦DATE_OF_BIRTH|4 mai 1979⟧, demeurant ⟦POSTAL_ADDRESS|17, allée des Mésanges, 44300 Nantes⟧, pour une maladie de Crohn iléale connue depuis 2015. Pas de signe de Babinski, examen neurologique normal. Je vous remercie de la recevoir en consultation.
Bien confraternellement,
Dr ⟦PERSON|Pierre-Yves Quéméner⟧`,
  },
  {
    lang: 'en',
    kind: 'chat-message',
    text: `My landlord Mr. ⟦PERSON|O'Sullivan⟧ hasn't returned the deposit for ⟦POSTAL_ADDRESS|14 Seaview Terrace, Dún Laoghaire, Co. Dublin A96 X2F4⟧. I moved out on 28 February. Write a firm but polite letter, and mention the RTB. also cc my flatmate ⟦PERSON|siobhán ní bhriain⟧ who was on the lease.`,
  },
  {
    lang: 'en',
    kind: 'server-log',
    text: `Our WAF blocked these, are they the same client? (internal proxy in front)

10.12.0.7 forwarded ⟦IP_ADDRESS|172.16.44.9⟧ - - [03/May/2025:04:12:09 +0000] "POST /login HTTP/1.1" 403 0
10.12.0.7 forwarded ⟦IP_ADDRESS|172.16.44.9⟧ - - [03/May/2025:04:12:11 +0000] "POST /login HTTP/1.1" 403 0
10.12.0.8 forwarded ⟦IP_ADDRESS|fd10:2cd5:f3d8:9358::d0cc⟧ - - [03/May/2025:04:13:40 +0000] "GET /admin HTTP/1.1" 403 0
10.12.0.8 forwarded ⟦IP_ADDRESS|42.171.77.50⟧ - - [03/May/2025:04:15:02 +0000] "GET /.env HTTP/1.1" 404 0`,
  },
  {
    lang: 'es',
    kind: 'json-payload',
    text: `Este JSON viene del formulario de alta, ¿por qué falla la validación del campo apellidos?

{
  "nombre": "⟦PERSON|María José⟧",
  "apellidos": "⟦PERSON|de la Fuente Bermúdez⟧",
  "dni": "⟦ES_DNI|31250577V⟧",
  "direccion": "⟦POSTAL_ADDRESS|Paseo de Zorrilla 84, 3º B, 47006 Valladolid⟧",
  "telefono": "⟦PHONE|+34 918 44 97 86⟧",
  "acepta_rgpd": true
}`,
  },
  {
    lang: 'de',
    kind: 'hr-letter',
    text: `Kannst du das Schreiben etwas wärmer formulieren?

Sehr geehrter Herr ⟦PERSON|Yılmaz⟧,

wir freuen uns, Ihnen mitzuteilen, dass Ihre Probezeit zum 31.03.2025 erfolgreich endet. Ihr neues Bruttogehalt beträgt ab April 4.350,00 €. Die Lohnsteuerbescheinigung senden wir wie gewohnt an ⟦POSTAL_ADDRESS|Weidenweg 9, 44137 Dortmund⟧, Ihre Steuer-ID ⟦DE_TAX_ID|57 258 604 310⟧ haben wir hinterlegt.

Mit freundlichen Grüßen
⟦PERSON|Heike Baumgärtner⟧
Personalabteilung, Rheinwerk Logistik GmbH`,
  },
  {
    lang: 'en',
    kind: 'crm-csv',
    text: `Dedupe this, some people signed up twice:

ID,NAME,EMAIL,LAST_LOGIN_IP,ADDRESS
3301,"⟦PERSON|OKEKE, CHINEDU⟧",⟦EMAIL|chinedu.okeke@example.com⟧,⟦IP_ADDRESS|192.168.127.54⟧,"⟦POSTAL_ADDRESS|221 Peachtree St, Atlanta, GA 30303⟧"
3302,"⟦PERSON*|ZHANG, WEI⟧",⟦EMAIL|wei.zhang@example.org⟧,⟦IP_ADDRESS*|2a02:8108:f1e2:3c39:2c4f:cee6:d3f3:3611⟧,"⟦POSTAL_ADDRESS*|1842 Maple Ridge Dr, Apt 3B, Columbus, OH 43215⟧"
3303,"⟦PERSON*|OKEKE, CHINEDU⟧",⟦EMAIL|c.okeke@example.com⟧,⟦IP_ADDRESS*|192.168.143.125⟧,"⟦POSTAL_ADDRESS*|221 Peachtree Street, Atlanta, GA 30303⟧"
3304,"⟦PERSON*|DE LOS SANTOS, ROCÍO⟧",⟦EMAIL|rdelossantos@example.net⟧,⟦IP_ADDRESS*|192.168.23.91⟧,"⟦POSTAL_ADDRESS*|55 W 46th St, New York, NY 10036⟧"`,
  },
  // ---------------------------------------------------------------- hard negatives for names and addresses
  {
    lang: 'en',
    kind: 'tech-text',
    text: `Hi Tom,

quick one before standup: for the delivery-route service, is Dijkstra's algorithm enough or do we need A*? Priya suggested a Bayes' theorem based ETA model but that feels like overkill. The Jenkins pipeline for the Django app is red again, and Alexa integration tests are flaky. Also, the seed data still uses "John Doe" everywhere, can we switch to something less obviously fake?

Thanks,
Anna`,
  },
  {
    lang: 'fr',
    kind: 'tech-text',
    text: `Rédige un mot pour les parents d’élèves : la sortie au musée part du lycée Victor Hugo, passe par l’avenue Victor Hugo puis la place Charles de Gaulle. Retour prévu à 17 h devant le collège Jean Moulin. Dans le formulaire d’autorisation, remplacez « Jean Dupont » (nom d’exemple) par le nom de l’enfant.`,
  },
  {
    lang: 'de',
    kind: 'tech-text',
    text: `Formulier eine Rundmail: Die Goethestraße ist ab Montag gesperrt, Umleitung über die Schillerstraße und den Willy-Brandt-Platz. Betroffen sind auch die Lieferungen ans Mercedes-Benz Werk und an Johnson & Johnson. Im Formular bitte nicht mehr "Max Mustermann" als Beispiel stehen lassen. Danke, Jürgen`,
  },
  {
    lang: 'es',
    kind: 'tech-text',
    text: `Escribe un aviso para el personal: las consultas se trasladan del Hospital Gregorio Marañón al edificio de la Universidad Rey Juan Carlos durante las obras. En las plantillas, cambiad «Juan Pérez» por el nombre real del paciente. Para dudas, preguntad a Macarena en recepción.`,
  },
  {
    lang: 'en',
    kind: 'shipping',
    text: `Warehouse note, please tidy up the wording:
- 2 road bikes and 3 helmets for the Manchester store
- Release 12 Main branch build goes out Friday, not Thursday
- customer asked if we ship to a PO Box, we don't
- everything for SW1A and the Leeds depot waits until Monday
- the courier could not find Rosa Parks Boulevard, dock 4 was closed`,
  },
  {
    lang: 'en',
    kind: 'tech-text',
    text: `Write a short comparison for our vendor review: Ernst & Young vs Deloitte for the audit, Procter & Gamble as a reference customer, and whether Hugo or Jekyll is the better static site generator for the docs. Keep Alice and Bob out of the crypto section this time.`,
  },
  {
    lang: 'en',
    kind: 'network-docs',
    text: `Proofread this section of our runbook:

"Examples use the documentation ranges: the client is 192.0.2.44, the load balancer 198.51.100.7 and the IPv6 upstream 2001:db8::10. The metrics agent listens on 127.0.0.1:9100 and must never bind to 0.0.0.0. Replace 203.0.113.0/24 with your office range before applying."`,
  },
];

/** The hand-written samples as corpus documents (ids hw-001…). */
export function buildHandwritten(): CorpusDoc[] {
  return SAMPLES.map((s, i) => {
    const piece = parseMarked(s.text);
    return { id: `hw-${String(i + 1).padStart(3, '0')}`, lang: s.lang, kind: s.kind, text: piece.text, entities: piece.entities };
  });
}
