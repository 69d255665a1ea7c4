import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from '../../shared/env.js';

function problems(source: Record<string, string>): string[] {
  try {
    loadEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadEnv', () => {
  it.each([
    ['3000', 3000],
    ['1', 1],
    ['65535', 65_535],
    ['08080', 8080],
    // Tests listen on a port the system picks.
    ['0', 0],
  ])('takes PORT=%s as %i', (value, port) => {
    expect(loadEnv({ PORT: value }).PORT).toBe(port);
  });

  it('defaults PORT to 3000, also when it is set but empty', () => {
    expect(loadEnv({}).PORT).toBe(3000);
    expect(loadEnv({ PORT: '' }).PORT).toBe(3000);
  });

  // Number() reads all of these, so they used to listen on a port nobody asked for (0x10 on 16, 1e3 on 1000).
  it.each(['0x10', '1e3', '3000.0', '3000.5', ' 3000', '+3000', '-1', '65536', '99999999', 'Infinity', 'three thousand'])(
    'refuses PORT=%j with a message naming PORT',
    (value) => {
      expect(problems({ PORT: value })).toEqual(['PORT: must be a port number from 1 to 65535, in digits']);
    },
  );

  it.each([
    ['1', 1],
    ['3', 3],
  ])('takes XFF_DEPTH=%s as %i', (value, depth) => {
    expect(loadEnv({ XFF_DEPTH: value }).XFF_DEPTH).toBe(depth);
  });

  // adapter-node reads XFF_DEPTH with parseInt: 0x2 would be 2 here and 0 there.
  it.each(['0', '0x2', '2e0', '1.5', '-1'])('refuses XFF_DEPTH=%j with a message naming it', (value) => {
    expect(problems({ XFF_DEPTH: value })).toEqual([expect.stringMatching(/^XFF_DEPTH: must be/)]);
  });
});
