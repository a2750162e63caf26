// Sentences in a language the engine has few words of: it cannot tell
// whether they say the client is installed, planned, failed or removed
// (docs/evidence.md).
import type { Clause } from './clause-around.ts';

/**
 * Letters of scripts and languages whose states the phrase tables barely cover: Hebrew, Arabic, Thai, Lao, Khmer,
 * the Indic scripts, Armenian, Georgian, Ethiopic, and Vietnamese (its tone marks and ơ/ư).
 */
const UNREAD_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Sinhala}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Ethiopic}\u01a1\u01b0\u1ea0-\u1ef9]/u;

/** Words of those languages that say the client is there now ("đã cài đặt", ติดตั้งแล้ว, مثبت, מותקן), not denied. */
const PRESENT_UNREAD =
  /(?<![\p{L}])(?:đã (?:được )?cài(?: đặt)?|đang (?:dùng|sử dụng|chạy)|hiện (?:tại|đang)|đã (?:cập nhật|nâng cấp)|(?<!غير )(?:ال)?مثبت|الحالي|الحالية|يعمل|يستخدم|تم (?:تثبيت|تحديث)|حاليا|حالياً|(?<!לא )(?:מותקן|מותקנת|מותקנים|הותקן|הותקנה)|הנוכחית?|כרגע|עודכן|רץ)(?![\p{L}])|thành công|ติดตั้งแล้ว|ใช้งานอยู่|ใช้อยู่|ปัจจุบัน|อัปเดตแล้ว|เรียบร้อยแล้ว/iu;

/**
 * Words of those languages that say nothing of a state: the client's localized name, "version", "bits", "our", "is"
 * ("Skype לעסקים", للأعمال, "הגרסה … אצלנו היא", نسخة … لدينا, "32 بت").
 */
const NEUTRAL_UNREAD =
  /(?<![\p{L}])(?:ה?גי?רסה|בגרסה|לעסקים|סיביות|ביט|אצלנו|שלנו|היא|הוא|של|את|ال?إصدار|الاصدار|إصدار|ال?نسخة|بالإصدار|للأعمال|للاعمال|بت|لدينا|لدي|عندنا|على|هو|هي|العميل|المستخدم|جهاز|của|chúng tôi|phiên bản|bản|dành cho doanh nghiệp|người dùng|máy)(?![\p{L}])|เวอร์ชัน|รุ่น|สำหรับธุรกิจ|ของเรา|ของผู้ใช้|คือ|บิต|พอดี/giu;

/**
 * Whether the build's own words (its clause's part before it and after it to a comma) are written in such a language,
 * apart from neutral words, and none of them says the client is there now.
 */
export function speaksUnreadLanguage(clause: Clause): boolean {
  // (Most sentences hold no such letter at all: one look each before any string is made.)
  if (!UNREAD_LETTER.test(clause.before) && !UNREAD_LETTER.test(clause.after)) return false;
  const words = `${clause.before} ${clause.after}`;
  return UNREAD_LETTER.test(words.replace(NEUTRAL_UNREAD, ' ')) && !PRESENT_UNREAD.test(words);
}
