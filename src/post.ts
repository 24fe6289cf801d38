// The action's post step (action.yml runs.post): saves pip's cache for the next run, after the main step.
import * as core from '@actions/core';
import { savePipCache } from './io/actions-cache.js';

await savePipCache(
  (l) => core.info(l),
  (l) => core.warning(l),
);
