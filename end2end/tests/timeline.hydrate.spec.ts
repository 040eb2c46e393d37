import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

async function wasmReady(page: import("@playwright/test").Page) {
  // The island marks itself ready once its wasm ran.
  await expect(page.locator(".enhanced")).toHaveAttribute("data-ready", "true");
}

test.describe("the timeline with JavaScript", () => {
  test("filters apply as you type, without a page load, and the count is announced", async ({ page }) => {
    await page.goto("/");
    await wasmReady(page);
    await page.evaluate(() => ((window as any).__stayed = true));
    await page.getByLabel("Search").fill("kidal");
    await expect(page).toHaveURL(/q=kidal/);
    await expect(page.locator("#count")).toHaveText(/^\d+ events? of \d+$/);
    await expect(page.locator("#live-status")).toHaveText(/^\d+ events? of \d+$/);
    for (const title of await page.locator("#event-list h3").allTextContents()) expect(title.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as any).__stayed)).toBe(true);
    await page.getByRole("checkbox", { name: "Drones", exact: true }).check();
    await expect(page).toHaveURL(/theme=drones/);
    expect(await page.evaluate(() => (window as any).__stayed)).toBe(true);
  });

  test("the back button restores the previous view", async ({ page }) => {
    await page.goto("/");
    await wasmReady(page);
    await page.getByRole("link", { name: /^2013: \d+ events?/ }).click();
    await expect(page.locator(".year-heading")).toHaveText(["2013"]);
    await page.goBack();
    await expect(page).not.toHaveURL(/from=2013/);
    await expect(page.locator(".year-heading").first()).toHaveText("2011");
  });

  test("J and K move between entries only while the list has focus", async ({ page }) => {
    await page.goto("/");
    await wasmReady(page);
    await page.keyboard.press("j");
    await expect(page.locator(".event-link").first()).not.toBeFocused();
    await page.locator("#event-list").focus();
    await page.keyboard.press("j");
    await expect(page.locator(".event-link").nth(0)).toBeFocused();
    await page.keyboard.press("j");
    await expect(page.locator(".event-link").nth(1)).toBeFocused();
    await page.keyboard.press("k");
    await expect(page.locator(".event-link").nth(0)).toBeFocused();
    await page.keyboard.press("End");
    await expect(page.locator(".event-link").last()).toBeFocused();
  });

  test("has no WCAG 2.1 A or AA violations", async ({ page }) => {
    await page.goto("/?theme=drones");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  });
});
