import { defineConfig } from "@playwright/test";
import { execSync } from "node:child_process";
import path from "node:path";

// Debian's Chromium: Playwright cannot download its own browser on these machines.
const chromium = execSync("command -v chromium || command -v chromium-browser", { shell: "/bin/bash" }).toString().trim();
const root = path.resolve(__dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "with-js", use: { javaScriptEnabled: true } },
    { name: "without-js", use: { javaScriptEnabled: false }, testIgnore: /.*\.hydrate\.spec\.ts/ },
  ],
  // The same release build that scripts/serve runs.
  webServer: {
    command: `${root}/target/release/mali-timeline --addr 127.0.0.1:${port}`,
    cwd: root,
    env: { LEPTOS_SITE_ROOT: `${root}/target/site`, LEPTOS_SITE_PKG_DIR: "pkg", LEPTOS_HASH_FILES: "true", LEPTOS_ENV: "PROD" },
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
