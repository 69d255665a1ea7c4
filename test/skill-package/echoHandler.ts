/**
 * A skill that answers every request with the request itself, so a test can see exactly which
 * intent and slots virtual-alexa resolved an utterance to.
 */
export async function handler(event: unknown): Promise<unknown> {
  return { version: '1.0', sessionAttributes: {}, response: { shouldEndSession: false }, echo: event };
}
