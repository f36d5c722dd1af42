/**
 * Source code pasted for review or debugging, with hardcoded secrets and test fixtures full of PII
 * (positive) or with env lookups, placeholders, hashes and bundles (negative). JS, Python, Go, Java.
 */
import { cat, d, join, lab, type Part, type Piece } from '../doc';
import * as N from '../hard-negatives';
import * as V from '../valid-values';
import { ALL_LANGS, as, ASK, COMMENT, L, nameP, person, pick, type Ctx, type Template } from './kit';

type Snippet = (c: Ctx) => Piece;
type Lib = Partial<Record<string, readonly Snippet[]>>;

/** PEM as a string literal with `\n` escapes (how keys end up in code); the label covers the literal's content. */
function pemEscaped(c: Ctx): Piece {
  return lab('PRIVATE_KEY', V.privateKey(c.r, false).replace(/\n/g, '\\n'));
}

const JS: Lib = {
  STRIPE_KEY: [(c) => d`const stripe = require('stripe')('${L(c, 'STRIPE_KEY')}');`],
  OPENAI_KEY: [(c) => d`const openai = new OpenAI({ apiKey: '${L(c, 'OPENAI_KEY')}' });`],
  ANTHROPIC_KEY: [(c) => d`const anthropic = new Anthropic({ apiKey: "${L(c, 'ANTHROPIC_KEY')}" });`],
  GITHUB_TOKEN: [(c) => d`const octokit = new Octokit({ auth: '${L(c, 'GITHUB_TOKEN')}' });`],
  GITLAB_TOKEN: [(c) => d`const api = new Gitlab({ host: 'https://gitlab.example.com', token: '${L(c, 'GITLAB_TOKEN')}' });`],
  SLACK_TOKEN: [(c) => d`const web = new WebClient('${L(c, 'SLACK_TOKEN')}');`],
  SLACK_WEBHOOK: [(c) => d`await axios.post('${L(c, 'SLACK_WEBHOOK')}', { text: \`Deploy finished\` });`],
  GOOGLE_API_KEY: [(c) => d`const firebaseConfig = {\n  apiKey: "${L(c, 'GOOGLE_API_KEY')}",\n  authDomain: "demo-app.firebaseapp.com",\n  projectId: "demo-app",\n};`],
  AWS_ACCESS_KEY: [(c) => d`const s3 = new S3Client({\n  region: 'eu-west-1',\n  credentials: { accessKeyId: '${L(c, 'AWS_ACCESS_KEY')}', secretAccessKey: '${L(c, 'AWS_SECRET_KEY')}' },\n});`],
  DB_CONNECTION_STRING: [(c) => d`const pool = new Pool({ connectionString: '${L(c, 'DB_CONNECTION_STRING')}' });`, (c) => d`await mongoose.connect("${as('DB_CONNECTION_STRING', `mongodb+srv://${c.r.pick(['app', 'shop'])}:${V.password(c.r).replace(/[@:/?#%&]/g, 'x')}@cluster0.${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/shop`)}");`],
  JWT: [(c) => d`const res = await fetch('https://api.example.com/v1/orders', {\n  headers: { Authorization: 'Bearer ${L(c, 'JWT')}' },\n});`],
  PASSWORD_ASSIGNMENT: [(c) => d`const knex = require('knex')({\n  client: 'mysql2',\n  connection: { host: 'db.internal', user: 'app', password: '${L(c, 'PASSWORD_ASSIGNMENT')}', database: 'shop' },\n});`],
  GENERIC_SECRET: [(c) => d`app.use(session({ secret: '${L(c, 'GENERIC_SECRET')}', resave: false }));`, (c) => d`const JWT_SECRET = "${L(c, 'GENERIC_SECRET')}";\nconst token = jwt.sign(payload, JWT_SECRET, { expiresIn: '1h' });`],
  AZURE_CONNECTION_STRING: [(c) => d`const blob = BlobServiceClient.fromConnectionString("${L(c, 'AZURE_CONNECTION_STRING')}");`],
  PRIVATE_KEY: [(c) => d`const privateKey = "${pemEscaped(c)}";`],
  EMAIL: [(c) => d`it('sends the receipt', async () => {\n  await sendReceipt({ to: '${L(c, 'EMAIL')}', orderId: '${N.orderNumber(c.r)}' });\n});`],
  CREDIT_CARD: [(c) => d`const testCustomer = { name: "${nameP(person(c))}", card: '${as('CREDIT_CARD', V.creditCard(c.r, ''))}', cvc: '${c.r.digits(3)}' };`],
  PHONE: [(c) => d`expect(formatPhone('${L(c, 'PHONE')}')).toMatchSnapshot();`],
};

const PY: Lib = {
  AWS_ACCESS_KEY: [(c) => d`s3 = boto3.client(\n    "s3",\n    aws_access_key_id="${L(c, 'AWS_ACCESS_KEY')}",\n    aws_secret_access_key="${L(c, 'AWS_SECRET_KEY')}",\n)`],
  OPENAI_KEY: [(c) => d`client = OpenAI(api_key="${L(c, 'OPENAI_KEY')}")`],
  ANTHROPIC_KEY: [(c) => d`client = anthropic.Anthropic(api_key="${L(c, 'ANTHROPIC_KEY')}")`],
  STRIPE_KEY: [(c) => d`stripe.api_key = "${L(c, 'STRIPE_KEY')}"`],
  GOOGLE_API_KEY: [(c) => d`gmaps = googlemaps.Client(key="${L(c, 'GOOGLE_API_KEY')}")`],
  SLACK_TOKEN: [(c) => d`slack = WebClient(token="${L(c, 'SLACK_TOKEN')}")`],
  GITHUB_TOKEN: [(c) => d`gh = Github("${L(c, 'GITHUB_TOKEN')}")`],
  GITLAB_TOKEN: [(c) => d`gl = gitlab.Gitlab("https://gitlab.example.com", private_token="${L(c, 'GITLAB_TOKEN')}")`],
  DB_CONNECTION_STRING: [(c) => d`engine = create_engine("${L(c, 'DB_CONNECTION_STRING')}")`],
  PASSWORD_ASSIGNMENT: [
    (c) => d`DATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": "shop",\n        "USER": "shop",\n        "PASSWORD": "${L(c, 'PASSWORD_ASSIGNMENT')}",\n        "HOST": "db",\n    }\n}`,
    (c) => d`conn = psycopg2.connect(host="db", dbname="crm", user="crm", password="${L(c, 'PASSWORD_ASSIGNMENT')}")`,
  ],
  GENERIC_SECRET: [(c) => d`SECRET_KEY = "${L(c, 'GENERIC_SECRET')}"`, (c) => d`CLIENT_SECRET = '${L(c, 'GENERIC_SECRET')}'`],
  JWT: [(c) => d`headers = {"Authorization": "Bearer ${L(c, 'JWT')}"}\nr = requests.get(API_URL, headers=headers, timeout=10)`],
  AZURE_STORAGE_KEY: [(c) => d`service = BlobServiceClient(account_url="https://stexample.blob.core.windows.net", credential="${L(c, 'AZURE_STORAGE_KEY')}")`],
  AZURE_CONNECTION_STRING: [(c) => d`blob = BlobServiceClient.from_connection_string("${L(c, 'AZURE_CONNECTION_STRING')}")`],
  PRIVATE_KEY: [(c) => cat('PRIVATE_KEY = """', lab('PRIVATE_KEY', V.privateKey(c.r, c.r.chance(0.2))), '\n"""')],
  SLACK_WEBHOOK: [(c) => d`requests.post("${L(c, 'SLACK_WEBHOOK')}", json={"text": msg})`],
  EMAIL: [(c) => d`def test_signup(client):\n    resp = client.post("/signup", json={"email": "${L(c, 'EMAIL')}", "name": "${nameP(person(c))}"})\n    assert resp.status_code == 201`],
  IBAN: [(c) => d`    assert validate_iban("${as('IBAN', V.iban(c.r, c.lang, false))}")`],
  US_SSN: [(c) => d`customer = Customer(name="${nameP(person(c))}", ssn="${as('US_SSN', V.usSsn(c.r, '-'))}")`],
};

const GO: Lib = {
  DB_CONNECTION_STRING: [(c) => d`db, err := sql.Open("postgres", "${L(c, 'DB_CONNECTION_STRING')}")`],
  SLACK_WEBHOOK: [(c) => d`const slackWebhook = "${L(c, 'SLACK_WEBHOOK')}"`],
  GITHUB_TOKEN: [(c) => d`ts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "${L(c, 'GITHUB_TOKEN')}"})`],
  GITLAB_TOKEN: [(c) => d`git, err := gitlab.NewClient("${L(c, 'GITLAB_TOKEN')}")`],
  AWS_ACCESS_KEY: [(c) => d`cfg.Credentials = credentials.NewStaticCredentialsProvider("${L(c, 'AWS_ACCESS_KEY')}", "${L(c, 'AWS_SECRET_KEY')}", "")`],
  JWT: [(c) => d`req.Header.Set("Authorization", "Bearer ${L(c, 'JWT')}")`],
  GOOGLE_API_KEY: [(c) => d`var mapsKey = "${L(c, 'GOOGLE_API_KEY')}"`],
  STRIPE_KEY: [(c) => d`stripe.Key = "${L(c, 'STRIPE_KEY')}"`],
  OPENAI_KEY: [(c) => d`client := openai.NewClient(option.WithAPIKey("${L(c, 'OPENAI_KEY')}"))`],
  ANTHROPIC_KEY: [(c) => d`client := anthropic.NewClient(option.WithAPIKey("${L(c, 'ANTHROPIC_KEY')}"))`],
  SLACK_TOKEN: [(c) => d`api := slack.New("${L(c, 'SLACK_TOKEN')}")`],
  PASSWORD_ASSIGNMENT: [(c) => d`cfg := mysql.Config{User: "app", Passwd: "${L(c, 'PASSWORD_ASSIGNMENT')}", Net: "tcp", Addr: "db:3306"}`, (c) => d`password := "${L(c, 'PASSWORD_ASSIGNMENT')}"`],
  GENERIC_SECRET: [(c) => d`var hmacSecret = []byte("${L(c, 'GENERIC_SECRET')}")`],
  IP_ADDRESS: [(c) => d`conn, err := net.Dial("tcp", "${as('IP_ADDRESS', V.ipv4(c.r))}:${c.r.pick([22, 443, 5432, 6379])}")`],
  MAC_ADDRESS: [(c) => d`hw, _ := net.ParseMAC("${L(c, 'MAC_ADDRESS')}")`],
  AZURE_CONNECTION_STRING: [(c) => d`client, err := azblob.NewClientFromConnectionString("${L(c, 'AZURE_CONNECTION_STRING')}", nil)`],
};

const JAVA: Lib = {
  DB_CONNECTION_STRING: [(c) => d`Connection conn = DriverManager.getConnection("${as('DB_CONNECTION_STRING', V.dbConnectionString(c.r).replace(/^[a-z+]+:\/\/([^:]+):([^@]+)@([^/]+)\/?([^?]*).*$/, 'jdbc:mysql://$3/$4?user=$1&password=$2'))}");`],
  GOOGLE_API_KEY: [(c) => d`private static final String API_KEY = "${L(c, 'GOOGLE_API_KEY')}";`],
  AZURE_CONNECTION_STRING: [(c) => d`String connStr = "${L(c, 'AZURE_CONNECTION_STRING')}";\nBlobServiceClient client = new BlobServiceClientBuilder().connectionString(connStr).buildClient();`],
  AZURE_STORAGE_KEY: [(c) => d`StorageSharedKeyCredential cred = new StorageSharedKeyCredential("stexample", "${L(c, 'AZURE_STORAGE_KEY')}");`],
  STRIPE_KEY: [(c) => d`Stripe.apiKey = "${L(c, 'STRIPE_KEY')}";`],
  PASSWORD_ASSIGNMENT: [(c) => d`props.put("mail.smtp.password", "${L(c, 'PASSWORD_ASSIGNMENT')}");`, (c) => d`private static final String DB_PASSWORD = "${L(c, 'PASSWORD_ASSIGNMENT')}";`],
  JWT: [(c) => d`String jwt = "${L(c, 'JWT')}";\nrequest.setHeader("Authorization", "Bearer " + jwt);`],
  AWS_ACCESS_KEY: [(c) => d`BasicAWSCredentials creds = new BasicAWSCredentials("${L(c, 'AWS_ACCESS_KEY')}", "${L(c, 'AWS_SECRET_KEY')}");`],
  GENERIC_SECRET: [(c) => d`private static final String CLIENT_SECRET = "${L(c, 'GENERIC_SECRET')}";`],
  SLACK_WEBHOOK: [(c) => d`Slack.getInstance().send("${L(c, 'SLACK_WEBHOOK')}", payload);`],
  OPENAI_KEY: [(c) => d`OpenAIClient client = OpenAIOkHttpClient.builder().apiKey("${L(c, 'OPENAI_KEY')}").build();`],
  ANTHROPIC_KEY: [(c) => d`AnthropicClient client = AnthropicOkHttpClient.builder().apiKey("${L(c, 'ANTHROPIC_KEY')}").build();`],
  PRIVATE_KEY: [(c) => d`String pem = "${pemEscaped(c)}";`],
  EMAIL: [(c) => d`User u = new User("${nameP(person(c))}", "${L(c, 'EMAIL')}");`],
  PHONE: [(c) => d`assertEquals("${L(c, 'PHONE')}", contact.getPhone());`],
};

const FENCE: Record<string, string> = { 'code-js': 'javascript', 'code-python': 'python', 'code-go': 'go', 'code-java': 'java' };
const LINE_COMMENT: Record<string, string> = { 'code-js': '//', 'code-python': '#', 'code-go': '//', 'code-java': '//' };

function codeTemplate(kind: string, lib: Lib): Template {
  const types = Object.keys(lib);
  return {
    kind,
    langs: ALL_LANGS,
    // Snippets keyed by AWS_ACCESS_KEY also place AWS_SECRET_KEY.
    covers: types.includes('AWS_ACCESS_KEY') ? [...types, 'AWS_SECRET_KEY'] : types,
    make(c) {
      const focus = c.focus === 'AWS_SECRET_KEY' ? 'AWS_ACCESS_KEY' : c.focus;
      const picked = c.r.sample(types.filter((t) => t !== focus), c.r.int(1, 3));
      if (focus && types.includes(focus)) picked.unshift(focus);
      const snippets: Part[] = [`${LINE_COMMENT[kind]} ${pick(c, COMMENT)}`];
      for (const t of picked) snippets.push(c.r.pick(lib[t]!)(c));
      const body = join(snippets, '\n\n');
      return d`${pick(c, ASK)}\n\n\`\`\`${FENCE[kind]}\n${body}\n\`\`\``;
    },
  };
}

/** Negative code: secrets read from the environment, placeholders, hashes, assets, bundles. */
function negativeCode(kind: string): Template {
  return {
    kind,
    langs: ALL_LANGS,
    covers: [],
    make(c) {
      const P = N.PLACEHOLDERS;
      const uuid = N.uuid(c.r);
      const bank: Record<string, readonly string[]> = {
        'code-js': [
          `const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });`,
          `const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY ?? '${c.r.pick(P.apiKey)}');`,
          `// Replace ${c.r.pick(P.openai)} with your own key\nconst client = new OpenAI({ apiKey: '${c.r.pick(P.openai)}' });`,
          `if (password.length < 8) throw new Error('Password must be at least 8 characters');`,
          `const EMAIL_RE = /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/;`,
          `import logo from './assets/logo@2x.png';\nimport { render } from 'preact@10.19.3';`,
          `const requestId = '${uuid}'; // ${N.isoTimestamp(c.r)}`,
          `const pixel = '${N.base64Image(c.r)}';`,
          N.minifiedJs(c.r),
          `<input type="password" name="password" placeholder="Password" autocomplete="current-password" />`,
          `const headers = { 'x-api-key': '${c.r.pick(P.apiKey)}', 'x-request-id': crypto.randomUUID() };`,
          `expect(sha256('hello')).toBe('${N.sha256(c.r)}');`,
        ],
        'code-python': [
          `client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])`,
          `password = getpass.getpass("Password: ")`,
          `DATABASE_URL = os.getenv("DATABASE_URL", "postgresql://localhost/dev")`,
          `AWS_ACCESS_KEY_ID = "${P.awsId[0]}"  # sample key from the AWS docs\nAWS_SECRET_ACCESS_KEY = "${P.awsSecret[0]}"`,
          `api_key = "${c.r.pick(P.apiKey)}"  # TODO: set your key`,
          `assert hashlib.md5(b"abc").hexdigest() == "${N.md5(c.r)}"`,
          `ORDER_ID = "${N.orderNumber(c.r)}"\nCREATED = "${N.isoTimestamp(c.r)}"`,
          `if not check_password(user, request.form["password"]):\n    abort(401)`,
          `token = jwt.encode({"sub": user_id, "exp": ${N.epochSeconds(c.r)}}, settings.JWT_SECRET, algorithm="HS256")`,
          `TRACE_ID = "${N.requestId(c.r)}"  # request ${uuid}`,
        ],
        'code-go': [
          `apiKey := os.Getenv("OPENAI_API_KEY")`,
          `db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))`,
          `const Version = "${N.semver(c.r)}"\nconst Commit = "${N.gitSha(c.r)}"`,
          `token := "${c.r.pick(P.github)}" // replace with your token`,
          `id := uuid.MustParse("${uuid}")`,
          `if len(password) < 12 {\n\treturn errors.New("password too short")\n}`,
          `started := time.Unix(${N.epochSeconds(c.r)}, 0)`,
          `checksum := "${N.sha256(c.r)}"`,
        ],
        'code-java': [
          `String apiKey = System.getenv("GOOGLE_API_KEY");`,
          `@Value("\${spring.datasource.password}")\nprivate String password;`,
          `private static final String SERIAL_VERSION = "${N.semver(c.r)}";\nprivate static final long serialVersionUID = ${c.r.digits(18)}L;`,
          `UUID id = UUID.fromString("${uuid}");`,
          `if (password == null || password.length() < 8) { throw new IllegalArgumentException("password"); }`,
          `String placeholder = "${c.r.pick(P.apiKey)}";`,
          `Instant created = Instant.ofEpochMilli(${N.epochMillis(c.r)}L);`,
          `String digest = "${N.sha256(c.r)}";`,
        ],
      };
      const body = join([`${LINE_COMMENT[kind]} ${pick(c, COMMENT)}`, ...c.r.sample(bank[kind], c.r.int(3, 5))], '\n\n');
      return d`${pick(c, ASK)}\n\n\`\`\`${FENCE[kind]}\n${body}\n\`\`\``;
    },
  };
}

export const CODE: readonly Template[] = [
  codeTemplate('code-js', JS), negativeCode('code-js'),
  codeTemplate('code-python', PY), negativeCode('code-python'),
  codeTemplate('code-go', GO), negativeCode('code-go'),
  codeTemplate('code-java', JAVA), negativeCode('code-java'),
];
