// How the search endpoint matches a keyword: names in every language, pinyin and its initials.
import { pinyin } from 'pinyin-pro';
import type { MockChat, MockUser } from '../data.js';

/** Strips the double quotes the docs ask for around keywords with "-", and folds case and width. */
export function normalizeKeyword(raw: string): string {
  const trimmed = raw.trim();
  const unquoted = /^["“].*["”]$/.test(trimmed) && trimmed.length >= 2 ? trimmed.slice(1, -1) : trimmed;
  return unquoted.normalize('NFKC').toLowerCase();
}

const pinyinCache = new Map<string, string[]>();
/** The forms a name can be found by: itself, its pinyin, and its pinyin initials (all lower case). */
function searchForms(name: string): string[] {
  let forms = pinyinCache.get(name);
  if (!forms) {
    const lower = name.normalize('NFKC').toLowerCase();
    const full = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').replace(/\s+/g, '').toLowerCase();
    const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase();
    forms = [lower, lower.replace(/\s+/g, ''), full, initials].filter(Boolean);
    pinyinCache.set(name, forms);
  }
  return forms;
}

/** Whether `keyword` (normalized) finds `chat` by its names or its members' names. */
export function matches(chat: MockChat, keyword: string, users: MockUser[]): boolean {
  const compact = keyword.replace(/\s+/g, '');
  const names = [chat.name, ...Object.values(chat.i18nNames)];
  for (const id of chat.members) {
    const member = users.find((u) => u.openId === id);
    if (member) names.push(member.name);
  }
  return names.some((n) => n && searchForms(n).some((form) => form.includes(keyword) || form.startsWith(compact)));
}
