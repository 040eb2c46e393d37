// Prints what a first visit downloads (JavaScript, wasm and CSS, brotli-compressed as the
// server sends them) against the 90 KB budget and against TimelineJS's own code and styles.
import { readdirSync, readFileSync, existsSync, mkdirSync } from "node:fs";
import { execSync } from "node:child_process";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const pkg = path.join(root, "target/site/pkg");
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const rows = [];
for (const file of readdirSync(pkg).filter((f) => /\.(js|wasm|css)$/.test(f))) {
  const raw = readFileSync(path.join(pkg, file));
  const shipped = existsSync(path.join(pkg, `${file}.br`)) ? readFileSync(path.join(pkg, `${file}.br`)).length : br(raw);
  rows.push({ file, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, brotli: shipped });
}
const total = rows.reduce((s, r) => s + r.brotli, 0);

const cache = path.join(root, "target/bench-cache");
mkdirSync(cache, { recursive: true });
const version = "3.9.11";
const tarball = path.join(cache, `knight-lab-timelinejs-${version}.tgz`);
if (!existsSync(tarball)) execSync(`npm pack @knight-lab/timelinejs@${version} --silent`, { cwd: cache, stdio: ["ignore", "ignore", "inherit"] });
if (!existsSync(path.join(cache, "package"))) execSync(`tar xzf ${tarball}`, { cwd: cache });
const tl = ["dist/js/timeline.js", "dist/css/timeline.css"].map((f) => {
  const raw = readFileSync(path.join(cache, "package", f));
  return { file: `TimelineJS ${version} ${path.basename(f)}`, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, brotli: br(raw) };
});
const tlTotal = tl.reduce((s, r) => s + r.brotli, 0);

const line = (r) => console.log(`${r.file.padEnd(44)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} ${kb(r.brotli).padStart(10)}`);
console.log(`${"file".padEnd(44)} ${"raw".padStart(10)} ${"gzip".padStart(10)} ${"brotli".padStart(10)}`);
rows.forEach(line);
console.log(`${"this site, first load (JS + wasm + CSS)".padEnd(44)} ${"".padStart(21)} ${kb(total).padStart(10)}   budget 90 KB: ${total <= 90 * 1024 ? "met" : "NOT MET"}`);
tl.forEach(line);
console.log(`${"TimelineJS code and styles, before content".padEnd(44)} ${"".padStart(21)} ${kb(tlTotal).padStart(10)}`);
console.log(`\nThis site ships ${(tlTotal / total).toFixed(1)}× less than TimelineJS, and its list is readable before any of it runs.`);
