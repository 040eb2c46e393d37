// Sends random paths and query strings to a running server and fails on any 5xx answer or
// dropped connection. Deterministic: the same seed sends the same requests. Bounded: it
// stops with a failure if the run takes longer than --max-seconds.
//
//   node end2end/fuzz/fuzz.mjs --base http://127.0.0.1:3000 [--count 10000] [--seed 13]
//        [--max-seconds 300] [--concurrency 4]
//
// Requests go over raw TCP, so paths can hold what browsers would never send (invalid
// percent escapes, raw non-ASCII bytes, overlong segments); only the loopback server given
// with --base is ever contacted.
import net from "node:net";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const base = new URL(args.base ?? "http://127.0.0.1:3000");
if (!["127.0.0.1", "localhost", "[::1]"].includes(base.hostname)) throw new Error(`fuzz only a local server, not ${base.hostname}`);
const count = Number(args.count ?? 10000);
const seed = Number(args.seed ?? 13);
const maxSeconds = Number(args["max-seconds"] ?? 300);
const concurrency = Number(args.concurrency ?? 4);

// mulberry32: a small, well-known seeded generator.
let state = seed >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];
const chance = (p) => random() < p;

const ROUTES = ["/", "/events/ID", "/actors", "/actors/ID", "/sources", "/sources/ID", "/threads", "/threads/ID", "/present", "/handout",
  "/embed", "/api/v1/events", "/api/v1/events/ID", "/export/events.csv", "/export/events.json", "/export/events.ics",
  "/export/sources.bib", "/export/ID", "/lang/en", "/lang/fr", "/lang/ID", "/healthz", "/pkg/ID", "/favicon.svg", "/ID", "/ID/ID/ID"];
const IDS = ["coup-2020", "coup-2021", "battle-of-konna-2013", "jnim", "wagner", "minusma", "coups-and-juntas", "drones",
  "gao", "kidal", "bamako", "rfi-2012-10-23-france-drones-mali", "mali-timeline.wasm", "events.csv"];
const PARAMS = ["q", "theme", "actor", "place", "kind", "from", "to", "key", "page", "ids", "title", "thread", "slide", "lang",
  "publisher", "language", "next", "colour", ""];
const VALUES = ["drones", "russia", "jnim", "wagner", "gao", "kidal", "attack", "coup", "battle", "2013", "2013-01", "2013-01-11",
  "2013-02-30", "2024-13", "-5000", "99999", "0", "-1", "1", "true", "yes", "maybe", "18446744073709551616", "fr", "en", "de",
  "coups-and-juntas", "coup-2020,coup-2021", ",,,", "Se\u0301gou", "Ségou", "œuvre", "Ménaka", "/fr/events/coup-2020", "//evil.example",
  "https://evil.example", "<script>alert(1)</script>", "\"'><x>", "%", "%%", "%zz", "%C3%28", "%00", "%FF%FE", "\u{1F600}", " ", "+", "=", "&"];

function randomText(max) {
  // Whole code points, so that a character is never cut into a lone surrogate.
  const alphabet = [..."abcdefghijklmnopqrstuvwxyz0123456789-_.~!$'()*,;:@/?%#[]<>\"\\ éœ\u0301\u{1F600}\u0000\u007f"];
  let out = "";
  for (let i = int(max); i > 0; i--) out += alphabet[int(alphabet.length)];
  return out;
}

// Percent-encodes what cannot appear in a request line (spaces, controls, '#'), and some of
// the time leaves non-ASCII characters raw, as bytes.
function encode(text, raw) {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (code <= 0x20 || code === 0x7f || ch === "#") out += "%" + code.toString(16).padStart(2, "0").toUpperCase();
    else if (code > 0x7f && !raw) out += encodeURIComponent(ch);
    else out += ch;
  }
  return out;
}

function randomValue() {
  if (chance(0.6)) return pick(VALUES);
  if (chance(0.1)) return "x".repeat(int(5000));
  return randomText(40);
}

function randomPath() {
  let path = pick(ROUTES).replace(/ID/g, () => (chance(0.6) ? pick(IDS) : randomText(30)));
  if (chance(0.3)) path = "/fr" + (path === "/" ? "" : path);
  if (chance(0.1)) path += "/".repeat(1 + int(3));
  if (chance(0.05)) path = "/" + path;
  if (chance(0.05)) path += "/../" + randomText(10);
  const raw = chance(0.1);
  let target = encode(path, raw);
  if (chance(0.8)) {
    const pairs = [];
    for (let i = int(10); i > 0; i--) {
      const name = chance(0.9) ? pick(PARAMS) : randomText(12);
      if (chance(0.05)) pairs.push(encode(name, raw));
      else pairs.push(`${encode(name, raw)}=${chance(0.5) ? encode(randomValue(), raw) : encodeURIComponent(randomValue())}`);
    }
    target += "?" + pairs.join(chance(0.9) ? "&" : ";");
  }
  if (chance(0.05)) target += "#" + randomText(5).replace(/[\s#]/g, "");
  return target;
}

function send(target) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: base.hostname.replace(/^\[|\]$/g, ""), port: Number(base.port || 80) });
    const chunks = [];
    socket.setTimeout(30_000, () => socket.destroy(new Error("timed out")));
    socket.on("connect", () => {
      const head = `GET ${target} HTTP/1.1\r\nHost: ${base.host}\r\nAccept: text/html\r\nAccept-Encoding: br\r\nConnection: close\r\n\r\n`;
      socket.write(Buffer.from(head, "utf8"));
    });
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", (error) => resolve({ status: 0, error: error.message }));
    socket.on("close", () => {
      const text = Buffer.concat(chunks).subarray(0, 64).toString("latin1");
      const match = /^HTTP\/1\.1 (\d{3})/.exec(text);
      resolve(match ? { status: Number(match[1]) } : { status: 0, error: `no status line: ${JSON.stringify(text)}` });
    });
  });
}

const started = Date.now();
const targets = Array.from({ length: count }, randomPath);
const failures = [];
const statuses = new Map();
let next = 0;
let timedOut = false;
async function worker() {
  while (next < targets.length && !timedOut) {
    const target = targets[next++];
    const answer = await send(target);
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    if (answer.status >= 500 || answer.status === 0) failures.push(`${answer.status} ${answer.error ?? ""} ${target.slice(0, 300)}`);
    if ((Date.now() - started) / 1000 > maxSeconds) timedOut = true;
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const summary = [...statuses.entries()].sort().map(([s, n]) => `${s}: ${n}`).join(", ");
console.log(`fuzz: ${next} requests (seed ${seed}) in ${seconds} s; statuses ${summary}`);
if (timedOut) console.log(`fuzz: stopped after ${maxSeconds} s with ${targets.length - next} requests unsent`);
for (const failure of failures.slice(0, 20)) console.log(`  FAIL ${failure}`);
const failed = failures.length > 0 || timedOut;
console.log(`fuzz: ${next - failures.length} passed, ${failures.length + (timedOut ? 1 : 0)} failed`);
process.exit(failed ? 1 : 0);
