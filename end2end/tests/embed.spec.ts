import { test, expect } from "@playwright/test";

test.describe("the embed inside another site's frame", () => {
  test("links open outside the frame; #e-<id> scrolls within it", async ({ page, baseURL }) => {
    // A course page framing the embed. It is served from the site's origin because Chromium's
    // local network checks stop a page made up by the test from framing a loopback address;
    // that other origins may frame /embed is checked on the headers (present.spec.ts).
    const host = baseURL + "/course-page";
    await page.route(host, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><title>Course</title><iframe id="f" src="${baseURL}/embed?theme=drones#e-kidal-drone-strikes-2023" width="320" height="300"></iframe>`,
      }),
    );
    await page.goto(host);
    const frame = page.frameLocator("#f");
    const entry = frame.locator("#e-kidal-drone-strikes-2023");
    await expect(entry).toBeVisible();
    await expect(entry).toBeInViewport();
    const links = frame.locator("main a[href^='/']");
    const count = await links.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      await expect(links.nth(i)).toHaveAttribute("target", /^_(blank|top)$/);
      await expect(links.nth(i)).toHaveAttribute("rel", /noopener/);
    }
    const popup = page.waitForEvent("popup");
    await frame.locator(".event-link").first().click();
    const opened = await popup;
    await expect(opened).toHaveURL(/\/events\//);
    await expect(opened.locator("h1")).toBeVisible();
  });
});
