import { describe, expect, it } from 'vitest';
import {
  MAX_SSML_CHARS,
  checkAlexaSsml,
  escapeXml,
  estimateSeconds,
  join,
  p,
  pause,
  phone,
  sayDigits,
  sentence,
  ssml,
  text,
  toSpeak,
  type Ssml,
} from '../../shared/ssml.js';

const HOSTILE = [
  `Tom & Jerry <3 "quoted" 'it's'`,
  ']]>',
  '<speak>',
  '</speak><speak>',
  '<break time="60s"/>',
  '&amp; already escaped?',
  'emoji 😢💔 and a flag 🇬🇧',
  'control\u0000chars\u0007here\u001b',
  'lone surrogate \ud83d here',
  '<!-- comment --> <?xml?> <![CDATA[x]]>',
];

describe('ssml tagged template', () => {
  it.each(HOSTILE)('escapes a user\'s words so the response stays valid: %j', (said) => {
    const speak = toSpeak(ssml`You said: ${said}. Is that right?`);
    expect(checkAlexaSsml(speak)).toEqual([]);
    // Exactly one root, and the hostile text did not become markup.
    expect(speak.match(/<speak>/g)).toHaveLength(1);
    expect(speak).not.toContain('<break time="60s"/>');
  });

  it('escapes all five XML specials', () => {
    expect(ssml`${`Tom & Jerry <3 "quoted" 'it's'`}`.ssml).toBe(
      'Tom &amp; Jerry &lt;3 &quot;quoted&quot; &apos;it&apos;s&apos;',
    );
    expect(escapeXml('a>b')).toBe('a&gt;b');
  });

  it('escapes an already-escaped entity again, so the user hears what they said', () => {
    expect(text('&amp;').ssml).toBe('&amp;amp;');
  });

  it('passes fragments through and joins arrays with a space', () => {
    const name = text('R&D');
    const s = ssml`Hello ${name}. ${[text('a<b'), pause(300)]} ${42}`;
    expect(s.ssml).toBe('Hello R&amp;D. a&lt;b <break time="300ms"/> 42');
  });

  it('keeps emoji and other unicode intact', () => {
    expect(text('calm 😌 café').ssml).toBe('calm 😌 café');
  });

  it('replaces characters XML forbids instead of emitting them', () => {
    expect(text('a\u0000b\u0007c').ssml).toBe('a b c');
  });

  it('refuses a look-alike object that was not built by the builder', () => {
    const fake = { ssml: '<evil>' } as unknown as Ssml;
    expect(() => ssml`${fake}`).toThrow(TypeError);
  });
});

describe('helpers', () => {
  it('pause splits anything over 10 s into breaks of at most 10 s', () => {
    expect(pause(2500).ssml).toBe('<break time="2500ms"/>');
    expect(pause(10_000).ssml).toBe('<break time="10000ms"/>');
    expect(pause(25_000).ssml).toBe('<break time="10000ms"/><break time="10000ms"/><break time="5000ms"/>');
    expect(pause(0).ssml).toBe('');
    expect(pause(-5).ssml).toBe('');
    expect(checkAlexaSsml(toSpeak(pause(61_234)))).toEqual([]);
    expect(estimateSeconds(pause(61_234))).toBeCloseTo(61.234, 3);
  });

  it('join skips empty parts and escapes the separator', () => {
    expect(join([text('a'), pause(0), text('b')], ' & ').ssml).toBe('a &amp; b');
  });

  it('sentence and p wrap content', () => {
    expect(sentence('it & that').ssml).toBe('<s>it &amp; that</s>');
    expect(p(text('x')).ssml).toBe('<p>x</p>');
  });

  it('sayDigits reads digits one by one', () => {
    expect(sayDigits('4821').ssml).toBe('<say-as interpret-as="digits">4821</say-as>');
  });

  it.each([
    ['116 123', 'one one six, one two three'],
    ['988', 'nine eight eight'],
    ['1737', 'one seven three seven'],
    ['000', 'zero zero zero'],
    ['1-800-891-4416', 'one, eight zero zero, eight nine one, four four one six'],
  ])('phone(%j) says %j', (number, spoken) => {
    expect(phone(number).ssml).toBe(spoken);
  });

  it('phone can read two-digit groups as numbers, the way Lifeline is said', () => {
    expect(phone('13 11 14', { groupsAsNumbers: true }).ssml).toBe('thirteen, eleven, fourteen');
  });

  it('phone refuses something that is not a number', () => {
    expect(() => phone('call me')).toThrow(RangeError);
    expect(() => phone('')).toThrow(RangeError);
  });

  it('estimateSeconds counts words and breaks, stretched by a slower prosody rate', () => {
    expect(estimateSeconds(ssml`one two three ${pause(1000)}`)).toBeCloseTo(3 * 0.35 + 1, 6);
    expect(estimateSeconds(ssml`<prosody rate="50%">one two</prosody>`)).toBeCloseTo(1.4, 6);
    expect(estimateSeconds('<speak>a <break time="2s"/> <break strength="strong"/></speak>')).toBeCloseTo(3.35, 6);
  });
});

describe('toSpeak', () => {
  it('wraps in <speak>', () => {
    expect(toSpeak(text('hi'))).toBe('<speak>hi</speak>');
  });

  it('throws when the response would be too long for Alexa', () => {
    const long = text('word '.repeat(2000));
    expect(() => toSpeak(long)).toThrow(/too long/);
  });

  it('keeps a very long user text valid when it fits', () => {
    const long = `${'a & b < c '.repeat(150)}`;
    const speak = toSpeak(ssml`${long}`);
    expect(speak.length).toBeLessThanOrEqual(MAX_SSML_CHARS);
    expect(checkAlexaSsml(speak)).toEqual([]);
  });

  it('refuses trusted markup that is itself broken', () => {
    expect(() => toSpeak(ssml`<p>unclosed`)).toThrow(/unclosed/);
    expect(() => toSpeak(ssml`<break time="11s"/>`)).toThrow(/longer than 10s/);
  });
});

describe('checkAlexaSsml', () => {
  const valid = [
    '<speak>Hello</speak>',
    '<speak>Hello <break time="10s"/> there <break time="10000ms"/></speak>',
    '<speak><break strength="x-strong"/><break time="0.5s"/></speak>',
    '<speak><p><s>One.</s><s>Two &amp; three &lt; four &#169; &#xA9;</s></p></speak>',
    '<speak><say-as interpret-as="digits">988</say-as> <sub alias="aluminium">Al</sub></speak>',
    "<speak><prosody rate='85%' volume=\"soft\">soft</prosody> <emphasis level=\"moderate\">yes</emphasis></speak>",
    '<speak><amazon:emotion name="disappointed" intensity="low">oh</amazon:emotion> <amazon:domain name="conversational">hi</amazon:domain></speak>',
    '<speak><amazon:effect name="whispered">psst</amazon:effect><lang xml:lang="fr-FR">bonjour</lang><voice name="Brian">hi</voice></speak>',
    '<speak><audio src="soundbank://soundlibrary/nature/amzn_sfx_rain_on_roof_01"/><mark name="m1"/></speak>',
    '<speak><phoneme alphabet="ipa" ph="pɪˈkɑːn">pecan</phoneme> <w role="amazon:VB">read</w> quote " and > are fine in text</speak>',
    '  <speak>whitespace around the root is fine</speak>\n',
    '<speak></speak>',
  ];
  it.each(valid)('accepts %j', (doc) => {
    expect(checkAlexaSsml(doc)).toEqual([]);
  });

  const invalid: Array<[string, RegExp]> = [
    ['Hello', /root element must be <speak>/],
    ['<p>Hello</p>', /outside the <speak> root/],
    ['<speak>Tom & Jerry</speak>', /unescaped "&"/],
    ['<speak>a &nbsp; b</speak>', /unescaped "&"/],
    ['<speak>1 < 3</speak>', /"<" that does not start a tag/],
    ['<speak>x ]]> y</speak>', /"]]>"/],
    ['<speak><p>open</speak>', /closes <p>/],
    ['<speak><p>open', /unclosed tags/],
    ['<speak>a</speak><speak>b</speak>', /only once/],
    ['<speak>a</speak> trailing', /text outside/],
    ['<speak><div>no</div></speak>', /not an Alexa SSML tag/],
    ['<speak><break time="11s"/></speak>', /longer than 10s/],
    ['<speak><break time="10001ms"/></speak>', /longer than 10s/],
    ['<speak><break time="5 seconds"/></speak>', /not like/],
    ['<speak><break strength="huge"/></speak>', /strength/],
    ['<speak><break time=500ms/></speak>', /not quoted/],
    ['<speak><break time="1s"time="2s"/></speak>', /malformed attribute/],
    ['<speak><break time="1s" time="2s"/></speak>', /repeated/],
    ['<speak><break time="1s">x</break></speak>', /must be empty/],
    ['<speak><say-as interpret-as="bogus">x</say-as></speak>', /interpret-as/],
    ['<speak><prosody rate="10%">x</prosody></speak>', /rate/],
    ['<speak><audio src="http://example.com/a.mp3"/></speak>', /https/],
    ['<speak><!-- hi --></speak>', /comments/],
    ['<speak>bad \u0001 char</speak>', /not allowed in XML/],
    ['<speak><p title="a & b">x</p></speak>', /unescaped "&"/],
    ['<speak></p></speak>', /closes <speak>|nothing open/],
    [`<speak>${'x'.repeat(MAX_SSML_CHARS)}</speak>`, /too long/],
    [`<speak>${'<audio src="https://a.example/x.mp3"/>'.repeat(6)}</speak>`, /audio/],
  ];
  it.each(invalid)('rejects %j', (doc, why) => {
    const problems = checkAlexaSsml(doc);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(why);
  });

  it('accepts exactly 8,000 characters and rejects 8,001', () => {
    const filler = (n: number) => `<speak>${'x'.repeat(n - '<speak></speak>'.length)}</speak>`;
    expect(checkAlexaSsml(filler(8000))).toEqual([]);
    expect(checkAlexaSsml(filler(8001))).toHaveLength(1);
  });
});

describe('test helper for skill responses', async () => {
  const { ssmlProblems, spokenText } = await import('../helpers/ssml-check.js');

  it('passes a valid envelope and names the field of an invalid one', () => {
    const ok = { response: { outputSpeech: { type: 'SSML', ssml: toSpeak(text('Tom & Jerry')) } } };
    expect(ssmlProblems(ok)).toEqual([]);
    const bad = {
      response: {
        outputSpeech: { type: 'SSML', ssml: '<speak>ok</speak>' },
        reprompt: { outputSpeech: { type: 'SSML', ssml: '<speak>Tom & Jerry</speak>' } },
      },
    };
    expect(ssmlProblems(bad)).toEqual([expect.stringMatching(/^reprompt: unescaped "&"/)]);
    expect(ssmlProblems({ response: { outputSpeech: { type: 'PlainText', text: 'hi' } } })).toHaveLength(1);
    expect(ssmlProblems({})).toHaveLength(1);
  });

  it('spoken() refuses an answer whose speech or reprompt Alexa would refuse, so no test reads one unchecked', async () => {
    const { spoken } = await import('../helpers/alexa.js');
    const answer = (speech: string, again: string) =>
      ({
        version: '1.0',
        response: { outputSpeech: { type: 'SSML', ssml: speech }, reprompt: { outputSpeech: { type: 'SSML', ssml: again } } },
      }) as never;
    expect(spoken(answer('<speak>Okay.</speak>', '<speak>Still there?</speak>'))).toBe('Okay.');
    expect(() => spoken(answer('<speak>Tom & Jerry</speak>', '<speak>ok</speak>'))).toThrow(/Invalid SSML/);
    expect(() => spoken(answer('<speak>ok</speak>', '<speak><break time="11s"/></speak>'))).toThrow(/Invalid SSML/);
  });

  it('spokenText reads back what the user hears', () => {
    expect(spokenText(toSpeak(ssml`I heard ${`"it's" & <3`}. ${pause(300)} Right?`))).toBe(`I heard "it's" & <3. Right?`);
  });
});
