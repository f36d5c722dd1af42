/**
 * Which collector URLs reporting may use: one rule, shared by the policy validator (which tells the
 * admin) and the sender (which refuses anything else even if a bad value got past the validator).
 *
 * https everywhere; plain http only to this machine's loopback interface (a local collector or agent,
 * e.g. a Splunk universal forwarder or an OpenTelemetry Collector on 127.0.0.1), where nothing crosses
 * the network. The host is judged after WHATWG URL parsing, so `http://127.1/` and `http://2130706433/`
 * count as 127.0.0.1, while `localhost.evil.com`, `127.0.0.1.nip.io` and `localhost@evil.com` (user
 * info; the host is evil.com) do not.
 */

const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** `localhost`, 127.0.0.0/8 or `[::1]`, as `URL.hostname` spells them. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || IPV4_LOOPBACK.test(hostname);
}

/** Why `url` cannot be a reporting endpoint, or `undefined` when it can. */
export function reportUrlProblem(url: URL): string | undefined {
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return 'must be an https:// URL (plain http:// is accepted only for localhost, 127.0.0.0/8 or [::1])';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `must be an https:// URL, got ${url.protocol}//`;
  // Credentials in the URL would end up in logs and history; the Authorization header is the place.
  if (url.username || url.password) return 'must not contain a user name or password; put credentials in "headers"';
  return undefined;
}
