/**
 * Word's number formats (w:numFmt) rendered as a reader sees them.
 * Formats Word cannot show for a value (enclosed numbers past 20, roman past
 * 3999, counting forms of 0 or negatives) fall back to plain decimal, as Word does.
 */

const CN_DIGITS = "〇一二三四五六七八九";
const CN_LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖";
const CN_LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖";
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
const EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
const RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя";

interface CountingStyle {
  digits: string;
  /** Units for 10, 100, 1000. */
  units: [string, string, string];
  /** Units for 10^4 and 10^8. */
  bigUnits: [string, string];
  /** Written zero inside a number ("一百零一"); empty to leave gaps unwritten (Japanese). */
  zero: string;
  /** Write 10–19 as 十, 十一 rather than 一十, 一十一. */
  dropLeadingOne: boolean;
}

const CHINESE: CountingStyle = {
  digits: "〇一二三四五六七八九",
  units: ["十", "百", "千"],
  bigUnits: ["万", "亿"],
  zero: "零",
  dropLeadingOne: true,
};
const TAIWANESE: CountingStyle = { ...CHINESE, bigUnits: ["萬", "億"] };
const JAPANESE: CountingStyle = { ...CHINESE, bigUnits: ["万", "億"], zero: "" };
const LEGAL_SIMPLIFIED: CountingStyle = {
  digits: CN_LEGAL_SIMPLIFIED,
  units: ["拾", "佰", "仟"],
  bigUnits: ["万", "亿"],
  zero: "零",
  dropLeadingOne: false,
};
const LEGAL_TRADITIONAL: CountingStyle = {
  digits: CN_LEGAL_TRADITIONAL,
  units: ["拾", "佰", "仟"],
  bigUnits: ["萬", "億"],
  zero: "零",
  dropLeadingOne: false,
};

/**
 * 1–9999 in a counting style. `leading` says this group starts the number; a later
 * group with leading zeros gets a written zero (一万零五).
 */
function countingGroup(n: number, style: CountingStyle, leading: boolean): string {
  let out = "";
  let zeroPending = false;
  for (let power = 3; power >= 0; power--) {
    const d = Math.floor(n / 10 ** power) % 10;
    if (d === 0) {
      if (out !== "" || !leading) zeroPending = true;
      continue;
    }
    if (zeroPending && style.zero) out += style.zero;
    zeroPending = false;
    const unit = power > 0 ? style.units[power - 1] : "";
    // 十一 rather than 一十一 where the tens start the number; Japanese also writes 百, 千 bare.
    const bareOne =
      d === 1 &&
      style.dropLeadingOne &&
      ((power === 1 && leading && out === "") || (style.zero === "" && power > 0));
    out += (bareOne ? "" : style.digits[d]) + unit;
  }
  return out;
}

function counting(n: number, style: CountingStyle): string {
  if (n <= 0) return n === 0 ? style.digits[0] : String(n);
  if (n >= 1e12) return String(n);
  const groups = [Math.floor(n / 1e8), Math.floor(n / 1e4) % 1e4, n % 1e4];
  const bigUnits = [style.bigUnits[1], style.bigUnits[0], ""];
  let out = "";
  for (let g = 0; g < 3; g++) {
    if (groups[g] === 0) continue;
    out += countingGroup(groups[g], style, out === "") + bigUnits[g];
  }
  return out;
}

function digitWise(n: number, digits: string): string {
  if (n < 0) return String(n);
  return String(n)
    .split("")
    .map((c) => digits[c.charCodeAt(0) - 48])
    .join("");
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let out = "";
  for (const [value, symbol] of table) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}

/** a…z, then aa, bb… (Word repeats the letter rather than counting in base 26). */
function letters(n: number, alphabet: string): string {
  if (n <= 0) return String(n);
  const times = Math.floor((n - 1) / alphabet.length) + 1;
  if (times > MAX_REPEAT) return String(n);
  return alphabet[(n - 1) % alphabet.length]!.repeat(times);
}

function enclosed(n: number, first: number, last: number): string {
  return n >= 1 && n <= last ? String.fromCharCode(first + n - 1) : String(n);
}

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

function cardinalWords(n: number): string {
  if (n < 20) return ONES[n];
  if (n < 100) return TENS[Math.floor(n / 10)] + (n % 10 ? "-" + ONES[n % 10] : "");
  if (n < 1000) return ONES[Math.floor(n / 100)] + " hundred" + (n % 100 ? " " + cardinalWords(n % 100) : "");
  if (n < 1e6) return cardinalWords(Math.floor(n / 1000)) + " thousand" + (n % 1000 ? " " + cardinalWords(n % 1000) : "");
  return String(n);
}

const ORDINAL_WORDS: Record<string, string> = {
  one: "first", two: "second", three: "third", five: "fifth", eight: "eighth", nine: "ninth", twelve: "twelfth",
};

function ordinalWords(n: number): string {
  const words = cardinalWords(n);
  return words.replace(/([a-z]+)$/, (last) => {
    if (ORDINAL_WORDS[last]) return ORDINAL_WORDS[last];
    if (last.endsWith("y")) return last.slice(0, -1) + "ieth";
    return last + "th";
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function ordinalSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return n + "th";
  return n + (["th", "st", "nd", "rd"][n % 10] ?? "th");
}

/** `w:numFmt w:val="custom" w:format="001, 002, 003, ..."`: zero-padded decimals; others decimal. */
function custom(n: number, format: string | undefined): string {
  const first = format?.split(",")[0]?.trim();
  if (first && /^0+1$/.test(first)) return String(n).padStart(first.length, "0");
  return String(n);
}

/** Beyond this many repeats (aaa…, ***…) a number is written in decimal: no list runs that long. */
const MAX_REPEAT = 100;

/**
 * The text of number `n` in Word number format `fmt` (w:numFmt/@w:val). "bullet" is the caller's.
 * A number that is not finite gives no text; a fraction is cut to its integer part.
 */
export function formatNumber(value: number, fmt: string, customFormat?: string): string {
  if (!Number.isFinite(value)) return "";
  const n = Math.trunc(value);
  switch (fmt) {
    case "decimal":
    case "decimalHalfWidth":
      return String(n);
    case "decimalZero":
      return n >= 0 && n < 10 ? "0" + n : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + d.charCodeAt(0) - 48));
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperLetter":
      return letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    case "lowerLetter":
      return letters(n, "abcdefghijklmnopqrstuvwxyz");
    case "russianLower":
      return letters(n, RUSSIAN);
    case "russianUpper":
      return letters(n, RUSSIAN.toUpperCase());
    case "ordinal":
      return ordinalSuffix(n);
    case "cardinalText":
      return n >= 0 ? capitalize(cardinalWords(n)) : String(n);
    case "ordinalText":
      return n > 0 ? capitalize(ordinalWords(n)) : String(n);
    case "chineseCounting":
    case "chineseCountingThousand":
      return counting(n, CHINESE);
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
      return counting(n, TAIWANESE);
    case "japaneseCounting":
      return counting(n, JAPANESE);
    case "chineseLegalSimplified":
      return counting(n, LEGAL_SIMPLIFIED);
    case "ideographLegalTraditional":
      return counting(n, LEGAL_TRADITIONAL);
    case "ideographDigital":
    case "taiwaneseDigital":
    case "japaneseDigitalTenThousand":
      return digitWise(n, CN_DIGITS);
    case "ideographTraditional":
      return n > 0 ? HEAVENLY_STEMS[(n - 1) % 10] : String(n);
    case "ideographZodiac":
      return n > 0 ? EARTHLY_BRANCHES[(n - 1) % 12] : String(n);
    case "ideographZodiacTraditional":
      return n > 0 ? HEAVENLY_STEMS[(n - 1) % 10] + EARTHLY_BRANCHES[(n - 1) % 12] : String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return enclosed(n, 0x2460, 20);
    case "decimalEnclosedParen":
      return enclosed(n, 0x2474, 20);
    case "decimalEnclosedFullstop":
      return enclosed(n, 0x2488, 20);
    case "ideographEnclosedCircle":
      return enclosed(n, 0x3280, 10);
    case "ideographParenthesized":
      return enclosed(n, 0x3220, 10);
    case "hex":
      return n >= 0 ? n.toString(16).toUpperCase() : String(n);
    case "chicago": {
      const times = Math.floor((n - 1) / 4) + 1;
      if (n <= 0 || times > MAX_REPEAT) return String(n);
      const symbols = ["*", "†", "‡", "§"];
      return symbols[(n - 1) % 4]!.repeat(times);
    }
    case "none":
      return "";
    case "custom":
      return custom(n, customFormat);
    default:
      return String(n);
  }
}

/** Formats that are decimal already; isLgl leaves them as they are. */
export function isDecimalFormat(fmt: string): boolean {
  return fmt === "decimal" || fmt === "decimalZero";
}
