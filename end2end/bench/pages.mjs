// Prints what the map costs a reader: the HTML of /map and /fr/map with the whole record
// (budget 60 KB brotli) and what a locator map adds to an event page, a slide deck and a
// handout (budget 4 KB brotli per event page). Starts the release server on a free port.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { get } from "node:http";
import { brotliCompressSync, constants } from "node:zlib";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const br = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const base = `http://127.0.0.1:${port}`;
const server = spawn(path.join(root, "target/release/mali-timeline"), ["--addr", `127.0.0.1:${port}`], {
  cwd: root,
  env: { ...process.env, LEPTOS_SITE_ROOT: path.join(root, "target/site"), LEPTOS_SITE_PKG_DIR: "pkg", LEPTOS_HASH_FILES: "true", LEPTOS_ENV: "PROD" },
  stdio: ["ignore", "ignore", "inherit"],
});
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {}
    if (i > 100) throw new Error("the server did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
  // Bytes on the wire when the browser accepts brotli (fetch would decompress them).
  const sentBytes = (p) =>
    new Promise((resolve, reject) =>
      get(`${base}${p}`, { headers: { "accept-encoding": "br" } }, (res) => {
        let n = 0;
        res.on("data", (chunk) => (n += chunk.length));
        res.on("end", () => resolve(n));
      }).on("error", reject),
    );
  const page = async (p) => ({ raw: await (await fetch(`${base}${p}`)).text(), sent: await sentBytes(p) });
  // What the page would weigh without its maps: every locator figure and the shared outlines taken out.
  const withoutMaps = (html) => html.replace(/<figure class="locator">[\s\S]*?<\/figure>/g, "").replace(/<div class="map-defs">[\s\S]*?<\/div>/g, "");

  console.log(`${"page".padEnd(46)} ${"HTML".padStart(9)} ${"brotli".padStart(9)} ${"as sent".padStart(9)}`);
  for (const p of ["/map", "/fr/map"]) {
    const { raw, sent } = await page(p);
    const size = br(raw);
    console.log(`${p.padEnd(46)} ${kb(raw.length).padStart(9)} ${kb(size).padStart(9)} ${kb(sent).padStart(9)}   budget 60 KB: ${Math.max(size, sent) <= 60 * 1024 ? "met" : "NOT MET"}`);
  }
  console.log(`\n${"what the locator map adds (brotli)".padEnd(46)} ${"with".padStart(9)} ${"without".padStart(9)} ${"added".padStart(9)}`);
  const events = (await (await fetch(`${base}/api/v1/events`)).json()).events;
  let worst = { added: 0 };
  for (const e of events) {
    const { raw } = await page(`/events/${e.id}`);
    const added = br(raw) - br(withoutMaps(raw));
    if (added > worst.added) worst = { id: e.id, raw, added };
  }
  const { raw: sample } = await page("/events/moura-massacre-2022");
  for (const [label, raw] of [["event page /events/moura-massacre-2022", sample], [`heaviest of ${events.length} event pages (${worst.id})`, worst.raw]]) {
    const added = br(raw) - br(withoutMaps(raw));
    console.log(`${label.slice(0, 46).padEnd(46)} ${kb(br(raw)).padStart(9)} ${kb(br(withoutMaps(raw))).padStart(9)} ${kb(added).padStart(9)}   budget 4 KB: ${added <= 4 * 1024 ? "met" : "NOT MET"}`);
  }
  for (const p of ["/present?thread=coups-and-juntas", "/handout?thread=coups-and-juntas"]) {
    const { raw } = await page(p);
    const slides = (raw.match(/<svg class="locator-map"/g) ?? []).length;
    const added = br(raw) - br(withoutMaps(raw));
    console.log(`${`${p} (${slides} maps)`.padEnd(46)} ${kb(br(raw)).padStart(9)} ${kb(br(withoutMaps(raw))).padStart(9)} ${kb(added).padStart(9)}`);
  }
} finally {
  server.kill("SIGTERM");
}
