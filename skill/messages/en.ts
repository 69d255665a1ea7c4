/**
 * Everything the skill says, in English (all five English locales share it; the crisis lines differ per region and
 * live in shared/safety/crisis-lines.ts). Handlers pick a message; they never build sentences themselves.
 * Every user word goes through the ssml template, which escapes it.
 */
import { join, ssml, type Ssml } from '../../shared/ssml.js';
import type { PracticePlan } from '../../shared/schemas.js';
import { INTENSITY_MAX, INTENSITY_MIN } from '../../shared/limits.js';
import type { AdviceAsked } from '../advice.js';

export interface Said {
  speech: Ssml;
  reprompt?: Ssml;
}

/** Choose one wording from a list by a counter, so the thirtieth night does not sound like the first. */
export function pick<T>(options: readonly T[], seed: number): T {
  return options[Math.abs(Math.trunc(seed)) % options.length] as T;
}

const RANGE = `${INTENSITY_MIN} to ${INTENSITY_MAX}`;

const greetings = [
  ssml`Hi, it's Between Sessions.`,
  ssml`Good to hear from you.`,
  ssml`Hello again.`,
  ssml`Hi there. Let's take a minute for tonight.`,
  ssml`Welcome back.`,
  ssml`Hey. I'm glad you're here.`,
];
const feelingQuestions = [
  ssml`How are you feeling tonight, in a word or two?`,
  ssml`What's the main feeling tonight?`,
  ssml`In a word or two, how are you feeling?`,
  ssml`And tonight, how are you feeling? A word or two is plenty.`,
];
const feelingReprompt = ssml`In a word or two, how are you feeling? Any word works: anxious, tired, okay, or your own.`;

export function greeting(seed: number): Said {
  return {
    speech: ssml`${pick(greetings, seed)} ${pick(feelingQuestions, seed)}`,
    reprompt: feelingReprompt,
  };
}

/** The very first time: what to expect, in one breath, then the first question. */
export const firstGreeting: Said = {
  speech: ssml`Hi, I'm Between Sessions. Each night I'll ask a few short questions: how you feel, how strong it is, and what happened. You can say skip to any of them, and everything is saved as you go. So, how are you feeling tonight, in a word or two?`,
  reprompt: feelingReprompt,
};

export function askFeeling(seed: number): Said {
  return { speech: pick(feelingQuestions, seed), reprompt: feelingReprompt };
}

/** The user's word at the start of a sentence, capitalised for the ear (the stored word is left as said). */
const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const feelingAcks = [
  (f: string) => ssml`${upper(f)}. Thanks for naming it.`,
  (f: string) => ssml`Okay, ${f}.`,
  (f: string) => ssml`${upper(f)}. Got it.`,
  (f: string) => ssml`Thank you. ${upper(f)}.`,
];
const intensityQuestions = [
  ssml`How strong is it, from ${RANGE}?`,
  ssml`On a scale of ${RANGE}, how strong?`,
  ssml`And how intense, from ${RANGE}?`,
];
const intensityReprompt = ssml`How strong is the feeling, from ${RANGE}? Just say a number.`;

export function ackFeeling(feeling: string, seed: number): Ssml {
  return pick(feelingAcks, seed)(feeling);
}

export function askIntensity(feeling: string | null, seed: number): Said {
  const ack = feeling ? pick(feelingAcks, seed)(feeling) : ssml``;
  return { speech: ssml`${ack} ${pick(intensityQuestions, seed)}`, reprompt: intensityReprompt };
}

/** The number asked for again, saying what was wrong with the one heard: off the scale either way, or not whole. */
export function intensityAgain(heard?: { reason: string; value?: number }): Said {
  const why =
    heard?.reason === 'out_of_range' && heard.value !== undefined && heard.value > INTENSITY_MAX
      ? ssml`That's past the top of the scale. If it's as strong as it gets, that's a ${INTENSITY_MAX}.`
      : heard?.reason === 'out_of_range'
        ? ssml`The scale starts at ${INTENSITY_MIN}, for barely there.`
        : heard?.reason === 'not_whole'
          ? ssml`Just a whole number is fine.`
          : ssml`Sorry, I need a number from ${RANGE}, where ${INTENSITY_MIN} is barely there and ${INTENSITY_MAX} is as strong as it gets.`;
  return { speech: ssml`${why} How strong is it, from ${RANGE}?`, reprompt: intensityReprompt };
}

/** After what happened was told in answer to "how strong?": it is kept, and the number asked for once more. */
export const keptThat = ssml`I've kept that.`;
/** "Skip" to a question asked again after "start over": the answer given before stays. */
export const keptAsBefore = ssml`Okay, I'll keep what you said before.`;
export const goAhead = ssml`Go ahead, I'm listening. What happened?`;

export function keptThatIntensityAgain(): Said {
  return {
    speech: ssml`I've kept that. And the feeling itself: how strong is it, from ${RANGE}?`,
    reprompt: intensityReprompt,
  };
}

/** The first open after the crisis line was given that night. */
export function welcomeBackAfterCrisis(reminder: Ssml): Said {
  return {
    speech: ssml`Welcome back. Earlier, things sounded very hard. ${reminder} How are you feeling now, in a word or two?`,
    reprompt: ssml`How are you feeling now, in a word or two?`,
  };
}

/**
 * Tonight's check-in, cut off half-way, offered back. `again`: asked again in the same session (after "say that
 * again", or an aside), where "welcome back" would be odd. With neither its feeling nor its number (asked again to a
 * voice it does not belong to), nothing of it is said.
 */
export function offerResume(feeling: string | null, intensity: number | null, again = false): Said {
  const so =
    feeling && intensity !== null ? ssml`: ${feeling}, at ${intensity}`
    : feeling ? ssml`: ${feeling}`
    : intensity !== null ? ssml`: ${intensity} out of 10`
    : ssml``;
  const welcome = again ? ssml`` : ssml`Welcome back. `;
  return {
    speech: ssml`${welcome}Earlier tonight you started a check-in${so}. Would you like to carry on with it?`,
    reprompt: ssml`Shall we carry on with tonight's check-in? Say yes, or tell me how you're feeling now.`,
  };
}

export const backAStep = ssml`Okay, back a step.`;
export const fromTheTop = ssml`Okay, from the top.`;

/** A feeling said again to correct it. */
export function feelingCorrected(said: string): Ssml {
  return ssml`Okay, ${said}.`;
}

/** A number said again, changed: the new one is kept. */
export function intensityCorrected(value: number): Ssml {
  return ssml`Okay, ${value} then.`;
}

/** A number said again after an exercise: how it is now; the number from before the exercise stays. */
export function intensityNowCorrected(value: number): Ssml {
  return ssml`Okay, ${value} now.`;
}

/** "A bit better" (or worse) said instead of the number after an exercise: heard, then the number asked for. */
export function changeThenNumber(change: 'better' | 'worse'): Said {
  const heard = change === 'better' ? ssml`I'm glad it's a little easier.` : ssml`Thank you for saying so.`;
  return { speech: ssml`${heard} As a number now, from ${RANGE}?`, reprompt: intensityReprompt };
}

export const intensityLetGo = ssml`That's alright, we'll leave the number out tonight.`;

/** A feeling said to "how strong is it now?" after an exercise: heard, and the number asked for. */
export function feelingNowThenNumber(said: string): Said {
  return { speech: ssml`Okay, ${said} now. As a number, from ${RANGE}?`, reprompt: intensityReprompt };
}

export function offerExercise(intensity: number): Said {
  return {
    speech: ssml`${intensity} is a lot to carry. Before anything else, would you like to breathe together for a minute? Say yes, or no to carry on.`,
    reprompt: ssml`Would you like a short breathing exercise first? Yes or no?`,
  };
}

/** The offer again, of the exercise the user just asked about. */
export function offerNamedExercise(name: string): Said {
  return {
    speech: ssml`Would you like to do ${name} now? Say yes, or no to carry on.`,
    reprompt: ssml`Would you like to do ${name} now? Yes or no?`,
  };
}

/** "Maybe" to the offer of an exercise. */
export const offerUnsure: Said = {
  speech: ssml`That's okay. It's about a minute of slow breathing with me, and you can say stop at any time. Would you like to try it? Yes or no?`,
  reprompt: ssml`Would you like a short breathing exercise first? Yes or no?`,
};

/** Still 8 or more after an exercise: a different one, offered once. */
export function offerAnotherExercise(kind: string): Said {
  const what = kind === 'grounding' ? ssml`some grounding instead, noticing what's around you` : ssml`some slow breathing instead`;
  return {
    speech: ssml`That's still a lot. Would you like to try ${what}? Say yes, or no to carry on.`,
    reprompt: ssml`Would you like to try another exercise? Yes or no?`,
  };
}

export const afterRoundQuestion: Said = {
  speech: ssml`Would you like another round, a slower one, or shall we stop here?`,
  reprompt: ssml`Say another round, slower, or stop.`,
};

export function askIntensityAfter(): Said {
  return {
    speech: ssml`Now, how strong is the feeling, from ${RANGE}?`,
    reprompt: ssml`How strong is it now, from ${RANGE}?`,
  };
}

export function intensityChange(before: number | null, after: number): Ssml {
  if (before === null) return ssml`${after} now. Thank you.`;
  if (after < before) return ssml`From ${before} to ${after}. That's worth knowing.`;
  if (after === before) return ssml`Still ${after}. That's okay; it's noted.`;
  return ssml`${after} now. Thank you for being honest about it.`;
}

const happenedQuestions = [
  ssml`What happened today? A sentence is plenty, or say skip.`,
  ssml`Tell me one thing from today you want to remember, or say skip.`,
  ssml`What stood out today? One sentence, or skip.`,
];
export function askWhatHappened(seed: number): Said {
  return {
    speech: pick(happenedQuestions, seed),
    reprompt: ssml`Tell me in a sentence what happened today, or just say skip.`,
  };
}

/** What happened, asked after words already kept there (said in declining the exercise). */
export const askAnythingElseToday: Said = {
  speech: ssml`I've kept that. Anything else from today you'd like to add? Or say no.`,
  reprompt: ssml`Anything else from today? Tell me in a sentence, or say no.`,
};

/**
 * The practice question. The plan's task is named as a sentence of its own, in the user's words as written ("Write one
 * line…", "I will text my sister…"), which read badly folded into the question.
 */
/** `named` false: the practice is not said (asked of a voice it does not belong to). */
export function askPractice(plan: PracticePlan, named = true): Said {
  const action = named ? plan.action?.trim().replace(/[.!?\s]+$/, '') : null;
  const task = action ? ssml`Your practice: ${action}. Did you get to it today?` : ssml`Did you get to your practice today?`;
  return {
    speech: ssml`${task} Yes, partly, or not today?`,
    reprompt: ssml`Did you do your practice today? You can say yes, partly, or not today.`,
  };
}

export function askBarrier(partly: boolean): Said {
  return {
    speech: partly
      ? ssml`Some of it counts. What got in the way of the rest? Forgot, no time, too hard, low energy, or something else: whatever is true.`
      : ssml`That's useful to know. What got in the way? Forgot, no time, too hard, low energy, or something else: whatever is true.`,
    reprompt: ssml`What got in the way of your practice? Any reason is fine, or say skip.`,
  };
}

/** The barrier question asked again (help, "say that again", after something else): without the first time's lead. */
export function askBarrierAgain(): Said {
  return {
    speech: ssml`What got in the way of your practice? Forgot, no time, too hard, low energy, or something else: whatever is true.`,
    reprompt: ssml`What got in the way of your practice? Any reason is fine, or say skip.`,
  };
}

const whatItWasQuestions = [
  ssml`What was it, if you'd like to say? A few words is plenty, or say skip.`,
  ssml`Okay. What was it, in your own words? Or say skip.`,
  ssml`And what was it? Any words are fine, or say skip.`,
];
/** After "something else" and no more, as what got in the way: what it was, in their words, asked once. */
export function askWhatItWas(seed: number): Said {
  return {
    speech: pick(whatItWasQuestions, seed),
    reprompt: ssml`What got in the way, in your own words? A few words is plenty, or say skip.`,
  };
}

const practiceDone = [ssml`Nice work.`, ssml`Good. That counts.`, ssml`That's the practice doing its work.`];
export function practiceDoneAck(seed: number): Ssml {
  return pick(practiceDone, seed);
}
export const barrierAck = ssml`That's the kind of thing worth bringing to your next session.`;

const closings = [
  ssml`Thank you. It's saved. Sleep well.`,
  ssml`That's everything for tonight. It's saved. Rest well.`,
  ssml`Thanks for checking in. It's all saved. Good night.`,
  ssml`Saved. Be gentle with yourself tonight.`,
];
export function closing(seed: number): Ssml {
  return pick(closings, seed);
}

export const stopMidway = ssml`Okay. I've kept what you said. Good night.`;
export const goodbye = ssml`Okay. Good night.`;
export const youreWelcome = ssml`You're welcome.`;
/**
 * A question that is not the skill's to answer (skill/advice.ts): whose question it is, kindly, without a hint of an
 * answer. The skill is not a therapist and gives no medical advice.
 */
export const notMineToAnswer: Record<Exclude<AdviceAsked, 'urgent'>, Ssml> = {
  medication: ssml`I can't advise on medication. Your doctor or pharmacist can answer that, so it's worth asking them.`,
  diagnosis: ssml`That's not something I can tell you, and I wouldn't want to guess. It's a good question for your therapist.`,
  what_to_do: ssml`That's not mine to answer, and you don't have to work it out tonight. It sounds like a good one to bring to your therapist.`,
};
export const keptQuestion = ssml`I've kept your question with tonight's entry, so you can take it to your next session.`;
export const backToTonight = ssml`Back to tonight.`;

/** "What is box breathing?": what it is, and the words that start it (the slot value Alexa resolves). */
export function exerciseInfo(description: string, startWith: string): Ssml {
  return ssml`${description} To do it now, say "do ${startWith}".`;
}

/**
 * "What is it?" at the offer, of the exercise offered: what it is, and the question alone. The offer's lead ("9 is a lot
 * to carry…") was just heard, and "say 'do slow exhale'" beside "say yes" would be two ways to start one thing.
 */
export function describedOffer(description: string): Said {
  return {
    speech: ssml`${description} Would you like to try it now? Say yes, or no to carry on.`,
    reprompt: ssml`Would you like to try it now? Yes or no?`,
  };
}

/** "What exercises do you have?" */
export function exerciseList(names: readonly string[]): Said {
  const list = `${names.slice(0, -1).join(', ')}, and ${names.at(-1) ?? ''}`;
  return {
    speech: ssml`I know these exercises: ${list}. Say the name of one to start it, or ask what one is.`,
    reprompt: ssml`Which exercise would you like? Say its name, or say stop.`,
  };
}

/** "Skip" or "I don't know" to the very first question: once, a gentler way in, before the skill leaves. */
export const feelingLeftOut = ssml`That's okay, we'll leave the word out tonight.`;

/** A second answer to "how are you feeling?" that Alexa could not make out: the fault is ours, and any word will do. */
export const feelingStillMissed: Said = {
  speech: ssml`I'm still not getting it, and that's on me. One word is plenty, like tired, okay or low. Or say skip.`,
  reprompt: ssml`In a word or two, how are you feeling? Or say skip.`,
};

export const feelingHardToName: Said = {
  speech: ssml`That's okay, feelings can be hard to name. Any word will do, even "not sure". Or say stop, and we'll leave it for tonight.`,
  reprompt: ssml`In a word or two, how are you feeling? "Not sure" is an answer too.`,
};

/**
 * Help for the question the user is stuck on, in place of the general help: someone mid-check-in needs to know what
 * the question wants, not how to open the skill.
 */
export function stepHelp(step: string): Ssml | null {
  switch (step) {
    case 'feeling':
      return ssml`Any word for how you feel works, on the feelings wheel or not: anxious, tired, okay, or your own. Or say skip. How are you feeling?`;
    case 'intensity':
    case 'intensity_after':
      return ssml`Pick a number from ${RANGE}: ${INTENSITY_MIN} is barely there, ${INTENSITY_MAX} is as strong as it gets. Or say skip. How strong is it?`;
    case 'what_happened':
      return ssml`A sentence about your day is plenty: whatever stands out, big or small. Or say skip. What happened today?`;
    case 'practice':
      return ssml`Your practice is the small task from your last session. Say yes if you did it, partly if you did some, or not today. Did you get to it?`;
    case 'barrier':
      return ssml`What got in the way is worth knowing: forgot, no time, too hard, low energy, not seeing the point, or your own words. Or say skip.`;
    case 'barrier_other':
      return ssml`A few words about what got in the way are plenty, in your own words. Or say skip, and we'll leave it there.`;
    case 'offer_exercise':
      return ssml`I can guide a short exercise, hands-free, with nothing to look at. Say yes to start, or no to carry on with the check-in.`;
    case 'exercise':
      return ssml`Say another round to keep going, slower for a gentler pace, or stop.`;
    case 'confirm_delete':
      return ssml`Say yes to delete everything you've saved, or no to keep it all.`;
    case 'offer_resume':
      return ssml`Say yes to carry on with tonight's check-in, or tell me how you're feeling now to start a new one.`;
    default:
      return null;
  }
}

export function help(stepHint: Ssml | null): Said {
  return {
    speech: ssml`Between Sessions helps you carry your therapy practice into the week. At bedtime, say "open Between Sessions" to check in: a feeling, how strong, and what happened. You can also say "help me breathe", "how was my week", or "give me my dashboard code". ${stepHint ?? ssml`What would you like to do?`}`,
    reprompt: stepHint ?? ssml`You can say "check in", or "help me breathe".`,
  };
}

export function fallback(stepHint: Ssml | null): Said {
  return {
    speech: ssml`Sorry, I didn't catch that. ${stepHint ?? ssml`You can say "check in", or "help me breathe".`}`,
    reprompt: stepHint ?? ssml`You can say "check in", or "help me breathe".`,
  };
}

export const somethingWentWrong = ssml`Sorry, something went wrong on my side.`;
export const journalUnreadable = ssml`I'm sorry. I couldn't open your journal just now, but I've kept what you said, so it isn't lost. I can still breathe with you: just say help me breathe. Or try again a little later.`;
/** The journal cannot be opened, and nothing was said yet: what still works without it. */
/** The profile (time zone, crisis region, plans) cannot be read; the check-in can still be filed. */
export const settingsUnreadable = ssml`I couldn't open your settings just now, so I'll use the usual ones tonight.`;
export const journalUnavailable = ssml`I'm sorry. I can't open your journal just now, so I can't take a check-in. I can still breathe with you: just say help me breathe. Or try again a little later.`;
export const journalUnavailableReprompt = ssml`Say help me breathe, or stop.`;

/**
 * What became of tonight's answers when the journal cannot take them: plainly, once, without files or errors. Kept
 * (the rescue log), or, with no folder to keep them in, not saved.
 */
function tonightsAnswers(kept: boolean): Ssml {
  return kept ? ssml`I couldn't save tonight's answers in the usual place, but I've kept them.` : ssml`I can't save tonight's answers just now.`;
}

/**
 * 8 or more while the journal cannot take answers: met as on any night, body first, with what became of the answers
 * said on the way. No "or no to carry on": there is no check-in to carry on with.
 */
export function offerExerciseKeptAside(intensity: number, kept: boolean): Said {
  return {
    speech: ssml`${intensity} is a lot to carry. ${tonightsAnswers(kept)} ${breatheTogether.speech}`,
    reprompt: breatheTogether.reprompt!,
  };
}

/** The offer of breathing on its own, as a question that needs no store to answer. */
export const breatheTogether: Said = {
  speech: ssml`Would you like to breathe together for a minute? Yes or no?`,
  reprompt: ssml`Would you like a short breathing exercise? Yes or no?`,
};

/** Still 8 or more after an exercise while the journal cannot take answers: a different one, offered once. */
export function offerAnotherExerciseKeptAside(kind: string): Said {
  const what = kind === 'grounding' ? ssml`some grounding instead, noticing what's around you` : ssml`some slow breathing instead`;
  return {
    speech: ssml`That's still a lot. Would you like to try ${what}? Yes or no?`,
    reprompt: ssml`Would you like to try another exercise? Yes or no?`,
  };
}

/** Words said after the journal was found shut: kept, said in a breath, and what still works, without the apology again. */
export const keptWhileJournalShut: Said = {
  speech: ssml`${keptThat} I can still breathe with you: just say help me breathe, or stop.`,
  reprompt: journalUnavailableReprompt,
};

/** Something that needs the journal (the week, the practice), asked after it was found shut: said plainly, once more. */
export const journalStillShut: Said = {
  speech: ssml`I can't open your journal just now. I can still breathe with you: just say help me breathe, or stop.`,
  reprompt: journalUnavailableReprompt,
};

/** The end of a night whose answers the journal could not take: nothing asked, and nothing lost. */
export const allKeptGoodnight = ssml`Everything you said tonight is kept. Good night.`;
/** "No" to the breathing, or to anything more, while the journal cannot take answers. */
export const okayAllKeptGoodnight = ssml`Okay. ${allKeptGoodnight}`;

export const exerciseStopped = ssml`Okay, we'll stop there.`;
/** A question mid-exercise ("am I doing it right?", "is this normal?"): no judgement of it, and the choice again. */
export const questionInExercise = ssml`There's no wrong way to do this. If anything feels uncomfortable, we can go slower or stop.`;
/** "Should I do the breathing?" at the offer: theirs to choose, and the offer again. */
export const upToYou = ssml`It's up to you. Some people find it settles things a little.`;
/** "I'm crying" mid-exercise: met, not stopped. */
export const cryingInExercise = ssml`That's okay. Tears can come when we slow down, and you can let them. Take your time.`;
export const exerciseNotHelping = ssml`That's okay. Not every exercise fits every night, so we'll stop there.`;


/** "Thank you" and "that helped" both end an exercise here: an answer that fits either. */
export const exerciseThanked = ssml`I'm glad. We'll stop there.`;

/**
 * The end of an exercise asked for on its own ("help me breathe"): in a hard moment mid-week as often as at bedtime,
 * so "good night" only in the evening and at night.
 */
export function exerciseEndNoCheckIn(localTime: string): Ssml {
  const hour = Number(localTime.slice(0, 2));
  return hour >= 18 || hour < 5 ? ssml`Well done for taking that time. Good night.` : ssml`Well done for taking that time. Take care.`;
}

export const nothingToRepeat = ssml`We haven't started yet.`;

export function weekSummary(sentences: string[]): Said {
  return {
    speech: ssml`${sentences.map((s) => ssml`<s>${s}</s>`)}`,
  };
}

/** `onCard` false: a recognised person's code is only spoken, since the Alexa app is the account holder's. */
export function dashboardCode(groups: string[], onCard = true): Said {
  const spokenGroups = groups.map((g) => ssml`<say-as interpret-as="digits">${g}</say-as><break time="400ms"/>`);
  const where = onCard
    ? ssml`It's also in the Alexa app.`
    : ssml`I haven't put it in the Alexa app, since others on this account can see it there. Once more: ${spokenGroups}.`;
  return {
    speech: ssml`Your dashboard code is ${spokenGroups}. Again: ${spokenGroups}. Enter it on the sign-in page within ten minutes. ${where}`,
  };
}

/** A voice not recognised, in a session a recognised person opened: their code would open their records. */
export const codeNotRecognised = ssml`To keep everyone's check-ins private, I only give a dashboard code to a voice I recognise, and I couldn't tell whose voice that was. If it's you, ask me again in a moment.`;

/**
 * "How was my week?" or "what's my practice?" from a voice not recognised in a recognised person's session: the same
 * words whatever is stored, so it tells nothing, not even whether there is anything.
 */
export const readBackNotRecognised = ssml`I can only read that back to the person it belongs to, and I couldn't tell whose voice that was. If it's you, ask me again in a moment.`;

export const confirmDelete: Said = {
  speech: ssml`This deletes every check-in, exercise and setting you've saved with Between Sessions, for good. Are you sure? Say yes to delete, or no to keep everything.`,
  reprompt: ssml`Should I delete all of your data? Yes or no?`,
};
/** The voice asking, or saying yes, is not the one whose records this session holds: nothing is deleted. */
export const deleteNotRecognised = ssml`To keep everyone's records safe, I only delete when I can tell it's the person whose check-ins these are, and I couldn't just now. Nothing was deleted. You can ask me again, or delete everything from the dashboard's Settings page.`;
export const deleted = ssml`Done. Everything you saved with Between Sessions has been deleted. Take care.`;
export const keptData = ssml`Okay, I've kept everything. Nothing was deleted.`;
/** The deletion failed before anything was removed (the journal busy in another process, a disk error): all of it is there. */
export const deleteFailed = ssml`I couldn't delete your data just now. Nothing was deleted: everything is still there. Please ask me again in a moment.`;
/** The deletion stopped part-way: some of it is gone, some may not be. Asking again finishes it. */
export const deleteUnfinished = ssml`I started deleting your data but couldn't finish, so some of it may still be there. Please ask me again in a moment, and I'll delete the rest.`;

/**
 * The plan read back in the user's own words: the task, the cue as they put it ("When I get into bed, I'll say one
 * line"), why it matters to them and what to bring back. A week with no practice is a plan too.
 */
export function readPractice(plan: PracticePlan): Ssml {
  if (plan.none || !plan.action) return ssml`This week there's no practice set, and that's a plan too. Checking in is enough.`;
  const parts: Ssml[] = [ssml`Your practice, in your words: ${sentence(plan.action)}`];
  const when = plan.cueWhen?.trim().replace(/^when\s+/i, '').replace(/[.,;:!?]+$/, '');
  const then = plan.cueThen?.trim();
  if (when && then) parts.push(ssml`When ${when}, ${sentence(then)}`);
  else if (then) parts.push(ssml`${sentence(then)}`);
  if (plan.why) parts.push(ssml`Why it matters to you: ${sentence(plan.why)}`);
  if (plan.bringBack) parts.push(ssml`To bring back to your next session: ${sentence(plan.bringBack)}`);
  return join(parts);
}

/** Words as the user wrote them, ending as a sentence does. */
function sentence(words: string): string {
  const trimmed = words.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export const practiceNotSet = ssml`You don't have a practice set yet.`;

/**
 * A new practice, or none this week, asked for by voice: not something the skill can set yet, said plainly, and what
 * that means tonight. With a practice in force, the check-in still asks about it, so "skip" is offered for then.
 * `kept`: the words of the task were kept aside (History, "Words kept aside"), not lost, and not taken as the plan.
 */
export function practiceNotSetByVoice({ inForce, kept }: { inForce: boolean; kept: boolean }): Ssml {
  const plan = inForce
    ? ssml`I can't change your practice by voice yet, so the one you have stays for now. If I ask about it, you can just say skip.`
    : ssml`I can't set a practice by voice yet, so there isn't one here for now, and I won't ask about one.`;
  return kept ? join([plan, ssml`I've kept your words, so they aren't lost.`]) : plan;
}

/**
 * "Remind me at bedtime": the skill cannot set reminders yet (a later release), said plainly. Alexa's own reminders can,
 * and that is said too, since it is true today and is what the person wanted.
 */
export const remindersNotYet = ssml`I can't set reminders yet, I'm sorry. For now, Alexa's own reminders can do it: once we've finished, ask Alexa to remind you to open Between Sessions.`;

// ---- How strong, said as a range or in words (shared/intensity.ts) ----

/** A range said for the number ("6 or 7"): its top is what is kept, and said so. */
export function rangeTop(value: number): Ssml {
  return ssml`I'll put down ${value}.`;
}

/** As strong as it gets, said in words ("unbearable", "off the charts"): the 8+ offer, before any number. */
export const offerForStrongWords: Said = {
  speech: ssml`That sounds like a lot. Before anything else, would you like to breathe together for a minute? Say yes, or no to carry on.`,
  reprompt: ssml`Would you like a short breathing exercise first? Yes or no?`,
};

/** Past the top of the scale ("a hundred", "11"): as strong as it gets, kept as the top. */
export const pastTheTopIsTen = ssml`That's past the top of the scale, so I'll put down ${INTENSITY_MAX}.`;

/** How strong, said in words instead of a number: heard, and the number asked for with the part of the scale it meant. */
export function strengthThenNumber(where: 'top' | 'high' | 'middle' | 'low'): Said {
  const speech = {
    top: ssml`That sounds like a lot. As a number from ${RANGE}, would you say 8, 9 or 10?`,
    high: ssml`On the high side, then. As a number from ${RANGE}, would you say 6 or 7, or 8 and up?`,
    middle: ssml`Somewhere in the middle, then. As a number from ${RANGE}, would you say 4, 5 or 6?`,
    low: ssml`On the low side, then. As a number from ${RANGE}, would you say 1, 2 or 3?`,
  }[where];
  return { speech, reprompt: intensityReprompt };
}
