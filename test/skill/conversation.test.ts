/**
 * The conversation state read from the session attributes: each read is the caller's own copy, though a turn's reads
 * of the same saved state are parsed once (skill/conversation.ts).
 */
import { AttributesManagerFactory, type HandlerInput } from 'ask-sdk-core';
import { describe, expect, it } from 'vitest';
import { conversation, freshConversation, saveConversation } from '../../skill/conversation.js';
import { intentRequest, newSession } from '../helpers/alexa.js';

function turnWith(attributes: Record<string, unknown>): HandlerInput {
  const requestEnvelope = intentRequest('IntensityIntent', { intensity: '6' }, { userId: 'amzn1.ask.account.CONV' }, { ...newSession(), isNew: false, attributes });
  return { requestEnvelope, attributesManager: AttributesManagerFactory.init({ requestEnvelope }) } as unknown as HandlerInput;
}

const EXERCISE = { id: 'ex-1', kind: 'box', rounds: 2, slower: false, checkInId: 'c-1' };

describe('conversation()', () => {
  it('gives each caller its own copy: what one changes, the next read does not see', () => {
    const input = turnWith({ conversation: { step: 'exercise', checkInId: 'c-1', exercise: EXERCISE, redo: ['what_happened'], turns: 3 } });
    const first = conversation(input);
    first.step = 'practice';
    first.exercise!.rounds = 99;
    first.redo.push('intensity');
    const second = conversation(input);
    expect(second.step).toBe('exercise');
    expect(second.exercise).toEqual(EXERCISE);
    expect(second.redo).toEqual(['what_happened']);
  });

  it('reads what was saved, not what the caller changed after saving', () => {
    const input = turnWith({ conversation: { step: 'exercise', checkInId: 'c-1', exercise: EXERCISE, turns: 3 } });
    const state = conversation(input);
    state.exercise!.rounds = 3;
    saveConversation(input, state);
    expect(conversation(input).exercise!.rounds).toBe(3);
    state.exercise!.rounds = 4;
    state.redo.push('practice');
    expect(conversation(input).exercise!.rounds).toBe(3);
    expect(conversation(input).redo).toEqual([]);
    expect(conversation(input).turns).toBe(4);
  });

  it('starts from the beginning with no state saved, every time', () => {
    const input = turnWith({});
    const first = conversation(input);
    first.step = 'practice';
    first.redo.push('practice');
    expect(conversation(input)).toMatchObject({ step: 'idle', checkInId: null, exercise: null, redo: [], turns: 0 });
  });

  it('shares nothing between fresh states, with a session or without one', () => {
    const noSession = { ...turnWith({}), requestEnvelope: { ...turnWith({}).requestEnvelope, session: undefined } } as HandlerInput;
    conversation(noSession).redo.push('practice');
    freshConversation(conversation(turnWith({}))).redo.push('barrier');
    expect(conversation(noSession).redo).toEqual([]);
    expect(freshConversation(conversation(turnWith({}))).redo).toEqual([]);
    expect(conversation(turnWith({})).redo).toEqual([]);
  });
});
