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
  // "Today's meeting", "last night's crossword": a time said as a possessive is never the time of an act.
  [/\blast night's\b/g, 'that night'],
  [/\b(?:today|tonight|tomorrow|yesterday)'s\b/g, 'that day'],
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
  [/\b(?:my ?self|meself|me self)\b/g, 'myself'],
  [/\bself[\s-]*(harm|harming|harmed|injury|injuring|injure|injured|hurt|hurting)\b/g, 'self harm'],
  [/\btonite\b/g, 'tonight'],
  [/\bany ?more\b/g, 'anymore'],
  // Softeners that sit anywhere in a sentence ("I just want to die", "I don't really want to be alive", "I'm so done
  // with life") say nothing about risk; dropped, so each pattern need not allow for them at every gap.
  [/\b(?:just|really|honestly|actually|literally|basically|seriously|truly|kinda|sorta|kind of|sort of|so)\b/g, ' '],
  [/[^a-z0-9' ]+/g, ' '],
  [/\s+/g, ' '],
  // A word tagged on at the end ("I want to end it mate", "kms fr") is not part of the sentence: dropped, so the
  // patterns that end where the sentence ends still see its end.
  [/ (?:mate|man|bro|bruh|dude|lol|lmao|fr|tbh|ngl|haha) $/, ' '],
];

/**
 * Medicines by name, as the kind of medicine the patterns name ("would 30 sertraline kill me", "is 20 Panadol enough",
 * "how many Dolo 650 can kill a person"): every pattern about doses then hears every name, and the phrase reported
 * names the kind. Brands of the UK, the US, Australia and India.
 */
const MEDICINE_KINDS: Readonly<Record<string, readonly string[]>> = {
  paracetamol: ['panadol', 'panadeine', 'crocin', 'dolo 650', 'dolo', 'calpol', 'acetaminophen', 'paracetamols'],
  ibuprofen: ['nurofen', 'advil', 'motrin', 'brufen'],
  'sleeping pills': ['zopiclone', 'zolpidem', 'ambien', 'temazepam', 'nytol', 'zimovane', 'stilnox', 'sominex', 'unisom'],
  antidepressants: [
    'sertraline', 'zoloft', 'fluoxetine', 'prozac', 'citalopram', 'celexa', 'escitalopram', 'lexapro', 'cipralex', 'amitriptyline',
    'mirtazapine', 'venlafaxine', 'effexor', 'duloxetine', 'cymbalta', 'paroxetine', 'paxil', 'seroxat', 'trazodone', 'bupropion',
    'wellbutrin', 'nortriptyline', 'dosulepin',
  ],
  painkillers: [
    'co codamol', 'cocodamol', 'codeine', 'dihydrocodeine', 'tramadol', 'oxycodone', 'oxycontin', 'morphine', 'fentanyl',
    'hydrocodone', 'vicodin', 'percocet', 'naproxen', 'diclofenac',
  ],
  pills: [
    'diazepam', 'valium', 'lorazepam', 'ativan', 'alprazolam', 'xanax', 'clonazepam', 'klonopin', 'quetiapine', 'seroquel',
    'olanzapine', 'lithium', 'lamotrigine', 'propranolol', 'promethazine', 'phenergan', 'benadryl', 'diphenhydramine',
  ],
};

const MEDICINE_KIND: ReadonlyMap<string, string> = new Map(
  Object.entries(MEDICINE_KINDS).flatMap(([kind, names]) => names.map((name) => [name, kind] as const)),
);

/** Every medicine's name, longest first, so "dolo 650" is one name. The medical-emergency check hears them too. */
export const MEDICINE_NAMES: readonly string[] = [...MEDICINE_KIND.keys()].sort((a, b) => b.length - a.length);

// A lithium battery is not lithium.
const MEDICINE_NAME = new RegExp(String.raw`\b(?:${MEDICINE_NAMES.join('|')})\b(?! (?:battery|batteries|ion)\b)`, 'g');

export function normaliseForSafety(text: string): string {
  let s = ` ${text.toLowerCase()} `;
  for (const [pattern, replacement] of REWRITES) s = s.replace(pattern, replacement);
  s = s.replace(MEDICINE_NAME, (name) => MEDICINE_KIND.get(name) ?? name);
  return s.trim();
}

/**
 * Words right after "hurt/cut myself" that make it an everyday accident or idiom ("I cut myself a slice", "I hurt
 * myself at the gym", "cut myself some slack"). "On purpose" is deliberately not an exception.
 */
const ACCIDENT_AFTER =
  '(?! (?:(?:a|an|some|another) (?:slice|piece|bit of|sandwich|break|slack|cake|bread|portion|helping|drink)|slack|off|out|shaving|cooking|making|baking|ironing|cleaning|fixing|chopping|gardening|playing|lifting|running|working out|exercising|skiing|skating|(?:again )?at (?:the|work|football|soccer|basketball|tennis|gym|training|practice|rugby|netball|cricket|hockey|yoga|pilates|climbing|boxing|karate|judo|dance|ballet|swimming|golf|badminton|squash|volleyball|baseball|softball|the climbing wall)|with (?:the|a|an|my|some) (?:\\w+ )?(?:knife|knives|scissors|razor|saw|axe|oil|iron|kettle|pan|oven|tray|glass|tool|tools|hammer|drill|chisel|stapler|mower|grater|peeler|blade|nail|needle|pin|pins)|in the sun|moving|opening|carrying|climbing|cycling|riding|walking|hiking|in the (?:kitchen|garden|gym)|while|when i (?:fell|tripped|slipped)|on (?!purpose)|by accident|accidentally|falling|tripping|slipping|doing|(?:until|till|til|before) (?:dinner|lunch|breakfast|tea|supper|the weekend|the party)))';

/**
 * Living somewhere or with someone, or going on a holiday, is a place, a household or a trip ("what's the point of
 * living in London if you never go out", "no point going on holiday if it rains"); living like this, or with this pain,
 * or going on like this, is not.
 */
const LIVING_SOMEWHERE = String.raw`(?! (?:in|at|near|next to|on|here|there|abroad|together|off|so far|somewhere|anywhere|by the|with (?:\w+ )?(?:parents|mum|mom|dad|family|partner|boyfriend|girlfriend|husband|wife|friends?|\w*mates?|in ?laws|sister|brother|kids|children|someone|somebody|people|others))\b)`;
const GOING_ON_A_TRIP = String.raw`(?! (?:holiday|holidays|vacation|a|an|the|about|at|to|dates|and on|and about|strike)\b)`;

/**
 * Being dead or gone, said after "if I" or "when I" ("would anyone notice if I was gone", "what happens to my cat if I
 * die"). Patterns that use it end where the answer ends, or on a word of time ("anymore", "tomorrow"), so gone for a
 * week, or died my hair, is a trip or a colour.
 */
const GONE = String.raw`(?:died|die|was dead|were dead|am dead|was gone|were gone|am gone|had gone|disappeared|vanished|killed myself|was not here|were not here|am not here|was not around|were not around|am not around|was not alive|were not alive|did not wake up|never woke up|never came back|was never born|had never been born|took my own life|ended it|ended it all)(?= ?$| tomorrow| tonight| anymore| forever| for good| now| already| one day$| someday$)`;

/** Hair, clothes or Easter eggs after "die" are dyed: speech recognition hears "dye" as "die". */
const DYED = String.raw`(?! (?:(?:my|your|her|his|the|their|a|some|easter) )?(?:hair|eyebrows|beard|roots|clothes|jeans|shirt|t shirt|shoes|fabric|wool|eggs))`;

/** Medicines, once normalised (see MEDICINE_KINDS): every name is one of these. */
const MEDS = String.raw`(?:pills|tablets|meds|medications?|medicines?|sleeping (?:pills|tablets)|painkillers|paracetamol|tylenol|ibuprofen|aspirin|antidepressants|insulin)`;

/** More than any dose: a number of tablets from ten up, or a whole container. Two, or a couple, is a dose. */
const MANY = String.raw`(?:\d{2,}|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred)(?: (?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|the) (?:whole )?(?:pack|packet|box|bottle|strip|tub|jar) of)`;

/** A word, but not a small number: "would 2 ibuprofen kill me" is a dose asked about, "would 30" is not. */
const WORD_NOT_A_FEW = String.raw`(?:(?!(?:[1-9]|one|two|three|four|five|a couple|a few|couple|few|several) )[\w']+ )`;

/**
 * Ways to die, as asked about ("how long does it take to die from ...", "which is quicker, ... or ..."); the patterns
 * that use it allow a few words before it ("an overdose", "slitting your wrists", "car exhaust"). Food poisoning and
 * poison ivy are not means.
 */
const MEANS = String.raw`(?:overdos\w*|${MEDS}|(?<!\b(?:food|lead|mercury|blood) )poison(?!ous| ivy| oak)\w*|pesticide|bleach|antifreeze|hanging|drowning|bleeding|blood loss|slit\w*|wrists|carbon monoxide|exhaust|suffocat\w*|plastic bag|jumping|a fall|starv\w*|gunshot|shooting)`;

const PATTERNS: RegExp[] = [
  // Naming it.
  // Named as the subject of a film, a training or a drill, it is about something else; said any other way, it is not.
  /\bsuicid\w*\b(?! (?:prevention|awareness|squad|bomber|bombers|bombing|bombings|doors|door|runs|run|drills?|mission|pass|squats?|sprints?))/,
  /\bself harm\b/,
  /\bunaliv\w*/,
  // Said as letters, speech recognition gives "k m s". Kilometres counted ("5 kms", "a few kms") are a walk.
  /\bk ?m ?s\b(?<!(?:\d|\b(?:a|few|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|hundred|many|several|some|more|couple of)) k ?m ?s)/,
  // Killing oneself, in any tense or person ("tried to kill herself" is also a disclosure that warrants the line).
  /\bkill(?:ing|ed|s)? (?:myself|me self|yourself|himself|herself|themselves|themself)\b(?! (?:laughing|at the gym|at work|at training|at practice|working|training|trying to|falling|tripping|slipping|on the (?:stairs|ice|ladder)|in (?:the game|a game|that game|minecraft|fortnite|roblox|call of duty|gta|elden ring|dark souls|halo)|with my own (?:grenade|grenades|rocket|rockets|bomb|bombs|tnt)))/,
  /\b(?:want|wants|wanted|wish|need|hope)(?:ed)? (?:someone|somebody|something|a car|a truck) (?:to|would|will) kill me\b/,
  // Someone else's, said "own": a death by suicide in the family is a risk of its own, and the line answers the bereaved.
  /\b(?:take|taking|took|taken) (?:my (?:own )?|(?:his|her|their) own )life\b/,
  /\bend(?:ing|ed)? (?:my|my own) life\b/,
  /\bend(?:ing)? it all\b/,
  /\bend(?:ing)? (?:it|things|everything)(?= ?$| tonight| now| today| forever| soon| for good| i have had enough| i cannot (?:do|take|cope))/,
  /\b(?:it|everything) (?:all )?to (?:end|stop) (?:forever|for good|permanently)\b/,
  /\bwant (?:it|it all|everything|everything all) to (?:end|be over)(?= ?$| now| tonight| forever| for good)/,
  // Wanting to die or not to live.
  /\b(?:want|wanted|wants|wanting|ready|going|trying|try|tried|deserve) to (?:die|be dead)\b(?! (?:of|from) (?:embarrassment|shame|boredom|laughing)| laughing| on (?:this|that) hill)/,
  /\bwish(?:ed)? (?:that )?i (?:was|were|had|could|would|would have|could have)? ?(?:just )?(?:be )?(?:dead|died|die|never been born|never born|not been born|not born|not alive|not here|not exist|gone forever|disappear forever)\b/,
  /\bsleep and (?:never|not) wake up\b/,
  /\bbetter off (?:dead|gone|without me|not existing|not being here|not alive|if i (?:was|were) (?:dead|gone|not here|not around|not alive)|if i (?:died|disappeared|vanished))\b/,
  /\bbetter without me\b/,
  new RegExp(String.raw`\b(?:no|not any|nothing|no more|no good) (?:reason|reasons|point) (?:to|in|for) (?:live${LIVING_SOMEWHERE}|living${LIVING_SOMEWHERE}|life|being alive|going on${GOING_ON_A_TRIP}|keep going)\b`),
  /\bnothing (?:left )?to live for\b/,
  // Living somewhere, or going on a trip, is not life itself (LIVING_SOMEWHERE, GOING_ON_A_TRIP).
  new RegExp(String.raw`\bpoint (?:in|of) (?:living${LIVING_SOMEWHERE}|being alive|going on${GOING_ON_A_TRIP}|life anymore)\b`),
  /\brather (?:be dead|die|not be alive|not exist|not be here|not wake up)\b(?! than)/,
  /\bdone with (?:life|living|being alive)\b/,
  /\bwant to (?:sleep forever|go to sleep forever|never wake up|disappear forever|stop existing|not exist)\b/,
  /\b(?:no one|nobody|noone) would (?:miss|notice|care about) (?:me )?if i (?:was|were|died|disappeared|went)\b(?! (?:\w+ )?(?:from|for|to|at|on|out) )/,
  // Said on its own, "nobody would miss me" is the same thought. Followed by an everyday "at" or "if I skipped", it is not.
  /\b(?:no one|nobody|noone) would (?:even )?miss me(?= ?$| anyway| at all| really| if i (?:was|were|died|disappeared|went|left))/,
  /\b(?:life|living|it) is not worth (?:living|it anymore|going on)\b/,
  /\bnot worth living\b/,
  // Life insurance, a life coach or life drawing is not life.
  new RegExp(String.raw`\b(?:what is|whats) the point (?:of|in) (?:living${LIVING_SOMEWHERE}|life(?! (?:insurance|coach|coaching|coaches|admin|drawing|hacks|jackets?|lessons|skills|cover|policy|policies|support)\b)|being alive|going on${GOING_ON_A_TRIP}|anything|any of it|it all)\b`),
  /\bnot want to (?:live(?! (?:in|with|at|near|next to|on|there|here|like) )|be alive|exist|be here anymore|be around anymore|be here no more|go on|wake up(?! (?:early|at|for|so|before|in the morning to)))\b/,
  /\b(?:tired|sick) of (?:living|being alive|life|existing)\b(?! (?:with|in|at|next to|near|on|off|out of) )/,
  /\bgive up on (?:life|living)\b/,
  // Like this at work, or with the commute, names what cannot go on; like this and anything else does not.
  /\bcannot (?:go on|keep going)(?= ?$| anymore| like this(?! (?:at|in|with|on|for) (?:work|school|uni|college|the (?:job|commute|office|house|flat|team|kids|project)|this (?:job|commute|place|team|house|flat|company|project)|my (?:job|boss|commute|team|course|degree|studies|manager|flatmate|roommate|project)))| living)/,
  /\bcannot do this anymore\b/,
  // Said of a job as often as of a life, so these trigger only where the answer ends ("I can't keep doing this"):
  // anything named after it ("this job", "this commute", "I need a new job") says what "this" is. Ending on it, like
  // "I can't do this anymore", it is hopelessness the line is for. "Like this" counts only if the answer ends there
  // too: "like this at work" names it.
  /\bcannot keep (?:doing this|doing it|living like this|going like this|going on like this)(?= ?$| anymore| any longer| tonight)/,
  /\bhow (?:much )?longer i can (?:do this|do it|go on|keep going|keep doing this|keep doing it|take this|take it|cope|hold on|carry on|live like this|keep living)(?= ?$| anymore| tonight| like this(?= ?$| anymore| tonight))/,
  /\b(?:thinking|think|thoughts|thought) (?:about|of) (?:dying(?! (?:my|her|his|their|the) )|death|ending it|ending my life|not being here|killing myself|suicide)\b/,
  // Passive wishes to be dead or gone: how most people say it (the Columbia scale's first question), and easy to miss.
  /\b(?:want|wanted|wants|wanting|need|needed|ready) to (?:just )?(?:disappear|vanish)\b(?! (?:into (?:the|a|an|my) \w+|under (?:the|my) (?:covers|duvet|blanket|blankets|quilt|bed)|(?:from|with|out of) (?:embarrassment|shame)|(?:to (?:the |a |an )?\w+(?: \w+)? )?(?:for (?:a|the) (?:week|weekend|while|bit|day|few days|month)|on holiday|on vacation)))/,
  /\b(?:want|wanted|wants|wanting) to (?:just )?be gone\b(?! (?:by|before|from|for the|at|until|when))/,
  /\bwant to (?:just )?(?:fall asleep|go to sleep|sleep) (?:forever|and (?:never|not) wake up)\b/,
  /\bwish(?:es|ed|ing)? (?:that )?i (?:could|would|was|were|did)? ?(?:just )?(?:disappear|vanish|be gone|gone|not wake up|never wake up|not exist|stop existing|not be alive|not alive|(?:fall asleep|go to sleep|sleep) and (?:never|not) wake up)\b(?! (?:on|for) (?:a |an )?(?:long |short |little |nice )?(?:holiday|vacation|trip|break|week|weekend|while|bit)\b)/,
  /\bhop(?:e|es|ed|ing) (?:that )?i (?:do not|will not|never|would not) wake up(?= ?$| tomorrow| in the morning| ever| anymore| this time)/,
  // A hedge in front of not waking up ("maybe I just won't wake up tomorrow", "hopefully I don't wake up"), or the
  // sentence said whole ("I won't wake up tomorrow"): a wish, not the alarm, unless it says when or what for ("maybe I
  // won't wake up early", "in time for the bus").
  /\b(?:maybe|perhaps|hopefully|with (?:any )?luck|if i am lucky|fingers crossed) i (?:will not|would not|might not|may not|do not|never|will never|am not going to) wake up(?= ?$| tomorrow(?= ?$| morning$)| in the morning$| this time| ever| again$| anymore| at all| tonight$)/,
  /^(?:i )?(?:will not|am not going to) wake up(?: tomorrow| in the morning| this time| ever again| again)?$/,
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
  /\b(?:want to|wanted to|going to|thinking about|think about|thought about|might|tempted to|urge to) (?:drive|driving|crash|crashing|steer|steering) (?:my car |the car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|river|traffic|oncoming traffic|cliff|road|truck|sea|ocean|lake|canal|harbour|harbor|quarry)\b/,
  /\b(?:want to|going to|thinking about|think about|thought about|might|tempted to|urge to) crash(?:ing)? my car\b/,
  // Self-hatred that ends in wanting to hurt, with no one else named ("I hate myself so much I want to hurt"): the
  // "myself" is the sentence's own. Hurting him, or her feelings, names someone else.
  /\bhate myself (?:\w+ ){0,5}(?:want|wanted|need|needed) to (?:hurt|punish|harm|cut)(?= ?$| tonight| so bad| so much)/,
  // Harming oneself, and means. Intent makes it self-harm whatever follows ("I want to hurt myself at the end of the day").
  /\b(?:want to|going to|urge to|urges to|thinking about|thought about|think about|feel like|felt like|might|tempted to|tried to|try to|need to|planning to|plan to|keep|kept|will|could|started|start) (?:hurt|harm|cut|burn|starve|punish|hit)(?:ing|s)? myself\b(?! (?:some |a little )?slack| a break| off| out| at the gym)/,
  new RegExp(
    `\\b(?:hurt|hurting|harm|harming|harmed|cut|cutting|burn|burning|burned|burnt|starve|starving|starved|punish|punishing|punished|hit|hitting|punch|punched|punching) myself\\b${ACCIDENT_AFTER}`,
  ),
  /\b(?:hang|hanging|hanged|shoot|shooting|shot|drown|drowning|drowned|poison|poisoning|poisoned|stab|stabbing|stabbed|gas|gassing|gassed) myself\b(?! (?:in the foot|in work|in coffee|in tea|in paperwork|in chocolate|with work|up|out|(?:a|an|some) (?:new )?(?:shelf|shelves|picture|pictures|hammock|mirror|curtain|curtains|email|message|text|note|reminder|drink|coffee|tea)))/,
  // "Cutting" needs no object among people who self-harm; cutting carbs, back or down has one.
  /\b(?:want to|wanted to|need to|needed to|urge to|urges to|feel like|felt like|thinking about|thought about|tempted to|started|start|keep|kept|relapsed and) (?:cut|cutting)(?= ?$| again| tonight| so bad| really bad| badly)/,
  /\bi (?:cut|have been cutting|been cutting) (?:again(?: tonight| last night| today)?|last night|tonight)(?= ?$| and| but| so)/,
  /\b(?:i am|i was|i have been|been) cutting(?= ?$| again| myself(?! (?:some |a little )?slack| a break| off| out)| more| on my (?:arm|arms|thigh|thighs|leg|legs|wrist|wrists|stomach|hips|skin))/,
  /\bmade myself bleed\b/,
  // The cat or a bramble that scratched until it bled is not the person.
  /\b(?:scratch|scratched|scratching|bit|bite|biting|punch|punched|punching|hit|hitting|bang|banged|banging|smashed|slammed|cut|burned|burnt)(?<!\b(?:cat|cats|kitten|kittens|dog|dogs|puppy|he|she|they|it|baby|toddler|brambles|thorns|bush) \w+) (?:myself|my (?:arm|arms|leg|legs|wrist|wrists|skin|hand|hands|thigh|thighs|stomach|face|head)|the wall|my head (?:against|on|into) (?:the|a) wall) (?:until|till|til) (?:i|it|they|my \w+) (?:bled|bleed|bleeds|bleeding|broke)\b/,
  /\b(?:burn|burned|burnt|cut|hit|punched|scratched|hurt|bruised) my (?:arm|arms|leg|legs|wrist|wrists|skin|hand|hands|thigh|thighs|stomach|body|face|head) (?:\w+ ){0,4}on purpose\b/,
  // Getting ready, and saying goodbye.
  /\b(?:stockpil\w*|saving|saving up|saved up|hoarding|hoarded|collecting) (?:up )?(?:my |the |some )?(?:pills|tablets|meds|medication|sleeping pills|painkillers)\b(?! (?:from|at) | for (?:the|my) (?:holiday|trip|weekend|travels))/,
  /\b(?:have|got) (?:the|my) (?:pills|tablets|rope|gun) ready(?= ?$| tonight| now)/,
  /\b(?:wrote|writing|write|written|left) (?:a |my )?(?:goodbye|farewell|last) (?:note|notes|letter|letters)\b/,
  /\b(?:note|letter) (?:for|to) (?:my family|my kids|my parents|my partner|everyone) (?:just )?in case(?= ?$)/,
  /\b(?:said|saying|say) goodbye to (?:everyone|everybody|my family)(?= ?$| for good| just in case| in case)/,
  /\b(?:going to|want to|about to|ready to) jump(?= ?$| tonight| now)/,
  /\bslit(?:ting)? (?:my|your|his|her|their) (?:wrist|wrists|throat)\b/,
  /\boverdos(?:e|ed|es|ing)\b(?! on (?:coffee|caffeine|sugar|chocolate|netflix|tv|candy|espresso))/,
  // "I took all my pills today" is someone taking their medication; intent, "at once" or a handful is not. Taking all
  // of them with me, with food or as the doctor said is the medication again.
  /\b(?:want to|going to|thinking about|thought about|might|will|could|urge to|tempted to|planning to|plan to|tried to) (?:take|swallow|taking|swallowing) (?:all|a bunch|a handful|the whole bottle|the whole box) (?:of )?(?:my |the |those )?(?:pills|tablets|meds|medication|sleeping pills)\b(?! (?:tonight |today |this evening |in the morning )?(?:with (?:me|us|food|a meal|breakfast|dinner|lunch)|on time|as prescribed|(?:like|as) (?:the|my) (?:doctor|gp|psychiatrist|nurse|pharmacist) (?:said|says|told me|prescribed)|to (?:the|my|work|school)|for (?:the|my) (?:trip|holiday|week)))/,
  /\b(?:take|took|taking|swallow|swallowed|swallowing|downed|necked) (?:a bunch|a handful|the whole bottle|the whole box) (?:of )?(?:my |the |those )?(?:pills|tablets|meds|medication|sleeping pills|sleeping tablets|painkillers|paracetamol|tylenol|ibuprofen|aspirin|antidepressants)\b/,
  /\b(?:take|took|taking|swallow|swallowed|swallowing) (?:all )?(?:of )?(?:my |the |those )?(?:pills|tablets|meds|medication|sleeping pills) (?:all )?at once\b/,
  // All of them, said with nothing after ("I took all my pills", "I've taken all my pills"): an overdose told. The day's
  // medication names the day or the doctor ("today", "tonight", "like the doctor said").
  /\b(?:took|taken|swallowed) all (?:of )?(?:my |the |his |her |their )?(?:pills|tablets|meds|medication|medicine)(?= ?$| just now$| and i (?:feel|am|want|think|do not)\b)/,
  // "Almost" or "nearly" taking all of them is not someone taking their medication.
  /\b(?:almost|nearly) (?:took|take|swallowed|swallow) (?:all|a bunch|a handful) (?:of )?(?:my |the |those )?(?:pills|tablets|meds|medication|sleeping pills|painkillers)\b/,
  // From a height, or in front of a vehicle. Off or from a vehicle is getting off it ("I jumped off the bus at the
  // wrong stop").
  /\bjump(?:ing|ed)? (?:off|from) (?:a|the|my) (?:bridge|building|roof|cliff|balcony|window|tower)\b/,
  /\bjump(?:ing|ed)? in front of (?:a|the|my) (?:train|car|bus|lorry|truck|tube)\b/,
  /\bnoose\b/,
  // Said this way in the UK, Ireland and Australia. "Top myself up" is phone credit.
  /\b(?:top|topping|topped|neck|necking|necked|off|offing|offed) myself\b(?! up)/,
  /\b(?:do|doing|did|done) myself in\b/,
  // An overdose said as what was taken: too many, a whole box, or a number of pills no dose is.
  /\b(?:take|took|taken|taking|swallow|swallowed|swallowing|downed|necked) (?:too many|way too many|loads of|lots of|a lot of|(?:a|the|half a|half the) (?:whole )?(?:box|bottle|packet|pack|strip) of|(?:like |about |around |over |maybe |nearly |almost |at least )?(?:\d{2,}|ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)) (?:of )?(?:my |the |those |these )?(?:pills|tablets|meds|medication|sleeping pills|painkillers|paracetamol|tylenol|ibuprofen|aspirin|sleeping tablets|antidepressants)\b(?! (?:with me|to (?:the|my|work|school)|for (?:the|my|everyone)|round))/,
  /\b(?:drank|drink|drinking|swallowed|swallow) (?:some )?(?:bleach|antifreeze|poison|weed killer)\b/,
  /\b(?:want to|going to|thinking about|thought about|might|tempted to|urge to|planning to|plan to|about to|ready to) (?:step|walk|run|throw myself|jump) (?:in front of (?:a|the) (?:bus|train|car|truck|lorry|traffic)|into (?:the )?(?:sea|ocean|river|lake|traffic))\b/,
  /\bcut(?:ting)? my (?:wrist|wrists|arm|arms|thigh|thighs|leg|legs|stomach|belly|hips)\b(?! (?:on|by accident|accidentally|while|when|shaving|cooking|making|open on|playing))/,
  // Not feeling safe, said as a whole ("I'm not safe tonight"); "not safe walking home" is about the street.
  /\b(?:i am not|i do not feel|i am not feeling|not feeling|do not feel) safe(?= ?$| tonight| right now| now| at all| anymore| with myself| around myself| by myself| alone tonight)/,
  /\b(?:i am|i feel|feeling|feel) unsafe(?= ?$| tonight| right now| now| at all| anymore| with myself| around myself| by myself| alone tonight)/,
  /\bstop living\b(?! (?:in|with|like|for|at|on|off))/,
  /\bhate (?:being alive|living|my life so much i)\b(?! (?:in|with|here|there|at|next|near|on))/,
  /\b(?:no one|nobody|noone) (?:cares|would care|will care|gives a damn) (?:if|whether) i (?:live or die|lived or died|die|died)\b/,
  /^(?:i )?will not be (?:here|around|alive) (?:tomorrow|much longer|by morning|in the morning)(?: anyway| so| after tonight)?$/,
  /\bnot going to be (?:here|around|alive) (?:tomorrow|much longer|by morning|in the morning)(?= ?$| anyway)/,
  /^(?:i )?cannot do (?:it|this|any of this|this anymore) anymore$/,
  /^(?:i )?cannot do it anymore$/,
  // Either way round. Before a move, or to declutter, it is a house.
  /\b(?:gave|giving|give|given) (?:away (?:all )?(?:of )?my (?:things|stuff|belongings|possessions)|(?:all )?(?:of )?my (?:things|stuff|belongings|possessions) away)\b(?! (?:[\w']+ ){0,4}(?:move|moving|declutter\w*|downsiz\w*))/,
  /\b(?:said|saying) my goodbyes\b/,
  // Giving a pet or something treasured away "just in case", with no case named: putting affairs in order. A spare
  // key or a number left with someone is prudence, and "in case the storm gets bad" names the case.
  /\b(?:gave|given|giving|give|found (?:a )?(?:new )?homes? for|rehomed|rehoming|rehome) (?:away )?(?:all )?(?:my|our) (?:cat|cats|dog|dogs|pet|pets|rabbit|rabbits|hamster|bird|birds|fish|things|stuff|belongings|possessions|jewellery|jewelry|ring|rings|watch|guitar|books|records|savings)(?: away)?(?: (?:to|for|with) (?:\w+ ){1,3}?)? ?in case(?= ?$)/,
  /\b(?:written|wrote|writing|left) (?:a|my) (?:suicide )?note(?= ?$| for (?:my family|my kids|my parents|my partner|everyone|them))/,
  /\bsh'(?:ing|ed|d)\b/,
  // Found by sweeps of phrasings no test held, and tightened by a hunt for false alarms in everyday bedtime talk
  // (both in test/fixtures/safety-phrases.ts). Passive wishes first.
  /\b(?:hope|hopes|hoped|hoping|pray|prayed|praying) (?:that )?i (?:die|would die|will die|just die)\b(?! (?:of|from|laughing))/,
  /\b(?:pray|prayed|praying) (?:every night |each night |at night )?(?:that )?i (?:do not|will not|never) wake up(?= ?$| tomorrow| in the morning| ever| anymore| tonight| this time)/,
  /\b(?:no one|nobody|noone) would (?:care|notice) (?:if|when) i (?:was|were|am) (?:gone|dead|not here|not around)\b(?! (?:from|for|at|on|in) )/,
  /\b(?:everyone|everybody|people|they|my family|the world) would be (?:happier|better|better off) without me\b(?! (?:on|in|at) )/,
  /\bno point (?:in )?(?:going on|carrying on|living|being alive|being here)(?= ?$| anymore| at all| like this| now| tonight)/,
  /\b(?:cannot|can not|do not) see (?:a|any) way out(?= ?$| anymore| for me| of this life| of life| of it all| except| but)/,
  /\bdeath would be (?:a relief|better|easier|a release|welcome)(?= ?$| for me| to me| now| honestly)/,
  /\b(?:want|need|wish|just want) (?:the|this|all the|all this) pain to (?:stop|end) (?:forever|for good|permanently)\b/,
  /\bi (?:should|ought) (?:never|not) have been born\b/,
  /\b(?:do not want to|cannot|can not|could not) carry on\b(?= ?$| anymore| like this(?! (?:at|in|with|on|for) (?:work|school|uni|college|the (?:job|commute|office|house|flat|team|kids|project)|this (?:job|commute|place|team|house|flat|company|project)|my (?:job|boss|commute|team|course|degree|studies|manager|flatmate|roommate|project)))| living| with life| with my life)/,
  /\b(?:fed up (?:of|with)|exhausted (?:of|from)|had enough of) (?:living|being alive|life|existing)\b(?! (?:admin|with|in|at|next to|near|on|off|out of) )(?! admin)/,
  /\b(?:cannot|can not|could not) be (?:bothered|arsed|asked) (?:living|being alive|to live|existing)(?= ?$| anymore| now| at all)/,
  /\b(?:life|living) is not worth it(?= ?$| anymore| at all| for me)/,
  /\bnothing (?:is )?worth living for\b/,
  /\b(?:want to be|better off|wish i was|wish i were|rather be|belong) (?:six feet under|in the ground|in a grave|in my grave|in a box)\b(?! than)/,
  /\b(?:everything|it all|i) (?:to )?go away forever\b/,
  // Running from everything for good is "go away forever" said the other way round; for a week, to Bali, or for
  // good to live on a farm, is a holiday or a new life.
  /\b(?:want to|wish i could|going to|need to|wanted to) run away from (?:everything|everyone|it all|life|the world|all of it)(?: and everyone)? (?:forever|for good|and never come back)\b(?! and (?:live|move|go|start|travel|buy|open|work))/,
  // Dwelling on one's own funeral. A grandad's, or the funeral plan an insurer sells, is not one's own death wished.
  /\b(?:thinking|think|thought|thoughts|picturing|picture|pictured|imagining|imagine|imagined|planning|planned) (?:about |of )?my (?:own )?funeral\b(?! (?:plan|plans|insurance|cover|costs?|policy|director))/,
  /\b(?:wish|wished|hope|hoped|hoping|want|wanted) (?:a|the|some) (?:bus|car|truck|train|lorry) (?:would |will |to |could )?(?:hit|hits|run over|runs over|kill|kills) me\b/,
  /\b(?:wish|hope|want) (?:that )?i (?:would |will |could )?(?:get|got|be) (?:hit|run over) by (?:a|the) (?:bus|car|truck|train|lorry)\b/,
  /\b(?:would not|do not) (?:care|mind) if i (?:got|get) (?:hit|run over) by (?:a|the) (?:bus|car|truck|train|lorry)\b/,
  /\b(?:this|tonight) is my last night(?= ?$| alive| on earth(?= ?$))/,
  /\b(?:this is goodbye|goodbye forever)(?= ?$| to everyone| everyone)/,
  /\b(?:do not|cannot|can not) see the point (?:in|of) (?:anything|living|life|going on|being alive|it all|carrying on)(?= ?$| anymore| at all| now)/,
  /\b(?:would be happy|would not mind|would not care) if i (?:did not|do not|never) wake up\b/,
  /\b(?:nice|better|easier) to (?:just )?not exist\b/,
  /\b(?:want to|wish i could|want to go and|going to) (?:join|be with) my (?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|nan|gran|grandma|grandad|grandpa|friend|baby) (?:again )?(?:in heaven|up there)\b/,
  // Wanting to be with someone who has died, said after the death ("my grandmother passed away and I want to be with
  // her"): passive ideation in grief. Only a death of a person before it makes it so; "I want to be with her" about
  // someone living, or after a test was passed or a phone died, is love.
  /\b(?:(?:my|our) (?:best )?(?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|nan|nana|gran|granny|grandma|grandmother|grandad|grandfather|grandpa|friend|baby|boyfriend|girlfriend|fiance|fiancee|twin|uncle|aunt|auntie|child) (?:\w+ ){0,2}?(?:passed away|passed on|passed(?! (?:her|his|my|the|a|an|their|it|out)\b)|died)|lost my (?:best )?(?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|nan|nana|gran|granny|grandma|grandmother|grandad|grandfather|grandpa|friend|baby|twin|child))\b(?: \w+){0,12}? (?:(?:want|wanted|need|needed|long|longing) to (?:be with|join)|wish i could (?:be with|join)|wish i (?:was|were) with) (?:him|her|them)(?= ?$| again| so much| now| forever| soon| tonight| in heaven| up there)/,
  /\b(?:will not|won't|not) (?:have to deal with me|be a burden|be a problem for anyone) (?:much longer|for much longer|for long|soon)\b/,
  /\b(?:letters?|notes?) (?:to|for) my (?:kids|children|family|parents|partner|wife|husband) in case i am not (?:here|around)\b/,
  /\b(?:life|my life) has no point\b|\bno point to my life\b/,
  /\b(?:cannot|can not|do not) see (?:any|a) reason to (?:keep living|live|go on|carry on|keep going)\b/,
  /\bend the pain for good\b/,
  /\b(?:mixed|mixing|took|taking) my (?:pills|tablets|meds|medication) with (?:vodka|alcohol|wine|drink|booze|whisky|whiskey) on purpose\b/,
  /\b(?:scared|afraid|frightened|worried) i (?:will|might|would) act on (?:it|them|my thoughts)\b/,
  // Not "again" alone: "I want to be with her again" is as often an ex. Said after a death, the pattern above hears it.
  /\bwant to (?:join|be with) (?:him|her|them) (?:again )?(?:in heaven|up there)\b/,
  // This world rather than this town ("I don't want to be in this world anymore"): "live in" is let through above for
  // places, so the world is named here. "This world of deadlines" is a job.
  /\bnot want to (?:be|live|stay|exist) (?:in|on) this (?:world|earth|planet)(?= ?$| anymore| any longer| now| tonight| no more| without)/,
  /\b(?:want to|ready to|going to|wish i could|need to) leave this (?:world|earth|life)(?= ?$| tonight| now| for good| forever| behind$| and (?:never|not))/,
  // "It would be easier if I never woke up", or "if I died": the other half of "easier if I wasn't here". Not waking
  // up this early, or dying one's hair, is something else.
  /\b(?:easier|better) (?:for (?:everyone|everybody|them|my family|everyone else|all of us) )?if i (?:never woke up|did not wake up|do not wake up|never wake up|would not wake up|died|was to die|were to die|never existed|did not exist|had never been born|was never born|were never born)(?= ?$| tomorrow$| again| anymore| at all| ever| in my sleep| tonight)/,
  // Not being a problem, a burden or a nuisance for much longer: a farewell. Said with moving out, it is a flatmate's.
  /\bi (?:will not|am not going to|am not) be (?:a|such a|much of a) (?:problem|burden|bother|nuisance|worry|pain)(?: (?:to|for) (?:anyone|anybody|you|them|everyone|everybody|my family|people))? (?:for )?(?:much longer|very much longer|long)\b(?! (?:(?:i am|i will be|we are) )?(?:moving|move))/,
  // "I'll be gone soon" said as the whole answer. With anything after it ("the taxi is here", "for the weekend") it is a
  // journey, so only the whole answer triggers.
  /^(?:and |but |because |maybe )?(?:i )?(?:will|am going to) be gone (?:soon|soon enough|before long|forever|for good|by morning|by the morning)(?: anyway| anyhow| enough| now)?$/,
  /^(?:soon|before long|by morning) (?:i )?(?:will|am going to) be gone(?: anyway| anyhow| forever| for good)?$/,
  // Hedged in the middle: "I don't think I want to be alive", "I'm not sure I want to live".
  /\b(?:do not think|am not sure|not sure if|not sure) i (?:want to|can) (?:be alive|live|keep living|go on living|keep going)(?! (?:in|with|at|on|near|here|there) )/,
  // Not being safe with oneself.
  /\b(?:a )?danger to myself(?= ?$| tonight| right now| now| at the moment| and)/,
  /\b(?:cannot|can not|could not|not able to|unable to|not sure i can|do not know if i can|do not think i can) (?:keep|stay) (?:myself )?safe(?= ?$| tonight| right now| now| anymore| at the moment)/,
  /\bdo not trust myself(?= ?$| tonight| right now| now| alone tonight| anymore)/,
  /\b(?:scared|afraid|frightened|terrified) of what i (?:might|will|could|would) do(?= ?$| tonight| to myself| right now| now)/,
  /\b(?:might|going to|will|afraid i will|scared i will|about to|want to) do something (?:stupid|drastic)(?= ?$| tonight| right now| now)/,
  /\b(?:do|did|going to do|might do|want to do) something to myself\b/,
  /\b(?:do not know|not sure) if i (?:will|can|am going to) (?:make it|get) through (?:the night|tonight)\b/,
  /\bnot going to make it through (?:the night|tonight)\b/,
  /\b(?:act|acting) on (?:my|these|the) (?:thoughts|urges)\b/,
  // Means and plans.
  /\b(?:have|got|have got) enough (?:pills|tablets|meds|medication|paracetamol|painkillers|sleeping pills) to (?:do it|end it|die|kill myself|overdose|not wake up)\b/,
  /\b(?:bottle|box|packet|pack) of (?:pills|tablets|paracetamol|painkillers|sleeping pills) (?:next to|beside|in front of) me\b/,
  /\b(?:stash|hoard|pile) of (?:pills|tablets|paracetamol|painkillers|meds|sleeping pills)\b/,
  /\b(?:keep|kept) looking at (?:the|my) (?:pills|tablets|knives|rope|razor|blades)\b/,
  /\b(?:want to|going to|will|about to|ready to|thinking about|planning to|tempted to) (?:take|swallow) (?:all|all of) (?:my |the |those )?(?:paracetamol|painkillers|tylenol|ibuprofen|aspirin|sleeping tablets|antidepressants)\b/,
  /\b(?:swallowed|took|taken) all (?:of )?(?:my |the |those )?(?:antidepressants|sleeping pills|sleeping tablets|painkillers|paracetamol)\b(?! (?:with me|to) )/,
  /\b(?:took|take|taken|taking|swallowed|swallow) (?:a load|a whole load|loads) of (?:my |the )?(?:pills|tablets|meds|medication|paracetamol|painkillers|tylenol|ibuprofen|aspirin|sleeping pills|sleeping tablets)\b(?! (?:with me|to|for|round))/,
  /\b(?:want to|going to|will|about to|ready to|thinking about|planning to|tempted to) (?:take|swallow) (?:the|a) whole (?:packet|pack|box|bottle|strip)(?= ?$| tonight| now| of (?:pills|tablets|paracetamol|painkillers|meds|sleeping pills))/,
  /\b(?:looked up|look up|looking up|googled|searched|researched) (?:how many (?:pills|tablets|paracetamol|painkillers)|(?:a )?lethal doses?|(?:the )?(?:painless|quickest|easiest) way to die)\b/,
  // Counting the means without looking it up ("I've been thinking about how many of my tablets it would take"). How
  // many it takes to help a headache or fill an organiser is a dose.
  /\bhow many (?:of )?(?:my |the |those |these )?(?:pills|tablets|meds|sleeping pills|sleeping tablets|painkillers|paracetamol|tylenol|ibuprofen|aspirin|antidepressants) (?:it (?:would|will|might|could) take|would it take|will it take|does it take|it takes)\b(?! to (?:work|kick in|get|last|fill|help|feel|start|ease|stop (?:the|my|a) \w+)| for (?:my|the|a|your) )/,
  // Means dwelt on where they are kept ("I keep thinking about the pills in the bathroom cabinet"). The pills a
  // doctor offered, or whether they work, are treatment: only the end, a place, or pills kept back let it trigger.
  /\b(?:keep|kept|cannot stop|can not stop|could not stop) (?:thinking about|looking at|staring at|going back to) (?:the|my|all the|all my|those|all those) (?:pills|tablets|sleeping pills|sleeping tablets|painkillers|paracetamol|knives|razor|razors|blades|rope)(?= ?$| in (?:the|my) | upstairs| downstairs| tonight| again| i (?:have|saved|bought|got|stockpiled|kept|hid))/,
  // More sleeping pills than the dose, or pills taken to knock oneself out: an overdose said softly ("a few extra").
  // Like "a handful of pills" it is the crisis line's, whose answer gives the emergency number too.
  /\b(?:took|take|taken|taking|swallowed|swallow) (?:a few |a couple of |a couple |some |several |two |three |four |five |a handful of |loads of |lots of )?extra (?:of )?(?:my |the )?(?:sleeping pills|sleeping tablets|sleepers)\b/,
  /\b(?:took|take|taken|taking|swallowed|swallow) (?:a few |a couple of |a couple |some |several |two |three |four |five |a handful of |loads of |lots of )?extra (?:of )?(?:my |the )?(?:pills|tablets|meds|medication|painkillers) to (?:knock myself out|not wake up|never wake up|sleep forever|make it all stop)\b/,
  /\b(?:researching|been researching|research|reading up on|looking at) (?:how|ways) to (?:die|kill myself|end my life|end it(?! (?:with|on|for|at) ))/,
  /\b(?<!massage )(?:gun|guns|knife|knives|blade|blades|rope|pills|tablets) (?:\w+ ){0,6}(?:use|using|used)(?: (?:it|one|them|that|this))? on myself\b/,
  /\b(?:put|putting) a bullet (?:in|through) my (?:head|brain)\b/,
  /\bblow(?:ing)? my brains out\b/,
  /\b(?:put|putting) a bag over my head\b/,
  /\b(?:throw|throwing|threw|chuck|chucking|fling) myself (?:off|under|in front of) (?:a|the) (?:bridge|building|roof|cliff|train|bus|car|balcony|lorry|truck|tower|multi storey)\b/,
  /\b(?:throw|throwing|threw|chuck|chucking|fling) myself out of (?:a|the) (?:window|car)\b/,
  /\b(?:drink|drank|drinking|starve|starving) myself to death\b(?! on this diet)/,
  /\bi (?:stood|was standing|have been standing) on (?:the|a) (?:bridge|ledge|edge of the bridge|edge of the roof)(?= ?$| tonight| today| last night| again)/,
  /\bi (?:thought about|was thinking about|keep thinking about) (?:stepping|walking|jumping|throwing myself) in front of (?:a|the) (?:bus|train|car|truck|lorry|traffic)\b/,
  /\bi (?:stood|was standing) at the edge of the platform\b/,
  /\b(?:want|wanted|wanting|going|thought about|thinking about|tempted|urge) (?:to )?(?:crash(?:ing)?|swerv(?:e|ing)) (?:my car|the car|into (?:a|the) (?:lorry|truck|tree|wall|bus)|into (?:the )?oncoming (?:lane|traffic|car|cars|lorry|truck))\b/,
  /\bi (?:know|have worked out|worked out|have planned|have been planning|am planning) (?:exactly )?how (?:i would|i will|i am going to|to) do it(?= ?$| tonight| now)/,
  /\b(?:almost|nearly) (?:went through with it|did it last night|jumped today|did it tonight|did it again)\b/,
  /\b(?:tried|attempted) to end it (?:last|this) (?:week|night|month|year)\b/,
  /\bsat in the car (?:\w+ ){0,4}with the engine running\b/,
  /\b(?:want to|going to|about to|ready to|thinking about|thought about) jump(?:ing)? off(?= ?$| tonight| now| the (?:bridge|building|roof|cliff|balcony|tower|multi storey))/,
  /\b(?:want to|going to) drown(?= ?$| tonight)/,
  // Jumping with no object, near a height or after one ("I drove past the bridge and thought about jumping"). Jumping
  // ship, the queue or into the pool has one.
  /\b(?:thought|thinking|think|thoughts) (?:about|of) jumping(?= ?$| again| tonight| today| last night| and| but| so)/,
  /\burges? to jump\b(?! (?:in|into|on|onto|ship|the (?:queue|gun|line)|at|up|for|around|rope|ahead|back|off (?:this|the) call))/,
  // Heights the list above lacks: the terrace is the flat roof in the English of India ("I feel like jumping from the
  // terrace"), and flyovers, high floors and rooftops are where cities give the means. A terrace wall or its steps are
  // a garden's.
  /\bjump(?:ing|ed|s)? (?:off|from) (?:a|the|my|our|this) (?:terrace|rooftop|roof top|top floor|(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:rd|th)) floor|flyover|overpass|multi storey|high rise|highrise|ledge|parapet)\b(?! (?:wall|steps|step|into the pool))/,
  // Self-harm, recent or an injury.
  /\bbang(?:ed|ing)? my head (?:against|on) (?:the|a) wall (?:\w+ ){0,3}on purpose\b/,
  // Scratching is self-harm in its own words ("I scratched my arms again tonight"): again, raw, open or until. On a
  // bramble, or with an itch, eczema or bites named after it, it is the skin's.
  /\b(?:scratched|scratching|been scratching)(?<!\b(?:cat|cats|kitten|kittens|dog|dogs|puppy|he|she|they|it|baby|toddler|brambles|thorns|bush) \w+) (?:at )?my (?:arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|stomach)(?= ?$| again| raw| open| tonight| last night| so hard| badly| until| till| til| on purpose)(?! (?:\w+ ){0,6}(?:eczema|rash|hives|bites?|itch|itchy|itching|allergy|allergies|psoriasis|mosquito|mosquitoes|dermatitis|sunburn|chicken ?pox)\b)/,
  /\bslash(?:ed|ing)? my (?:arm|arms|wrist|wrists|thigh|thighs|skin)\b(?! (?:on|by|with|in) )/,
  /\bcarv(?:e|ed|ing) (?:\w+ ){0,2}into my (?:arm|arms|skin|leg|legs|wrist|wrists|thigh|thighs|stomach)\b/,
  // A razor to the legs is shaving; a lighter or a cigarette to them is not.
  /\b(?:took|take|taking|used|use|using) a (?:razor|blade|knife) (?:to|on) my (?:arm|arms|wrist|wrists|thigh|thighs|skin|stomach)\b|\b(?:took|take|taking|used|use|using|held|put|pressed) a (?:lighter|cigarette|lit cigarette) (?:to|on|against) my (?:arm|arms|wrist|wrists|thigh|thighs|skin|leg|legs|stomach|hand|hands)\b/,
  /\b(?:picked|pick|picking|pulled|pull|pulling) (?:at )?my (?:skin|hair)(?: out)? (?:until|till|til) (?:it|i|they) (?:bled|bleed|bleeds)\b/,
  /\bi (?:cut|have cut) (?:myself )?(?:too |really |very )?deep(?= ?$| tonight| this time| again| and)/,
  /\b(?:stitches|stitched up) (?:from|after|for) (?:cutting myself|self harm)\b/,
  /\b(?:my|the) cuts (?:are|were|keep) (?:bad|bleeding|deep)(?= ?$| tonight| again| a lot| and)/,
  /\bfresh cuts\b|\b(?:hid|hide|hiding|cover|covered|covering) (?:up )?(?:the|my) (?:fresh )?cuts\b/,
  /\b(?:wanted|want|almost|nearly) (?:to )?cut(?= ?$| today$| tonight$| again| so bad)/,
  /\b(?:the )?urges? to cut\b/,
  /\brelapsed(?: tonight| again| last night)?(?: and)? i cut\b|\bi did it again i cut\b/,
  /\bi (?:want|wanted|am going) to (?:hurt|harm) me\b(?! (?:back|neck|knee|leg|legs|arm|arms|foot|feet|head|hand|hands|ankle|shoulder))/,
  /\bnssi\b/,
  // Attempts.
  /\bi attempted(?= ?$| last night$| again$| yesterday$| tonight$| today$| last week$)/,
  /\b(?:after|since|from|anniversary of) my (?:suicide )?attempt\b(?! (?:at|to) )/,
  /\b(?:took|take|taking|had) an od\b|\bod'd\b(?! on )/,
  /\b(?:tried|try|trying|want|going) to commit(?= ?$| suicide)/,
  // The words of India, and of the internet.
  /\b(?:finish|finishing|finished) myself(?: off)?(?= ?$| tonight| now| today)/,
  /\b(?:want to|going to|wanted to|thinking about|feel like) end(?:ing)? myself\b/,
  /\b(?:do not|did not) feel like (?:living|being alive|going on|existing)(?= ?$| anymore| now)/,
  /\b(?:giving up|given up|give up|gave up) on (?:life|living)\b/,
  /\b(?:consume|consumed|consuming|take|took|taking|eat|ate) poison\b(?! (?:ivy|oak|control))/,
  /\bhang (?:myself )?from the fan\b/,
  /\bjump (?:in|into) the well\b/,
  /\bself delet(?:e|ing|ed)\b(?! (?:my|the|that|those|all|old|some) )/,
  /\bi (?:want to|am going to) end me\b/,
  // A third sweep: passive wishes said in the words people use for them, not the clinic's.
  // Fine, or happier, without me: the family's life imagined without one's own.
  /\b(?:everyone|everybody|people|they|my family|the world|my kids|my children) would be (?:fine|okay|ok|alright|all right|happier) without me\b(?! (?:on|in|at|for|tomorrow|tonight|this) )/,
  // Not waking up as something nice or welcome. Not waking up at 6, early or for the alarm is a lie-in.
  /\b(?:nice|lovely|better|easier|a relief|peaceful) (?:to|if i could|if i did not|if i would) (?:not|never)? ?wake up(?= ?$| tomorrow$| ever| anymore| again$| one day$)/,
  /\b(?:would not|do not) (?:mind|care about) (?:not|never) waking up\b(?! (?:early|at|for|before|till|until|in time|on time|to))/,
  /\bwish i (?:had |would )?never (?:woken|woke|wake) up\b(?! (?:so |this |that )?early| at| before| in time| to)/,
  /\bwish (?:that )?i could (?:fall asleep|go to sleep|sleep) forever\b/,
  /\b(?:wish (?:that )?i (?:could|would)|want to|wanted to) stop breathing\b(?! (?:so|through|loudly|like|in|on|when|while|heavily))/,
  // An illness, death or God asked to take one. Taken to the beach, or out, is someone's kindness.
  /\b(?:wish|hope|pray|praying|hoping) (?:that )?(?:god|the cancer|cancer|death|the illness|my illness|the lord|the universe) (?:would|will|could) take me\b(?! (?:to|out|for|with|back|on|shopping|away from|through))/,
  // Life itself as a thing one cannot do, or is over. Life admin, or life in this city, is not life itself.
  /\b(?:not want to|cannot|can not) do life(?= ?$| anymore| any longer| no more)/,
  /\b(?:i am|so|am) over (?:being alive|living|life|existing)(?= ?$| anymore| now| at this point)/,
  /\b(?:no|not any|not a single) reason (?:for me )?(?:to|for) (?:be alive|being alive|exist|existing|be here|being here|stay alive|staying alive)(?= ?$| anymore| now| at all| on this earth| in this world)/,
  /\b(?:do not|cannot|can not) see myself (?:living|being alive|staying alive|surviving) (?:much )?(?:longer|for long|much more|another year)\b/,
  /\b(?:happier|relieved|fine|okay|better off) if i (?:was|were|am) (?:dead|gone|not here|not around|not alive)(?= ?$| anyway| honestly| and| tomorrow$)/,
  /\bbetter off with (?:the|my) (?:life insurance|insurance money|insurance payout)\b|\bworth more dead than alive\b/,
  // Rather dead than feel this, or live like this. Rather dead than go to a meeting is a meeting.
  /\brather (?:be dead|die|not exist|not be alive|not be here) than (?:(?:feel|feeling) (?:like this|this way|this)|(?:live|living|keep living|go on|going on|carry on|carrying on|keep going|wake up|exist|be alive)(?= ?$| like this| this way| anymore| another day| tomorrow))/,
  // Death as appealing, and dwelling on it by day. A dream at night is not a wish.
  /\b(?:dying|death|being dead|not existing|not being alive|not being here|not waking up) (?:sounds|seems|looks|feels|would feel|would be) (?:nice|peaceful|good|lovely|easier|better|appealing|tempting|like a relief|like relief|like a release|like freedom|like the only way out|like the answer|quite nice|pretty nice)\b/,
  /\b(?:fantasis|fantasiz|daydream)\w* (?:about|of) (?:dying|death|being dead|not existing|not being here|not being alive|killing myself|suicide|ending it|ending my life|my (?:own )?death)\b/,
  /\bcheck(?:ing)? out (?:for good|permanently|of life|of this life|of this world)\b/,
  // A third sweep: means, and what was done with them.
  // Railway tracks, or off a platform's edge. Stepping onto a platform is catching a train.
  /\b(?:thought about|thinking about|think about|want to|wanted to|tempted to|urge to|going to|nearly|almost) (?:step|stepping|walk|walking|jump|jumping|lie|lying|lay|laying) (?:(?:onto|on to|on|down on|in front of) (?:the|a) (?:tracks|train tracks|railway line|railway tracks|train line)|(?:off|in front of) the platform(?! (?:early|to|at|for)))\b/,
  // The whole bottle, as the whole answer. Of wine, or to a party, it is not pills.
  /\b(?:took|swallowed|downed|necked|taken) (?:the|a) whole (?:bottle|box|packet|pack|strip)(?= ?$| tonight$| last night$)/,
  /\b(?:rope|noose) (?:\w+ ){0,5}for myself\b/,
  // A blade or a gun held to the body.
  /\b(?:held|hold|holding|put|putting|pressed|pressing|had) (?:a|the|my) (?:knife|blade|razor|scissors|gun|pistol|lighter|cigarette) (?:to|against|on) my (?:wrist|wrists|throat|neck|arm|arms|head|temple|skin|chest|thigh|thighs|stomach)\b/,
  // Gas left unlit, and a car left running in a closed garage. Warming the car up is not that.
  /\b(?:turn|turned|turning|leave|left|leaving) (?:on )?the gas (?:on )?(?:and|without) (?:not )?light(?:ing)?\b/,
  /\b(?:car|engine) running in the garage\b(?! to (?:warm|defrost|heat))|\bin the garage with the (?:car|engine) (?:running|on)\b/,
  // How much would be lethal, and painless ways. Chocolate for a dog is a pet's.
  /\bhow (?:much|many) (?:of )?(?:my |the )?(?:\w+ ){0,2}(?:is|are|would be|it takes to be) (?:lethal|fatal|deadly)\b(?! (?:to|for) (?:a |my |the |your )?(?:dog|dogs|cat|cats|puppy|kitten|pet|pets|kid|kids|child|children|baby|toddler))/,
  // Ending it with someone, or a way to dye one's hair, is something else.
  new RegExp(String.raw`\b(?:painless|least painful|easiest|easy|quickest|quick|fastest|surest|most reliable|simplest|gentlest|peaceful|most peaceful|best|cleanest) (?:way|ways|method|methods) to (?:die${DYED}|kill (?:myself|yourself)|commit suicide|end it(?! (?:with|between|nicely|kindly|gently|politely|off))|end my life|end your life|overdose|od)\b`),
  /\benough (?:of )?(?:my |the )?(?:pills|tablets|meds|medication|sleeping pills|sleeping tablets|painkillers|paracetamol|tylenol|ibuprofen|aspirin|antidepressants) to (?:do it|end it|die|kill myself|overdose|not wake up|end my life)\b/,
  // Poisons kept at home, taken: in India rat poison, pesticide and phenyl (a floor cleaner) are common means.
  /\b(?:take|took|taken|taking|drink|drank|drunk|drinking|consume|consumed|eat|ate|eaten|swallow|swallowed) (?:some |the )?(?:rat poison|rat killer|pesticide|insecticide|phenyl|phenyle)\b/,
  // A ligature on one's own neck, said as done. A scarf or a tie is clothing, and "like a rope around my neck" a job.
  /(?<!\blike (?:a|an) )\b(?:rope|cord|belt|ligature|noose|cable|wire|flex|strap)(?: is)? (?:around|round) my neck\b/,
  // A third sweep: self-harm in the words of people who do it, and recovery's.
  // "SH", said as letters ("s h"): relapsing into it, doing it, its urges. "Sh" said to a child has none of these.
  /\brelaps(?:ed|e|ing) (?:with |on |into |in )?(?:s h|sh)\b|\b(?:did|do|done|doing|urges? to|want to|wanted to|thinking about) (?:s h|sh)\b(?! (?:up|it|the|a)\b)|\b(?:s h|sh) (?:urges?|relapse|scars|cuts|wounds)\b/,
  /\brelaps(?:ed|e|ing) (?:\w+ ){0,6}?(?:cutting|burning myself|self harm)\b/,
  // Clean, and then cut: the relapse said as its end ("I was 200 days clean and I cut", "...locked myself in and cut").
  /\b(?:and|then|so) (?:i )?cut(?= ?$| again$| tonight$| last night$)|^cut again(?: tonight| last night| today)?$/,
  /\b(?:used|using|use|got|get|getting|took|take|picked up) (?:out )?(?:a |the |my )?blades? (?:out )?(?:again|on myself|tonight)\b(?! (?:to|for|on the|in the))/,
  /\b(?:reopen|reopened|reopening|re opened|opened up|open up|opening up) (?:my |the )?(?:old )?(?:cuts|scars)\b/,
  /\bgave myself (?:a |some |more )?(?:burn|burns|cut|cuts|bruise|bruises)\b(?! (?:of|from|shaving|cooking|while|when|in the|by accident|on (?!purpose)))/,
  /\bi (?:harmed|have harmed|self harmed)(?= ?$| again| tonight| last night| today)/,
  // Getting ready: things given away because they will not be needed. A coat not needed in Bali has a place.
  /\b(?:gave|give|giving|given|sold|selling|sell) (?:away )?(?:\w+ ){1,4}(?:because|as|since|cause|cos) i (?:will not|am not going to|do not|would not) (?:need|be needing) (?:it|them|any of it|any of them|anything)(?= ?$| anymore| any more| after tonight)/,
  // The English of India: "thinking to die", "finish my life".
  /\bthinking to (?:die|kill myself|end (?:my life|it|myself)|commit suicide|finish myself|finish my life|hang myself)\b/,
  /\bfinish(?:ing)? (?:my|my own) life\b/,
  // A second round of the third sweep.
  /\b(?:want|wanted|wish|hope|hoping|praying) to (?:get|be) (?:hit|run over) by (?:a|the) (?:bus|car|truck|train|lorry)\b/,
  /\bhop\w* (?:that )?(?:the|my) (?:plane|flight) (?:crashes|crash|would crash|will crash|goes down|went down) (?:with me|and i die|and kills me)|\bhop\w* (?:that )?my (?:plane|flight) (?:crashes|would crash|will crash|goes down)\b/,
  /\b(?:want to|wanted to|thought about|thinking about|tempted to|urge to) (?:lie|lay|lying|laying) down (?:on|in) (?:the|a) (?:road|motorway|highway|tracks|railway line)\b/,
  /\bbetter off (?:when|once|after) i am (?:dead|gone)(?= ?$| anyway| and)/,
  /\b(?:doing|do|did) (?:everyone|everybody|them|my family|the world) a favou?r (?:if|by) (?:i (?:died|was dead|were dead|was gone|disappeared|killed myself)|dying|killing myself|disappearing)\b/,
  /\b(?:tired|sick|exhausted) of (?:fighting|trying|struggling) to (?:stay alive|live|keep living|survive)\b/,
  /\b(?:imagining|picturing|imagine|picture|imagined|pictured) my (?:own )?death\b(?! scenes?\b)/,
  // Driving to crash, and a fall gone to. Crashing on the sofa is sleep.
  /\bhoping i (?:would|will|could|might) crash\b(?! (?:on|at|out|early|into bed))|\b(?:do not|would not) care if i (?:crash|crashed) (?:the|my) car\b/,
  /\b(?:went|go|going|walked|drove|climbed) (?:up )?to (?:the|a) (?:roof|rooftop|bridge|cliff|cliffs|edge|tower|top floor|multi storey|car park roof) to jump\b/,
  // Overdose or insulin withheld, on purpose.
  /\b(?:took|taken|swallowed) (?:more than (?:the |my )?(?:prescribed |normal |usual )?dose|double (?:the |my )?(?:prescribed |normal |usual )?dose|(?:\w+ ){0,5}(?:pills|tablets|meds|medication|paracetamol|painkillers)) on purpose\b/,
  /\b(?:did not|do not|stopped|skipped|not) tak(?:e|ing) my insulin (?:on purpose|so i would|hoping|to die)/,
  /\b(?:pills|tablets|meds|painkillers|paracetamol) (?:all )?lined up\b|\blined up (?:all )?(?:my |the )?(?:pills|tablets|meds|painkillers|paracetamol)\b/,
  // Self-harm as a way to cope. Cutting carbs to feel better has carbs in it.
  /\b(?:i )?cut(?:ting)? (?:myself )?(?:to|so i can|so i could) (?:feel|cope|calm down|punish|numb|release)\b|\bcutting (?:is|was) (?:the only|my only|how i)\b|^cutting helps/,
  /\bclean from (?:cutting|self harm|sh|s h|burning)\b(?: \w+){0,6} urges?\b/,
  // Warning signs the sweep left for a clinician, answered now: at bedtime, in a check-in, they are the line's to answer,
  // and a false alarm costs far less than a miss. Each lets through the everyday use of the same words.
  // Means gathered: every pill counted out. Counted for the week, or into an organiser, is a dose.
  /\bcount(?:ed|ing)? (?:out )?all (?:of )?(?:my |the )?(?:pills|tablets|meds|medication|sleeping pills|sleeping tablets|painkillers)\b(?! (?:for|into|in|out for|to (?:make sure|check|see)))/,
  // A rope dwelt on or tried. A rope swing, course, ladder or the boat's rope is something else.
  /\b(?:looking at|look at|looked at|staring at|stare at|stared at|tested|testing|test|tied|tying|tie) (?:the|a|my) (?:rope|noose)\b(?! (?:swing|course|ladder|bridge|light|lights|on the boat|to the|for the (?:boat|tent|washing)))/,
  // A past attempt, and the fear of another.
  /\b(?:tried|attempted) before\b(?: \w+){0,4} (?:scared|afraid|frightened|terrified|worried) (?:that )?i (?:will|might|would|am going to|could) (?:try|do it|attempt it|attempt) again\b/,
  // What the others will feel once one is dead: the death imagined as a message. Dead and gone, then the house, is a will.
  /\b(?:when|once|after) i am (?:dead|gone) (?:they|you|everyone|everybody|people|she|he|my (?:\w+ )?(?:family|parents|mum|mom|dad|ex|wife|husband|partner|friends|kids))(?: will|'ll| ll)? (?:all )?(?:be sorry|regret|miss me|realise|realize|understand|see|notice|care)\b/,
  // A pet or children looked after "when I'm gone", with no trip named: affairs put in order. With a will or an
  // insurance policy said first, it is planning for the far future.
  /\b(?:looked after|taken care of|cared for|fed)(?<!\b(?:my will|a will|the will|insurance|pension|estate|trust fund|savings|policy)\b.*) (?:when|after|once) i am (?:gone|dead|not here|not around)(?= ?$| now| tonight| and| so)/,
  // Goodbyes sent to friends or family, with no move, leaving do or retirement named.
  /\b(?:sent|send|sending|wrote|written|writing|texted) (?:goodbye|farewell) (?:texts|messages|letters|notes|emails) to (?:my |all my |all of my )?(?:friends|family|kids|children|parents|mum|mom|dad|sister|brother|partner|wife|husband|loved ones|people)\b(?!(?: \w+){0,6} (?:leaving|moving|moved|move|retiring|retire|emigrating|new job|abroad|overseas))/,
  // Overdose asked as a question ("can I take all my pills?", "what happens if I take all my pills?"). When or how to
  // take the day's doses (at the same time, with food, in the morning) is a question for the pharmacist.
  /\b(?:(?:can|could|should|shall|may) i|what (?:happens|would happen|will happen|if) (?:if )?i|is it (?:safe|ok|okay|bad|dangerous) (?:if i|to)|would it (?:kill me|hurt me|be bad) (?:if i|to)) (?:take|took|swallow|swallowed) (?:all|all of) (?:my |the |those |these )?(?:pills|tablets|meds|medication|medications|sleeping pills|sleeping tablets|painkillers|paracetamol|tylenol|ibuprofen|aspirin|antidepressants)\b(?! (?:at the same time|together|with (?:food|water|milk|a meal|breakfast|lunch|dinner)|in the (?:morning|evening)|on an empty stomach|as prescribed|(?:like|as) (?:the|my) (?:doctor|gp|psychiatrist|nurse|pharmacist)))/,
  // How many would be too many, or would kill: the lethal dose asked for. Too many in a day, or for a child or a
  // headache, is the most a dose may be.
  /\bhow (?:many|much) (?:of )?(?:my |the |those |these )?(?:pills|tablets|meds|medication|sleeping pills|sleeping tablets|painkillers|paracetamol|tylenol|ibuprofen|aspirin|antidepressants) (?:is|are|would be) (?:too many|too much|(?:a )?(?:lethal|fatal|deadly)(?: dose)?|an overdose|enough to (?:die|kill|overdose|not wake up))\b(?! (?:in|a|per|each|every|within|at) (?:a |one |24 )?(?:day|night|week|dose|go|time|hours)\b| for (?:a |an |my |the |your )?(?:child|kid|kids|baby|toddler|adult|teenager|headache|cold|fever|pain|back|period|migraine|toothache|flu|hangover)\b)/,
  /\bhow (?:many|much) (?:of )?(?:my |the |those |these )?(?:pills|tablets|meds|medication|sleeping pills|sleeping tablets|painkillers|paracetamol|tylenol|ibuprofen|aspirin|antidepressants) (?:would|will|could|can|might) kill (?:me|you|someone|somebody|a person)\b/,
  // Lethal doses and means asked about as questions: what many people at risk ask, a search engine or a voice assistant,
  // before they say anything of themselves. Each lets through the dose asked for pain, a cold or sleep, and the
  // everyday use of the same words.
  // Whether medicine would kill, by a question word ahead ("would 30 sertraline kill me", "can mixing alcohol and
  // sleeping pills kill you"). Two ibuprofen asked about, or a sex drive killed, is a dose and its side effect.
  new RegExp(String.raw`\b(?:would|will|could|can|might|do|does|which|what) ${WORD_NOT_A_FEW}{0,5}?${MEDS} (?:\w+ ){0,3}?kill (?:me|you|someone|somebody|a person|people|a human)\b`),
  // More than a dose, asked whether it is enough ("is 20 paracetamol enough", "would a packet of Panadol do it").
  // Enough for a week, for the pain, or to last, is a dose.
  new RegExp(String.raw`\b(?:is|are|would|will|could|were) ${MANY} (?:of )?(?:my |the |your |these |those )?${MEDS} (?:be )?(?:enough|do it|do the job|be fatal|be lethal)\b(?! (?:for|to (?:help|stop|get|sleep|ease|work|last|cover|see|fill|knock out (?:a|the|my) (?:headache|cold|fever|pain))|of them|on))`),
  // How many or how much of anything it takes to die ("how many Crocin tablets to die", "how much insulin does it take
  // to die"). To die for, or to die happy, is not dying.
  /\bhow (?:many|much) (?:of )?(?:\w+ ){1,4}?(?:(?:does it|would it|will it|do you|do i|would you|would i|will i|do people|does someone|does a person)(?: have to| need to)? (?:take|need|have|have to take|need to take) )?to (?:die|kill (?:myself|yourself|me|you|someone|somebody|a person|a human)|overdose|od|not wake up|never wake up|end it|end my life|be fatal|be lethal)\b(?! (?:for|happy|rich|young|of (?:laughter|laughing|boredom|embarrassment|shame)|laughing|inside))/,
  // How much of anything would kill me. Coffee, sugar or work, said so, is a joke.
  /\bhow (?:many|much) (?:of )?(?:\w+ ){1,4}?(?<!\b(?:coffee|caffeine|espresso|energy drinks?|red bull|sugar|chocolate|water|salt|cake|work|homework|stress|exercise|running|meetings|emails) )(?:would|will|could|can|might) (?:kill me|kill myself|be enough to kill me)\b/,
  // A lethal or fatal dose of anything but a pet's or a child's poison.
  /\b(?:lethal|fatal|deadly) (?:dose|doses|amount|amounts|quantity|level)\b(?!(?: of (?:\w+ ){1,2}?)? ?(?:to|for|in) (?:a |my |the |your )?(?:dog|dogs|cat|cats|puppy|kitten|pet|pets|horse|kid|kids|child|children|baby|babies|toddler))/,
  // Dying of an overdose or another means, asked whether it can happen ("can you die from too much amitriptyline",
  // "can you overdose on ..." is heard above). A panic attack, sleep paralysis or a broken heart is not a means.
  new RegExp(String.raw`\b(?:can|could|will|would|do|does) (?:you|i|someone|somebody|a person|people|one) (?:die|overdose|od) (?:from|of|on|by|if you take|if i take|if you took|if i took|after taking|by taking|from taking|from mixing|by mixing|from drinking|from eating|from swallowing) ${WORD_NOT_A_FEW}{0,3}?${MEANS}\b`),
  // Whether one would die, or wake up, after all of them, either way round ("will I die if I take all my lithium",
  // "if I drank a bottle of vodka with my pills would I die"). Two paracetamol, or a hangover, is not that.
  new RegExp(String.raw`\b(?:would|will|could|might|do|does) (?:i|you|someone|a person) (?:die|survive|be dead|wake up(?= (?:if|again|ever)| ?$)|not wake up|be okay|be ok) (?:\w+ ){0,2}?if (?:i|you) (?:take|took|swallow|swallowed|drank|drink|had|mixed|mix|downed|necked) (?:all|${MANY}|a handful|too many|loads|lots)\b`),
  new RegExp(String.raw`\bif (?:i|you) (?:take|took|swallow|swallowed|drank|drink|had|mixed|downed|necked) (?:all|${MANY}|a handful|too many|loads|lots)\b(?: \w+){0,8}? (?:would|will|could|might) (?:i|you) (?:die|survive|be dead|not wake up|wake up(?= ?$| again| ever))\b`),
  // How long it takes to die by a means, or at all ("how long does it take to bleed to death"). A plant, a phone's
  // battery, an illness or hair dye takes its own time.
  new RegExp(String.raw`\bhow long (?:does|would|will|did|can|could|do) (?:it take|you take|people take) (?:for (?:someone|somebody|a person|you|me|people) )?to (?:die (?:from|of|by|after|with|if you (?:take|took|overdose|drink|jump|cut|hang|drown|slit)|if i (?:take|took|overdose|drink|jump|cut|hang|drown|slit)) (?:\w+ ){0,3}?${MEANS}\b|die(?= ?$| if (?:you|i) (?:hang|overdose|jump|cut|drown|slit|take|took))|die in (?:a|the|my) (?:car|garage) with the (?:engine|car) (?:running|on)|bleed (?:to death|out)|suffocate|drown(?= ?$| if| in (?:a|the) (?:bath|river|sea|lake|canal))|overdose)`),
  new RegExp(String.raw`\bhow long (?:does|would|will|can|could) it take for (?:\w+ ){0,2}?${MEANS} to kill (?:you|me|someone|somebody|a person)\b`),
  // Whether it hurts. Dying one's hair, cutting it, hanging upside down or jumping off a diving board does not.
  new RegExp(String.raw`\b(?:does|would|will|did) it hurt (?:to|when you|if you|if i) (?:die${DYED}|drown|hang(?= ?$| yourself| myself)|bleed out|bleed to death|overdose|od|jump(?= ?$)|suffocate|slit|cut (?:your|my) wrists|get hit by a train|be hit by a train|shoot yourself|shoot myself)\b`),
  /\b(?:does|would|will|is|are) (?:drowning|hanging|bleeding out|bleeding to death|an overdose|overdosing|suffocating|suffocation|slitting (?:your|my) wrists|being hit by a train|carbon monoxide(?: poisoning)?|dying from an overdose|dying(?= (?:hurt|painful)(?: at all)?$)) (?:hurt|painful|quick|peaceful)\b/,
  // Which is quicker, or which way: means compared. The bus or the train, or hanging baskets, are not means.
  new RegExp(String.raw`\b(?:which|what) (?:is|would be|is the|one is) (?:quicker|faster|quickest|fastest|less painful|least painful|more painful|more reliable|most reliable|more certain|surer|more peaceful|less messy) (?:\w+ ){0,4}?(?:${MEANS}|a gun)\b(?! (?:baskets?|wallpaper|pictures?|shelves|curtains|up|out|the washing|washing|clothes|station|ticket|times?))`),
  /\b(?:which|what) (?:way|ways|method|methods) (?:of|to) (?:die|dying|kill (?:myself|yourself)|killing (?:myself|yourself)|end (?:it|my life)|suicide)\b/,
  // Which poison or pills kill, or are lethal. A weedkiller, or what kills weeds, names its target.
  new RegExp(String.raw`\b(?:which|what) (?:poisons?|drugs|chemicals?|${MEDS}) (?:\w+ ){0,2}?(?:kills? (?:you|me|people|a person|someone|fastest|quickest|quicker|faster|painlessly|instantly|in your sleep)|(?:is|are) (?:the )?(?:most )?(?:lethal|deadly|fatal))\b`),
  // Heights and falls, asked how high or far kills ("how high does a bridge need to be to kill you"). How high to
  // skydive, or how high a fence for a dog, is not.
  /\bhow (?:high|tall|far|many (?:floors|storeys|stories|metres|meters|feet|ft)|much of a (?:drop|fall)) (?:\w+ ){0,7}?(?:to die|to kill (?:you|me|yourself|myself|someone|a person)|to be fatal|to not survive|to definitely die|and not survive|and die|before you die|for a fall to kill)\b(?! (?:for|happy|laughing))/,
  /\b(?:would|will|could|can|does|do) (?:\w+ ){0,3}?(?:jumping|a jump|falling|a fall) (?:\w+ ){0,5}?(?:kill me|kill you|be fatal|be enough to die)\b/,
  // How deep to cut. The roses, a hedge or a cake are cut for their own sake.
  /\bhow (?:deep|far) (?:do|would|should|does|must|did) (?:you|i|one|someone|people) (?:have to |need to |got to )?(?:cut|slit|slice)(?= ?$| to (?:die|hit|reach|get to|sever|bleed|kill|make it)| (?:my|your) (?:wrist|wrists|arm|arms|thigh|thighs|vein|veins|skin|throat|neck)| before (?:you|i) (?:die|bleed)| (?:into|through) (?:my|your|a|the) (?:vein|veins|artery|wrist))/,
  // A gun to be had now, or rope to hold a body. A glue gun, a licence or a range names something else.
  /\b(?:where|how) (?:can|could|do|would|should) (?:i|you|someone|a person) (?:buy|get|find|get hold of|borrow|steal) (?:a |an )?(?:gun|pistol|handgun|firearm|revolver|shotgun|rifle)(?= ?$| tonight| today| now| right now| fast| quickly| quick| without| near me| cheap| off| with no| no questions)/,
  /\brope (?:\w+ ){0,3}?(?:strong|thick) enough to (?:hold|take) (?:my|me|a person|someone|a body|my body|a grown)\b/,
  // Hanging, or another way, asked how to, of "yourself". Enough rope to hang yourself is the idiom.
  /\b(?:hang|hanging|hanged) (?:yourself|themselves|themself|himself|herself)\b(?<!\brope (?:[\w']+ ){0,4}(?:hang|hanging|hanged) \w+)/,
  /\bhow (?:do|would|can|could|should|does) (?:you|i|someone|people|one|a person) (?:drown|poison|gas|suffocate|electrocute|shoot|stab|starve|overdose|od) (?:yourself|myself|themselves|themself|oneself)\b/,
  new RegExp(String.raw`\bhow (?:to|do i|can i|could i|should i|would i|does one) (?:die${DYED}|kill myself|kill yourself|end my life|end your life|commit suicide|end it all|overdose|od)\b(?! in (?:minecraft|the game|a game|fortnite|roblox))`),
  // Permission and reassurance asked for: whether it would be wrong, whether anyone would notice. Asked of a job, a
  // wedding, a break-up or a trip, they are everyday questions, and are let through by what they name.
  /\bif i (?:ended|end|were to end|was to end|did end) (?:it|things|everything)(?= ?$| now| tonight| today| for good| forever)/,
  /\b(?:normal|okay|ok|alright|wrong|bad|common|weird|selfish|a sin) to (?:wish|want) (?:that )?(?:you|one|i) (?:was|were|had|could) (?:dead|never been born|not alive|not here|not exist|disappear forever|die)\b/,
  /\b(?:what|would it be (?:so |that )?(?:bad|wrong|terrible|awful|selfish)|would (?:anyone|anybody) (?:care|notice|mind)|is it (?:bad|wrong|okay|ok) that|would it matter|does it matter) if i (?:did not|do not|never|would not|could not) wake up(?= ?$| tomorrow$| again$| ever$| ever again$| in the morning$)/,
  new RegExp(String.raw`\b(?:(?:would|will|does|do|did) (?:anyone|anybody|people|they|anyone else|my (?:family|friends|kids|children|parents|partner|wife|husband|mum|mom|dad|boyfriend|girlfriend)|you)|who(?:'d| d| would| will| is going to| even)) (?:even |actually |ever |really )?(?:notice|care|miss me|mind|be sad|be upset|cry|realise|realize|come looking|feel anything|be relieved|get over it|move on|cope) (?:if|when|once|after) i ${GONE}`),
  new RegExp(String.raw`\b(?:would|will|does|did) (?:it|anything) (?:even |really )?matter (?:if|whether) i (?:live or die|lived or died|${GONE})`),
  /\b(?:anyone|anybody|people|they|my family) (?:would|will) (?:even |actually )?miss me(?= ?$| at all| anyway)/,
  new RegExp(String.raw`\bwhat if i (?:was|were) (?:not here|not around|not alive|gone|dead)(?= ?$| anymore| tomorrow| one day$)|\bwhat if i (?:disappeared|vanished|went away) forever\b|\bwhat if i (?:died|killed myself|ended it|ended it all|never woke up|did not wake up)(?= ?$| tonight| tomorrow$| in my sleep| anymore)`),
  // What would happen after: who would find one, who would look after the cat, who would come to the funeral. A pet
  // or a child asked about for a holiday, a hospital stay or an accident, or a pension, is planning.
  new RegExp(String.raw`\b(?:what (?:happens|would happen|will happen|is going to happen) to|who(?:'d| d| would| will| is going to) (?:look after|take care of|care for|feed|have|take|walk|raise|get|adopt)) (?:my|our) (?:cat|cats|dog|dogs|pet|pets|kids|children|son|daughter|baby|babies|boys|girls|rabbit|rabbits|bird|birds|fish|horse|kitten|puppy|family) (?:if|when|after|once) i ${GONE}`),
  /\bwho(?:'d| d| would| will| is going to) (?:even )?find (?:me|my body)(?= ?$| if| when| after| first| dead)/,
  /\bhow long (?:before|until|till|would it take|will it take|would it be before|before anyone|until anyone) (?:\w+ ){0,3}?(?:found|find|finds|would find|noticed|notice|notices|would notice) (?:me|my body|i was gone|i was dead|i had gone|i am gone|i was missing)(?= ?$| if| anymore)/,
  /\b(?:who(?:'d| d| would| will| is going to)|(?:would|will) (?:anyone|anybody|people|they|he|she|my (?:\w+ )?(?:family|friends|parents|mum|mom|dad|ex|kids|wife|husband|partner))) (?:even |actually )?(?:come|go|turn up|show up|cry|be sad|speak|care|bother coming) (?:to |at |about )?my funeral\b/,
  /\b(?:would|will) (?:my |the |our )?(?:kids|children|family|wife|husband|partner|mum|mom|dad|parents|son|daughter|boys|girls|cat|dog|everyone|everybody) be (?:okay|ok|alright|all right|fine|better|happier|better off) without me(?= ?$| if| when| anyway| forever| for good)/,
  // Why go on, asked of oneself. Awake, at work, or going to therapy, names what it is about.
  /\bwhy (?:am i|i am) (?:even |still )*(?:alive|here|living|breathing|on this earth|in this world)(?= ?$| anymore| at all| still| then)/,
  /\bwhy (?:do|should|would|must) i (?:even |still |keep |have to |need to )*(?:exist|live|be alive|stay alive|keep living|keep going|go on|carry on|keep breathing|bother living|bother waking up|bother staying alive|try to live|be here|wake up(?= ?$| anymore| at all))(?= ?$| anymore| at all| tomorrow| then| like this(?= ?$| anymore))/,
  /\bwhy (?:was i|did i have to be|did i get|did i even get) (?:ever |even )?born(?= ?$| anyway| at all| then)/,
  /\bwhy (?:bother|even bother|keep) (?:living|staying alive|being alive|existing|going on|carrying on|waking up|breathing|trying to stay alive)(?= ?$| anymore| at all| tomorrow)/,
  /\bwhy (?:cannot|can not|could not) i (?:die|be dead|not wake up|not exist|stop existing|disappear|never wake up)(?= ?$| already| in my sleep| tonight| now| forever)/,
  // God asked why he has not taken one ("why won't God take me home"). Taken to a place, or out, is not that.
  /\bwhy (?:will|would|does|did|has|have) not (?:god|the lord|death|the universe|jesus|allah) (?:take|taken) me\b(?! (?:to|out|for|with|back|on|shopping|away from|through))/,
  /\b(?:what is|whats) (?:even )?the point (?:of|in) (?:me|my life|my existence|existing|me being here|me being alive|me existing|waking up|getting up|carrying on|trying anymore|anything anymore)(?= ?$| anymore| tomorrow| at all| being here| like this| each day| every day)/,
  /\bwhat (?:reason|reasons|point) (?:do i have|is there|have i got|have i|is left|do i have left) (?:left )?(?:to|for) (?:live|living|keep living|go on|going on|stay alive|staying alive|be alive|being alive|keep going|be here)\b(?! (?:in|at|near|here|there|with|on))/,
  /\bhow (?:am i|are you|is anyone|is someone|can i|do i|could i) (?:supposed|meant|expected) to (?:keep living|keep going|go on|carry on|live|stay alive|survive|keep breathing|be alive)(?= ?$| like this(?= ?$| anymore)| anymore| this way| with this pain| another day)/,
  // Asking for help, or for the line.
  /\b(?:need|give me|what is|whats|call|calling|ring) (?:a|the) crisis (?:line|number|hotline|helpline)\b|^crisis (?:line|number|hotline|helpline)$/,
  /\b(?:need|want) (?:someone|somebody) to talk to(?= ?$| right now| now| tonight| please)/,
  /\b(?:can|could) i (?:talk|speak) to (?:someone|somebody)(?= ?$| now| right now| tonight| please)/,
  /\bgive me a number (?:to call|i can call)(?= ?$| now| please| tonight)/,
];

/**
 * The patterns as a few alternations: they run on each slot of every request, and one pass over a short text is many
 * times quicker than one pass per pattern. Not one alternation of them all: past a size V8 no longer compiles a regular
 * expression to native code, and one of all ~200 patterns ran some seventy times slower than three of a third each
 * (`npx tsx test/bench/safety.ts`). The patterns stay separate above, to be read and reviewed one by one.
 */
const CHUNK_SOURCE_CHARS = 8_000;

export function alternations(patterns: readonly RegExp[]): RegExp[] {
  const chunks: string[][] = [[]];
  let size = 0;
  for (const pattern of patterns) {
    // A flag would be lost in the alternation; text is normalised to lower case instead, so none is needed.
    if (pattern.flags) throw new Error(`safety pattern ${pattern} must not carry flags`);
    const part = `(?:${pattern.source})`;
    if (size + part.length > CHUNK_SOURCE_CHARS && chunks.at(-1)!.length > 0) {
      chunks.push([]);
      size = 0;
    }
    chunks.at(-1)!.push(part);
    size += part.length + 1;
  }
  return chunks.map((parts) => new RegExp(parts.join('|')));
}

const ANY_PATTERN = alternations(PATTERNS);

/** The patterns one by one, for the benchmark that shows why they are split (test/bench/safety.ts). */
export const SAFETY_PATTERNS: readonly RegExp[] = PATTERNS;

function firstMatch(text: string): RegExpExecArray | null {
  for (const alternation of ANY_PATTERN) {
    const m = alternation.exec(text);
    if (m) return m;
  }
  return null;
}

/** Does this text speak of self-harm or suicide? Null, undefined and empty text never do. */
export function detectCrisis(text: string | null | undefined): CrisisDetection {
  if (typeof text !== 'string' || text.trim() === '') return { crisis: false };
  const said = normaliseForSafety(text);
  // A number said with it ("I can't go on, 9", "9, I hope I don't wake up") is the intensity, not part of the
  // sentence: patterns that end where the sentence ends must still see its end.
  const withoutNumber = said
    .replace(NUMBER_AROUND, '')
    .trim();
  const m = firstMatch(said) ?? (withoutNumber !== said ? firstMatch(withoutNumber) : null);
  return m ? { crisis: true, phrase: m[0].trim() } : { crisis: false };
}

/** A number from the scale at the start or end of what was said, with the words people put around it. */
const NUMBER_AROUND =
  /^(?:(?:it is|its|about|like|maybe|at|a|an|probably) )*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?: out of (?:10|ten))? |(?: (?:it is|its|about|like|maybe|a|an|probably|and|or))* (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?: out of (?:10|ten))?$/g;
