/**
 * The one way speech is built. "Invalid SSML" is the most common Alexa failure, and the SDK's `speak()` neither
 * escapes nor checks, so every response goes through here:
 *
 *   ssml`I heard ${userWords}. ${pause(500)} Is that right?`
 *
 * Literal parts of the template are markup we wrote; every interpolated string or number is XML-escaped, so a user's
 * own words read back ("Tom & Jerry <3") are spoken, never parsed. Fragments built by these helpers pass through
 * unescaped. `toSpeak()` wraps a fragment in <speak> and refuses anything `checkAlexaSsml()` would reject.
 */

/** Alexa rejects a single <break> longer than this. */
export const MAX_BREAK_MS = 10_000;
/** Alexa rejects output speech longer than this many characters (the whole <speak> document). */
export const MAX_SSML_CHARS = 8_000;
/** Alexa plays at most this many <audio> clips in one response. */
export const MAX_AUDIO_CLIPS = 5;

/**
 * Marks fragments that this module built. Only `ssml`, `text` and the helpers below can make one, so a plain object
 * `{ ssml: '<oops' }` cannot sneak unchecked markup into a response (it fails to typecheck, and throws at run time).
 */
const BRAND: unique symbol = Symbol('Ssml');

/** A fragment of SSML markup that is already safe to embed. Plain strings are always text. */
export type Ssml = { readonly ssml: string; readonly [BRAND]: true };

function fragment(markup: string): Ssml {
  return Object.freeze({ ssml: markup, [BRAND]: true as const });
}

export function isSsml(value: unknown): value is Ssml {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}

/**
 * Characters XML 1.0 forbids anywhere (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). Speech
 * recognisers and pasted dashboard text occasionally carry them; one of them makes the whole response invalid.
 */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML content or a quoted attribute value; the five entities are the ones Alexa documents. */
export function escapeXml(value: string): string {
  return value
    .replace(XML_FORBIDDEN, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

type Interpolation = string | number | Ssml | readonly Ssml[];

function render(value: Interpolation): string {
  if (typeof value === 'string') return escapeXml(value);
  if (typeof value === 'number') return escapeXml(String(value));
  if (Array.isArray(value)) return value.map(render).join(' ');
  if (isSsml(value)) return value.ssml;
  // Reached only through a cast or untyped caller: refuse loudly rather than guess whether it is text or markup.
  throw new TypeError('ssml: interpolated value is neither text nor an Ssml fragment built by shared/ssml.ts');
}

/** Tagged template: literal parts are trusted markup, every interpolated value is escaped unless it is a fragment. */
export function ssml(strings: TemplateStringsArray, ...values: Interpolation[]): Ssml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return fragment(out);
}

/** Plain text, escaped. */
export function text(s: string): Ssml {
  return fragment(escapeXml(s));
}

/** The empty fragment, for optional parts. */
export const EMPTY: Ssml = fragment('');

/**
 * Silence of `ms` milliseconds. Alexa caps one break at 10 s, so longer silences are split into consecutive breaks
 * (which Alexa plays back to back). Zero or negative gives nothing.
 */
export function pause(ms: number): Ssml {
  let left = Math.round(ms);
  if (!Number.isFinite(left) || left <= 0) return EMPTY;
  const breaks: string[] = [];
  while (left > 0) {
    const chunk = Math.min(left, MAX_BREAK_MS);
    breaks.push(`<break time="${chunk}ms"/>`);
    left -= chunk;
  }
  return fragment(breaks.join(''));
}

/** Joins fragments; the separator is text and is escaped like any other text. */
export function join(parts: readonly Ssml[], sep = ' '): Ssml {
  return fragment(parts.map((p) => p.ssml).filter((m) => m !== '').join(escapeXml(sep)));
}

/** A sentence: Alexa adds the pause of a full stop around it. */
export function sentence(content: Ssml | string): Ssml {
  return fragment(`<s>${render(content)}</s>`);
}

/** A paragraph: a longer pause than a sentence. */
export function p(content: Ssml | string): Ssml {
  return fragment(`<p>${render(content)}</p>`);
}

/** Reads each digit on its own ("one one six"). */
export function sayDigits(n: string): Ssml {
  return fragment(`<say-as interpret-as="digits">${escapeXml(n)}</say-as>`);
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0–99 in words ("thirteen", "forty-one"), for numbers read as pairs. */
export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`numberWords: ${n} is outside 0–99`);
  if (n < 10) return DIGIT_WORDS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const tens = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? tens : `${tens}-${DIGIT_WORDS[n % 10]}`;
}

function digitsAsWords(group: string): string {
  return [...group].map((d) => DIGIT_WORDS[Number(d)]!).join(' ');
}

/**
 * A phone number read the way people say it: digit by digit, with a comma (a short breath) between the groups
 * written with spaces or hyphens. "116 123" → "one one six, one two three"; "988" → "nine eight eight".
 * `groupsAsNumbers` reads two-digit groups as numbers, for numbers advertised that way (Australia's Lifeline
 * "13 11 14" is said "thirteen eleven fourteen"). Written as words rather than <say-as> because Alexa's
 * telephone/digits reading runs the groups together.
 */
export function phone(number: string, opts: { groupsAsNumbers?: boolean } = {}): Ssml {
  const groups = number.split(/[\s\-.()]+/).filter((g) => g !== '');
  if (groups.length === 0 || groups.some((g) => !/^\+?\d+$/.test(g))) {
    throw new RangeError(`phone: "${number}" is not a phone number made of digit groups`);
  }
  const words = groups.map((g) => {
    const plus = g.startsWith('+') ? 'plus ' : '';
    const digits = g.replace('+', '');
    if (opts.groupsAsNumbers && digits.length === 2 && digits[0] !== '0') return plus + numberWords(Number(digits));
    return plus + digitsAsWords(digits);
  });
  return text(words.join(', '));
}

/** A whole response: `<speak>…</speak>`. Throws with every problem listed if Alexa would reject it. */
export function toSpeak(s: Ssml): string {
  const doc = `<speak>${s.ssml}</speak>`;
  const problems = checkAlexaSsml(doc);
  if (problems.length > 0) throw new Error(`Invalid SSML: ${problems.join('; ')}`);
  return doc;
}

// ---------------------------------------------------------------------------------------------------------------
// Estimating how long speech takes, so paced exercises last as long as they say.

/** Seconds Alexa takes per word at the default rate; a conservative figure for calm, short words. */
export const SECONDS_PER_WORD = 0.35;

const NAMED_RATES: Record<string, number> = { 'x-slow': 0.6, slow: 0.8, medium: 1, fast: 1.25, 'x-fast': 1.5 };

/**
 * Estimated playback seconds of a fragment or <speak> document: breaks at face value, plus words × secondsPerWord,
 * stretched by any enclosing <prosody rate>. Punctuation pauses are ignored (they are small and we pace with breaks).
 */
export function estimateSeconds(s: Ssml | string, secondsPerWord = SECONDS_PER_WORD): number {
  const markup = typeof s === 'string' ? s : s.ssml;
  const tokens = markup.match(/<[^>]*>|[^<]+/g) ?? [];
  const rates: number[] = [1];
  let seconds = 0;
  for (const token of tokens) {
    if (token.startsWith('<')) {
      const name = /^<\/?\s*([\w:-]+)/.exec(token)?.[1] ?? '';
      const selfClosing = token.endsWith('/>');
      if (name === 'break') {
        seconds += breakMs(attr(token, 'time'), attr(token, 'strength')) / 1000;
      } else if (name === 'prosody' && !selfClosing) {
        if (token.startsWith('</')) rates.pop();
        else rates.push((rates.at(-1) ?? 1) * rateFactor(attr(token, 'rate')));
      }
      continue;
    }
    const words = decodeEntities(token).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    seconds += (words * secondsPerWord) / (rates.at(-1) ?? 1);
  }
  return seconds;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

function rateFactor(rate: string | undefined): number {
  if (!rate) return 1;
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(rate);
  if (pct) return Number(pct[1]) / 100;
  return NAMED_RATES[rate] ?? 1;
}

/** Alexa's documented strengths: none 0, x-weak 0, weak 0.35 s, medium 0.75 s, strong 1 s, x-strong 1.25 s. */
const BREAK_STRENGTH_MS: Record<string, number> = {
  none: 0,
  'x-weak': 0,
  weak: 350,
  medium: 750,
  strong: 1000,
  'x-strong': 1250,
};

/** Milliseconds of a break's time attribute, or NaN when it is malformed. */
function parseBreakTime(time: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s)$/.exec(time.trim());
  if (!m) return Number.NaN;
  return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
}

function breakMs(time: string | undefined, strength: string | undefined): number {
  if (time !== undefined) {
    const ms = parseBreakTime(time);
    return Number.isNaN(ms) ? 0 : ms;
  }
  return BREAK_STRENGTH_MS[strength ?? 'medium'] ?? 750;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

// ---------------------------------------------------------------------------------------------------------------
// The checker: a small strict XML parser plus Alexa's own rules. Every response the skill tests produce goes
// through it, so it errs on the side of rejecting.

/** The tags Alexa's SSML supports. */
export const ALEXA_TAGS: ReadonlySet<string> = new Set([
  'speak',
  'p',
  's',
  'break',
  'say-as',
  'prosody',
  'emphasis',
  'sub',
  'phoneme',
  'w',
  'amazon:effect',
  'amazon:emotion',
  'amazon:domain',
  'lang',
  'voice',
  'audio',
  'mark',
]);

const SAY_AS = new Set([
  'characters',
  'spell-out',
  'cardinal',
  'number',
  'ordinal',
  'digits',
  'fraction',
  'unit',
  'date',
  'time',
  'telephone',
  'address',
  'interjection',
  'expletive',
]);
const EMPTY_ONLY = new Set(['break', 'audio', 'mark']);
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

/** Returns every problem Alexa would have with this <speak> document; an empty list means it is valid. */
export function checkAlexaSsml(speak: string): string[] {
  const problems: string[] = [];
  const problem = (msg: string, at: number) => problems.push(`${msg} at ${at}`);

  if (speak.length > MAX_SSML_CHARS) {
    problems.push(`too long: ${speak.length} characters (Alexa allows ${MAX_SSML_CHARS})`);
  }
  const bad = new RegExp(XML_FORBIDDEN.source).exec(speak);
  if (bad) problem(`character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} is not allowed in XML`, bad.index);

  const stack: string[] = [];
  let rootSeen = false;
  let rootClosed = false;
  let audioClips = 0;
  let i = 0;

  while (i < speak.length) {
    const lt = speak.indexOf('<', i);
    const textEnd = lt === -1 ? speak.length : lt;
    if (textEnd > i) {
      checkText(speak.slice(i, textEnd), i, stack.length > 0, problem);
    }
    if (lt === -1) break;
    i = lt;

    if (speak.startsWith('<!--', i) || speak.startsWith('<![CDATA[', i) || speak.startsWith('<?', i) || speak.startsWith('<!', i)) {
      problem('comments, CDATA, declarations and processing instructions are not allowed in Alexa SSML', i);
      const end = speak.indexOf('>', i);
      i = end === -1 ? speak.length : end + 1;
      continue;
    }

    const closing = speak[i + 1] === '/';
    const nameStart = i + (closing ? 2 : 1);
    const nameMatch = NAME.exec(speak.slice(nameStart));
    if (!nameMatch) {
      problem('"<" that does not start a tag (write &lt;)', i);
      i += 1;
      continue;
    }
    const name = nameMatch[0];
    let j = nameStart + name.length;

    if (closing) {
      while (j < speak.length && /\s/.test(speak[j]!)) j++;
      if (speak[j] !== '>') {
        problem(`malformed closing tag </${name}`, i);
        i = j;
        continue;
      }
      const open = stack.pop();
      if (open === undefined) problem(`closing tag </${name}> with nothing open`, i);
      else if (open !== name) problem(`</${name}> closes <${open}>`, i);
      if (open === 'speak' && stack.length === 0) rootClosed = true;
      i = j + 1;
      continue;
    }

    // Attributes: whitespace, name, =, a quoted value; repeated until > or />.
    const attrs = new Map<string, string>();
    let ended: 'open' | 'empty' | null = null;
    while (j < speak.length) {
      const ws = /^\s*/.exec(speak.slice(j))![0].length;
      j += ws;
      if (speak.startsWith('/>', j)) {
        ended = 'empty';
        j += 2;
        break;
      }
      if (speak[j] === '>') {
        ended = 'open';
        j += 1;
        break;
      }
      const attrName = NAME.exec(speak.slice(j))?.[0];
      if (!attrName || ws === 0) {
        problem(`malformed attribute in <${name}>`, j);
        break;
      }
      j += attrName.length;
      const eq = /^\s*=\s*/.exec(speak.slice(j));
      if (!eq) {
        problem(`attribute ${attrName} in <${name}> has no value`, j);
        break;
      }
      j += eq[0].length;
      const quote = speak[j];
      if (quote !== '"' && quote !== "'") {
        problem(`attribute ${attrName} in <${name}> is not quoted`, j);
        break;
      }
      const close = speak.indexOf(quote, j + 1);
      if (close === -1) {
        problem(`attribute ${attrName} in <${name}> is not closed`, j);
        j = speak.length;
        break;
      }
      const value = speak.slice(j + 1, close);
      if (value.includes('<')) problem(`"<" inside attribute ${attrName} of <${name}>`, j);
      checkAmpersands(value, j + 1, problem);
      if (attrs.has(attrName)) problem(`attribute ${attrName} repeated in <${name}>`, j);
      attrs.set(attrName, decodeEntities(value));
      j = close + 1;
    }
    if (ended === null) {
      // The tag never closed; skip past it so the rest of the document still gets checked.
      const end = speak.indexOf('>', j);
      i = end === -1 ? speak.length : end + 1;
      continue;
    }

    if (!ALEXA_TAGS.has(name)) problem(`<${name}> is not an Alexa SSML tag`, i);
    if (name === 'speak') {
      if (rootSeen) problem('<speak> may appear only once, as the root', i);
      rootSeen = true;
    } else if (stack.length === 0) {
      problem(`<${name}> outside the <speak> root`, i);
    }
    if (stack.length === 0 && rootClosed) problem('content after </speak>', i);
    checkTagRules(name, attrs, i, problem);
    if (name === 'audio') audioClips++;

    if (ended === 'open') {
      if (EMPTY_ONLY.has(name)) {
        // <break></break> is legal XML, but only if nothing is inside: require the immediate close.
        const closeTag = new RegExp(`^</${name}\\s*>`).exec(speak.slice(j));
        if (!closeTag) problem(`<${name}> must be empty`, i);
      }
      stack.push(name);
    } else if (name === 'speak') {
      rootClosed = true;
    }
    i = j;
  }

  if (!rootSeen) problems.push('the root element must be <speak>');
  if (stack.length > 0) problems.push(`unclosed tags at end: ${stack.map((t) => `<${t}>`).join(' ')}`);
  if (audioClips > MAX_AUDIO_CLIPS) problems.push(`${audioClips} <audio> clips (Alexa allows ${MAX_AUDIO_CLIPS})`);
  return problems;
}

function checkText(chunk: string, at: number, inside: boolean, problem: (msg: string, at: number) => void): void {
  if (!inside && chunk.trim() !== '') problem('text outside the <speak> root', at);
  checkAmpersands(chunk, at, problem);
  const cdataEnd = chunk.indexOf(']]>');
  if (cdataEnd !== -1) problem('"]]>" in text (write ]]&gt;)', at + cdataEnd);
}

function checkAmpersands(chunk: string, at: number, problem: (msg: string, at: number) => void): void {
  for (let k = chunk.indexOf('&'); k !== -1; k = chunk.indexOf('&', k + 1)) {
    if (!ENTITY.test(chunk.slice(k))) problem('unescaped "&" (write &amp;)', at + k);
  }
}

function checkTagRules(
  name: string,
  attrs: Map<string, string>,
  at: number,
  problem: (msg: string, at: number) => void,
): void {
  if (name === 'break') {
    const time = attrs.get('time');
    const strength = attrs.get('strength');
    if (time !== undefined) {
      const ms = parseBreakTime(time);
      if (Number.isNaN(ms)) problem(`break time "${time}" is not like "500ms" or "2s"`, at);
      else if (ms > MAX_BREAK_MS) problem(`break time "${time}" is longer than 10s`, at);
    }
    if (strength !== undefined && !(strength in BREAK_STRENGTH_MS)) problem(`break strength "${strength}" is unknown`, at);
  } else if (name === 'say-as') {
    const how = attrs.get('interpret-as');
    if (how === undefined || !SAY_AS.has(how)) problem(`say-as interpret-as "${how ?? ''}" is not supported`, at);
  } else if (name === 'prosody') {
    const rate = attrs.get('rate');
    if (rate !== undefined) {
      const pct = /^(\d+(?:\.\d+)?)%$/.exec(rate);
      if (pct ? Number(pct[1]) < 20 : !(rate in NAMED_RATES)) problem(`prosody rate "${rate}" is not allowed`, at);
    }
  } else if (name === 'emphasis') {
    const level = attrs.get('level');
    if (level !== undefined && !['strong', 'moderate', 'reduced'].includes(level)) problem(`emphasis level "${level}"`, at);
  } else if (name === 'audio') {
    const src = attrs.get('src');
    if (!src || !(src.startsWith('https://') || src.startsWith('soundbank://'))) problem('audio src must be https', at);
  } else if (name === 'sub' && attrs.get('alias') === undefined) {
    problem('<sub> needs an alias', at);
  }
}

/**
 * What a listener hears, as plain text: tags dropped, entities decoded, white space folded. Pauses are dropped, or
 * shown as `pauseMark` (e.g. " … ") so a reader can see an exercise's pacing.
 */
export function ssmlToText(speak: string, opts: { pauseMark?: string } = {}): string {
  const PAUSE = '\u0000';
  return speak
    .replace(/<break\b[^>]*\/>/g, opts.pauseMark ? PAUSE : ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/(\s*\u0000\s*)+/g, opts.pauseMark ?? ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}
