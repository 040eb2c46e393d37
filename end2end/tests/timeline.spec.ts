import { test, expect } from "@playwright/test";

test.describe("the timeline page", () => {
  test("shows the overview, the years and sourced entries", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Mali Conflict Timeline/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 2, name: /Overview/ })).toBeVisible();
    await expect(page.locator(".year-col")).toHaveCount(16);
    await expect(page.locator(".forces")).toContainText("MINUSMA");
    await expect(page.locator(".forces")).toContainText("Wagner");
    await expect(page.locator(".era-legend")).toContainText("Barkhane");
    await expect(page.getByRole("heading", { level: 2, name: "2012", exact: true })).toBeVisible();
    const coup = page.locator("li.event[data-id='coup-2020']");
    await expect(coup.locator("time")).toHaveAttribute("datetime", "2020-08-18");
    await expect(coup.locator("time")).toHaveText("18 August 2020");
    await expect(coup.locator(".chip")).toContainText(["Coups and politics"]);
    await expect(coup.locator(".source-count")).toHaveText(/\d+ sources/);
    await expect(coup.locator(".badge")).toHaveText("Turning point");
  });

  test("the search ignores case and accents and covers both languages", async ({ page }) => {
    await page.goto("/?q=goita");
    await expect(page.locator("li.event[data-id='coup-2020']")).toBeVisible();
    await page.goto("/?q=tombouctou");
    await expect(page.locator("li.event[data-id='timbuktu-falls-2012']")).toBeVisible();
    await expect(page.locator("#count")).toHaveText(/\d+ events? of \d+/);
  });

  test("the filter form works by submitting it", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("checkbox", { name: "Drones", exact: true }).check();
    await page.getByLabel("Key events only").check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/theme=drones/);
    await expect(page).toHaveURL(/key=1/);
    const items = page.locator("#event-list li.event");
    expect(await items.count()).toBeGreaterThan(0);
    for (const chips of await items.locator(".chips").allTextContents()) expect(chips).toContain("Drones");
    await expect(page.locator("#event-list li.event:not(.key)")).toHaveCount(0);
  });

  test("a year in the overview zooms the list to that year", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /^2015: \d+ events?/ }).click();
    await expect(page).toHaveURL(/from=2015&to=2015/);
    await expect(page.locator(".year-heading")).toHaveText(["2015"]);
    await expect(page.getByRole("link", { name: "Show all years" })).toBeVisible();
  });

  test("an empty result says so and offers to clear the filters", async ({ page }) => {
    await page.goto("/?q=zzzznothing");
    await expect(page.getByText("No event matches these filters.")).toBeVisible();
    await page.locator(".empty").getByRole("link", { name: "Clear all filters" }).click();
    await expect(page.locator("#event-list li.event").first()).toBeVisible();
  });

  test("malformed parameters are explained, never an error page", async ({ page }) => {
    const response = await page.goto("/?from=yesterday&theme=aliens&colour=red");
    expect(response?.status()).toBe(200);
    const notice = page.locator(".notice");
    await expect(notice).toContainText("from=yesterday");
    await expect(notice).toContainText("theme=aliens");
    await expect(notice).toContainText("colour=red");
  });

  test("a skip link leads to the content and every control has a label", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to the content" })).toBeFocused();
    for (const id of ["q", "place-gao", "kind-attack", "theme-drones", "actor-jnim", "from", "to", "key"]) {
      await expect(page.locator(`label[for='${id}']`)).toHaveCount(1);
    }
  });

  test("works at 320 px wide without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto("/");
    await expect(page.locator("#event-list")).toBeVisible();
    const width = await page.locator("body").evaluate((b) => b.scrollWidth).catch(() => 320);
    expect(width).toBeLessThanOrEqual(321);
  });

  test("the downloads of the view carry the same filters", async ({ page, request }) => {
    await page.goto("/?theme=drones");
    const csv = await page.getByRole("link", { name: "CSV", exact: true }).first().getAttribute("href");
    expect(csv).toContain("theme=drones");
    const answer = await request.get(csv!);
    expect(answer.headers()["content-type"]).toContain("text/csv");
    expect(await answer.text()).toContain("kidal-drone-strikes-2023");
  });
});
