import { test, expect } from "@playwright/test";

test.describe("from an entry to its sources", () => {
  test("timeline → event → source → actor and back", async ({ page }) => {
    await page.goto("/?q=keita");
    await page.locator("li.event[data-id='coup-2020'] h3 a").click();
    await expect(page).toHaveURL(/\/events\/coup-2020$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator(".event-page .meta time")).toHaveText("18 August 2020");
    const sources = page.locator("ol.sources > li");
    expect(await sources.count()).toBeGreaterThanOrEqual(2);
    const first = sources.first().locator(".source-title a");
    await expect(first).toHaveAttribute("rel", "noopener noreferrer");
    const href = await first.getAttribute("href");
    expect(href).toMatch(/^https?:\/\//);
    await expect(sources.first().getByRole("link", { name: "archived copy" })).toHaveAttribute("href", `https://web.archive.org/web/${href}`);
    await page.locator(".facts").getByRole("link", { name: /Goïta/ }).click();
    await expect(page).toHaveURL(/\/actors\/assimi-goita$/);
    await expect(page.locator("li.event[data-id='coup-2020']")).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/events\/coup-2020$/);
  });

  test("a misdated source shows its reliability note to the reader", async ({ page }) => {
    await page.goto("/events/kidal-drone-strikes-2023");
    const bnn = page.locator("#source-bnn-2024-03-20-kidal-drone-strikes");
    await expect(bnn.locator(".reliability")).toContainText("Misdated");
    await bnn.getByRole("link", { name: "Events it supports" }).click();
    await expect(page.locator("aside.reliability")).toContainText("Misdated");
    await expect(page.getByRole("link", { name: "Open the original" })).toHaveAttribute("rel", "noopener noreferrer");
  });

  test("contested figures are shown side by side with who claims them", async ({ page }) => {
    await page.goto("/events/moura-massacre-2022");
    const contested = page.locator("section.contested");
    await expect(contested).toBeVisible();
    expect(await contested.locator(".claims li").count()).toBeGreaterThanOrEqual(3);
    await expect(contested).toContainText("Human Rights Watch");
  });

  test("cite this entry gives the four styles with the stable address", async ({ page }) => {
    await page.goto("/events/coup-2020");
    const url = new URL("/events/coup-2020", page.url()).href;
    const title = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    await expect(page.locator("#cite-apa")).toHaveText(`Mali Conflict Timeline. (2026, November 21). ${title}. ${url}`);
    await expect(page.locator("#cite-mla")).toHaveText(`“${title}.” Mali Conflict Timeline, 21 Nov. 2026, ${url.replace(/^https?:\/\//, "")}.`);
    await expect(page.locator("#cite-chicago")).toHaveText(`Mali Conflict Timeline. “${title}.” Last modified November 21, 2026. ${url}.`);
    await expect(page.locator("#cite-bibtex")).toContainText("@misc{mct-coup-2020,");
    await expect(page.locator("#cite-bibtex")).toContainText(`howpublished = {\\url{${url}}}`);
  });

  test("previous and next, in time and within each theme", async ({ page }) => {
    await page.goto("/events/coup-2020");
    const around = page.locator("nav.neighbours");
    await expect(around.locator("a[rel=prev]").first()).toBeVisible();
    await expect(around.locator("a[rel=next]").first()).toBeVisible();
    await expect(around).toContainText("In the theme");
  });

  test("an unknown entry is a 404 page that leads back", async ({ page }) => {
    const response = await page.goto("/events/no-such-entry");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await page.getByRole("link", { name: "Back to the timeline" }).click();
    await expect(page.locator("#event-list")).toBeVisible();
  });

  test("sources can be filtered by publisher, kind and language", async ({ page }) => {
    await page.goto("/sources");
    await page.getByLabel("Kind of source").selectOption("opinion");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/kind=opinion/);
    await expect(page.locator(".source-index")).toContainText("Rantburg");
    await expect(page.locator(".source-index")).not.toContainText("United Nations Security Council");
  });

  test("the actors glossary says what acronyms stand for and what groups became", async ({ page }) => {
    await page.goto("/actors/ansar-dine");
    await expect(page.locator(".facts")).toContainText("Became");
    await page.locator(".facts").getByRole("link", { name: /JNIM/ }).click();
    await expect(page.locator(".facts")).toContainText("Jama'at Nusrat al-Islam wal-Muslimin");
    await expect(page.locator(".facts")).toContainText("Grew out of");
  });
});
