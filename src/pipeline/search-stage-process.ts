/**
 * The search stage's own process (started by writeSearchBundlesAside() in search-stage.ts): takes
 * one request, writes the bundles, answers with the report or the error, and ends.
 */
import { type SearchStageAnswer, type SearchStageRequest, runSearchStage } from "./search-stage.ts";

process.once("message", async (request: SearchStageRequest) => {
  let answer: SearchStageAnswer;
  try {
    answer = { report: await runSearchStage(request) };
  } catch (error) {
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  process.send!(answer, () => process.disconnect());
});
