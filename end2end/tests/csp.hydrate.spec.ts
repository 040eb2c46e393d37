import { test, expect } from "@playwright/test";

// The policy allows the islands' inline bootstrap by its hash, not by a per-response nonce,
// so cached pages are the same bytes for everyone. The islands must still start, and the
// browser must refuse nothing.
const pages = [
  { path: "/", ready: ".enhanced" },
  { path: "/fr?theme=drones", ready: ".enhanced" },
  { path: "/present?thread=coups-and-juntas", ready: ".presenter" },
];

for (const { path, ready } of pages) {
  test(`${path}: the islands start under the strict policy and nothing is refused`, async ({ page }) => {
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        ((window as any).__violations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const first = await page.goto(path);
    await expect(page.locator(ready)).toHaveAttribute("data-ready", "true");
    const again = await page.request.get(path);
    const policy = first!.headers()["content-security-policy"];
    expect(policy).not.toContain("unsafe-inline");
    expect(again.headers()["content-security-policy"]).toBe(policy);
    expect(await page.evaluate(() => (window as any).__violations ?? [])).toEqual([]);
    expect(refused).toEqual([]);
  });
}
