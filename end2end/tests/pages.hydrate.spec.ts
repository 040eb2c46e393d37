import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

for (const path of ["/map", "/fr/map?theme=drones", "/events/moura-massacre-2022", "/actors/jnim", "/actors", "/sources", "/sources/bnn-2024-03-20-kidal-drone-strikes", "/threads", "/threads/coups-and-juntas", "/present?thread=coups-and-juntas", "/fr", "/events/no-such-entry",
  "/?theme=aliens&place=gao&place=kidal&kind=attack", "/embed?thread=nope", "/handout?ids=coup-2020,nope"]) {
  test(`${path} has no WCAG 2.1 A or AA violations`, async ({ page }) => {
    // The source index is long: axe needs more than the default time when tests run in parallel.
    test.setTimeout(90_000);
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  });
}

test("the copy buttons copy a citation", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/events/coup-2020");
  const button = page.locator(".citation").first().getByRole("button", { name: "Copy" });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.locator(".citation").first().getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("Mali Conflict Timeline. (2026, November 21).");
});
