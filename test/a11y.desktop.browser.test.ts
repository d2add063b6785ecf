/** Accessibility at desktop width and the keyboard paths (test/a11y.ts). */
import { a11ySuite } from './a11y.js';

a11ySuite(['desktop', 'keyboard']);
