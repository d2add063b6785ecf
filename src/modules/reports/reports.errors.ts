/** The reports module's error codes: printing a PDF. */
import { defineErrors } from '../../platform/errors.js';

export const reportsErrors = defineErrors({
  PDF_BROWSER_MISSING: {
    status: 503,
    vi:
      'Không in được PDF: không có trình duyệt Chromium ở {path}. Hãy cài gói chromium của Debian (apt-get install ' +
      'chromium) hoặc đặt CHROMIUM_PATH',
    en:
      "Cannot print the PDF: no Chromium browser at {path}. Install Debian's chromium package (apt-get install " +
      'chromium) or set CHROMIUM_PATH',
  },
  PDF_FAILED: {
    status: 500,
    vi: 'Chromium không in được PDF: {reason}',
    en: 'Chromium could not print the PDF: {reason}',
  },
});
