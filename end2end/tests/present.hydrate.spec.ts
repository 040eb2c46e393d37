import { test, expect } from "@playwright/test";

test.describe("presenting with JavaScript", () => {
  test("keys, buttons and the address keep the place", async ({ page }) => {
    await page.goto("/present?thread=coups-and-juntas");
    await expect(page.locator(".presenter")).toHaveAttribute("data-ready", "true");
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(".slide-number")).toHaveText("2");
    await expect(page).toHaveURL(/#2$/);
    await page.keyboard.press("PageDown");
    await page.keyboard.press("Space");
    await expect(page.locator(".slide-number")).toHaveText("4");
    await page.keyboard.press("PageUp");
    await expect(page.locator(".slide-number")).toHaveText("3");
    await page.keyboard.press("End");
    const total = await page.locator(".slide").count();
    await expect(page.locator(".slide-number")).toHaveText(String(total));
    await page.keyboard.press("Home");
    await expect(page.locator(".slide-number")).toHaveText("1");
    await page.getByRole("link", { name: /Next/ }).click();
    await expect(page.locator(".slide-number")).toHaveText("2");
    await page.reload();
    await expect(page.locator(".presenter")).toHaveAttribute("data-ready", "true");
    await expect(page.locator(".slide-number")).toHaveText("2");
    await expect(page.locator(".slide:visible")).toHaveCount(1);
    await expect(page.getByRole("button", { name: /Full screen/ })).toBeVisible();
  });

  test("switching language keeps the lesson and the slide", async ({ page }) => {
    await page.goto("/present?thread=coups-and-juntas");
    await expect(page.locator(".presenter")).toHaveAttribute("data-ready", "true");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.getByRole("link", { name: "Français", exact: true }).click();
    await expect(page).toHaveURL(/\/fr\/present\?thread=coups-and-juntas#3$/);
    await expect(page.locator(".presenter")).toHaveAttribute("data-ready", "true");
    await expect(page.locator(".slide-number")).toHaveText("3");
    await expect(page.locator(".slide-count")).toContainText("Diapositive 3 sur");
  });

  test("autoplay is offered, and not to readers who prefer reduced motion", async ({ page }) => {
    await page.goto("/present?thread=coups-and-juntas");
    await expect(page.locator(".presenter")).toHaveAttribute("data-ready", "true");
    await expect(page.getByRole("button", { name: /Play automatically/ })).toBeVisible();
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.reload();
    await expect(page.locator(".presenter")).toHaveAttribute("data-ready", "true");
    await expect(page.getByRole("button", { name: /Play automatically/ })).toBeHidden();
  });

  test("keys move the slides only while the deck itself has focus", async ({ page }) => {
    await page.goto("/present?thread=coups-and-juntas");
    await expect(page.locator(".presenter")).toHaveAttribute("data-ready", "true");
    await expect(page.locator(".deck")).toBeFocused();
    for (const name of [/Full screen/, /Play automatically/]) {
      await page.getByRole("button", { name }).focus();
      for (const key of ["ArrowRight", "ArrowDown", "PageDown", "End"]) await page.keyboard.press(key);
      await expect(page.locator(".slide-number")).toHaveText("1");
    }
    await page.locator(".deck-links a").first().focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(".slide-number")).toHaveText("1");
    await page.locator(".slide:visible .slide-summary").click();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(".slide-number")).toHaveText("2");
  });

  test("the slide in the address fragment wins over slide=", async ({ page }) => {
    await page.goto("/present?thread=coups-and-juntas&slide=2#4");
    await expect(page.locator(".presenter")).toHaveAttribute("data-ready", "true");
    await expect(page.locator(".slide-number")).toHaveText("4");
  });
});
