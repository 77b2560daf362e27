// Opens the example's HTML page in headless Chromium and checks what a reader sees: both outlets'
// columns, shared passages in matching colours, speaker links, the timeline, and no sideways
// scrolling at phone width. Screenshots go to $TMPDIR/parallax-browser/. Without Chromium the test
// skips locally but fails in CI, where .ci/run installs it.

import assert from "node:assert/strict";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { loadArticles } from "../../src/1-ingest/index.ts";
import { html } from "../../src/6-report/html.ts";
import { analyze } from "../../src/analyze.ts";
import { compare } from "../../src/compare.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
if (!present && process.env.CI)
  throw new Error(`Chromium is missing at ${CHROMIUM}: .ci/run installs it`);

test(
  "the example page reads well in Chromium at desktop and phone width",
  {
    skip: present ? false : `no Chromium at ${CHROMIUM} (install: apt-get install -y chromium)`,
  },
  async () => {
    const batch = new URL("../../examples/seeds/batch.jsonl", import.meta.url).pathname;
    const { articles, failures } = await loadArticles([], { batch: [batch] });
    assert.deepEqual(failures, []);
    const out = join(tmpdir(), "parallax-browser");
    mkdirSync(out, { recursive: true });
    const file = join(out, "example.html");
    writeFileSync(file, html(compare(articles.map(analyze))));

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith("file:")) requests.push(r.url());
      });
      await page.goto(pathToFileURL(file).href);

      const outlets = await page.locator("article.col .outlet").allInnerTexts();
      assert.deepEqual(outlets, ["The Washington Post", "CBS SF Bay Area"]);
      const [first, second] = await page
        .locator("article.col")
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
      assert.ok(first && second && Math.abs(first.top - second.top) < 2, "side by side");

      // A shared passage is highlighted in both columns, in the same colour.
      const shared = await page.evaluate(() => {
        const byAl = new Map<string, { col: string; colour: string }[]>();
        for (const m of document.querySelectorAll("mark.al")) {
          const col = m.closest("article.col")?.getAttribute("data-article") ?? "";
          const colour = getComputedStyle(m).backgroundColor;
          const id = m.getAttribute("data-al") ?? "";
          byAl.set(id, [...(byAl.get(id) ?? []), { col, colour }]);
        }
        return [...byAl.values()].filter((xs) => new Set(xs.map((x) => x.col)).size > 1);
      });
      assert.ok(
        shared.length >= 3,
        `shared passages highlighted in both columns: ${shared.length}`,
      );
      for (const xs of shared) assert.equal(new Set(xs.map((x) => x.colour)).size, 1);
      assert.notEqual(shared[0]?.[0]?.colour, "rgba(0, 0, 0, 0)");

      // Clicking a statement names its speaker.
      const link = page.locator("a.st", { hasText: "particularly troubling" }).first();
      const speaker = await link.getAttribute("data-speaker");
      assert.ok(speaker);
      await link.click();
      const panel = page.locator("#speaker");
      assert.ok(await panel.isVisible());
      assert.ok((await panel.textContent())?.includes(`Said by ${speaker}`));
      const target = await link.getAttribute("href");
      assert.equal(await page.locator(target ?? "#none").count(), 1, "speaker anchor exists");

      const timeline = await page.locator("#timeline li").allInnerTexts();
      assert.ok(timeline.some((t) => t.includes("2017-03-29")));
      await page.screenshot({ path: join(out, "desktop.png"), fullPage: false });

      // Phone width: columns stack, nothing scrolls sideways.
      await page.setViewportSize({ width: 375, height: 800 });
      const phone = await page.evaluate(() => {
        const cols = [...document.querySelectorAll("article.col")].map((e) =>
          e.getBoundingClientRect(),
        );
        return {
          scroll: document.documentElement.scrollWidth,
          width: window.innerWidth,
          stacked: (cols[1]?.top ?? 0) >= (cols[0]?.bottom ?? 0),
        };
      });
      assert.ok(
        phone.scroll <= phone.width,
        `horizontal overflow: ${phone.scroll} > ${phone.width}`,
      );
      assert.ok(phone.stacked, "columns stack at phone width");
      await page.screenshot({ path: join(out, "phone.png"), fullPage: false });
      assert.deepEqual(requests, [], "the page fetches nothing");
      process.stderr.write(`screenshots in ${out}\n`);
    } finally {
      await browser.close();
    }
  },
);
