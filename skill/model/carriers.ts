/** The question words that are carriers (see EVENT_CARRIERS). Said alone, a question word is no answer to anything. */
export const QUESTION_WORDS: readonly string[] = ['is', 'can', 'what', "what's", 'how', 'would', 'why', 'who', "who'd", 'does', 'which', 'where', 'will'];

/**
 * Carrier phrases that carry meaning. AMAZON.SearchQuery never includes its carrier phrase in the slot, so "went to
 * the gym", said as "went {event}", would arrive as "to the gym", and "couldn't get out of bed" as "get out of bed",
 * the opposite of what was said. Each carrier here gets an intent of its own, so the skill knows which one was said
 * and puts it back (skill/interceptors/CarrierInterceptor.ts): handlers only ever see WhatHappenedIntent, whole.
 *
 * Carriers whose loss changes nothing ("today", "well", "I") stay on WhatHappenedIntent itself.
 */
export const EVENT_CARRIERS: readonly string[] = [
  'had', 'got', 'went', 'worked', 'spent', 'argued', 'missed', 'lost', 'saw', 'talked', 'called', "couldn't", 'could not',
  "didn't", 'did not', "can't", 'cannot', "wasn't", 'was not', 'was', 'felt', 'finally', 'tried', 'started', 'left',
  'cried', 'slept', 'woke', 'kids', 'the kids', 'exams', 'my exams', 'lots of', 'a lot of', 'long', 'a long', 'therapy',
  'mom', 'mum', 'dad', 'a friend', 'my friend', 'everyone', 'nobody', 'no one', 'too much',
  // How often, or since when: kept, and they open many of the hardest sentences ("sometimes I think about ...").
  'sometimes', 'lately', 'recently', 'I have been', 'I keep', 'I have had', 'some days',
  'at night', 'all day', 'every day', 'every night', 'to be honest',
  // Who it was: "she yelled at me" is not "yelled at me", and "I have a plan" is not "have a plan".
  'I', 'my', 'we', 'he', 'she', 'they', 'someone', 'somebody', 'our', 'her', 'his', 'their', 'me and',
  // Where and when, and how it went: "the worst part was" and "the best part was" are not the same sentence, nor is
  // "yesterday I had a panic attack" tonight's.
  'the', 'today was', 'today I', 'work was', 'the worst part was', 'the best part was',
  'yesterday', 'earlier', 'this morning', 'this afternoon', 'this evening', 'at work', 'at home', 'at school', 'at lunch',
  'after work', 'on the way home', 'when', 'a lot happened', 'school was', 'home was', "I'd", "I'm",
  // What comes next: "I'll call them now" after the crisis line is a goodbye, and it fell to the fallback without these.
  "I'll", 'I will', "I'm going to", 'I am going to',
  // "So much work today" is not "much work today", nor "so so" "so".
  'so',
  // Questions the skill must not answer but must not lose either ("should I up my meds?", "am I depressed?", "is it
  // normal to cry after therapy?", "can I take it with wine?"): the words are kept, and skill/advice.ts says whose
  // question it is.
  'should I', 'shall I', 'am I', 'do I have', 'do you think',
  // Each question word is a carrier of its own, not each question that begins with it: crisis language asked as a
  // question ("would anyone notice if I was gone?", "why am I still alive?", "how long does it take to die from an
  // overdose?", "who would find me?", "is 20 paracetamol enough?") fell to the fallback, which carries no words for
  // the safety check to read, one opening at a time ("is it normal" had a carrier, "is it wrong" none). One word
  // takes every question it opens, and frees the intents the longer openings used ("is it okay", "can I mix", "what
  // happens if", "how many", ...), which the one word now takes with the same words put back. A question the
  // skill answers itself ("what was that?", "how was my week?", "can you repeat that?") is a sample of its own
  // intent, which matches more of the sentence and wins.
  ...QUESTION_WORDS,
  // "No, I'm okay, I just had a bad day": a no and what happened, in one breath ("no I'm {feeling}" still corrects one).
  "no I'm",
  // "No, I skipped it because I was exhausted": the practice skipped, and why, in one breath.
  'no I skipped',
  // Sentences about the day that open with "it's", an adjective or a noun fell to the fallback, their words lost: "it's a
  // year today since my dad passed away", "quiet day", "arvo was rough" (Australia), "absolutely shattered after uni"
  // (the UK). "It's" had no carrier ("it is" and "it was" go through "it", below). Not "pretty" or "really": they open words about how
  // strong ("really high") and are qualifiers of a feeling, so Alexa would have two meanings for them.
  "it's", 'quiet', 'busy', 'rough', 'hard', 'tough', 'arvo', 'this arvo', 'absolutely', 'uni', 'college', 'a bit of a',
  'bit of a', 'such a', 'what a', 'another', 'crazy', 'hectic', 'stressful', 'manic', 'full on', 'massive', 'big', 'bad', 'good', 'nice', 'lovely', 'weird',
  // Openings of things the crisis line is for that had no carrier, so Alexa sent the fallback and no words to check:
  // "it'd be easier if I never woke up", "soon I'll be gone", "since my husband passed I want to join him" ("it would
  // be" goes through "it", below).
  "it'd be", 'soon', 'since',
  // A third sweep, by voice, found more: "I've taken too many pills", "last night I took a load of pills", "there's no
  // point in being alive", "life is pointless and I want out", "part of me wants to die", "after the fight I cut
  // myself", "before bed I took a handful of pills", "if I'm honest I want to die". "I've" alone takes every verb (and
  // frees the intents "I've been" and "I've had" had); "last" takes last night, last time and last year; "there" takes
  // "there is", "there was" and "there were" (whose intents it frees too).
  "I've", 'last', "there's", 'there', 'life', "life's", 'part of me', 'after', 'before', 'if',
  // "They'd be happier if I was dead": "they" had a carrier, "they'd" none.
  "they'd",
  // "When I'm dead they'll be sorry", "once I'm gone everyone will see": "when I" took "when I got home" but not "when
  // I'm", so "when" alone replaces it, and "once" opens the same thought.
  'once',
  // A medical emergency told about someone else fell to the fallback, its words unread by the emergency check, when it
  // was said as people say it, contracted: "she's overdosing", "he's not breathing", "someone's collapsed" ("she is"
  // and "someone has" went through "she" and "someone"). Nothing else opens with them, so they take no answer.
  "she's", "he's", "someone's",
  // And with no one named: "it won't stop bleeding", "blood is pouring out of my arm". "It" takes every verb ("it hurts",
  // "it went fine", "it got worse"), and so frees the intents "it was", "it is", "it would be" and "it started when" had,
  // with the same words put back; an answer that opens with it ("it helped", "it was a 6", "it felt pointless") is a
  // sample of its own intent, whole or with a slot Alexa fills, and wins.
  'it', 'blood',
  // "This week has been hard", "this job", "this work is killing me" (an idiom that must not get the crisis line, and
  // must be kept): only "this morning", "this afternoon", "this evening" and "this arvo" had carriers, which, longer,
  // still take their own.
  'this',
  // Passive wishes to die said with a hedge in front, as risk is most often said, fell to the fallback and were never
  // read: "maybe I just won't wake up tomorrow", "maybe everyone would be better off without me", "hopefully I don't wake
  // up". An answer that opens with them ("maybe a 6", "maybe tired", "maybe high") is a sample of its own intent and
  // wins. Alexa takes 240 intents in a model (test/skill-package/skillPackage.test.ts): these use those the shorter
  // carriers above freed.
  'maybe', 'hopefully',
  // Said contracted, or with no subject, the same fell to the fallback: "they're better off without me", "don't want to
  // be here anymore", and an emergency told of someone else: "mum's not breathing", "mom's collapsed", "dad's had a
  // stroke", "they're not breathing" ("mum", "mom" and "dad" had carriers; their possessives none). None opens an
  // answer of another intent.
  "they're", "don't", "mum's", "mom's", "dad's",
];

/** "couldn't" → WhatHappenedCouldntIntent, "lots of" → WhatHappenedLotsOfIntent. */
export function carrierIntentName(carrier: string): string {
  return `WhatHappened${pascal(carrier)}Intent`;
}

function pascal(words: string): string {
  return words
    .replace(/'/g, '')
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

const CARRIER_BY_INTENT: ReadonlyMap<string, string> = new Map(EVENT_CARRIERS.map((c) => [carrierIntentName(c), c]));

/** The carrier phrase an intent stands for, or null for any other intent. */
export function carrierOf(intentName: string): string | null {
  return CARRIER_BY_INTENT.get(intentName) ?? null;
}

/**
 * How much of a feeling ("pretty good", "a bit anxious", "super tired"). Said as part of a carrier phrase ("I'm pretty
 * {feeling}"), it would be dropped, and "pretty good" stored as "good"; the person's word is "pretty good". Each gets
 * an intent of its own too, turned back into CheckInIntent with the qualifier put in front of the feeling.
 */
export const FEELING_QUALIFIERS: readonly string[] = [
  'pretty', 'really', 'very', 'so', 'a bit', 'a little', 'a little bit', 'kind of', 'sort of', 'super', 'quite', 'fairly',
  'slightly', 'somewhat', 'extremely', 'totally', 'really really', 'kinda', 'sorta', 'much', 'a lot',
  // The UK, Australia and India: "a bit" without the "a", "proper knackered", "heaps stressed", "little bit sad".
  'bit', 'proper', 'heaps', 'little bit',
];

/** "a bit" → CheckInABitIntent. */
export function qualifierIntentName(qualifier: string): string {
  return `CheckIn${pascal(qualifier)}Intent`;
}

const QUALIFIER_BY_INTENT: ReadonlyMap<string, string> = new Map(FEELING_QUALIFIERS.map((q) => [qualifierIntentName(q), q]));

/** The qualifier an intent stands for, or null for any other intent. */
export function qualifierOf(intentName: string): string | null {
  return QUALIFIER_BY_INTENT.get(intentName) ?? null;
}
