import { test, expect, Page } from "@playwright/test";

// Every page, in both languages; run with and without JavaScript (the two projects).
const PAGES = [
  "/", "/?theme=drones&place=gao&place=kidal&kind=attack&from=2019&to=2024&key=1&q=attaque",
  "/events/battle-of-konna-2013", "/events/coup-2020", "/actors", "/actors/jnim", "/sources",
  "/sources/rfi-2012-10-23-france-drones-mali", "/threads", "/threads/coups-and-juntas",
  "/present?thread=coups-and-juntas", "/handout?thread=coups-and-juntas", "/embed?thread=coups-and-juntas",
  "/embed", "/present?thread=nope", "/?theme=aliens", "/no/such/page",
];
const ALL = PAGES.flatMap((p) => [p, p === "/" ? "/fr" : p.startsWith("/?") ? `/fr${p.slice(1)}` : `/fr${p}`]);

async function sideways(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test.describe("phones", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("at 320 px no page scrolls sideways", async ({ page }) => {
    test.setTimeout(120_000);
    const wide: string[] = [];
    for (const path of ALL) {
      await page.goto(path);
      const width = await sideways(page);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
  });

  test("at 320 px the periods of the overview are whole words", async ({ page }) => {
    for (const path of ["/", "/fr"]) {
      await page.goto(path);
      await page.locator(".eras-details > summary").click();
      const broken = await page.locator(".era, .era-legend .era-name").evaluateAll((labels) =>
        labels.flatMap((label) => {
          // Each word must sit on one line of its own box: a word broken inside has two
          // rectangles, a word cut off is wider than its box.
          const node = label.firstChild;
          if (!node || node.nodeType !== Node.TEXT_NODE) return [`${label.className}: no text`];
          const text = node.textContent ?? "";
          const range = document.createRange();
          const out: string[] = [];
          let at = 0;
          for (const word of text.split(/\s+/).filter(Boolean)) {
            const start = text.indexOf(word, at);
            at = start + word.length;
            range.setStart(node, start);
            range.setEnd(node, at);
            if (range.getClientRects().length > 1) out.push(word);
          }
          if (label.scrollWidth > label.clientWidth + 1) out.push(`${text} (cut off)`);
          return out;
        }),
      );
      expect(broken, path).toEqual([]);
    }
  });
});

test.describe("the first event is on the first screen", () => {
  for (const size of [{ width: 412, height: 823 }, { width: 1280, height: 800 }]) {
    test(`at ${size.width}x${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      for (const path of ["/", "/fr"]) {
        await page.goto(path);
        const title = page.locator("#event-list .event h3").first();
        const box = await title.boundingBox();
        expect(box, path).not.toBeNull();
        expect(box!.y + box!.height, `${path}: first title ends at ${box!.y + box!.height}px`).toBeLessThanOrEqual(size.height);
      }
    });
  }

  test("on a phone the filters fold away, and open when a filter is applied", async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto("/");
    await expect(page.locator("#filters-disclosure")).not.toHaveAttribute("open", /.*/);
    await expect(page.getByLabel("Search")).toBeHidden();
    await page.locator("#filters-disclosure > summary").click();
    await expect(page.getByLabel("Search")).toBeVisible();
    await page.goto("/?theme=drones");
    await expect(page.locator("#filters-disclosure")).toHaveAttribute("open", "");
    await expect(page.locator(".filters-summary")).toContainText("(1 applied)");
    await expect(page.getByRole("checkbox", { name: "Drones", exact: true })).toBeChecked();
  });
});
