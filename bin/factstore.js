#!/usr/bin/env node
// The CLI is bundled into dist/ (committed), so it runs with plain node right after `npm ci`.
import '../dist/cli/index.js';
