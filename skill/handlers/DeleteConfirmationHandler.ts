import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { endAllSessions } from '../../shared/auth.js';
import { isDeletionIncomplete } from '../../shared/store/Store.js';
import { isOwnersVoice, turnOf } from '../context.js';
import { conversation, freshConversation, saveConversation } from '../conversation.js';
import * as say from '../messages/en.js';
import { isAnswerIn, isIntent, mentionsMedicalEmergency } from '../predicates.js';
import { respond } from '../respond.js';
import { notDeleted } from './DeleteDataIntentHandler.js';
import { keepWhatWasSaid } from './SafetyHandler.js';

/**
 * The answer to "are you sure?": only a clear yes deletes; anything else keeps everything. Anything but a yes or a no
 * ("um, what?") is asked about once more first, since it is more likely a question than a no.
 */
export const DeleteConfirmationHandler: RequestHandler = {
  canHandle(input) {
    return isAnswerIn(input, 'confirm_delete');
  },
  async handle(input) {
    const state = conversation(input);
    // Emergency words to "are you sure?" get the number first (respond.ts), which says they are kept: they are.
    if (mentionsMedicalEmergency(input)) await keepWhatWasSaid(input, state);
    // Anything but a yes or a no ("um, what?", heard as a sentence or as nothing) is asked about once more.
    const clear = isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent', 'SkipIntent');
    if (!clear && state.retries < 1) {
      state.retries += 1;
      saveConversation(input, state);
      const again = say.fallback(say.confirmDelete.reprompt ?? say.confirmDelete.speech);
      return respond(input, { speech: again.speech, reprompt: again.reprompt ?? again.speech });
    }
    saveConversation(input, freshConversation(state));
    if (!isIntent(input, 'AMAZON.YesIntent')) return respond(input, { speech: say.keptData, end: true });
    if (!isOwnersVoice(input)) return notDeleted(input);
    const { store, owner } = turnOf(input);
    try {
      await endAllSessions(store, owner);
      await store.deleteOwner(owner);
    } catch (error) {
      return deletionFailed(input, error);
    }
    return respond(input, { speech: say.deleted, end: true });
  },
};

/**
 * What the user hears when the deletion failed: whether anything went, truthfully, and to ask again. Not the error
 * handler's word about the journal, which says nothing of the deletion: someone who asked for everything to go must
 * not be left wondering whether it did.
 */
function deletionFailed(input: HandlerInput, error: unknown) {
  console.error('Could not delete the user\'s data:', error);
  return respond(input, { speech: isDeletionIncomplete(error) ? say.deleteUnfinished : say.deleteFailed, end: true });
}
