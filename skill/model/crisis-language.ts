/**
 * Clear language of self-harm or suicide, as people say it: the values of the CRISIS slot type, which CrisisIntent
 * takes whole ("{crisis}", see intents.ts), so that Alexa sends the words with the intent and they are kept on tonight's
 * entry. Each entry is one sentence as said; a phrase listed here is answered with the crisis line whatever the safety
 * check makes of it (shared/safety/detect.ts), as when it was a sample of its own.
 */
import { FEELING_QUALIFIERS } from './carriers.js';

export const CRISIS_LANGUAGE: readonly string[] = [
  // Help asked for without saying what for: the crisis line answers both, with the emergency number for danger.
  'I need emergency help', 'call for help',
  'I want to hurt myself', "I don't want to live anymore", "I don't want to live any more", 'I want to die',
  'I want to kill myself', "I'm thinking about suicide", "I'm thinking about killing myself", 'I feel suicidal',
  "I'm suicidal", "I'm feeling suicidal", "I'm going to end it", 'I want to end it all', 'I want to end my life',
  "I've been cutting myself", "I've been hurting myself", "I'm going to hurt myself", "I'm going to kill myself",
  "I can't go on", "I can't go on anymore", "I don't want to be here anymore", "I don't want to be alive",
  "I wish I was dead", "I wish I were dead", "I'd be better off dead", "everyone would be better off without me",
  "I'm thinking of ending my life", "I've thought about killing myself", "I have a plan to kill myself",
  "I took too many pills", "I've taken an overdose", 'I want to overdose', "I'm going to take my life",
  'I want to take my life', "I'm having thoughts of suicide", "I'm having suicidal thoughts", 'I have suicidal thoughts',
  "I'm self harming", "I've been self harming", 'I want to self harm', 'I want to cut myself', 'I cut myself',
  'I hurt myself', "I'm not safe", "I don't feel safe with myself", "there's no reason to live", "I see no way out",
  "I want it all to end", 'I want to disappear forever', "I'm done with life", "life isn't worth living",
  'I need help right now', 'I need a crisis line', 'give me the crisis line', 'suicide', 'self harm',
  // Passive wishes to be dead or gone, and self-harm in its own words: how risk is most often said.
  'I want to disappear', 'I wish I could disappear', 'I wish I could just disappear', 'I want to vanish',
  "I wish I could not wake up", "I hope I don't wake up", "I hope I don't wake up tomorrow",
  'I want to go to sleep and never wake up', "I wish I didn't exist", "I don't want to exist",
  'I just want it all to stop', 'I want everything to stop', "I can't take it anymore", "I don't care if I die",
  'I feel like dying', "I'm a burden to everyone", 'nobody would care if I died', "I've been cutting again",
  'I cut again', 'I want to cut', "I'm done with everything", 'I just want to not be here', "there's no point anymore",
  "what's the point anymore", "I don't see a future", "I'm cutting again",
  // Disclosures are often framed as a habit of thought: "sometimes I think about ...", "lately I've been ...".
  'sometimes I think about killing myself', 'sometimes I think about suicide', 'sometimes I want to die',
  "lately I've been thinking about suicide", "lately I've been thinking about killing myself",
  "I've been thinking about suicide", "I've been thinking about killing myself", "I've been thinking about hurting myself",
  "I've been having thoughts of suicide", "I've been having suicidal thoughts", 'I keep thinking about killing myself',
  'I keep thinking about suicide', 'I keep thinking about ending it all', 'I think about killing myself',
  'I think about suicide a lot', 'I think about dying a lot',
  "I'd rather be dead", "I'm better off dead", "I'm better off gone", "I'm gonna take all my pills",
  "I'm going to take all my pills", "I'm hoping I won't wake up", "I'm sick of living", "I'm so done with life",
  "I'm so tired of being alive", "I'm tired of being alive", "I'm thinking of killing myself", 'if I died no one would care',
  "it would be easier if I wasn't here", "it would be easier if I just wasn't here", 'kill myself', 'maybe I should just die',
  "part of me wishes I wouldn't wake up", 'suicidal thoughts', 'suicidal thoughts again', "there's no way out",
  "they'd all be better off without me", 'thinking about cutting', 'thinking about self harm', "what's the point of anything",
  "what's the point of living", 'I want to die tonight', 'nobody would miss me', 'no one would miss me',
  'no one would even miss me anyway',
  // Sentences that open with a contraction have no carrier phrase of their own to bring their words to the check.
  'suicidal', 'suicidal ideation', 'passive suicidal thoughts', 'self harming again', 'unaliving myself',
  "I'm going to do myself in", "I'm saving my pills", "I'm going to step in front of a bus", "I'm going to step in front of a train",
  "I'm going to walk into the sea", "I'm not safe tonight", "I'm not safe right now", "I don't feel safe tonight",
  "I've written a note for my family", "I've written a suicide note", "I'm thinking of ending it all", "I'm thinking of ending it",
  "they'd be better off without me", "they would be better off without me", "I'm going to hang myself", 'I want to hang myself',
  "there's no point in living", "there's no point in going on", "I'd rather not be alive",
  "I'm so tired I want to die", "I'm going to take an overdose", "I'm going to overdose", "I'd be better off not existing",
  "I've got a plan to end it", "I've got a plan to kill myself", "I'm a burden", "I'm going to drive into a tree",
  "I'm going to jump", "I'm going to cut myself", "I'm going to end my life", "I'm going to top myself",
  "I'm thinking about hurting myself", "I'm thinking of hurting myself", 'thinking about hurting myself',
  "I'm thinking about ending it", "I'm thinking about ending it all", 'thinking about ending it', 'thinking about ending it all',
  'thinking of ending it all', 'thinking of ending it',
  "I'm scared I'll hurt myself", "I'm afraid I'll hurt myself", "I'm going to jump off a bridge", "I'm gonna kill myself",
  "I'm gonna hurt myself", 'kind of want to die', 'I kind of want to die',
  // However much of it is said: "pretty suicidal" is a qualifier and a word that is no feeling to file.
  ...FEELING_QUALIFIERS.flatMap((q) => [`${q} suicidal`, `I'm ${q} suicidal`, `I feel ${q} suicidal`, `feeling ${q} suicidal`]),
  // Sentences no carrier phrase opens: fragments, questions, requests for help, and ones that open with an answer to
  // the question asked ("yes I want to die" to the offer of an exercise). Found by a sweep of what reached the fallback.
  'everybody would be better off without me', 'people would be better off without me', 'there is no point going on',
  'death would be a relief', "life's not worth it", "nothing's worth living for", 'this is my last night', 'this is goodbye',
  "I've got a bottle of pills next to me", 'feeling suicidal', 'feel suicidal', 'like I want to die', 'maybe I should kill myself',
  'crisis line', 'give me a number to call', 'can I talk to someone', 'want to die', 'wanna die', 'wanting to die', 'hurting myself',
  'tired of living', "life's not worth living", 'better off dead', 'ending it', 'ending my life', 'kms', 'unalive myself',
  'kill my self', 'self harming', 'self harm urges', 'urges to cut', 'been cutting again', 'thoughts of suicide',
  'having suicidal thoughts', 'suicidal again', 'still suicidal', 'overdose', 'overdosed', 'thinking of killing myself',
  'what is the point of living', 'no point living', "maybe I'd be better off dead", 'how do I kill myself',
  "tell me why I shouldn't kill myself", 'is it bad that I want to die', "what's the suicide hotline", 'I wanted to die all day',
  "can you help me I'm suicidal", ...['seven', 'eight', 'nine', 'ten'].map((n) => `${n} I want to die`),
  "I've worked out how I'd do it", "I've got a stash of pills", "I've got a stash of pills hidden in my drawer",
  "I've got fresh cuts on my arm", "I've got fresh cuts", 'life has no point', "there's no point to my life", 'there is no point to my life',
  // Fragments with no subject, said in answer to "what happened?", and questions with no carrier: found by a third
  // sweep, by voice, where each fell to the fallback.
  'want to kill myself', 'wanna kill myself', 'want to kill my self', 'going to kill myself', 'gonna kill myself', 'gonna end it all',
  'wanna end it all', 'want to end it all', 'really want to die', 'still want to die', 'thinking about suicide', 'been thinking about suicide',
  'cut myself again', 'burned myself again', 'burned myself with a lighter', 'ready to die', 'commit suicide', 'committing suicide',
  'kms fr', 'gonna top meself tonight', "what's the point of being alive", 'what is the point of being alive',
  'what is the point of living anymore', "what's the point of living anymore", "what's the point in living",
  // Death spoken of as appealing opens with no carrier either.
  'dying sounds nice', 'dying sounds peaceful', 'death sounds peaceful', 'death sounds nice', 'dying would be easier',
  'death would be easier', 'dying seems easier', 'death seems easier', 'death seems like a relief', 'dying seems like the only way out',
  // Self-harm in its own shorthand, with no subject: "SH" and "KMS" said as letters, "cut again".
  'sh urges', 'sh urges tonight', 'sh urges are bad tonight', 'cut again', 'cut again tonight', 'k m s',
  'cutting is the only thing that helps', 'cutting helps', 'cutting is how I cope', "suicidal thoughts won't stop",
  // Not waking up wished for behind a hedge no carrier opens ("maybe" and "hopefully" are carriers of their own).
  "with any luck I won't wake up", "with any luck I won't wake up tomorrow", "with any luck I don't wake up",
  "perhaps I won't wake up", "perhaps I won't wake up tomorrow", "fingers crossed I don't wake up",
  // Openings no carrier takes, said contracted or with no subject.
  "everyone's better off without me", "everybody's better off without me", "everyone's better off without me anyway",
  'wish I was dead', 'wish I were dead', 'wish I could disappear', 'wish I could just disappear', "wish I didn't exist",
  "wish I wasn't here", "wish I'd never been born", 'wish I could sleep and never wake up',
  "you're all better off without me", "you're better off without me", "that's it I'm done with life", 'no reason to live',
  'not worth living', "we'd all be better off if I was gone", "hope I don't wake up", 'hope I die in my sleep',
  "praying I don't wake up", 'rather be dead', 'tired of being alive', 'done with everything', 'better off without me',
  'wish it would all end', 'want it all to end', 'want to end it', 'perhaps I should just die',
  // An overdose told with no subject: the emergency number comes first, the line beside it (skill/respond.ts).
  'took too many pills', 'took all my pills',
  ...['yes', 'yeah', 'no', 'okay', 'stop', 'actually', 'but', 'and', 'because', 'also', 'help', 'help me', 'please help me', 'honestly', 'maybe']
    .flatMap((opening) =>
      ['I want to die', 'I wanted to die all day', 'I want to kill myself', "I'm suicidal", 'I feel suicidal', 'I want to hurt myself', 'I want to end it all'].map(
        (core) => `${opening} ${core}`,
      ),
    ),
];

/** Words as speech recognition may give them, for comparing with the list: lower case, no punctuation, single spaces. */
const key = (words: string) => words.toLowerCase().replace(/[^a-z' ]+/g, ' ').replace(/\s+/g, ' ').trim();

const LISTED: ReadonlySet<string> = new Set(CRISIS_LANGUAGE.map(key));

/** Whether the words are, whole, one of the sentences listed here. */
export function isListedCrisisLanguage(words: string): boolean {
  return LISTED.has(key(words));
}
