import type { RemovalReason } from "@copydesk/schema";
import { FNV_OFFSET, FNV_PRIME, foldUnit, HASH_MASK, lowerCopy, wordHash } from "./words.js";

/**
 * Phrase cues: the words site furniture is made of, in the web's common
 * languages. A cue is one signal among several: it is only read on short
 * lines (see `CUE_MAX_WORDS`), and a line matches only when the phrase
 * starts it or makes all of it (copyright and cookie notices may sit
 * anywhere in their line), so a story that merely mentions "Facebook" or
 * "subscribers" is never touched.
 */

/** Lines longer than this many words are prose, whatever words they contain. */
export const CUE_MAX_WORDS = 40;
/** Cookie and copyright notices run longer than other furniture; this many words is the most read for them. */
export const NOTICE_MAX_WORDS = 120;
/**
 * Labels (a credit, a date stamp, a tag list) are short: past this many words
 * a line that starts with "Published" or "Photo:" is a sentence of the story.
 */
export const LABEL_MAX_WORDS = 15;

interface CueTable {
  /** The whole line, lower-cased, without trailing punctuation. */
  whole?: readonly string[];
  /** The line starts with one of these, followed by a non-letter or its end. */
  starts?: readonly string[];
  /** The line contains one of these anywhere. */
  contains?: readonly string[];
  /** The line starts with a number and then one of these. */
  counted?: readonly string[];
  /** The longest line, in words, this cue is read on (default `CUE_MAX_WORDS`). */
  maxWords?: number;
}

/** Order matters: the first reason whose cue matches names the removal. */
const CUES: ReadonlyArray<readonly [RemovalReason, CueTable]> = [
  [
    "copyright",
    {
      maxWords: NOTICE_MAX_WORDS,
      starts: ["copyright", "(c) 19", "(c) 20", "copr."],
      contains: [
        "©",
        "all rights reserved",
        "all right reserved",
        "alle rechte vorbehalten",
        "tous droits réservés",
        "todos los derechos reservados",
        "tutti i diritti riservati",
        "todos os direitos reservados",
        "alle rechten voorbehouden",
        "wszelkie prawa zastrzeżone",
        "все права защищены",
        "всі права захищені",
        "tüm hakları saklıdır",
        "جميع الحقوق محفوظة",
        "版权所有",
        "版權所有",
        "無断転載",
        "著作権",
        "무단 전재",
        "सर्वाधिकार सुरक्षित",
        "สงวนลิขสิทธิ์",
        "hak cipta",
        "bản quyền",
        "alla rättigheter förbehållna",
      ],
    },
  ],
  [
    "cookie-banner",
    {
      maxWords: NOTICE_MAX_WORDS,
      // A consent notice's buttons. Alone, each only goes itself; two or more in a row also take the notice above them (classify.ts).
      whole: [
        "accept",
        "accept all",
        "i accept",
        "agree",
        "i agree",
        "agree and close",
        "reject",
        "reject all",
        "decline",
        "disagree",
        "allow all",
        "manage options",
        "more options",
        "manage preferences",
        "akzeptieren",
        "alle akzeptieren",
        "zustimmen",
        "ablehnen",
        "alle ablehnen",
        "accepter",
        "tout accepter",
        "j'accepte",
        "j’accepte",
        "refuser",
        "tout refuser",
        "continuer sans accepter",
        "aceptar",
        "acepto",
        "aceptar todo",
        "rechazar",
        "rechazar todo",
        "accetta",
        "accetto",
        "accetta tutto",
        "rifiuta",
        "rifiuta tutto",
        "aceitar",
        "aceito",
        "aceitar tudo",
        "rejeitar",
        "accepteren",
        "alles accepteren",
        "weigeren",
        "akceptuję",
        "odrzuć",
        "принять",
        "отклонить",
        "kabul et",
        "reddet",
        "godkänn",
        "同意する",
        "拒否する",
        "全部接受",
        "동의합니다",
      ],
      contains: [
        "use cookies",
        "uses cookies",
        "use of cookies",
        "cookie policy",
        "cookie settings",
        "accept cookies",
        "accept all cookies",
        "cookie preferences",
        "verwendet cookies",
        "verwenden cookies",
        "utilise des cookies",
        "utilisons des cookies",
        "utiliza cookies",
        "utilizamos cookies",
        "utilizza cookie",
        "utilizza i cookie",
        "usa cookies",
        "usamos cookies",
        "gebruikt cookies",
        "używa plików cookie",
        "plików cookies",
        "файлы cookie",
        "çerez kullan",
        "ملفات تعريف الارتباط",
        "使用cookie",
        "クッキー",
        "쿠키",
      ],
    },
  ],
  [
    "advertisement",
    {
      whole: [
        "advertisement",
        "advertisements",
        "advertising",
        "ad",
        "ads",
        "sponsored",
        "sponsored content",
        "paid content",
        "promoted",
        "promoted content",
        "partner content",
        "paid post",
        "story continues below advertisement",
        "article continues below advertisement",
        "continue reading below",
        "article continues below",
        "story continues below",
        "scroll to continue with content",
        "anzeige",
        "werbung",
        "publicité",
        "publicidad",
        "pubblicità",
        "publicidade",
        "advertentie",
        "reklama",
        "реклама",
        "reklam",
        "إعلان",
        "广告",
        "廣告",
        "広告",
        "광고",
        "विज्ञापन",
        "โฆษณา",
        "iklan",
        "quảng cáo",
        "annons",
        "mainos",
        "διαφήμιση",
        "פרסומת",
        "تبلیغات",
      ],
    },
  ],
  [
    "newsletter-prompt",
    {
      starts: [
        "sign up",
        "signup",
        "subscribe to our",
        "subscribe to the",
        "join our mailing list",
        "get our",
        "get the latest",
        "enter your email",
        "your email address",
        "email address",
        "never miss",
        "get breaking news",
        "get email updates",
        "receive our",
      ],
      contains: [
        "newsletter",
        "mailing list",
        "in your inbox",
        "to your inbox",
        "infolettre",
        "boletín",
        "рассылку",
        "рассылки",
        "bülten",
        "النشرة البريدية",
        "订阅",
        "ニュースレター",
        "メルマガ",
        "뉴스레터",
        "न्यूज़लेटर",
        "จดหมายข่าว",
      ],
    },
  ],
  [
    "subscription-prompt",
    {
      whole: [
        "subscribe",
        "subscribe now",
        "log in",
        "login",
        "sign in",
        "register",
        "my account",
        "logout",
        "log out",
      ],
      starts: [
        "already a subscriber",
        "subscribe now",
        "subscribe to continue",
        "subscribe for",
        "subscribe today",
        "become a member",
        "become a subscriber",
        "support independent journalism",
        "support our journalism",
        "to continue reading",
        "this article is for subscribers",
        "subscribers only",
        "start your free trial",
        "unlock this article",
        "abonnieren",
        "jetzt abonnieren",
        "bereits abonnent",
        "s'abonner",
        "abonnez-vous",
        "déjà abonné",
        "suscríbete",
        "suscribirse",
        "ya eres suscriptor",
        "abbonati",
        "assine",
        "assinar",
        "abonneer",
        "zaloguj",
        "zarejestruj",
        "подписаться",
        "оформить подписку",
        "подпишитесь",
        "abone ol",
        "اشترك",
        "購読",
        "구독",
        "सदस्यता लें",
        "สมัครสมาชิก",
        "berlangganan",
        "đăng ký",
        "prenumerera",
      ],
    },
  ],
  [
    "share-prompt",
    {
      starts: [
        "share this",
        "share on",
        "share via",
        "share the",
        "share article",
        "share story",
        "share:",
        "follow us",
        "follow me",
        "like us on",
        "sharing is caring",
        "email this",
        "tweet this",
        "pin it",
        "click to share",
        "spread the word",
        "teilen",
        "jetzt teilen",
        "folgen sie uns",
        "partager",
        "partagez",
        "suivez-nous",
        "compartir",
        "compártelo",
        "síguenos",
        "condividi",
        "seguici",
        "compartilhe",
        "compartilhar",
        "siga-nos",
        "delen",
        "volg ons",
        "udostępnij",
        "obserwuj nas",
        "поделиться",
        "подписывайтесь на нас",
        "paylaş",
        "bizi takip edin",
        "شارك",
        "مشاركة",
        "تابعونا",
        "اشتراک گذاری",
        "分享",
        "シェア",
        "공유",
        "साझा करें",
        "แชร์",
        "bagikan",
        "chia sẻ",
        "dela",
        "följ oss",
        "sdílet",
        "sdílejte",
        "κοινοποίηση",
        "μοιραστείτε",
        "שתף",
        "שתפו",
        "megosztás",
        "oszd meg",
        "distribuie",
        "поділитися",
        "deel dit",
        "deel op",
      ],
    },
  ],
  [
    "read-more",
    {
      whole: [
        "related",
        "related articles",
        "related stories",
        "related posts",
        "recommended",
        "more",
        "see more",
      ],
      starts: [
        "read more",
        "read also",
        "also read",
        "read next",
        "related:",
        "related coverage",
        "see also",
        "you may also like",
        "you might also like",
        "more from",
        "more stories",
        "more on this",
        "recommended for you",
        "lesen sie auch",
        "lesen sie mehr",
        "mehr zum thema",
        "weiterlesen",
        "auch interessant",
        "lire aussi",
        "à lire aussi",
        "a lire aussi",
        "lire la suite",
        "en savoir plus",
        "voir aussi",
        "lee también",
        "leer más",
        "te puede interesar",
        "leggi anche",
        "leggi di più",
        "leia também",
        "leia mais",
        "veja também",
        "lees ook",
        "lees meer",
        "czytaj też",
        "czytaj także",
        "czytaj więcej",
        "читайте также",
        "читать далее",
        "читайте на",
        "ayrıca okuyun",
        "devamını oku",
        "ilgili haberler",
        "اقرأ أيضا",
        "اقرأ أيضاً",
        "اقرأ المزيد",
        "相关阅读",
        "延伸阅读",
        "阅读更多",
        "相關閱讀",
        "あわせて読みたい",
        "関連記事",
        "続きを読む",
        "관련 기사",
        "관련기사",
        "यह भी पढ़ें",
        "อ่านต่อ",
        "อ่านเพิ่มเติม",
        "ข่าวที่เกี่ยวข้อง",
        "ข่าวที่น่าสนใจ",
        "baca juga",
        "xem thêm",
        "läs också",
        "läs mer",
        "lue myös",
        "læs også",
        "διαβάστε επίσης",
        "קרא עוד",
        "بیشتر بخوانید",
      ],
    },
  ],
  [
    "comments",
    {
      whole: [
        "comments",
        "comment",
        "reply",
        "replies",
        "kommentare",
        "commentaires",
        "comentarios",
        "commenti",
        "comentários",
        "reacties",
        "komentarze",
        "комментарии",
        "yorumlar",
        "تعليقات",
        "评论",
        "コメント",
        "댓글",
        "टिप्पणियां",
        "ความคิดเห็น",
        "komentáře",
        "σχόλια",
        "תגובות",
        "hozzászólások",
        "comentarii",
        "коментарі",
        "kommentarer",
        "bình luận",
        "komentar",
      ],
      starts: [
        "leave a comment",
        "leave a reply",
        "post a comment",
        "add a comment",
        "join the discussion",
        "join the conversation",
        "show comments",
        "view comments",
        "comments are closed",
        "kommentar schreiben",
        "laisser un commentaire",
        "deja un comentario",
        "lascia un commento",
        "deixe um comentário",
        "оставить комментарий",
        "yorum yap",
        "أضف تعليق",
        "发表评论",
        "コメントする",
      ],
      contains: [
        "comment data is processed",
        "notify me of",
        "save my name, email",
        "your email address will not be published",
      ],
      /** "34 comments", "12 responses to …", "5 thoughts on …", once the count is set aside. */
      counted: [
        "comments",
        "comment",
        "responses to",
        "thoughts on",
        "replies to",
        "replies",
        "kommentare",
        "commentaires",
        "comentarios",
        "commenti",
        "comentários",
        "reacties",
        "komentarzy",
        "комментариев",
        "комментария",
        "yorum",
        "تعليقات",
        "条评论",
        "件のコメント",
        "개의 댓글",
      ],
    },
  ],
  [
    "media-credit",
    {
      maxWords: LABEL_MAX_WORDS,
      starts: [
        "photo:",
        "photo by",
        "photos:",
        "photograph:",
        "image:",
        "image credit",
        "image source",
        "credit:",
        "picture:",
        "pictured:",
        "video:",
        "foto:",
        "fotos:",
        "bild:",
        "bildquelle",
        "crédit photo",
        "crédits",
        "фото:",
        "صورة:",
        "图片来源",
        "写真:",
        "사진=",
      ],
      contains: ["getty images", "shutterstock", "/ reuters", "/ afp", "/ ap photo"],
    },
  ],
  [
    "tags",
    {
      maxWords: LABEL_MAX_WORDS,
      starts: [
        "tags:",
        "tags",
        "topics:",
        "filed under",
        "tagged",
        "schlagworte",
        "themen:",
        "étiquettes",
        "mots-clés",
        "etiquetas",
        "temas:",
        "argomenti",
        "теги",
        "标签",
        "タグ",
        "태그",
      ],
    },
  ],
  [
    "metadata",
    {
      maxWords: LABEL_MAX_WORDS,
      starts: [
        "updated",
        "last updated",
        "published",
        "posted on",
        "posted",
        "aktualisiert",
        "mis à jour",
        "publié le",
        "actualizado",
        "publicado",
        "aggiornato",
        "обновлено",
        "опубликовано",
        "güncelleme",
      ],
      contains: ["min read", "minute read", "minutes read", "reading time", "lesezeit", "temps de lecture"],
    },
  ],
  [
    "footer",
    {
      whole: [
        "privacy policy",
        "privacy",
        "privacy notice",
        "terms of use",
        "terms of service",
        "terms and conditions",
        "terms",
        "contact us",
        "contact",
        "about us",
        "about",
        "careers",
        "advertise",
        "advertise with us",
        "sitemap",
        "site map",
        "accessibility",
        "impressum",
        "datenschutz",
        "datenschutzerklärung",
        "kontakt",
        "mentions légales",
        "politique de confidentialité",
        "aviso legal",
        "política de privacidad",
        "contacto",
        "informativa privacy",
        "política de privacidade",
        "политика конфиденциальности",
        "контакты",
        "gizlilik politikası",
        "iletişim",
        "سياسة الخصوصية",
        "اتصل بنا",
        "隐私政策",
        "联系我们",
        "プライバシーポリシー",
        "お問い合わせ",
        "개인정보처리방침",
        "संपर्क करें",
        "ติดต่อเรา",
        "นโยบายความเป็นส่วนตัว",
      ],
    },
  ],
  [
    "navigation",
    {
      whole: [
        "home",
        "menu",
        "search",
        "skip to content",
        "skip to main content",
        "back to top",
        "previous",
        "next",
        "previous post",
        "next post",
        "previous article",
        "next article",
        "main menu",
        "close",
        "toggle navigation",
        "sections",
        "more sections",
        "load more",
        "show more",
        "startseite",
        "suche",
        "accueil",
        "rechercher",
        "inicio",
        "buscar",
        "home page",
        "главная",
        "поиск",
        "anasayfa",
        "الرئيسية",
        "首页",
        "ホーム",
        "홈",
        "หน้าแรก",
      ],
    },
  ],
];

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Scripts written without spaces: a phrase in them may run straight into the next word.
const UNSPACED_END = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]$/u;

/** A phrase must end at a word boundary, except in scripts without spaces ("分享到微博"). */
function phrasePattern(phrase: string): string {
  const escaped = escapeRegex(phrase);
  return UNSPACED_END.test(phrase) ? escaped : `${escaped}(?![\\p{L}\\p{N}])`;
}

/**
 * The tables compiled into three matchers, each a single pass over the line:
 * a map of whole lines, one anchored alternation of opening phrases, one
 * alternation of phrases found anywhere. Each phrase maps back to its reason
 * and the reason's rank (its place in `CUES`); the best-ranked match wins.
 * Literal alternations are linear: an attempt at one position is bounded by
 * the longest phrase.
 */
interface Entry {
  reason: RemovalReason;
  rank: number;
  maxWords: number;
}
const WHOLE = new Map<string, Entry>();
const STARTS = new Map<string, Entry>();
const CONTAINS = new Map<string, Entry>();
const COUNTED = new Map<string, Entry>();
CUES.forEach(([reason, table], rank) => {
  const entry: Entry = { reason, rank, maxWords: table.maxWords ?? CUE_MAX_WORDS };
  const add = (map: Map<string, Entry>, phrases: readonly string[] | undefined) => {
    for (const phrase of phrases ?? []) if (!map.has(phrase)) map.set(phrase, entry);
  };
  add(WHOLE, table.whole);
  add(STARTS, table.starts);
  add(CONTAINS, table.contains);
  add(COUNTED, table.counted);
});
const openingKey = (s: string) => s.charCodeAt(0) * 0x10000 + (s.length > 1 ? s.charCodeAt(1) : 0);
/** Whole-line phrases by their first two code units: a line is compared with the few that share its opening, without hashing it. */
const WHOLE_BY_OPENING = new Map<number, string[]>();
for (const phrase of WHOLE.keys()) {
  const key = openingKey(phrase);
  const list = WHOLE_BY_OPENING.get(key);
  if (list) list.push(phrase);
  else WHOLE_BY_OPENING.set(key, [phrase]);
}

/** The opening key of the line's `[start, stop)` (not empty), read lower-cased. */
const foldedOpeningKey = (lower: string, start: number, stop: number) =>
  foldUnit(lower.charCodeAt(start)) * 0x10000 +
  (stop - start > 1 ? foldUnit(lower.charCodeAt(start + 1)) : 0);

/** Whether the line, read lower-cased from `start` up to `stop`, begins with `phrase`. */
function opensWith(lower: string, start: number, stop: number, phrase: string): boolean {
  if (phrase.length > stop - start) return false;
  for (let i = 0; i < phrase.length; i++) {
    if (foldUnit(lower.charCodeAt(start + i)) !== phrase.charCodeAt(i)) return false;
  }
  return true;
}

/** The whole-line phrase the line's `[start, stop)` is, if any. */
function wholePhrase(lower: string, start: number, stop: number): Entry | undefined {
  if (start === stop) return undefined;
  const candidates = WHOLE_BY_OPENING.get(foldedOpeningKey(lower, start, stop));
  if (candidates === undefined) return undefined;
  for (const phrase of candidates) {
    if (phrase.length === stop - start && opensWith(lower, start, stop, phrase)) return WHOLE.get(phrase);
  }
  return undefined;
}

/** An opening phrase, and whether it ends in an unspaced script (then no word boundary is needed after it). */
interface Opening {
  phrase: string;
  unspacedEnd: boolean;
}
/** Opening phrases by their first two code units: a line is compared with the few that share its opening. */
const STARTS_BY_OPENING = new Map<number, Opening[]>();
for (const phrase of [...STARTS.keys()].sort((x, y) => y.length - x.length)) {
  const key = openingKey(phrase);
  const opening = { phrase, unspacedEnd: UNSPACED_END.test(phrase) };
  const list = STARTS_BY_OPENING.get(key);
  if (list) list.push(opening);
  else STARTS_BY_OPENING.set(key, [opening]);
}
// Longest phrases first, so that "share this" is tried before "share".
const alternation = (phrases: Iterable<string>, pattern: (p: string) => string) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(pattern)
    .join("|");
const COUNTED_RE = new RegExp(`^\\d+ ?(${alternation(COUNTED.keys(), phrasePattern)})`, "u");
const CONTAINS_RE = new RegExp(alternation(CONTAINS.keys(), escapeRegex), "u");
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Whether a code unit is a letter or digit, learnt on first sight (0: not seen, 1: no, 2: yes). */
const letterOrDigit = new Uint8Array(0x10000);
function isLetterOrDigit(c: number): boolean {
  if (letterOrDigit[c] === 0) letterOrDigit[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 2 : 1;
  return letterOrDigit[c] === 2;
}

/**
 * The longest opening phrase the line's `[start, stop)` starts with, ending
 * at a word boundary (or in an unspaced script).
 */
function openingPhrase(lower: string, start: number, stop: number): string | undefined {
  if (start === stop) return undefined;
  const candidates = STARTS_BY_OPENING.get(foldedOpeningKey(lower, start, stop));
  if (candidates === undefined) return undefined;
  for (const { phrase, unspacedEnd } of candidates) {
    if (!opensWith(lower, start, stop, phrase)) continue;
    const next = start + phrase.length;
    if (next === stop || unspacedEnd || !isLetterOrDigit(foldUnit(lower.charCodeAt(next)))) return phrase;
  }
  return undefined;
}

// Leading bullets and trailing punctuation, arrows and counts in brackets do not change what a line says ("Comments (3)").
// They have no case: they are read as they are.
const LEADING = 1;
const TRAILING = 2;
const stripFlags = new Uint8Array(0x10000);
// Spaces include the no-break ones, which `foldUnit` reads as spaces.
for (const c of " \t\u00a0\u2007\u202f•·|>»›*-–—([") stripFlags[c.charCodeAt(0)]! |= LEADING;
for (const c of " \t\u00a0\u2007\u202f:.!…»›>|-–—*()[]0123456789") stripFlags[c.charCodeAt(0)]! |= TRAILING;

/** Names of social networks and share targets: a line of nothing else is a share bar. */
const SHARE_TARGETS: ReadonlySet<string> = new Set([
  "facebook",
  "twitter",
  "x",
  "linkedin",
  "pinterest",
  "whatsapp",
  "reddit",
  "email",
  "e-mail",
  "mail",
  "print",
  "telegram",
  "flipboard",
  "mix",
  "tumblr",
  "messenger",
  "vk",
  "weibo",
  "wechat",
  "line",
  "instagram",
  "youtube",
  "share",
  "shares",
  "tweet",
  "copy",
  "link",
  "pocket",
  "sms",
  "threads",
  "bluesky",
  "mastodon",
  "google",
]);
/** A share bar is a few names: past this many words a line is something else. */
export const SHARE_BAR_MAX_WORDS = 12;
const TOKEN = /[\p{L}\p{N}-]+/gu;
const DIGITS = /^\d+$/u;

/** The share targets by their lookup hash (see `wordHash`). */
const SHARE_TARGETS_BY_HASH: ReadonlyMap<number, string> = new Map(
  [...SHARE_TARGETS].map((target) => [wordHash(target), target]),
);
/** The share targets' hashes' low bits, marked: most tokens miss it, and skip the map. */
const SHARE_TARGET_BITS = new Uint8Array(0x400);
for (const hash of SHARE_TARGETS_BY_HASH.keys()) SHARE_TARGET_BITS[hash & 0x3ff] = 1;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Whether a lower-cased code unit is an ASCII letter, digit or hyphen: part of a share bar's token. */
const inAsciiToken = (c: number) => (c >= 0x61 && c <= 0x7a) || isDigit(c) || c === 0x2d;

/**
 * Whether the line (read up to `end`) is a share bar, read code unit by code
 * unit: its first token opens it, and its tokens (runs of letters, digits and
 * hyphens) are share targets or counts, one at least a target. Share targets
 * and counts are ASCII: a token with another letter or digit is neither.
 * `undefined` where a surrogate (an astral letter or symbol) leaves the line
 * to the token regex.
 */
function readShareBar(lower: string, end: number): boolean | undefined {
  if (end === 0 || !inAsciiToken(foldUnit(lower.charCodeAt(0)))) return false;
  let names = 0;
  let hash = FNV_OFFSET;
  let length = 0;
  let digits = true;
  // A space after the end closes the last token.
  for (let i = 0; i <= end; i++) {
    const c = i < end ? foldUnit(lower.charCodeAt(i)) : 0x20;
    if (inAsciiToken(c)) {
      hash = Math.imul(hash ^ c, FNV_PRIME);
      length++;
      digits &&= isDigit(c);
      continue;
    }
    if (c >= 0x80) {
      if (c >= 0xd800 && c <= 0xdfff) return undefined;
      if (isLetterOrDigit(c)) return false;
    }
    if (length > 0) {
      const target =
        SHARE_TARGET_BITS[hash & 0x3ff] === 1 ? SHARE_TARGETS_BY_HASH.get(hash & HASH_MASK) : undefined;
      if (target?.length === length && opensWith(lower, i - length, i, target)) names++;
      else if (!digits) return false;
    }
    hash = FNV_OFFSET;
    length = 0;
    digits = true;
  }
  return names > 0;
}

/** Whether the line (read up to `end`, of `words` words) is share targets and counts and nothing else, a target among them. */
function isShareBar(lower: string, end: number, words: number): boolean {
  if (words > SHARE_BAR_MAX_WORDS) return false;
  const read = readShareBar(lower, end);
  if (read !== undefined) return read;
  const full = lowerCopy(lower, end);
  let names = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(full); m !== null; m = TOKEN.exec(full)) {
    if (SHARE_TARGETS.has(m[0])) names++;
    else if (!DIGITS.test(m[0])) return false;
  }
  return names > 0;
}

/**
 * The words a consent notice is about, whatever its wording: the stores it
 * keeps on the reader's device, the partners it shares with, the consent it
 * asks for (stems, lower-case, in the languages the buttons above cover).
 */
export const CONSENT_TERMS: readonly string[] = [
  "cookie",
  "consent",
  "privacy",
  "personal data",
  "partner",
  "device",
  "preference",
  "tracking",
  "einwilligung",
  "datenschutz",
  "personenbezogen",
  "gerät",
  "consentement",
  "confidentialité",
  "données personnelles",
  "appareil",
  "consentimiento",
  "privacidad",
  "datos personales",
  "dispositivo",
  "consenso",
  "dati personali",
  "consentimento",
  "privacidade",
  "dados pessoais",
  "parceiros",
  "toestemming",
  "persoonsgegevens",
  "apparaat",
  "zgod",
  "dane osobowe",
  "urządzeni",
  "prywatnoś",
  "согласи",
  "персональн",
  "устройств",
  "конфиденциальн",
  "çerez",
  "gizlilik",
  "kişisel veri",
  "samtycke",
  "同意",
  "個人情報",
  "隐私",
  "개인정보",
];
/** A notice names at least this many of the consent terms. */
export const CONSENT_MIN_TERMS = 2;

/** Whether the text speaks of what consent notices speak of (see `CONSENT_TERMS`). */
export function speaksOfConsent(text: string): boolean {
  const lower = text.toLowerCase();
  let found = 0;
  for (const term of CONSENT_TERMS) if (lower.includes(term) && ++found === CONSENT_MIN_TERMS) return true;
  return false;
}

/**
 * Phrases found mid-line ("all rights reserved", "uses cookies") are read on
 * sentences and on lines of at least this many words; on a menu item or a
 * label they could only change the reason, never the decision, and menus
 * are most of a page's lines. A `©` is looked for on every line.
 */
export const CONTAINS_MIN_WORDS = 3;

function better(best: Entry | undefined, entry: Entry | undefined, words: number): Entry | undefined {
  if (entry === undefined || words > entry.maxWords) return best;
  return best === undefined || entry.rank < best.rank ? entry : best;
}

/**
 * Anchor words of the mid-line phrases: the longest word of each phrase.
 * The word scan of a block notes whether it met one, and only then is the
 * block searched for the phrases themselves.
 */
export const CUE_ANCHORS: ReadonlySet<string> = new Set(
  [...CONTAINS.keys()].map((phrase) =>
    phrase
      .split(/[^\p{L}\p{M}\p{N}'’-]+/u)
      .reduce((longest, word) => (word.length > longest.length ? word : longest), ""),
  ),
);

/** Whole-line and opening phrases are told by their first `PREFIX_UNITS` code units (all of a shorter phrase). */
const PREFIX_UNITS = 4;
/**
 * The prefixes of the whole-line and opening phrases, hashed (FNV-1a over
 * their code units) into a table with one bit per prefix length: a line
 * whose prefixes of one to four units (after leading bullets) all miss the
 * bits of their lengths opens with no phrase, and is settled by four reads.
 */
const PREFIX_BITS = new Uint8Array(0x10000);
const PREFIX_MASK = 0xffff;
for (const phrase of [...WHOLE.keys(), ...STARTS.keys()]) {
  let hash = FNV_OFFSET;
  const units = Math.min(phrase.length, PREFIX_UNITS);
  for (let i = 0; i < units; i++) hash = Math.imul(hash ^ phrase.charCodeAt(i), FNV_PRIME);
  PREFIX_BITS[hash & PREFIX_MASK]! |= 1 << (units - 1);
}

/**
 * Whether the line (read up to `end`) may open with a whole-line or opening
 * phrase, or with a count: false only where it cannot (see `PREFIX_BITS`).
 */
function mayOpenPhrase(lower: string, end: number): boolean {
  let start = 0;
  while (start < end && (stripFlags[lower.charCodeAt(start)]! & LEADING) !== 0) start++;
  if (start === end) return false;
  const first = lower.charCodeAt(start);
  if (isDigit(first)) return true;
  const stop = Math.min(end, start + PREFIX_UNITS);
  let hash = FNV_OFFSET;
  for (let i = start; i < stop; i++) {
    hash = Math.imul(hash ^ foldUnit(lower.charCodeAt(i)), FNV_PRIME);
    if ((PREFIX_BITS[hash & PREFIX_MASK]! & (1 << (i - start))) !== 0) return true;
  }
  return false;
}

/** English letters from the commonest to the rarest: a phrase is told by its rarest trigram. */
const LETTERS_BY_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";
/** How rare a code unit is in running text: spaces and punctuation 0, ASCII letters by frequency, other scripts rarest. */
function rarity(c: number): number {
  if (c >= 0x80) return LETTERS_BY_FREQUENCY.length;
  const at = LETTERS_BY_FREQUENCY.indexOf(String.fromCharCode(c));
  return Math.max(at, 0);
}
const pairHash = (a: number, b: number) => Math.imul(a, 0x9e3779b1) ^ b;
const tripleHash = (a: number, b: number, c: number) => (Math.imul(pairHash(a, b), 0x85ebca6b) ^ c) & 0xffff;
/**
 * For each mid-line phrase, its rarest trigram (two units for a phrase of
 * two), hashed into tables of bits: a line holding a phrase holds its
 * trigram, so a line none of whose trigrams is marked holds no phrase, and
 * the alternation of all the phrases is not run over it. `©` is looked for
 * on its own.
 */
const TRIGRAM_BITS = new Uint8Array(0x10000);
const PAIR_BITS = new Uint8Array(0x10000);
for (const phrase of CONTAINS.keys()) {
  if (phrase.length === 2) PAIR_BITS[pairHash(phrase.charCodeAt(0), phrase.charCodeAt(1)) & 0xffff] = 1;
  if (phrase.length < 3) continue;
  let best = 0;
  let bestRarity = -1;
  for (let i = 0; i + 3 <= phrase.length; i++) {
    const r =
      rarity(phrase.charCodeAt(i)) + rarity(phrase.charCodeAt(i + 1)) + rarity(phrase.charCodeAt(i + 2));
    if (r > bestRarity) {
      best = i;
      bestRarity = r;
    }
  }
  TRIGRAM_BITS[
    tripleHash(phrase.charCodeAt(best), phrase.charCodeAt(best + 1), phrase.charCodeAt(best + 2))
  ] = 1;
}

/** Whether the line (read up to `end`) may hold a mid-line phrase other than `©`: false only where it cannot (see `TRIGRAM_BITS`). */
function mayHoldPhrase(lower: string, end: number): boolean {
  if (end < 2) return false;
  let a = foldUnit(lower.charCodeAt(0));
  let b = foldUnit(lower.charCodeAt(1));
  for (let i = 2; ; i++) {
    if (PAIR_BITS[pairHash(a, b) & 0xffff] === 1) return true;
    if (i === end) return false;
    const c = foldUnit(lower.charCodeAt(i));
    if (TRIGRAM_BITS[tripleHash(a, b, c)] === 1) return true;
    a = b;
    b = c;
  }
}

/** Whether the line holds a `©` before `end` (the runtime's search outruns a loop over short lines). */
function holdsCopyrightSign(lower: string, end: number): boolean {
  const at = lower.indexOf("©");
  return at !== -1 && at < end;
}

/**
 * The furniture a short line's wording names, or `undefined`. The line is
 * `lower` up to `end`, read lower-cased through `foldUnit` (so `lower` is
 * lower-cased, or text whose code units lower-case on their own: see
 * `wordStats`); `words` is its word count (long prose is never matched),
 * `terminal` whether it ends a sentence, `anchored` whether its words include
 * one of `CUE_ANCHORS` (`undefined` when the words were not looked up).
 */
export function phraseCue(
  lower: string,
  words: number,
  terminal: boolean,
  anchored?: boolean,
  end: number = lower.length,
): RemovalReason | undefined {
  if (words > NOTICE_MAX_WORDS) return undefined;
  // Mid-line phrases are looked for where the caller's test allows it and a phrase's telling trigram occurs, and © everywhere.
  const contains =
    ((anchored ?? (terminal || words >= CONTAINS_MIN_WORDS)) && mayHoldPhrase(lower, end)) ||
    holdsCopyrightSign(lower, end);
  // Most lines open with no phrase's opening and hold no mid-line phrase: only the share-bar test is left for them.
  let best = mayOpenPhrase(lower, end) ? openingCue(lower, end, words) : undefined;
  if (contains) best = better(best, containedPhrase(lowerCopy(lower, end)), words);
  if (best !== undefined) return best.reason;
  return isShareBar(lower, end, words) ? "share-prompt" : undefined;
}

/** The best-ranked phrase the line (read up to `end`) makes or opens with, or counts. */
function openingCue(lower: string, end: number, words: number): Entry | undefined {
  let start = 0;
  while (start < end && (stripFlags[lower.charCodeAt(start)]! & LEADING) !== 0) start++;
  let stop = end;
  while (stop > start && (stripFlags[lower.charCodeAt(stop - 1)]! & TRAILING) !== 0) stop--;
  let best = better(undefined, wholePhrase(lower, start, stop), words);
  // The opening is read after leading bullets; trailing punctuation stays (it can be part of a phrase: "share:").
  const opened = stop > start ? start : 0;
  const opening = openingPhrase(lower, opened, end);
  if (opening !== undefined) best = better(best, STARTS.get(opening), words);
  if (mayCount(lower, opened, end)) {
    const counted = COUNTED_RE.exec(lowerCopy(lower, end).slice(opened));
    if (counted !== null) best = better(best, COUNTED.get(counted[1]!), words);
  }
  return best;
}

/** Whether the line may open at `start` with a count and something after it ("34 comments"; not "2019"). */
function mayCount(lower: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isDigit(lower.charCodeAt(i))) i++;
  if (i === start) return false;
  if (i < end && foldUnit(lower.charCodeAt(i)) === 0x20) i++;
  return i < end;
}

/** The phrase found mid-line in the line (lower-cased), if any. */
function containedPhrase(full: string): Entry | undefined {
  const found = CONTAINS_RE.exec(full);
  return found === null ? undefined : CONTAINS.get(found[0]);
}
