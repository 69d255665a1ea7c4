import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LOCALES } from '../../skill/model/manifest.js';
import { spoken } from '../helpers/alexa.js';
import { skillHarness, type SkillHarness } from '../helpers/skill.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function modelIntents(locale: string): string[] {
  const model = JSON.parse(readFileSync(path.join(ROOT, `skill-package/interactionModels/custom/${locale}.json`), 'utf8'));
  return model.interactionModel.languageModel.intents.map((i: { name: string }) => i.name);
}

/** Every intent name the skill's code mentions. */
function intentsInCode(): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'model') walk(full);
      } else if (entry.name.endsWith('.ts')) {
        for (const m of readFileSync(full, 'utf8').matchAll(/'((?:AMAZON\.)?[A-Z]\w*Intent)'/g)) names.add(m[1]!);
      }
    }
  };
  walk(path.join(ROOT, 'skill'));
  return [...names].sort();
}

let h: SkillHarness;
beforeAll(async () => {
  h = await skillHarness();
});
afterAll(async () => {
  await h.close();
});

describe('intents and handlers', () => {
  const intents = modelIntents('en-US');

  it('every locale has the same intents', () => {
    for (const locale of LOCALES) expect(modelIntents(locale).sort()).toEqual([...intents].sort());
  });

  it.each(intents)('%s is handled in code (not left to the error handler)', async (intent) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = await h.talk({ userId: `amzn1.ask.account.${intent.replace(/\W/g, '')}` }).say(intent);
    const logged = errors.mock.calls.length;
    errors.mockRestore();
    expect(spoken(r)).not.toMatch(/something went wrong/i);
    expect(logged).toBe(0);
  });

  it('every intent the code handles is in the model', () => {
    const inCode = intentsInCode();
    expect(inCode.length).toBeGreaterThan(15);
    for (const name of inCode) expect(intents, name).toContain(name);
  });
});
