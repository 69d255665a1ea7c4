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
 * "crushing chest pain", "I can't stop the bleeding") are never let go that way: "at the dog park" does not make "he
 * isn't breathing" safe. Something already taken or done (an overdose, bleach, a ligature) is let go only when the
 * answer says it was long ago or in a story (TAKEN, HISTORY): "last night" is not long ago, since a paracetamol
 * overdose harms over days. So much blood is let go when it is a film's, a blood test's or a period's (BLOOD).
 * Self-harm, an overdose included, is the crisis line's too (detect.ts), and gets both.
 */
import { alternations, MEDICINE_NAMES } from './detect.js';

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
  /\b(?:is|'s|are|keeps) fitting(?=$| and| again| right now| now)/,
  /\bneed a doctor (?:right now|now)\b/,
  // Bleeding that will not stop, said any way round ("I can't stop the bleeding", "the bleeding isn't stopping").
  // Money bled away is not blood.
  /\b(?:(?:won't|will not|doesn't|does not) stop|(?:isn't|is not|'s not) stopping|(?:hasn't|has not) stopped) bleeding\b(?! money| cash| us dry| me dry)/,
  /\b(?:can't|cannot|can not) (?:stop (?:the |it |this |him |her |them |(?:my|his|her|their) \w+ )?(?:from )?bleeding(?! money| cash| us dry| me dry)|get (?:it|the bleeding|the blood) to stop)\b/,
  /\bbleeding (?:still )?(?:won't|will not|isn't|is not|'s not|hasn't|has not|doesn't|does not) (?:stop|stopping|slow|slowing)\b/,
  /\bblood (?:still )?(?:won't|will not|isn't|is not|'s not|hasn't|has not|doesn't|does not) (?:stop|stopping|slow|slowing)\b/,
  /\bbleeding (?:really )?(?:heavily|badly|a lot|so much) (?:from|out of) (?:my|his|her|their|the) \w+/,
  // A cut too deep, said of a body ("I cut myself too deep", "I cut my arm really deep"), not of words or a hedge.
  /\b(?:i|he|she|they)(?: (?:have|'ve|has|just|think i|think he|think she))* cut (?:(?:myself|himself|herself|themselves|my \w+|his \w+|her \w+) )?(?:way )?(?:too|really|very|so|quite) deep\b(?! into (?:the|a|an) )/,
  // Breathing, said as happening now: "I was struggling to breathe in the panic attack" is over.
  /\b(?:i am|is|'s|are) (?:really )?(?:struggling|fighting) (?:to breathe|for (?:breath|air))\b/,
  /\b(?:i am|is|'s|are) gasping(?= ?$| and| for (?:air|breath))/,
  /\bcan (?:barely|hardly) breathe\b(?! in (?:this|the) (?:heat|humidity|weather|traffic)| for laughing| from laughing)/,
  /\blips (?:are|have gone|are going|are turning) (?:blue|grey|gray)\b/,
  // Choking on something, now. Choking back tears, or up at a speech, or a job choking someone, is not that.
  /\b(?:i am|is|'s|are) choking(?= ?$| on (?!tears|my words|his words|her words|emotion|laughter)| and| right now| now| please| help| i | he | she | what)/,
  // Heartache is said this way too ("a pain in my chest when I think of her"): the thought names it.
  /\b(?:pain|pressure) (?:in|across|on) (?:my|his|her) chest\b(?! when (?:i|ever i) think| whenever i think| thinking)/,
  // Someone who cannot be woken. Not "not waking up early", nor the user's own "I'm not waking up tomorrow" (a wish).
  /(?<!\bi am )\b(?:isn't|is not|'s not|aren't|are not) waking up\b(?! (?:early|on time|in time|for|at|before|until|till))/,
  new RegExp(String.raw`\b(?:can't|cannot|can not) wake (?:my |our )?${PERSON}\b`),
  new RegExp(String.raw`\b(?:he|she|they|${PERSON}) (?:is not|isn't|'s not|are not|aren't) moving(?= ?$| and| at all)`),
];

/** "Bleeding a lot … and it won't stop", "I cut my wrist and it's really deep", without one pattern over the answer. */
function bleedingThatWillNotStop(s: string): boolean {
  return /\bbleeding (?:a lot|heavily|badly)\b/.test(s) && /\b(?:won't|will not|can't|cannot) stop\b/.test(s);
}

function cutThatIsDeep(s: string): boolean {
  return (
    /\bcut (?:myself|my \w+|his \w+|her \w+|it)\b/.test(s) &&
    /\b(?:it is|it's|is|'s|looks|feels) (?:really |very |so |too |quite )?(?:deep|gaping|wide open)\b|\bi can see (?:the |my )?(?:bone|fat|tendon|tendons)\b/.test(s)
  );
}

/**
 * Medicines as people name them: the kinds, and every name detect.ts knows ("I took 40 sertraline", "all my lithium").
 * SPECIFIC leaves out the words for one's own daily tablets: "I took all my pills today" is a day's medication, "all my
 * sleeping pills" or "all my lithium" is not.
 */
const SPECIFIC_MEDICINE = String.raw`(?:sleeping (?:pills|tablets)|sleepers|painkillers|paracetamol|tylenol|ibuprofen|aspirin|antidepressants|insulin|${MEDICINE_NAMES.join('|')})`;
const MEDICINE = String.raw`(?:pills|tablets|meds|medication|medications|medicines?|${SPECIFIC_MEDICINE})`;
const WHOSE = String.raw`(?:(?:my|the|those|these|his|her|their|our) )?`;
const ALCOHOL = String.raw`(?:alcohol|booze|drink|drinks|vodka|whisky|whiskey|wine|beer|gin|rum|tequila|cider|spirits)`;
/** More than any dose: from ten up, or a whole container, or a handful; two, or a couple, is a dose. */
const MANY = String.raw`(?:too many|way too many|a handful of|handfuls of|a load of|a whole load of|loads of|lots of|a lot of|a bunch of|a whole bunch of|(?:a|the|half a|half the) (?:whole )?(?:box|bottle|packet|pack|strip|tub|jar|blister pack) of|\d{2,}|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a hundred)(?: (?:one|two|three|four|five|six|seven|eight|nine))?)`;
/** Not "had": "I had a whole box of paracetamol in the cupboard" is having it. */
const TOOK = String.raw`(?:took|taken|swallowed|downed|necked|popped)`;
/** Asked, not done: "what would happen if I took all my sleeping tablets" is the crisis line's, not an emergency. */
const NOT_ASKED = String.raw`(?<!\bif (?:i|you|someone|somebody|he|she|they|we) (?:\w+ )?)`;
/** Pills packed for a trip or handed round are not swallowed. */
const NOT_CARRIED = String.raw`(?! (?:with (?:me|us|him|her)|to (?:the|my|work|school|spain|france)|for (?:the|my|everyone)|round|back)\b)`;
/** Coffee, sugar or television taken too much is hyperbole. */
const NOT_FOOD = String.raw`(?! on (?:coffee|caffeine|sugar|chocolate|sweets|candy|tv|netflix|work|sleep|love|cheese|carbs|espresso)\b)`;
/**
 * A stab or a shot that is no wound: a betrayal ("stabbed in the back by"), a refusal ("shot down"), a look or a text
 * ("she shot me a look"), a game or a film.
 */
const NOT_A_WOUND = String.raw`(?! in the back(?! (?:and|with)\b)| down\b| of\b| with (?:a |an )?(?:nerf|paintball|water|bb|foam|look)| (?:a|an) (?:\w+ )?(?:look|glance|smile|grin|text|message|email|wink)\b| in (?:the|a|that) (?:game|film|movie|show|episode|dream|book))`;
const POISON = String.raw`(?:bleach|antifreeze|poison|weed ?killer|rat poison|rat killer|pesticide|insecticide|phenyle?|paraquat|drain cleaner|screenwash|methanol|detergent)`;

/**
 * Something already taken or done that needs a hospital whatever it was for: an overdose (a number or a container of
 * pills, all of a medicine, pills with drink), a poison, a ligature. Let go only by HISTORY.
 */
const TAKEN: RegExp[] = [
  new RegExp(String.raw`\boverdosed\b${NOT_FOOD}`),
  new RegExp(String.raw`\b(?:i am|is|'s|are) overdosing\b${NOT_FOOD}`),
  new RegExp(String.raw`\b(?:taken|took|had|having) an? (?:overdose|od)\b|\b(?:od'd|oded)\b${NOT_FOOD}`),
  new RegExp(String.raw`${NOT_ASKED}\b${TOOK} (?:another |like |about |around |over |maybe |nearly |almost |at least |probably )*${MANY} (?:of )?${WHOSE}${MEDICINE}\b${NOT_CARRIED}`),
  // "I took too many", "I think I took too much", said with nothing after: pills are what is meant at bedtime.
  new RegExp(String.raw`${NOT_ASKED}\b(?:took|taken|swallowed) (?:way )?too (?:many|much)(?= ?$| and (?:i|now|he|she)| i (?:think|feel))`),
  new RegExp(String.raw`${NOT_ASKED}\b(?:took|taken|had|injected|used) (?:way )?too much (?:of )?${WHOSE}${MEDICINE}\b`),
  new RegExp(String.raw`${NOT_ASKED}\b(?:took|taken|swallowed|downed|necked|injected|used) all (?:of )?${WHOSE}${SPECIFIC_MEDICINE}\b${NOT_CARRIED}`),
  new RegExp(String.raw`${NOT_ASKED}\bswallowed (?:a whole|the whole|all (?:of )?(?:his|her|my|the|their))\b`),
  new RegExp(String.raw`${NOT_ASKED}\b(?:took|taken|swallowed) (?:the|a) whole (?:bottle|box|packet|pack|strip)(?= ?$| and | i )`),
  new RegExp(String.raw`${NOT_ASKED}\b${TOOK} (?:all )?(?:of )?${WHOSE}${MEDICINE} (?:all )?(?:at once|in one go)\b`),
  new RegExp(String.raw`${NOT_ASKED}\b${TOOK} (?:\w+ ){0,4}?${MEDICINE} (?:to|so (?:i|that i) (?:would|could|will|can)) (?:die|end it|end my life|kill myself|not wake up|never wake up|sleep forever)\b`),
  // Pills and drink together, said as done. Advice or a question about it ("not to mix", "can mixing … kill you") is not.
  new RegExp(String.raw`(?<!\b(?:not to|never|don't|do not|shouldn't|should not|can i|can you|could i|safe to|okay to|ok to|how to|if you|if i|can|could|does|would|will|from|by|about) )\bmix(?:ed|ing)? (?:\w+ ){0,3}?(?:${MEDICINE} (?:and|with) (?:\w+ ){0,2}?${ALCOHOL}|${ALCOHOL} (?:and|with) (?:\w+ ){0,2}?${MEDICINE})\b`),
  new RegExp(String.raw`${NOT_ASKED}\b${TOOK} (?:some |a few |my |the )?(?:sleeping (?:pills|tablets)|painkillers|pills|tablets) (?:with|and) (?:(?:a|the) (?:whole )?bottle of |half a bottle of |loads of |lots of |a lot of )?(?:alcohol|booze|vodka|whisky|whiskey|gin|rum|tequila|spirits)\b`),
  new RegExp(String.raw`${NOT_ASKED}\b${TOOK} (?:\w+ ){0,3}?${MEDICINE} (?:with|and) (?:(?:a|the) (?:whole )?bottle|half a bottle) of ${ALCOHOL}\b`),
  // Poison swallowed. A pet's is the vet's.
  new RegExp(String.raw`${NOT_ASKED}(?<!\b(?:dog|dogs|cat|cats|puppy|kitten|pet)(?: has| just)? )\b(?:drank|drunk|swallowed|taken|took|ate|eaten|had) (?:some |a bit of |a bottle of |the |a cup of |a glass of )?${POISON}\b(?! ivy| oak| control)`),
  /\bpoisoned (?:myself|himself|herself|themselves)\b/,
  // All of one's pills, said with nothing after ("I took all my pills", "mum's taken all her pills"): an overdose told, as
  // "took too many" is. The day's medication names the day or the doctor ("today", "this morning", "tonight", "like
  // the doctor said"), and is let go.
  new RegExp(String.raw`${NOT_ASKED}\b(?:took|taken|swallowed) all (?:of )?(?:my |the |his |her |their )?(?:pills|tablets|meds|medication|medicine)(?= ?$| just now$| and (?:i|now|he|she)\b)`),
  // A child into the medicine cabinet, or a button battery.
  new RegExp(String.raw`\b(?:toddler|baby|son|daughter|kid|child|little one|grandson|granddaughter|nephew|niece|boy|girl)(?: has| 's| just)* (?:swallowed|ate|eaten|drank|drunk|got into|taken|took) (?:some of |a few of |one of |all of |a )?(?:my|the|her|his|our|\w+'s) ${MEDICINE}\b`),
  /\bswallowed (?:a |one of the |some )?(?:button )?(?:batter(?:y|ies)|magnets?)\b/,
  // A ligature used, or a way of dying tried: "I tried to hang myself tonight", "there's a rope around my neck".
  /\b(?:tried|try|attempted|trying) to (?:hang|strangle|choke|suffocate) (?:myself|himself|herself|themselves)\b|\b(?:hanged|hung) (?:myself|himself|herself)\b/,
  // "Like a noose around my neck" is a job or a debt.
  /(?<!\blike (?:a|an) )\b(?:rope|cord|belt|ligature|noose|cable|wire|flex|strap)(?: is| 's)? (?:around|round) (?:my|his|her|their) neck\b/,
  /\btied (?:something|it|a \w+) (?:around|round) (?:my|his|her|their) neck\b/,
  new RegExp(String.raw`\bfound (?:him|her|them|someone|somebody|(?:my |our )?${PERSON}) hanging\b(?! out| around| about| with| on| up)`),
  /\bslit (?:my|his|her|their) (?:wrist|wrists|throat)\b|\bcut (?:my|his|her|their) throat\b/,
];

/**
 * Stabbed or shot, said as happened: "someone's been stabbed", "he's been shot", "someone stabbed him". Let go only by
 * HISTORY, as what was taken is. Apart from TAKEN, behind a search for the two words: a pattern that opens on any
 * subject tries at every word of every answer, and almost none of them holds either word.
 */
const WOUNDED = [
  new RegExp(String.raw`\b(?:i|he|she|they|we|you|someone|somebody|${PERSON}|(?:my|our|his|her|their|a) \w+)(?: has| have|'s|'ve| just| has just)* (?:been|got|gotten|was|were|is|are|am) (?:just )?(?:stabbed|shot)\b${NOT_A_WOUND}`),
  new RegExp(String.raw`\b(?:someone|somebody|he|she|they|a man|a guy)(?: has| just)? (?:stabbed|shot) (?:him|her|them|me|us|my \w+)\b${NOT_A_WOUND}`),
];

function wounded(s: string): boolean {
  return /\b(?:stabbed|shot)\b/.test(s) && WOUNDED.some((pattern) => pattern.test(s));
}

/** Said of something long over, or of a story, a lesson or a death: not an emergency now. */
const HISTORY =
  /\b(?:years ago|a year ago|months ago|when (?:i|he|she|we|they) (?:was|were)|as a (?:teenager|teen|kid|child)|last (?:year|month|summer|spring|autumn|fall|winter|christmas)|in (?:19|20)\d\d|back in|anniversary|died (?:of|from)|first aid|documentary|(?:a|the|that) (?:film|movie|tv show|episode|book|novel|podcast))\b/;

/** So much blood, or an artery cut: let go when it is a film's, a donation's, a blood test's, a period's or a patient's. */
const BLOOD: RegExp[] = [
  /\b(?:so much|a lot of|lots of|loads of|too much|a pool of|pools of|covered in(?: my own)?) blood\b|\bblood everywhere\b/,
  /\bblood (?:is |'s |keeps |just keeps )?(?:pouring|gushing|spurting|pumping|squirting|streaming|running down)\b/,
  /\bsoaked (?:through )?(?:the |a |my |his |her )?(?:towel|towels|tea towel|bandage|bandages|dressing|dressings)\b|\bsoaked (?:in|with) blood\b/,
  // Done, not asked: "how deep do you have to cut to hit a vein" is the crisis line's.
  /(?<!\bto )\b(?:hit|cut|nicked|severed|sliced) (?:an?|my|the) (?:artery|vein|major vein)\b/,
  // Bleeding said plainly as much ("she's bleeding a lot", "I'm bleeding really badly"). Someone bleeding another dry, or
  // money bled away, names no amount of blood.
  /\b(?:i am|am|is|'s|are|was|were|keeps?|started) bleeding (?:really |very |so |quite )?(?:a lot|heavily|badly|loads|so much|everywhere|profusely|like crazy|non ?stop)\b/,
];
const BLOOD_ELSEWHERE =
  /\b(?:film|movie|show|episode|series|game|book|novel|horror|documentary|butcher|abattoir|donat\w*|gave blood|giving blood|blood tests?|period|periods|nosebleed|nose bleed|gums?|patient|patients|my ward|on shift|years ago|when (?:i|he|she) was|last (?:year|month|week))\b/;

/** Lower case, one kind of apostrophe, "I'm" as "i am", no punctuation: what Alexa sends, and what people type. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\bi'?m\b/g, 'i am')
    .replace(/\bheartattack\b/g, 'heart attack')
    .replace(/[^a-z0-9' ]+/g, ' ')
    // Typed without the apostrophe ("cant", "wont", "isnt"), as the patterns spell them with it.
    .replace(/\b(can|won|don|isn|doesn|hasn|aren)t\b/g, "$1't")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Each list as a few alternations, as detect.ts does: this runs on every slot of every request (respond.ts), and one
 * pass over a short answer costs less than one per pattern. The lists stay apart above, to be read one by one.
 */
const ANY_SIGN = alternations(SIGNS);
const ANY_TAKEN = alternations(TAKEN);
const ANY_BLOOD = alternations(BLOOD);
const ANY_CONDITION = alternations(CONDITIONS);
const ANY_NOT_NOW = alternations(NOT_NOW);
const matches = (alternation: readonly RegExp[], s: string) => alternation.some((pattern) => pattern.test(s));

export function detectMedicalEmergency(text: string): boolean {
  const s = normalise(text);
  if (matches(ANY_SIGN, s) || bleedingThatWillNotStop(s) || cutThatIsDeep(s)) return true;
  if ((matches(ANY_TAKEN, s) || wounded(s)) && !HISTORY.test(s)) return true;
  if (matches(ANY_BLOOD, s) && !BLOOD_ELSEWHERE.test(s)) return true;
  return matches(ANY_CONDITION, s) && !matches(ANY_NOT_NOW, s);
}
