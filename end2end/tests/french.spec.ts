import { test, expect, Page } from "@playwright/test";

// Every kind of French page, read as a French reader sees it: no English interface or
// attribution words, except inside elements marked with another language (a source's own
// title quoted as published).
const PAGES = [
  "/fr",
  "/fr?theme=civilians",
  "/fr/events/moura-massacre-2022",
  "/fr/events/amasrakad-drone-strike-2024",
  "/fr/events/prigozhin-killed-2023",
  "/fr/actors",
  "/fr/actors/aqim",
  "/fr/actors/afisma",
  "/fr/sources",
  "/fr/sources/tellerreport-2020-04-23-rfi-legislative-provisional",
  "/fr/threads",
  "/fr/threads/civilians-in-the-war",
  "/fr/present?thread=civilians-in-the-war",
  "/fr/handout?thread=civilians-in-the-war",
  "/fr/embed",
  "/fr/nulle-part",
];

// Words of the interface and of attributions that must never appear in English on a French page.
const ENGLISH_PHRASES = [
  "according to", "stands for", "reposted", "republished", "live blog", "news blog", "wire copy",
  "machine translation", "archived copy", "quoted by", "local sources", "malian army", "malian government",
  "later compilations", "press reports", "witnesses", "previous event", "next event", "turning point",
  "key events", "read this page", "also available in english", "stay in english", "download",
  "storylines", "timeline", "handout", "present these", "reliability note", "published", "publisher",
  "kind of source", "killing", "battle", "ongoing", "grew out of", "open the original", "cite this entry",
  "contested claims", "events it supports", "page not found", "skip to", "filters", "no event matches",
  "show all years", "foreign forces", "keyboard", "full screen",
];
const ENGLISH_ACRONYMS = ["AQIM", "ECOWAS", "NATO", "AFISMA", "ISGS", "UNSC", "UNHCR", "ISSP", "NTC", "GNA", "OHCHR"];

/** The text a French reader sees or hears, without parts marked as another language. */
async function frenchText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll("[lang]:not([lang^='fr']), script, style, pre, code, .source-url").forEach((e) => e.remove());
    // An address printed as text (handouts print every source's) is not prose in any language.
    clone.querySelectorAll("a").forEach((a) => { if (/^\s*https?:\/\//.test(a.textContent ?? "")) a.remove(); });
    const spoken = Array.from(clone.querySelectorAll("[aria-label], [title], [alt], [placeholder]"))
      .flatMap((e) => ["aria-label", "title", "alt", "placeholder"].map((a) => e.getAttribute(a) ?? ""));
    const meta = Array.from(clone.querySelectorAll("meta[name=description], meta[property^='og:']"))
      .map((e) => e.getAttribute("content") ?? "")
      .filter((c) => !c.startsWith("http") && c !== "website");
    return [clone.textContent ?? "", ...spoken, ...meta].join("\n");
  });
}

function englishIn(text: string): string[] {
  const found: string[] = [];
  for (const phrase of ENGLISH_PHRASES) {
    const match = text.match(new RegExp(`[^\\n]{0,40}\\b${phrase}\\b[^\\n]{0,40}`, "i"));
    if (match) found.push(`"${phrase}" in: ${match[0].trim()}`);
  }
  for (const acronym of ENGLISH_ACRONYMS) {
    const match = text.match(new RegExp(`[^\\n]{0,40}\\b${acronym}\\b[^\\n]{0,40}`));
    if (match) found.push(`"${acronym}" in: ${match[0].trim()}`);
  }
  return found;
}

test.describe("French pages are wholly French", () => {
  for (const path of PAGES) {
    test(`no English interface or attribution words on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      expect(englishIn(await frenchText(page))).toEqual([]);
    });
  }

  test("the check finds English where there is some", async ({ page }) => {
    await page.goto("/events/moura-massacre-2022");
    expect(englishIn(await frenchText(page)).length).toBeGreaterThan(0);
  });

  test("claimants, acronyms and the strip speak French", async ({ page }) => {
    await page.goto("/fr/events/moura-massacre-2022");
    await expect(page.locator("section.contested")).toContainText("Selon les Forces armées maliennes");
    await page.goto("/fr/actors/aqim");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("AQMI – Al-Qaïda au Maghreb islamique");
    await page.goto("/fr");
    await expect(page.locator(".forces")).toContainText("MISMA");
  });

  test("French punctuation holds its narrow no-break spaces", async ({ page }) => {
    await page.goto("/fr/events/moura-massacre-2022");
    const text = await frenchText(page);
    expect(text).toContain("«\u202f");
    expect(text).not.toMatch(/[^\s\u202f\u00a0][:;?!»](\s|$)/u);
    expect(text).not.toMatch(/ [;:!?»]/);
  });
});
