import i18n from './index';

/**
 * The screens keep their words next to them: each module adds its own keys
 * (Vietnamese first, English with the same keys, which the type checks) to
 * the app's one translation namespace when its code loads.
 */
export function addStrings<T extends object>(vi: T, en: NoInfer<T>): void {
  i18n.addResourceBundle('vi', 'translation', vi, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}
