// The chat page in a real browser: Debian's Chromium, driven by playwright-core (no downloaded browser).
// Run by tests/e2e/test_widget.py against a running coach:
//
//   WEB_URL=http://127.0.0.1:8000/ RASA_URL=http://127.0.0.1:5005 RASA_TOKEN=... SCREENSHOT=var/widget.png \
//     node web/test/widget.mjs
//
// A candidate opens the page (through the public door, in the tests) and the widget, answers the coach's
// questions (typing, or clicking the buttons when a question has them) until there is a verdict and a
// draft, reloads the page, carries on in the same conversation, and comes back with the employer's answer. Which question is being asked is read
// from the Rasa HTTP API on loopback (the tracker's requested_slot, with the API's token), as the other
// end-to-end tests do. Prints one JSON report on stdout; any failed expectation exits non-zero with the
// reason on stderr.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";

const WEB_URL = process.env.WEB_URL || "http://127.0.0.1:8080/";
const RASA_URL = (process.env.RASA_URL || "http://127.0.0.1:5005").replace(/\/$/, "");
const RASA_TOKEN = process.env.RASA_TOKEN || "";
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const SCREENSHOT = process.env.SCREENSHOT || "";
const TURN_TIMEOUT = 60_000;

// What the candidate says to each question. The role and the company carry markup on purpose: they are
// said back in the draft, and must show there (and in the candidate's own bubble) as typed.
const ROLE = "Sales *lead* [site](javascript:window.__pwned=1)";
const COMPANY = "<b>Globex</b><img src=x onerror=window.__pwned=2>";
const ANSWERS = {
  role: ROLE,
  company: COMPANY,
  offer_base: "$90,000",
  offer_variable: "20k bonus",
  concern: "It's less than I earn in my current job, I'd be going backwards",
  previous_earnings: "I make 100k base plus 25k commission, 125k in total",
  evidence: "yes, my pay stubs",
};
const BUTTONS = { accept_as_is: "Yes", competing_offer_in_writing: "Yes", would_choose_other: "No",
  facts_confirmed: "That's right" };

const report = { steps: [], buttonsClicked: [], offsite: [], cspViolations: [], pageErrors: [] };
const step = (name, detail = {}) => report.steps.push({ name, ...detail });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const squash = (text) => text.replace(/\s+/g, " ").trim();

// The server signs the session it issues ("<session>.<signature>", channels/sessions.py); the conversation
// is "web:<session>".
const conversationOf = (sessionId) => `web:${sessionId.split(".")[0]}`;

async function tracker(sessionId) {
  const response = await fetch(`${RASA_URL}/conversations/${conversationOf(sessionId)}/tracker`,
    { headers: { Authorization: `Bearer ${RASA_TOKEN}` } });
  assert.equal(response.status, 200, `tracker of ${sessionId}: HTTP ${response.status}`);
  return response.json();
}

const userEvents = (t) => t.events.filter((e) => e.event === "user").length;
const botTexts = (t) => t.events.filter((e) => e.event === "bot").map((e) => e.text || "");
// The summary comes as rows (a custom payload) that the channel lays out as a table.
const isSummary = (e) => Boolean(e.data && e.data.custom && e.data.custom.summary);
const botMessages = (t) => t.events.filter((e) => e.event === "bot").map((e) => ({ text: e.text || "", table: isSummary(e) }));
const idle = (t) => t.latest_action_name === "action_listen";

// Every bot message on screen against the coach's text: the same words and characters (Markdown or HTML
// in what it says, or quotes, would show differently), a table where the coach sent rows. Returns mismatches.
async function asWritten(page, t) {
  const written = botMessages(t);
  const shown = await shownBotTexts(page);
  if (written.length !== shown.length) return [`${written.length} messages, ${shown.length} on screen`];
  return written.flatMap(({ text, table }, index) => {
    const same = table ? shown[index].includes("Item") : squash(shown[index]) === squash(text);
    return same ? [] : [{ written: text, shown: shown[index] }];
  });
}

async function sessionId(page) {
  const stored = await page.evaluate(() => window.localStorage.getItem("chat_session"));
  assert.ok(stored, "the widget keeps its session in localStorage");
  const id = JSON.parse(stored).session_id;
  assert.ok(id, "the widget has a session id");
  return id;
}

// The bot's bubbles on screen, as the candidate reads them (line breaks included).
const shownBotTexts = (page) => page.$$eval(".rw-response .rw-message-text", (nodes) => nodes.map((n) => n.innerText));

// Waits until the coach has answered the n-th user message and the widget shows every bot message.
async function settled(page, id, users) {
  const deadline = Date.now() + TURN_TIMEOUT;
  let t;
  while (Date.now() < deadline) {
    t = await tracker(id);
    if (userEvents(t) >= users && idle(t)) {
      const expected = botTexts(t).length;
      if ((await shownBotTexts(page)).length >= expected) return t;
    }
    await sleep(250);
  }
  throw new Error(`no settled answer within ${TURN_TIMEOUT} ms; last bot messages: ${JSON.stringify(botTexts(t).slice(-2))}`);
}

async function say(page, id, text) {
  const before = userEvents(await tracker(id));
  await page.fill(".rw-new-message", text);
  await page.press(".rw-new-message", "Enter");
  return settled(page, id, before + 1);
}

async function click(page, id, title) {
  const before = userEvents(await tracker(id));
  const button = page.locator(".rw-replies .rw-reply", { hasText: title }).last();
  await button.waitFor({ state: "visible", timeout: 10_000 });
  await button.click();
  report.buttonsClicked.push(title);
  return settled(page, id, before + 1);
}

async function openWidget(page) {
  await page.waitForSelector(".rw-launcher, .rw-conversation-container", { timeout: 30_000 });
  if (!(await page.isVisible(".rw-conversation-container"))) await page.click(".rw-launcher");
  await page.waitForSelector(".rw-conversation-container .rw-new-message", { timeout: 30_000 });
}

async function main() {
  const profile = mkdtempSync(join(tmpdir(), "coach-chromium-"));
  // A fresh profile, and nothing of Chromium's own reaching for the network.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (!["127.0.0.1", "localhost"].includes(url.hostname) && !["data:", "blob:"].includes(url.protocol)) {
        report.offsite.push(request.url());
      }
    });
    page.on("pageerror", (error) => report.pageErrors.push(String(error)));

    // 1. The page, then the widget: it greets the candidate and asks the first question.
    await page.goto(WEB_URL);
    assert.equal(await page.title(), "Offer coach");
    await openWidget(page);
    const id = await sessionId(page);
    let t = await settled(page, id, 1); // the widget's opening "/greet"
    assert.match((await shownBotTexts(page)).join("\n"), /offer coach/i, "the coach introduces itself");
    step("opened", { sessionId: id });

    // 2. Answer until there is a verdict and a draft: type, or click a button where the question has them.
    for (let turn = 0; turn < 25 && !(t.slots.verdict && t.slots.draft); turn++) {
      const asked = t.slots.requested_slot;
      assert.ok(asked, `the coach stopped asking without a verdict: ${JSON.stringify(botTexts(t).slice(-2))}`);
      const buttons = await page.$$eval(".rw-replies", (groups) => groups.length
        ? [...groups[groups.length - 1].querySelectorAll(".rw-reply")].map((n) => n.innerText.trim()) : []);
      if (buttons.length && BUTTONS[asked]) {
        assert.ok(buttons.includes(BUTTONS[asked]), `buttons for ${asked}: ${buttons}`);
        t = await click(page, id, BUTTONS[asked]);
      } else {
        t = await say(page, id, ANSWERS[asked] || "I'm not sure");
      }
      step("answered", { asked, buttons });
    }
    assert.ok(t.slots.verdict && t.slots.draft, "a verdict and a draft");
    assert.ok(report.buttonsClicked.length >= 1, "a yes/no question offered buttons, and one was clicked");

    // 3. The summary is a table, the draft one bubble that reads exactly as written.
    const table = await page.$$eval(".rw-response table", (tables) => tables.map((table) =>
      [...table.rows].map((row) => [...row.cells].map((cell) => cell.innerText.trim()))));
    assert.equal(table.length, 1, "one summary table");
    assert.deepEqual(table[0][0], ["Item", "Detail"]);
    assert.ok(table[0].some((row) => row[0] === "Offer base" && row[1].includes("$90,000")), JSON.stringify(table[0]));
    const draftShown = async (draft) => {
      const bubbles = await shownBotTexts(page);
      return bubbles.some((text) => squash(text) === squash(draft));
    };
    assert.ok(await draftShown(t.slots.draft), "the draft is one bubble with the draft's exact text");
    step("draft", { verdict: t.slots.verdict, tableRows: table[0].length });

    // Nothing the candidate typed became markup: their bubbles and the coach's echo show it as typed.
    const userBubbles = await page.$$eval(".rw-client .rw-message-text", (nodes) => nodes.map((n) => n.innerText));
    assert.ok(userBubbles.includes(ROLE) && userBubbles.includes(COMPANY), JSON.stringify(userBubbles));
    const markup = await page.$$eval(".rw-messages-container", (nodes) =>
      nodes.flatMap((n) => [...n.querySelectorAll("img, b, em, strong, a, script, iframe")].map((e) => e.outerHTML)));
    assert.deepEqual(markup, [], "no element made from what the candidate typed");
    assert.deepEqual(await asWritten(page, t), [], "every message shows exactly as the coach wrote it");
    assert.equal(await page.evaluate(() => window.__pwned), undefined, "nothing typed ran");

    // The screenshot for the README: the summary at the top of the open widget.
    if (SCREENSHOT) {
      await page.$eval(".rw-response table", (table) => table.closest(".rw-message").scrollIntoView({ block: "start" }));
      await sleep(300);
      mkdirSync(dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
      step("screenshot", { path: SCREENSHOT });
    }

    // 4. Reload: the same session, the conversation still on screen, and it carries on from there.
    const shownBefore = await shownBotTexts(page);
    await page.reload();
    await openWidget(page);
    assert.equal(await sessionId(page), id, "the same session after a reload");
    await page.waitForFunction((n) => document.querySelectorAll(".rw-response .rw-message-text").length >= n,
      shownBefore.length, { timeout: 10_000 });
    assert.deepEqual((await shownBotTexts(page)).slice(0, shownBefore.length), shownBefore, "the conversation is still there");
    const usersBefore = userEvents(await tracker(id));
    t = await say(page, id, "Can you make it an email?");
    assert.equal(userEvents(t), usersBefore + 1);
    assert.equal(t.slots.draft_style, "email", "the coach carried on with the same case");
    assert.equal(t.slots.verdict, "negotiate");
    assert.ok(await draftShown(t.slots.draft), "the email draft is shown as one bubble");
    // Line breaks kept: the email's lines are the bubble's lines.
    const lines = (text) => text.split("\n").map((line) => line.trim()).filter(Boolean);
    const bubble = (await shownBotTexts(page)).find((text) => squash(text) === squash(t.slots.draft));
    assert.deepEqual(lines(bubble), lines(t.slots.draft), "the email keeps its lines");
    assert.ok(lines(t.slots.draft).length >= 4, "an email has several lines");
    assert.deepEqual(await asWritten(page, t), [], "after the reload too, every message as written");
    step("reloaded", { draftStyle: t.slots.draft_style, lines: lines(t.slots.draft).length });

    // 5. The second round: the employer's answer moves the case on, and "show my case" has both rounds.
    t = await say(page, id, "They came back with a base of 95k and said that's their final offer");
    assert.equal(t.slots.employer_reply, "partial");
    assert.equal(t.slots.round, 2);
    assert.equal(t.slots.offer_base, 95000);
    assert.ok(await draftShown(t.slots.draft), "the new draft is shown as one bubble");
    t = await say(page, id, "show my case");
    const caseTables = await page.$$eval(".rw-response table", (tables) => tables.map((table) =>
      [...table.rows].map((row) => row.cells[0].innerText.trim())));
    const rounds = caseTables[caseTables.length - 1].filter((name) => name.startsWith("Round"));
    assert.equal(rounds.length, 2, `both rounds in the case: ${JSON.stringify(caseTables)}`);
    assert.deepEqual(await asWritten(page, t), [], "the second round too, every message as written");
    step("second round", { reply: t.slots.employer_reply, round: t.slots.round });

    report.cspViolations = await page.evaluate(() => window.__csp);
    assert.deepEqual(report.offsite, [], "the page asks nothing of the internet");
    assert.deepEqual(report.pageErrors, [], "no script errors");
    assert.deepEqual(report.cspViolations, [], "nothing the policy had to refuse");
    report.sessionId = id;
    report.conversationId = conversationOf(id);
    report.ok = true;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  () => { console.log(JSON.stringify(report)); },
  (error) => {
    console.log(JSON.stringify(report));
    console.error(error && error.stack ? error.stack : String(error));
    process.exit(1);
  },
);
