import { test, expect } from "@playwright/test";

test.describe("lessons: storylines, slides and handouts", () => {
  test("the storylines list at least six curated paths", async ({ page }) => {
    await page.goto("/threads");
    expect(await page.locator(".thread-card").count()).toBeGreaterThanOrEqual(6);
    await page.getByRole("link", { name: "The coups and the juntas" }).click();
    await expect(page.locator(".thread-events > li")).not.toHaveCount(0);
  });

  test("each slide is its own page with next and previous links", async ({ page }) => {
    await page.goto("/present?thread=coups-and-juntas");
    await expect(page.locator(".slide:visible")).toHaveCount(1);
    await expect(page.locator(".slide-count")).toContainText(/Slide 1 of \d+/);
    const firstTitle = await page.locator(".slide:visible .slide-title").textContent();
    await page.getByRole("link", { name: /Next/ }).click();
    await expect(page.locator(".slide-count")).toContainText("Slide 2 of");
    expect(await page.locator(".slide:visible .slide-title").textContent()).not.toBe(firstTitle);
    await expect(page.locator(".slide:visible .slide-sources a").first()).toHaveAttribute("href", /^https?:\/\//);
  });

  test("the presentation has a language switch that keeps the lesson and the slide", async ({ page }) => {
    await page.goto("/present?thread=coups-and-juntas&slide=2");
    await page.getByRole("link", { name: "Français", exact: true }).click();
    await expect(page).toHaveURL(/\/fr\/present\?thread=coups-and-juntas&slide=2/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.locator(".slide:visible .slide-date")).toBeVisible();
  });

  test("a hand-picked lesson keeps the given order and title", async ({ page }) => {
    await page.goto("/present?ids=coup-2021,coup-2020&title=Two+coups");
    await expect(page.locator(".deck-title")).toHaveText("Two coups");
    await expect(page.locator(".slide:visible .slide-date")).toContainText("2021");
  });

  test("the handout prints every source with its full address", async ({ page, browserName }, info) => {
    test.skip(info.project.name !== "without-js" && browserName !== "chromium", "PDF needs Chromium");
    await page.goto("/handout?thread=coups-and-juntas");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header")).toBeHidden();
    const urls = await page.locator(".full-url").allTextContents();
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) expect(u).toMatch(/^https?:\/\//);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });

  test("the embed route may be framed and the others may not", async ({ request }) => {
    const embed = await request.get("/embed?thread=coups-and-juntas");
    expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    const home = await request.get("/");
    expect(home.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(home.headers()["x-frame-options"]).toBe("DENY");
  });

  test("a lesson can be built by ticking events", async ({ page }) => {
    await page.goto("/?theme=coups-politics&from=2020&to=2021");
    await page.getByText("Build a lesson").click();
    await page.locator("li.event[data-id='coup-2021'] input[name=ids]").check();
    await page.locator("li.event[data-id='coup-2020'] input[name=ids]").check();
    await page.getByLabel("Lesson title").fill("Coups 2020-2021");
    await page.getByRole("button", { name: "Present the ticked events" }).click();
    await expect(page).toHaveURL(/\/present\?/);
    await expect(page.locator(".deck-title")).toHaveText("Coups 2020-2021");
    await expect(page.locator(".slide-count")).toContainText("of 2");
  });
});
