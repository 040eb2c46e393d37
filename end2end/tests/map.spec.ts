import { test, expect, type Page } from "@playwright/test";

// Runs with and without JavaScript: the maps are plain SVG drawn on the server.

/** Each marker of the overview map: its accessible name, the count it gives and its link. */
async function markers(page: Page) {
  const links = page.locator("figure.record-map:not(.detail) svg.map .markers a");
  const out: { name: string; count: number; href: string }[] = [];
  for (const link of await links.all()) {
    const name = (await link.getAttribute("aria-label"))!;
    out.push({ name, count: Number(name.match(/(\d+) (events?|événements?)$/)![1]), href: (await link.getAttribute("href"))! });
  }
  return out;
}

test.describe("the map of the record", () => {
  test("is in the main navigation and counts what the timeline shows for the same filters", async ({ page }) => {
    await page.goto("/?theme=drones&from=2019");
    await page.getByRole("link", { name: "See these events on a map" }).click();
    await expect(page).toHaveURL(/\/map\?theme=drones&from=2019$/);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Map" })).toHaveAttribute("aria-current", "page");
    const found = await markers(page);
    expect(found.length).toBeGreaterThan(1);
    for (const marker of found) {
      expect(marker.href).toContain("theme=drones");
      expect(marker.href).toContain("from=2019");
      await page.goto(marker.href);
      await expect(page.locator("#count"), `${marker.name} → ${marker.href}`).toHaveText(new RegExp(`^${marker.count} events? of`));
    }
    await page.getByRole("link", { name: "See these events on a map" }).click();
    await expect(page.locator("svg.map").first()).toBeVisible();
  });

  test("a marker leads to the timeline filtered to its place, keeping the other filters", async ({ page }) => {
    await page.goto("/map?key=1");
    const gao = page.getByRole("link", { name: /^Gao: \d+ events?$/ }).first();
    const count = Number((await gao.getAttribute("aria-label"))!.match(/(\d+) event/)![1]);
    await gao.locator("circle").click();
    await expect(page).toHaveURL(/\/\?place=gao&key=1$/);
    await expect(page.locator("#count")).toHaveText(new RegExp(`^${count} events? of`));
    await page.goBack();
    await page.getByRole("link", { name: "Read these events on the timeline" }).click();
    await expect(page).toHaveURL(/\/\?key=1$/);
  });

  test("lists the same places in a table with their region and count", async ({ page }) => {
    await page.goto("/map?q=kidal");
    const rows = page.locator("table.place-table tbody tr");
    const found = await markers(page);
    expect(await rows.count()).toBeGreaterThanOrEqual(found.length);
    const kidal = rows.filter({ has: page.getByRole("link", { name: "Kidal", exact: true }) });
    await expect(kidal.locator("td").first()).toHaveText("Kidal Region");
    const marker = found.find((m) => m.name.startsWith("Kidal:"))!;
    await expect(kidal.locator("td.number")).toHaveText(String(marker.count));
  });

  test("speaks French on /fr/map", async ({ page }) => {
    await page.goto("/fr/map");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Où cela s'est passé");
    const timbuktu = page.getByRole("link", { name: /^Tombouctou\s:\s\d+ événements?$/ }).first();
    await expect(timbuktu).toBeAttached();
    expect(await timbuktu.getAttribute("href")).toMatch(/^\/fr\?place=timbuktu$/);
    await expect(page.locator("svg.map .country-name", { hasText: "ALGÉRIE" })).toHaveCount(1);
  });

  test("names close places without one name covering another", async ({ page }) => {
    await page.goto("/map");
    const boxes = [];
    for (const text of await page.locator("svg.map text:visible").all()) boxes.push({ text: await text.textContent(), box: (await text.boundingBox())! });
    expect(boxes.length).toBeGreaterThan(15);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.box.x + a.box.width <= b.box.x || b.box.x + b.box.width <= a.box.x || a.box.y + a.box.height <= b.box.y || b.box.y + b.box.height <= a.box.y;
        expect(apart, `"${a.text}" and "${b.text}" overlap`).toBe(true);
      }
    }
    for (const name of ["Gao", "Ménaka", "Bamako", "Kati", "Mopti", "Sévaré"]) {
      await expect(page.locator("svg.map .markers text:visible", { hasText: new RegExp(`^${name} \\d+$`) }).first(), name).toBeVisible();
    }
    await expect(page.getByRole("group", { name: /^Enlarged map of central Mali/ })).toBeVisible();
  });

  test("fits a 320 px screen in both languages", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ["/map", "/fr/map"]) {
      await page.goto(path);
      await expect(page.locator("svg.map")).toHaveCount(2);
      for (const part of [...(await page.locator("svg.map").all()), page.locator("table.place-table")]) {
        const box = (await part.boundingBox())!;
        expect(box.x, path).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, path).toBeLessThanOrEqual(320);
      }
    }
  });
});

test.describe("locator maps", () => {
  test("every event page has a map of its places", async ({ page, request }) => {
    const events = (await (await request.get("/api/v1/events")).json()).events as { id: string; places: string[] }[];
    expect(events.length).toBeGreaterThan(100);
    for (const event of events) {
      const html = await (await request.get(`/events/${event.id}`)).text();
      expect(html, event.id).toContain('<svg class="locator-map"');
    }
    await page.goto("/events/moura-massacre-2022");
    const map = page.getByRole("img", { name: /^Map showing: Moura/ });
    await expect(map).toBeVisible();
    await expect(map.locator("circle.spot")).toHaveCount(1);
    await page.goto("/fr/events/coup-2020");
    await expect(page.getByRole("img", { name: /^Carte situant\s:/ })).toBeVisible();
  });

  test("an event in a whole country shades the country instead of a dot", async ({ page, request }) => {
    const events = (await (await request.get("/api/v1/events?place=mali")).json()).events as { id: string; places: string[] }[];
    const whole = events.find((e) => e.places.length === 1)!;
    await page.goto(`/events/${whole.id}`);
    await expect(page.locator("svg.locator-map use.whole")).toHaveCount(1);
    await expect(page.locator("svg.locator-map circle.spot")).toHaveCount(0);
  });

  test("every slide of every storyline has its map", async ({ page, request }) => {
    const html = await (await request.get("/threads")).text();
    const threads = [...html.matchAll(/href="\/threads\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(threads.length).toBeGreaterThanOrEqual(6);
    for (const thread of new Set(threads)) {
      await page.goto(`/present?thread=${thread}`);
      const slides = page.locator("section.slide");
      expect(await slides.count()).toBeGreaterThan(0);
      await expect(slides.filter({ hasNot: page.locator("svg.locator-map") })).toHaveCount(0);
    }
    await page.goto("/present?thread=coups-and-juntas");
    await expect(page.locator("section.slide:visible svg.locator-map")).toBeVisible();
  });
});
