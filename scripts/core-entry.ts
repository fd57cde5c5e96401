// The parser as one script for a plain browser page: the benchmark and the robustness test run it in real Chromium.
import { Readability } from '@mozilla/readability';
import { parsePage, parseSteps } from '../core/parse';
import { problemsOf } from '../core/validate';
import { Budget } from '../core/budget';

(globalThis as unknown as { BylineCore: unknown }).BylineCore = { parsePage, parseSteps, problemsOf, Budget, Readability };
