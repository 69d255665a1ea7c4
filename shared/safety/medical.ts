/**
 * Words that say a medical emergency may be happening now, to the user or to someone with them: "I think I'm having a
 * heart attack", "my dad's had a stroke", "he's collapsed and isn't breathing", "my son needs an ambulance". The
 * skill cannot help with these and must not carry on as if nothing was said (it kept "I think I'm having a heart
 * attack" as what happened and asked how the user felt): it says the local emergency number first.
 *
 * The answer costs little when it is wrong (one sentence before the next question; see respond.ts), so the net is wide
 * on what happens now. A named condition or a call for help can be a story, and is let go when the answer shows it is
 * one: the past ("had a stroke years ago"), a show or a course, an appointment ("a stroke rehab session"), hyperbole
 * ("having a heart attack over this bill"), a pet. Signs that need help whatever the cause ("isn't breathing",
 * "crushing chest pain") are never let go that way: "at the dog park" does not make "he isn't breathing" safe. Self-harm, an overdose included, is the crisis line's too (detect.ts), and gets both.
 */
const CONDITION = String.raw`(?:heart attack|stroke|seizure|fit|allergic reaction|anaphylactic (?:reaction|shock)|anaphylaxis|asthma attack|diabetic (?:coma|emergency|hypo))`;

/** What may follow the condition when it is happening now: the end, or the start of more about it. */
const NOW_AFTER = String.raw`(?=$| (?:right now|now|here|and|i|he|she|they|we|it|please|help|what|her|his|my|their|on the floor|in front of me|at home|again and|can|cannot|can't|won't|will not|is|isn't|doesn't)\b)`;

const SUBJECT_NOW = String.raw`(?:i am|am i|is|'s|are|we are|they are|you are|might be|may be|could be)(?: \w+)?`;

/** Named conditions and calls for help: these can be a story, a lesson or the past (see NOT_NOW). */
const CONDITIONS: RegExp[] = [
  // Happening now: "i am having a stroke", "my partner's having a seizure right now", "going into anaphylactic shock".
  new RegExp(String.raw`\b${SUBJECT_NOW} having (?:a |an )?${CONDITION}${NOW_AFTER}`),
  new RegExp(String.raw`\b${SUBJECT_NOW} (?:getting|going into) (?:a |an )?(?!fit\b)${CONDITION}${NOW_AFTER}`),
  // Has just happened: "dad's had a heart attack", "my wife has had a stroke her face is drooping", "I just had a seizure".
  new RegExp(String.raw`\b(?:has|have|'s|'ve|just)(?: just)? had (?:a |an )?${CONDITION}${NOW_AFTER}`),
  new RegExp(String.raw`\bhad (?:a |an )?${CONDITION} just now\b`),
  new RegExp(String.raw`\bthink (?:\w+ ){1,2}had (?:a |an )?${CONDITION}${NOW_AFTER}`),
  // Asking for help: "call an ambulance", "my mum needs an ambulance", "please call 999".
  /\b(?:call|get|send|ring|phone)(?: me| us| her| him| them)? (?:an )?ambulance\b(?! (?:driver|drivers|chaser|company|job|union|service for|for backup))/,
  /\b(?:needs?|want|wants) an ambulance\b(?! (?:driver|drivers|chaser|company|job))/,
  /\b(?:call|dial|ring|phone) (?:9 ?1 ?1|nine one one|9 ?9 ?9|nine nine nine|0 ?0 ?0|triple zero|1 ?1 ?2|one one two|emergency services|the paramedics|paramedics)\b(?! (?:union|if you))/,
];

/** Words that mean it is not happening now: the past, a story, a lesson, a plan, an appointment, a pet, a refusal. */
const NOT_NOW = [
  /\b(?:had to|nearly|almost|felt like|didn't|did not|don't|do not|never|if you) (?:\w+ )?(?:call|calling|called|need|needed|want|ring|rang|dial)\b/,
  /\b(?:episode|show|tv|film|movie|series|documentary|anatomy|book|novel|game|toy|course|training|taught|lesson|class|what to do if|if someone|one day|one of these days|hereditary|years ago|last (?:year|month|week|christmas|night)|when (?:i|he|she|we|they) was|when (?:i|he|she|we|they) were|anniversary|assessment|rehab|check up|checkup|review|appointment|test next|plan meeting|recovery|vet|dog|cat|puppy|kitten|my patient|a patient|dispatch|call centre|call center)\b/,
];

/** Things a body does that may need help whatever the cause; no other word in the answer makes them safe. */
const FIGURATIVE_COLLAPSE = String.raw`(?:world|life|business|marriage|plans?|career|confidence|hopes?|relationship|company|deal|team|economy|house of cards|tent|cake|souffle|bridge|roof|shelf|chair|project|startup)`;
const PERSON = String.raw`(?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|grandpa|baby|son|daughter|husband|wife|partner|brother|sister|friend|boyfriend|girlfriend|flatmate|roommate)`;
const SIGNS: RegExp[] = [
  /\b(?:is not|isn't|not|stopped|has stopped|'s stopped|can't|cannot) breathing\b(?! (?:exercises?|practice|techniques?|through my nose))/,
  new RegExp(
    String.raw`\b(?:he|she|they|i|someone|somebody|${PERSON}|(?:my|our|your) (?!(?:whole )?${FIGURATIVE_COLLAPSE}\b)\w+(?: \w+)?)(?: has| have|'s| just| has just| had just)? collapsed\b(?! (?:with|from) (?:laughter|laughing|exhaustion)| (?:in|into|onto|on) (?:the |my |a )?(?:sofa|couch|bed|heap on the (?:sofa|couch|bed)|armchair))`,
  ),
  /\b(?:unconscious|unresponsive|not responding|can't wake (?:him|her|them|up)|cannot wake (?:him|her|them))\b/,
  // Not "I won't wake up" (a wish, the crisis line's), nor "won't wake up for school". Softeners may sit between ("I
  // just won't wake up", "I really hope I won't"): the wish is still the user's own, and is still not an emergency.
  /(?<!\bi (?:(?:just|really|simply|honestly|actually|truly|probably|maybe|literally|secretly|sometimes|kind of|sort of) )*)\b(?:won't|will not) wake up(?! for| in time| early| on time)\b/,
  /\bturning blue\b/,
  // The body in distress said inside an answer ("my chest still hurts" after the breathing): the number first there too.
  /\b(?:can't|cannot|can not) (?:breathe|catch my breath)\b/,
  /\bmy chest (?:still )?(?:hurts|is hurting|is (?:still )?tight|feels tight|is (?:really )?painful)\b/,
  /\bchest pains?\b/,
  /\b(?:is|am|are) going numb\b/,
  /\bfeel (?:really )?(?:faint|like i am (?:going to|gonna) (?:faint|pass out|collapse))\b/,
  /\b(?:i am|he is|she is|'s) passing out\b/,
  /\bface is drooping\b/,
  /\bcan't feel my (?:arm|leg|face|left side|right side)\b/,
  /\b(?:arm|left arm|face) (?:is|has gone|went) numb\b/,
  /\bthroat is (?:closing|swelling)\b/,
  // Two checks rather than one pattern with ".*" between them: no backtracking over a long answer.
  /\bwon't stop bleeding\b/,
  /\b(?:is|'s|are|keeps) fitting(?=$| and| again| right now| now)/,
  /\boverdosed\b(?! on (?:coffee|caffeine|sugar|chocolate|sweets|candy|tv|netflix|work|sleep|love|cheese|carbs))/,
  /\b(?:taken an overdose|took an overdose|taken too many|took too many|swallowed (?:a whole|the whole|all (?:of )?(?:his|her|my|the|their)))\b/,
  /\bneed a doctor (?:right now|now)\b/,
];

/** "Bleeding a lot … and it won't stop", without one regular expression spanning the whole answer. */
function bleedingThatWillNotStop(s: string): boolean {
  return /\bbleeding (?:a lot|heavily|badly)\b/.test(s) && /\b(?:won't|will not|can't|cannot) stop\b/.test(s);
}

/** Lower case, one kind of apostrophe, "I'm" as "i am", no punctuation: what Alexa sends, and what people type. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\bi'?m\b/g, 'i am')
    .replace(/\bheartattack\b/g, 'heart attack')
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function detectMedicalEmergency(text: string): boolean {
  const s = normalise(text);
  if (SIGNS.some((pattern) => pattern.test(s)) || bleedingThatWillNotStop(s)) return true;
  return CONDITIONS.some((pattern) => pattern.test(s)) && !NOT_NOW.some((frame) => frame.test(s));
}
