/**
 * Pure generation of the skill package files from intents.ts and manifest.ts. build.ts writes
 * what this returns; the tests compare it with what is on disk, so the JSON is never hand-edited.
 */
import { INTENTS, INVOCATION_NAME, SLOT_TYPES } from './intents.js';
import { buildManifest, LOCALES, type EndpointOptions, type Locale } from './manifest.js';

/** The interaction model for one locale, in the shape the ASK CLI deploys. */
export function buildInteractionModel(_locale: Locale): unknown {
  // Identical for every English locale today; the parameter is where a locale would differ.
  return {
    interactionModel: {
      languageModel: {
        invocationName: INVOCATION_NAME,
        intents: INTENTS.map((intent) => ({
          name: intent.name,
          ...(intent.slots ? { slots: intent.slots.map((s) => ({ name: s.name, type: s.type, samples: [] })) } : {}),
          samples: [...intent.samples],
        })),
        types: SLOT_TYPES.map((type) => ({
          name: type.name,
          values: type.values.map((v) => ({ id: v.id, name: { value: v.value, synonyms: [...v.synonyms] } })),
        })),
      },
    },
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every generated file, keyed by its path relative to the repository root. */
export function generatedFiles(endpoint: EndpointOptions = {}): Map<string, string> {
  const files = new Map<string, string>();
  files.set('skill-package/skill.json', json(buildManifest(endpoint)));
  for (const locale of LOCALES) {
    files.set(`skill-package/interactionModels/custom/${locale}.json`, json(buildInteractionModel(locale)));
  }
  return files;
}
