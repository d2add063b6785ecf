/** Runs before every test file (vitest.config.ts setupFiles). */
import { configurePropertySeed } from './property-seed.js';

configurePropertySeed();
