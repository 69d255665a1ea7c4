import type { RequestHandler } from 'ask-sdk-core';
import { HIGH_INTENSITY } from '../../shared/limits.js';
import { parseIntensity, splitTrailingIntensity } from '../../shared/intensity.js';
import type { Ssml } from '../../shared/ssml.js';
import { continuingCheckIn } from '../conversation.js';
import { askNext, feelingAnswer, saveAnswer, saveFeelingAnswer } from '../flow.js';
import * as say from '../messages/en.js';
import { intensitySaid, isIntent, slot } from '../predicates.js';

/**
 * Starts a check-in, answers the feeling question, or takes a one-shot ("tell between sessions I'm anxious, about
 * a 6"): whatever was said is stored at once, and the check-in carries on from there. A feeling said again to correct
 * it (CorrectFeelingIntent) replaces the one on the same entry, said back, and the question waiting is asked again.
 */
export const CheckInIntentHandler: RequestHandler = {
  canHandle(input) {
    return isIntent(input, 'CheckInIntent', 'CorrectFeelingIntent');
  },
  async handle(input) {
    const state = continuingCheckIn(input);
    const feelingSlot = slot(input, 'feeling');
    // "Angry and sad", "tired but okay": both kept as said, filed under the first.
    const and = slot(input, 'andFeeling').value;
    const but = slot(input, 'butFeeling').value;
    // "Anxious about tomorrow": what it is about stays with the feeling, as said. "Anxious about a 6" is a number.
    const aboutSaid = slot(input, 'about').value;
    const aboutNumber = parseIntensity(aboutSaid);
    const about = aboutSaid && !aboutNumber.ok ? aboutSaid : null;
    let intensity = aboutNumber.ok ? aboutNumber : parseIntensity(intensitySaid(input));
    // A custom slot takes any words: "anxious about a 6" may come whole in the feeling slot. The number is the intensity.
    let feelingSaid = feelingSlot.value;
    const withNumber = feelingSaid && !intensity.ok ? splitTrailingIntensity(feelingSaid) : null;
    if (withNumber) {
      feelingSaid = withNumber.rest;
      intensity = { ok: true, value: withNumber.intensity, ...(withNumber.range ? { range: withNumber.range } : {}) };
    }
    const feeling =
      feelingSaid &&
      [feelingSaid, and ? `and ${and}` : but ? `but ${but}` : null, about ? `about ${about}` : null].filter(Boolean).join(' ');
    const lead: Ssml[] = [];
    let saved;

    if (feeling) {
      const answer = feelingAnswer(feeling, feelingSlot.id);
      saved = await saveFeelingAnswer(input, state, intensity.ok ? { ...answer, intensity: intensity.value } : answer);
      // Said again in the middle of a check-in: say it back, or the question that follows sounds as if it was not heard.
      if (answer.feeling && state.checkInId && state.step !== 'feeling' && !intensity.ok) {
        lead.push(say.feelingCorrected(answer.feeling.said));
      } else if (intensity.ok && answer.feeling) lead.push(say.ackFeeling(answer.feeling.said, state.turns));
    } else if (intensity.ok) {
      saved = await saveAnswer(input, state, { intensity: intensity.value });
    }
    // "Sad, about a 6 or 7": the top is kept, and said so. From 8 the offer that follows names it.
    if (saved && intensity.ok && intensity.range && intensity.value < HIGH_INTENSITY) lead.push(say.rangeTop(intensity.value));
    return askNext(input, state, lead, saved);
  },
};
