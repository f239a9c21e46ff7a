// Prints the stories score table on the truth's own texts (perfect extraction, no entities):
// `npx tsx eval/stories.run.ts`. `npm run eval` scores the whole pipeline instead.
import { casesFromTruth, evaluateStories, formatStoryScores } from './stories';

console.log(formatStoryScores(evaluateStories(casesFromTruth())));
