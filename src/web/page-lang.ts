import type { Lang } from '../i18n';

/** The page's first language: English when the browser prefers English, else Chinese (the product's default). */
export function initialLang(browserLanguage: string | undefined): Lang {
  return browserLanguage?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}
