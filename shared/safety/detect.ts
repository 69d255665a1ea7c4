/**
 * Spots language about self-harm or suicide in anything a user says: a feeling ("suicidal"), what happened ("I cut
 * myself again"), or a request ("I want to hurt myself"). It runs on every free-text answer before anything else.
 *
 * Missing one is far worse than a false alarm, so ambiguous phrasings trigger. Only idioms that are plainly about
 * something else ("this work is killing me", "my phone died", "I cut myself a slice of cake") are let through, and
 * they are let through by being specific exceptions, never by loosening the patterns.
 */

export interface CrisisDetection {
  crisis: boolean;
  /** The words that triggered it, as normalised, for logs the user can see and for tests. */
  phrase?: string;
}

/**
 * Speech recognition gives "don't", "dont", "do not", "wanna", "I'm", "im"; one spelling for each keeps the patterns
 * readable. Order matters: the specific contractions before the generic n't.
 */
const REWRITES: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u02bc`´]/g, "'"],
  [/\bwanna\b/g, 'want to'],
  [/\bgonna\b/g, 'going to'],
  [/\bgotta\b/g, 'got to'],
  [/\bwant ta\b/g, 'want to'],
  [/\bcan'?t\b/g, 'cannot'],
  [/\bwon'?t\b/g, 'will not'],
  [/\b(do|does|did|is|are|was|were|have|has|had|would|could|should)n'?t\b/g, '$1 not'],
  [/\bain'?t\b/g, 'am not'],
  [/\bi'?m\b/g, 'i am'],
  [/\bi'd\b/g, 'i would'],
  [/\bi'?ll\b/g, 'i will'],
  [/\bi'?ve\b/g, 'i have'],
  [/\b(it|that|life|there|what|everything|nothing)'s\b/g, '$1 is'],
  [/\bmy ?self\b/g, 'myself'],
  [/\bself[\s-]*(harm|harming|harmed|injury|injuring|injure|hurt|hurting)\b/g, 'self harm'],
  [/\bany ?more\b/g, 'anymore'],
  // Softeners that sit anywhere in a sentence ("I just want to die", "I don't really want to be alive", "I'm so done
  // with life") say nothing about risk; dropped, so each pattern need not allow for them at every gap.
  [/\b(?:just|really|honestly|actually|literally|basically|seriously|truly|kinda|sorta|kind of|sort of|so)\b/g, ' '],
  [/[^a-z0-9' ]+/g, ' '],
  [/\s+/g, ' '],
];

export function normaliseForSafety(text: string): string {
  let s = ` ${text.toLowerCase()} `;
  for (const [pattern, replacement] of REWRITES) s = s.replace(pattern, replacement);
  return s.trim();
}

/**
 * Words right after "hurt/cut myself" that make it an everyday accident or idiom ("I cut myself a slice", "I hurt
 * myself at the gym", "cut myself some slack"). "On purpose" is deliberately not an exception.
 */
const ACCIDENT_AFTER =
  '(?! (?:(?:a|an|some|another) (?:slice|piece|bit of|sandwich|break|slack|cake|bread|portion|helping|drink)|slack|off|shaving|cooking|making|baking|ironing|cleaning|fixing|chopping|gardening|playing|lifting|running|working out|exercising|skiing|skating|at (?:the|work|football|soccer|basketball|tennis|gym|training|practice)|in the (?:kitchen|garden|gym)|while|when i (?:fell|tripped|slipped)|on (?!purpose)|by accident|accidentally|falling|tripping|slipping|doing))';

const PATTERNS: RegExp[] = [
  // Naming it.
  /\bsuicid\w*/,
  /\bself harm\b/,
  /\bunaliv\w*/,
  /\bkms\b/,
  // Killing oneself, in any tense or person ("tried to kill herself" is also a disclosure that warrants the line).
  /\bkill(?:ing|ed|s)? (?:myself|me self|yourself|himself|herself|themselves|themself)\b(?! (?:laughing|at the gym|at work|at training|at practice|working|training|trying to))/,
  /\b(?:want|wants|wanted|wish|need|hope)(?:ed)? (?:someone|somebody|something|a car|a truck) (?:to|would|will) kill me\b/,
  /\b(?:take|taking|took) my (?:own )?life\b/,
  /\bend(?:ing|ed)? (?:my|my own) life\b/,
  /\bend(?:ing)? it all\b/,
  /\bend(?:ing)? (?:it|things|everything)(?= ?$| tonight| now| today| forever| soon| for good)/,
  /\b(?:it|everything) (?:all )?to (?:end|stop) (?:forever|for good|permanently)\b/,
  /\bwant (?:it|it all|everything|everything all) to (?:end|be over)(?= ?$| now| tonight| forever| for good)/,
  // Wanting to die or not to live.
  /\b(?:want|wanted|wants|wanting|ready|going|trying|try|tried|deserve) to (?:die|be dead)\b(?! (?:of|from) (?:embarrassment|shame|boredom|laughing)| laughing)/,
  /\bwish(?:ed)? (?:that )?i (?:was|were|had|could|would|would have|could have)? ?(?:just )?(?:be )?(?:dead|died|die|never been born|never born|not been born|not born|not alive|not here|not exist|gone forever|disappear forever)\b/,
  /\bsleep and (?:never|not) wake up\b/,
  /\bbetter off (?:dead|gone|without me|not existing|not being here|not alive|if i (?:was|were) (?:dead|gone|not here|not around|not alive)|if i (?:died|disappeared|vanished))\b/,
  /\bbetter without me\b/,
  /\b(?:no|not any|nothing|no more|no good) (?:reason|reasons|point) (?:to|in|for) (?:live|living|life|being alive|going on|keep going)\b/,
  /\bnothing (?:left )?to live for\b/,
  /\bpoint (?:in|of) (?:living|being alive|going on|life anymore)\b/,
  /\brather (?:be dead|die|not be alive|not exist|not be here|not wake up)\b(?! than)/,
  /\bdone with (?:life|living|being alive)\b/,
  /\bwant to (?:sleep forever|go to sleep forever|never wake up|disappear forever|stop existing|not exist)\b/,
  /\b(?:no one|nobody|noone) would (?:miss|notice|care about) (?:me )?if i (?:was|were|died|disappeared|went)\b/,
  // Said on its own, "nobody would miss me" is the same thought. Followed by an everyday "at" or "if I skipped", it is not.
  /\b(?:no one|nobody|noone) would (?:even )?miss me(?= ?$| anyway| at all| really| if i (?:was|were|died|disappeared|went|left))/,
  /\b(?:life|living|it) is not worth (?:living|it anymore|going on)\b/,
  /\bnot worth living\b/,
  /\b(?:what is|whats) the point (?:of|in) (?:living|life|being alive|going on|anything|any of it|it all)\b/,
  /\bnot want to (?:live|be alive|exist|be here anymore|be around anymore|be here no more|go on|wake up(?! (?:early|at|for|so|before|in the morning to)))\b/,
  /\b(?:tired|sick) of (?:living|being alive|life|existing)\b(?! (?:with|in|at|next to|near|on|off|out of) )/,
  /\bgive up on (?:life|living)\b/,
  /\bcannot (?:go on|keep going)(?= ?$| anymore| like this| living)/,
  /\bcannot do this anymore\b/,
  /\b(?:thinking|think|thoughts|thought) (?:about|of) (?:dying|death|ending it|ending my life|not being here|killing myself|suicide)\b/,
  // Passive wishes to be dead or gone: how most people say it (the Columbia scale's first question), and easy to miss.
  /\b(?:want|wanted|wants|wanting|need|needed|ready) to (?:just )?(?:disappear|vanish)\b(?! (?:into (?:the|a|an|my) \w+|(?:from|with|out of) (?:embarrassment|shame)|for (?:a|the) (?:week|weekend|while|bit|day|few days|month)|on holiday|on vacation))/,
  /\b(?:want|wanted|wants|wanting) to (?:just )?be gone\b(?! (?:by|before|from|for the|at|until|when))/,
  /\bwant to (?:just )?(?:fall asleep|go to sleep|sleep) (?:forever|and (?:never|not) wake up)\b/,
  /\bwish(?:es|ed|ing)? (?:that )?i (?:could|would|was|were|did)? ?(?:just )?(?:disappear|vanish|be gone|gone|not wake up|never wake up|not exist|stop existing|not be alive|not alive|(?:fall asleep|go to sleep|sleep) and (?:never|not) wake up)\b/,
  /\bhop(?:e|es|ed|ing) (?:that )?i (?:do not|will not|never|would not) wake up(?= ?$| tomorrow| in the morning| ever| anymore| this time)/,
  /\bwant (?:it all|everything|it all just|everything just|all of it|all this|all of this) to (?:stop|end|be over)\b/,
  /\bwish (?:it|everything) (?:would|could) (?:all )?(?:just )?(?:end|stop|be over)(?= ?$| now| forever| for good| already)/,
  /\bcannot (?:take|bear) (?:it|this|life|living) anymore\b/,
  /\b(?:do not|would not|did not) (?:care|mind) if i (?:die|died|was dead|were dead|do not wake up|did not wake up|never woke up|was gone|were gone)\b(?! trying)/,
  /\b(?:easier|better) (?:for (?:everyone|everybody|them|my family|everyone else) )?if i (?:was|were|am) (?:not here|not around|gone|dead|not alive)\b/,
  /\bif i (?:died|was gone|were gone|disappeared|was dead|were dead)(?: tomorrow| tonight| today)? (?:no one|nobody|noone) would (?:care|notice|miss me)\b/,
  /\b(?:should|might as well|may as well) (?:just )?(?:die|be dead|not be here|not exist)\b(?! (?:of|from|laughing))/,
  /\b(?:should|might as well|may as well) (?:just )?(?:disappear|vanish)\b(?! (?:into|for a|from))/,
  /\bwant (?:it|this|everything) to (?:all )?(?:end|be over)(?= ?$| now| tonight| forever| for good)/,
  /\bfe(?:el|els|lt|eling) like dying\b(?! (?:of|from|laughing))/,
  /\bno way out(?= ?$| for me| anymore| except| but)/,
  /\b(?:will not|am not going to|may not|might not) be (?:around|here) (?:much longer|for much longer|for long|much more)\b/,
  /\bnot want to be here(?= ?$| tonight| now| any longer)/,
  /\bwant out(?= ?$| of (?:life|this life|living|it all))/,
  /\bdone with (?:everything|it all|all of it)(?= ?$| anymore| for good)/,
  /\bgive up on (?:everything|myself|it all)(?= ?$| anymore| for good)/,
  /\b(?:i am|i feel like|i felt like|feel like|i am just) (?:such |just )?a burden\b/,
  /\bburden (?:to|on) (?:everyone|everybody|my family|them all)\b/,
  /\bwant to (?:just )?not (?:be here|be alive|exist|wake up)\b/,
  /\b(?:what is the|there is no|there is not any|there is not a) point anymore\b/,
  /\b(?:do not|cannot|can not) see (?:a|any) future(?= ?$| for me| anymore)/,
  // "I made a plan" is this product's everyday language (the practice plan); "I have a plan" said on its own is not.
  /\b(?:i have|i have got) a plan(?= ?$)/,
  /\b(?:googled|google|looked up|look up|searched|search|searching|researched|reading about|read about) (?:for )?(?:ways|how) to (?:die|kill myself|end it|end my life|overdose|hang myself)\b/,
  /\b(?:bought|got|have|found|tied) (?:a |the )?(?:rope|noose)(?= ?$| for (?:myself|me|tonight))/,
  /\b(?:want to|going to|thinking about|think about|thought about|might|tempted to|urge to) (?:drive|driving|crash|crashing|steer|steering) (?:my car |the car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|river|traffic|oncoming traffic|cliff|road|truck)\b/,
  /\b(?:want to|going to|thinking about|think about|thought about|might|tempted to|urge to) crash(?:ing)? my car\b/,
  // Harming oneself, and means. Intent makes it self-harm whatever follows ("I want to hurt myself at the end of the day").
  /\b(?:want to|going to|urge to|urges to|thinking about|thought about|think about|feel like|felt like|might|tempted to|tried to|try to|need to|planning to|plan to|keep|kept|will|could|started|start) (?:hurt|harm|cut|burn|starve|punish|hit)(?:ing|s)? myself\b(?! (?:some |a little )?slack| a break)/,
  new RegExp(
    `\\b(?:hurt|hurting|harm|harming|harmed|cut|cutting|burn|burning|burned|burnt|starve|starving|starved|punish|punishing|punished|hit|hitting) myself\\b${ACCIDENT_AFTER}`,
  ),
  /\b(?:hang|hanging|hanged|shoot|shooting|shot|drown|drowning|drowned|poison|poisoning|poisoned|stab|stabbing|stabbed) myself\b(?! (?:in the foot|in work|in coffee|in tea|in paperwork|in chocolate|with work|up))/,
  // "Cutting" needs no object among people who self-harm; cutting carbs, back or down has one.
  /\b(?:want to|wanted to|need to|needed to|urge to|urges to|feel like|felt like|thinking about|thought about|tempted to|started|start|keep|kept|relapsed and) (?:cut|cutting)(?= ?$| again| tonight| so bad| really bad| badly)/,
  /\bi (?:cut|have been cutting|been cutting) (?:again|last night|tonight)(?= ?$| and| but| so)/,
  /\b(?:i am|i was|i have been|been) cutting(?= ?$| again| myself| more)/,
  /\bmade myself bleed\b/,
  /\b(?:scratch|scratched|scratching|bit|bite|biting|punch|punched|punching|hit|hitting|cut|burned|burnt) (?:myself|my (?:arm|arms|leg|legs|wrist|wrists|skin|hand|hands|thigh|thighs|stomach|face|head)|the wall) (?:until|till|til) (?:i|it|they|my \w+) (?:bled|bleed|bleeds|bleeding|broke)\b/,
  /\b(?:burn|burned|burnt|cut|hit|punched|scratched|hurt|bruised) my (?:arm|arms|leg|legs|wrist|wrists|skin|hand|hands|thigh|thighs|stomach|body|face|head) (?:\w+ ){0,4}on purpose\b/,
  // Getting ready, and saying goodbye.
  /\b(?:stockpil\w*|saving|saving up|saved up|hoarding|hoarded|collecting) (?:up )?(?:my |the |some )?(?:pills|tablets|meds|medication|sleeping pills|painkillers)\b/,
  /\b(?:have|got) (?:the|my) (?:pills|tablets|rope|gun) ready(?= ?$| tonight| now)/,
  /\b(?:wrote|writing|write|written|left) (?:a |my )?(?:goodbye|farewell|last) (?:note|letter)\b/,
  /\b(?:note|letter) (?:for|to) (?:my family|my kids|my parents|my partner|everyone) (?:just )?in case(?= ?$)/,
  /\b(?:said|saying|say) goodbye to (?:everyone|everybody|my family)(?= ?$| for good| just in case| in case)/,
  /\b(?:going to|want to|about to|ready to) jump(?= ?$| tonight| now)/,
  /\bslit(?:ting)? my (?:wrist|wrists|throat)\b/,
  /\boverdos(?:e|ed|es|ing)\b(?! on (?:coffee|caffeine|sugar|chocolate|netflix|tv|candy|espresso))/,
  // "I took all my pills today" is someone taking their medication; intent, "at once" or a handful is not.
  /\b(?:want to|going to|thinking about|thought about|might|will|could|urge to|tempted to|planning to|plan to|tried to) (?:take|swallow|taking|swallowing) (?:all|a bunch|a handful|the whole bottle|the whole box) (?:of )?(?:my |the |those )?(?:pills|tablets|meds|medication|sleeping pills)\b/,
  /\b(?:take|took|taking|swallow|swallowed|swallowing) (?:a bunch|a handful|the whole bottle|the whole box) (?:of )?(?:my |the |those )?(?:pills|tablets|meds|medication|sleeping pills)\b/,
  /\b(?:take|took|taking|swallow|swallowed|swallowing) (?:all )?(?:of )?(?:my |the |those )?(?:pills|tablets|meds|medication|sleeping pills) (?:all )?at once\b/,
  // "Almost" or "nearly" taking all of them is not someone taking their medication.
  /\b(?:almost|nearly) (?:took|take|swallowed|swallow) (?:all|a bunch|a handful) (?:of )?(?:my |the |those )?(?:pills|tablets|meds|medication|sleeping pills|painkillers)\b/,
  /\bjump(?:ing|ed)? (?:off|from|in front of) (?:a|the|my) (?:bridge|building|roof|cliff|train|balcony|car|bus|window|tower)\b/,
  /\bnoose\b/,
  // Said this way in the UK, Ireland and Australia. "Top myself up" is phone credit.
  /\b(?:top|topping|topped|neck|necking|necked|off|offing|offed) myself\b(?! up)/,
  /\b(?:do|doing|did|done) myself in\b/,
  // An overdose said as what was taken: too many, a whole box, or a number of pills no dose is.
  /\b(?:take|took|taken|taking|swallow|swallowed|swallowing) (?:too many|way too many|loads of|lots of|a lot of|(?:a|the) (?:whole )?(?:box|bottle|packet|pack|strip) of|(?:\d{2,}|ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)) (?:of )?(?:my |the |those |these )?(?:pills|tablets|meds|medication|sleeping pills|painkillers|paracetamol|tylenol|ibuprofen|aspirin|sleeping tablets)\b/,
  /\b(?:drank|drink|drinking|swallowed|swallow) (?:some )?(?:bleach|antifreeze|poison|weed killer)\b/,
  /\b(?:want to|going to|thinking about|thought about|might|tempted to|urge to|planning to|plan to|about to|ready to) (?:step|walk|run|throw myself|jump) (?:in front of (?:a|the) (?:bus|train|car|truck|lorry|traffic)|into (?:the )?(?:sea|ocean|river|lake|traffic))\b/,
  /\bcut(?:ting)? my (?:wrist|wrists|arm|arms|thigh|thighs|leg|legs)\b(?! (?:on|by accident|accidentally|while|when|shaving|cooking|making|open on|playing))/,
  // Not feeling safe, said as a whole ("I'm not safe tonight"); "not safe walking home" is about the street.
  /\b(?:i am not|i do not feel|i am not feeling|not feeling|do not feel) safe(?= ?$| tonight| right now| now| at all| anymore| with myself| around myself| by myself| alone tonight)/,
  /\b(?:i am|i feel|feeling|feel) unsafe(?= ?$| tonight| right now| now| at all| anymore| with myself| around myself| by myself| alone tonight)/,
  /\bstop living\b(?! (?:in|with|like|for|at|on|off))/,
  /\bhate (?:being alive|living|my life so much i)\b(?! (?:in|with|here|there|at|next|near|on))/,
  /\b(?:no one|nobody|noone) (?:cares|would care|will care|gives a damn) (?:if|whether) i (?:live or die|lived or died|die|died)\b/,
  /^(?:i )?will not be (?:here|around|alive) (?:tomorrow|much longer|by morning|in the morning)$/,
  /^(?:i )?cannot do (?:it|this|any of this|this anymore) anymore$/,
  /^(?:i )?cannot do it anymore$/,
  /\b(?:gave|giving|give) away (?:all )?(?:of )?my (?:things|stuff|belongings|possessions)\b/,
  /\b(?:said|saying) my goodbyes\b/,
  /\b(?:written|wrote|writing|left) (?:a|my) (?:suicide )?note(?= ?$| for (?:my family|my kids|my parents|my partner|everyone|them))/,
  /\bsh'(?:ing|ed|d)\b/,
];

/**
 * Every pattern as one alternation: it runs on each slot of every request, and one pass over a short text is several
 * times quicker than one pass per pattern. The patterns stay separate above, to be read and reviewed one by one.
 */
const ANY_PATTERN = new RegExp(
  PATTERNS.map((pattern) => {
    // A flag would be lost in the alternation; text is normalised to lower case instead, so none is needed.
    if (pattern.flags) throw new Error(`safety pattern ${pattern} must not carry flags`);
    return `(?:${pattern.source})`;
  }).join('|'),
);

/** Does this text speak of self-harm or suicide? Null, undefined and empty text never do. */
export function detectCrisis(text: string | null | undefined): CrisisDetection {
  if (typeof text !== 'string' || text.trim() === '') return { crisis: false };
  const m = ANY_PATTERN.exec(normaliseForSafety(text));
  return m ? { crisis: true, phrase: m[0].trim() } : { crisis: false };
}
