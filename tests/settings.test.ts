import { test } from "uvu";
import * as assert from "uvu/assert";
import { isoTimestamp } from "../src/dates.ts";
import { readSettings } from "../src/settings.ts";

test("SOURCE_DATE_EPOCH fixes now, at every call; without it now is the clock's, at each call", () => {
  const fixed = readSettings({ SOURCE_DATE_EPOCH: "1706367660" }, () => 0);
  assert.is(isoTimestamp(fixed.now()), "2024-01-27T22:01:00+07:00");
  let clock = Date.UTC(2024, 0, 1, 0, 0);
  const running = readSettings({}, () => clock);
  assert.is(isoTimestamp(running.now()), "2024-01-01T07:00:00+07:00");
  clock += 60_000;
  assert.is(isoTimestamp(running.now()), "2024-01-01T07:01:00+07:00");
});

test("a malformed SOURCE_DATE_EPOCH is an error when the settings are read", () => {
  assert.throws(() => readSettings({ SOURCE_DATE_EPOCH: "yesterday" }), /SOURCE_DATE_EPOCH/);
});

test("the site's overrides and the preview's ports, only those set", () => {
  const cases: [NodeJS.ProcessEnv, object, string | undefined, string | undefined][] = [
    [{}, {}, undefined, undefined],
    [{ SITE_URL: "https://staging.example.org", HOME: "/root" }, { SITE_URL: "https://staging.example.org" }, undefined, undefined],
    [{ FORM_ENDPOINT: "https://forms.example.org", PORT: "3000", FORMS_PORT: "" }, { FORM_ENDPOINT: "https://forms.example.org" }, "3000", undefined],
  ];
  for (const [env, overrides, previewPort, formsPort] of cases) {
    const settings = readSettings(env);
    assert.equal(settings.siteOverrides, overrides);
    assert.is(settings.previewPort, previewPort);
    assert.is(settings.formsPort, formsPort);
  }
});

test.run();
