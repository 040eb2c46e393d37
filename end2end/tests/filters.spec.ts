import { test, expect } from "@playwright/test";

test.describe("every applied filter is shown and can be removed", () => {
  test("several places are all ticked, and removing one keeps the other", async ({ page }) => {
    await page.goto("/?place=gao&place=kidal");
    const gao = page.locator("#place-gao");
    const kidal = page.locator("#place-kidal");
    await expect(gao).toBeChecked();
    await expect(kidal).toBeChecked();
    await expect(page.locator("#filters summary", { hasText: "Places" })).toContainText("(2)");
    await gao.uncheck();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/place=kidal/);
    await expect(page).not.toHaveURL(/place=gao/);
    await expect(page.locator("#place-kidal")).toBeChecked();
    await expect(page.locator("#place-gao")).not.toBeChecked();
  });

  test("several kinds, the dates, key events and the search are all in the form", async ({ page }) => {
    await page.goto("/?kind=attack&kind=coup&from=2012&to=2020-08&key=1&q=bamako");
    await expect(page.locator("#kind-attack")).toBeChecked();
    await expect(page.locator("#kind-coup")).toBeChecked();
    await expect(page.locator("#from")).toHaveValue("2012");
    await expect(page.locator("#to")).toHaveValue("2020-08");
    await expect(page.getByLabel("Key events only")).toBeChecked();
    await expect(page.getByLabel("Search")).toHaveValue("bamako");
    await page.locator("#kind-coup").uncheck();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/kind=attack/);
    await expect(page).not.toHaveURL(/kind=coup/);
    for (const chips of await page.locator("#event-list .meta").allTextContents()) expect(chips.length).toBeGreaterThan(0);
  });

  test("what the form cannot show is reported with a link that removes it", async ({ page }) => {
    await page.goto("/?theme=aliens&theme=drones&thread=coups-and-juntas");
    await expect(page.locator("#count")).toHaveText(/^0 events of/);
    const notice = page.locator(".notice");
    await expect(notice).toContainText("theme=aliens");
    await expect(notice).toContainText("thread=coups-and-juntas");
    await notice.locator("li", { hasText: "theme=aliens" }).getByRole("link", { name: "remove it" }).click();
    await expect(page).not.toHaveURL(/aliens/);
    await expect(page).toHaveURL(/theme=drones/);
    await expect(page.locator("#count")).not.toHaveText(/^0 events/);
    await expect(page.getByRole("checkbox", { name: "Drones", exact: true })).toBeChecked();
  });
});

test.describe("Back and Forward", () => {
  test("after Back the form agrees with the list and the address", async ({ page }) => {
    await page.goto("/");
    await page.locator("#filters-disclosure").evaluate((d) => d.setAttribute("open", ""));
    await page.getByRole("checkbox", { name: "Drones", exact: true }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/theme=drones/);
    await page.locator("#filters-disclosure").evaluate((d) => d.setAttribute("open", ""));
    await page.locator("#theme-russia").check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/theme=russia/);
    await page.goBack();
    // Without JavaScript the browser's own form submission also sends the empty fields.
    await expect(page).toHaveURL(/theme=drones/);
    await expect(page).not.toHaveURL(/russia/);
    await expect(page.getByRole("checkbox", { name: "Drones", exact: true })).toBeChecked();
    await expect(page.locator("#theme-russia")).not.toBeChecked();
    const drones = await page.locator("#count").textContent();
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("checkbox", { name: "Drones", exact: true })).not.toBeChecked();
    await expect(page.locator("#count")).not.toHaveText(drones!);
    await page.goForward();
    await expect(page).toHaveURL(/theme=drones/);
    await expect(page.getByRole("checkbox", { name: "Drones", exact: true })).toBeChecked();
    await expect(page.locator("#count")).toHaveText(drones!);
  });
});
