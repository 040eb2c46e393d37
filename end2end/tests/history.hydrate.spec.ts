import { test, expect } from "@playwright/test";

async function ready(page: import("@playwright/test").Page) {
  await expect(page.locator(".enhanced")).toHaveAttribute("data-ready", "true");
}

test.describe("history with JavaScript", () => {
  test("typing makes one entry, each choice another, and Back restores form and list", async ({ page }) => {
    await page.goto("/");
    await ready(page);
    const all = await page.locator("#count").textContent();
    const start = await page.evaluate(() => history.length);
    await page.getByLabel("Search").fill("kid");
    await expect(page).toHaveURL(/q=kid$/);
    await page.getByLabel("Search").fill("kidal");
    await expect(page).toHaveURL(/q=kidal$/);
    expect(await page.evaluate(() => history.length)).toBe(start + 1);
    const kidal = await page.locator("#count").textContent();
    await page.getByRole("checkbox", { name: "Drones", exact: true }).check();
    await expect(page).toHaveURL(/q=kidal&theme=drones/);
    expect(await page.evaluate(() => history.length)).toBe(start + 2);

    await page.goBack();
    await expect(page).toHaveURL(/\?q=kidal$/);
    await expect(page.locator("#count")).toHaveText(kidal!);
    await expect(page.getByRole("checkbox", { name: "Drones", exact: true })).not.toBeChecked();
    await expect(page.getByLabel("Search")).toHaveValue("kidal");

    await page.goBack();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
    await expect(page.locator("#count")).toHaveText(all!);
    await expect(page.getByLabel("Search")).toHaveValue("");

    await page.goForward();
    await expect(page.getByLabel("Search")).toHaveValue("kidal");
    await expect(page.locator("#count")).toHaveText(kidal!);
    await page.goForward();
    await expect(page.getByRole("checkbox", { name: "Drones", exact: true })).toBeChecked();
    await expect(page.locator(".filters-summary")).toContainText("(2 applied)");
  });

  test("a year in the overview is an entry too, and Back comes back from it", async ({ page }) => {
    await page.goto("/?theme=drones");
    await ready(page);
    await page.getByRole("link", { name: /^2023: \d+ events?/ }).click();
    await expect(page).toHaveURL(/theme=drones&from=2023&to=2023/);
    await expect(page.locator("#from")).toHaveValue("2023");
    await page.goBack();
    await expect(page).toHaveURL(/\?theme=drones$/);
    await expect(page.locator("#from")).toHaveValue("");
  });
});
