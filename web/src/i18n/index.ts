import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { vi } from './vi';

export type Lang = 'vi' | 'en';
const KEY = 'grassroots.lang';

function storedLang(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLang(),
  fallbackLng: 'vi',
  // React escapes what it renders
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

/** Switches the UI language and remembers it on this browser. */
export function setLang(lang: Lang): void {
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

export const currentLang = (): Lang => (i18n.language === 'en' ? 'en' : 'vi');

export default i18n;
