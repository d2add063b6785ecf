/** Accessibility at phone width, in Vietnamese and in English (test/a11y.ts). */
import { a11ySuite } from './a11y.js';

a11ySuite(['phone', 'english']);
