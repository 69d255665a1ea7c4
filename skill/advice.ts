/**
 * Questions the skill must not answer: about medication, about what someone has ("am I depressed?"), and about what
 * they should do ("should I tell my boss?"). The skill is not a therapist and gives no medical advice (PRODUCT.md), so
 * it says whose question it is, keeps the words for the next session, and goes on with the evening. Before this, such a
 * question fell to the fallback: "Sorry, I didn't catch that", and the words were gone.
 *
 * Self-harm and emergencies are not here: the safety check sees every request first ("should I just take all my pills"
 * gets the crisis line, not this).
 */
export type AdviceAsked = 'urgent' | 'medication' | 'diagnosis' | 'what_to_do';

/**
 * Whether to get urgent care ("should I go to the hospital?", "do I need an ambulance?"): not the skill's to judge, and
 * not a question to park for the next session. The answer is the emergency number, for the person to decide.
 */
const URGENT_OPENING = /^(?:should i|shall i|do i need|do you think i (?:should|need)|is it (?:bad|serious) enough|is this (?:bad|serious) enough)\b/;
const URGENT_CARE = /\b(?:hospital|a and e|a ?& ?e|er|emergency room|emergency|ambulance|urgent care|paramedics?|911|999|000|112|111)\b/;

/**
 * A question, by how it opens. A few tablets asked about ("is 2 paracetamol enough for a migraine?", "would two
 * ibuprofen kill me?"), how long one takes to work, a dose missed or the most a dose may be are questions too: more
 * than a dose asked about is the safety check's, which sees every request first.
 */
const ASKS =
  /^(?:should i|shall i|can i|could i|do you think|is it (?:ok|okay|alright|all right|safe|bad|normal|wise)|is (?:this|that|it) (?:ok|okay|safe|bad|normal)|how (?:much|many|often)|what (?:should|dose|do i)|am i (?:allowed|ok|okay)|would it be|is \w+ (?:safe|okay|ok|bad)|(?:is|are|would|will) (?:\d+|one|two|three|four|a couple of) |how long (?:does|do|will|would) (?:it take for|\w+ take to)|what (?:happens|would happen) if i (?:miss|skip|forget|double|stop|take)|what(?:'s| is) the (?:maximum|max|right|normal|usual|safe) (?:dose|amount))/;

// The painkillers and cold remedies of a bathroom cabinet in the UK, the US, Australia and India, by name. A lithium
// battery is not lithium.
const MEDICATION =
  /\b(?:meds?|medications?|medicines?|pills?|tablets?|doses?|dosage|prescriptions?|prescribed|antidepressants?|ssris?|sleeping pills?|sleep aids?|melatonin|xanax|valium|ativan|klonopin|sertraline|zoloft|prozac|fluoxetine|lexapro|escitalopram|citalopram|venlafaxine|effexor|mirtazapine|amitriptyline|quetiapine|seroquel|lithium(?! (?:ion|battery|batteries))|propranolol|diazepam|lorazepam|zopiclone|ambien|nytol|painkillers?|paracetamol|acetaminophen|tylenol|panadol|calpol|crocin|dolo|ibuprofen|nurofen|advil|motrin|aspirin|naproxen|codeine|co ?codamol|tramadol|lemsip|nyquil|dayquil|benadryl|antihistamines?|insulin|milligrams|mg)\b/;

/** "Am I depressed?", "do I have PTSD?", "is this normal?", "what's wrong with me?". */
const DIAGNOSIS_OPENING = /^(?:am i|do i have|do you think i(?:'m| am| have)?|could i (?:have|be)|is (?:this|it|that)|could (?:this|it) be|what(?:'s| is) wrong with me|is (?:there )?something wrong with me)\b/;
const CONDITION =
  /\b(?:depress\w*|anxiety|ptsd|c ?ptsd|adhd|ocd|bpd|borderline|bipolar|autis\w*|disorder|mentally ill|ill|illness|crazy|psycho\w*|schizo\w*|insomnia|normal|broken|wrong with me|burn(?:ed|t)? ?out|panic attacks?|trauma)\b/;

/** "What should I do about my sister?", "should I tell her?", "how do I stop overthinking?". */
const WHAT_TO_DO =
  /^(?:what should i do|what do i do|what would you do|what do you think i should|do you think i should|should i|shall i|give me (?:some )?advice|any advice|can you give me (?:some )?advice|what(?:'s| is) your advice|how (?:do|can|should) i (?:stop|fix|deal|cope|get over|handle|make|tell|talk))\b/;

const LOOKS_BACK = /^(?:should|shall) i have\b/;

/** Questions about the skill itself ("should I do another round?", "can I stop?"), which are its own to answer. */
const ABOUT_THE_SKILL =
  /\b(?:breath\w*|exercise|grounding|round|check ?in|skip|say|start over|again|dashboard|code|keep going|carry on|go on|continue|tell you)\b|\bstop(?: (?:here|now|there|it|this|that))?$/;

function normalise(words: string): string {
  return words
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Which kind of question `words` asks that the skill must not answer, or null when it asks none. */
export function adviceAsked(words: string): AdviceAsked | null {
  const said = normalise(words);
  if (URGENT_OPENING.test(said) && URGENT_CARE.test(said)) return 'urgent';
  if (ASKS.test(said) && MEDICATION.test(said)) return 'medication';
  if (DIAGNOSIS_OPENING.test(said) && CONDITION.test(said)) return 'diagnosis';
  // "Should I have said something?" looks back: regret to keep, not a question of what to do.
  if (WHAT_TO_DO.test(said) && !ABOUT_THE_SKILL.test(said) && !LOOKS_BACK.test(said)) return 'what_to_do';
  return null;
}

/**
 * Whether words are a question put to the skill ("should I do the breathing?", "am I doing it right?", "do you think I
 * did ok?"), by how they open. Such words are no answer to the question asked: not a feeling, not the practice done,
 * not a no to an exercise. Alexa brings them whole since "should I", "am I" and the like are carriers.
 */
const ASKED = /^(?:should i|shall i|am i|do you think|do i|is it|is this|is that|can i|could i|what should|what do you|how do i|how should i|would it)\b/;

export function asksTheSkill(words: string): boolean {
  return ASKED.test(normalise(words));
}
