import { expect, Page } from "@playwright/test";

/** The page never scrolls sideways: at 320 px everything wraps or scrolls inside its box. */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth).catch(() => null);
  if (overflow !== null) expect(overflow).toBeLessThanOrEqual(1);
}

/** Event ids shown in the list, in order. */
export async function listedIds(page: Page): Promise<string[]> {
  return page.locator("#event-list li.event").evaluateAll((els) => els.map((e) => e.getAttribute("data-id") ?? "")).catch(async () => {
    const n = await page.locator("#event-list li.event").count();
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push((await page.locator("#event-list li.event").nth(i).getAttribute("data-id")) ?? "");
    return ids;
  });
}
