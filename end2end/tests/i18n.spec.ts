import { test, expect } from "@playwright/test";

test.describe("in French", () => {
  test("the French timeline is French throughout", async ({ page }) => {
    await page.goto("/fr");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page).toHaveTitle(/Chronologie du conflit au Mali/);
    await expect(page.locator("li.event[data-id='coup-2020'] time")).toHaveText("18 août 2020");
    await expect(page.getByRole("heading", { level: 2, name: "Filtres" })).toBeVisible();
    await expect(page.locator("#count")).toHaveText(/\d+ événements sur \d+/);
    await expect(page.locator("link[rel=alternate][hreflang=en]")).toHaveAttribute("href", "/");
  });

  test("search works in both languages from either version", async ({ page }) => {
    for (const q of ["Tombouctou", "Timbuktu", "coup d'État"]) {
      await page.goto(`/fr?q=${encodeURIComponent(q)}`);
      expect(await page.locator("#event-list li.event").count(), q).toBeGreaterThan(0);
    }
  });

  test("the language switch keeps the page and its filters", async ({ page }) => {
    await page.goto("/?theme=drones&q=kidal");
    await page.getByRole("link", { name: "Français", exact: true }).click();
    await expect(page).toHaveURL(/\/fr\?theme=drones&q=kidal$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await page.goto("/fr/events/coup-2020");
    await page.getByRole("link", { name: "English", exact: true }).click();
    await expect(page).toHaveURL(/\/events\/coup-2020$/);
  });

  test("an English source is marked as such on a French page", async ({ page }) => {
    await page.goto("/fr/events/coup-2020");
    await expect(page.locator(".lang-tag").first()).toHaveText(/\(anglais\)/);
    await expect(page.getByRole("heading", { name: "Citer cette entrée" })).toBeVisible();
    await expect(page.locator("#cite-chicago")).toContainText("Chronologie du conflit au Mali. «");
    await expect(page.locator("#cite-chicago")).toContainText("Dernière modification le 21 novembre 2026");
  });
});
