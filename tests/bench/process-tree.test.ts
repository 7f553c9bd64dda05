import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseProcStat, sampleTree } from "../../src/bench/process-tree.ts";

test("reads /proc/<pid>/stat, whatever the command name holds", () => {
  const line = "4242 (node (tsx) x) S 4200 4242 4200 0 -1 4194304 100 0 0 0 250 50 10 5 20 0 11 0 1000 123456789 2048 18446744073709551615";
  assert.equal(parseProcStat(line), { pid: 4242, ppid: 4200, cpuTicks: 315, rssPages: 2048 });
});

test("samples this very process: some memory, some CPU", () => {
  const sample = sampleTree(process.pid);
  assert.ok(sample);
  assert.ok(sample!.rssBytes > 10 * 1024 * 1024);
  assert.ok(sample!.cpuSeconds > 0);
});

test("a process that is gone gives no sample", () => {
  assert.is(sampleTree(2 ** 22 + 12345), undefined);
});

test.run();
