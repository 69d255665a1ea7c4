/**
 * skill/model/build.ts writes the endpoint Alexa will call into skill.json (README step 3). Alexa calls a web service
 * on port 443 only, and the manifest must name the certificate it presents: build.ts refuses an endpoint that breaks
 * either rule, and warns where the choice can be right (a path a proxy maps, a self-signed certificate while
 * developing).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildOptionsError, buildOptions } from '../../skill/model/build.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:between-sessions';

function problemsOf(source: Record<string, string>): string[] {
  try {
    buildOptions(source);
  } catch (error) {
    if (error instanceof BuildOptionsError) return error.problems;
    throw error;
  }
  return [];
}

describe('build.ts endpoint settings', () => {
  it.each([
    ['https://checkin.example.org/alexa', 'Trusted'],
    ['https://checkin.example.org/alexa/', 'Wildcard'],
    // Port 443 said out loud is still port 443.
    ['https://checkin.example.org:443/alexa', 'Trusted'],
  ])('takes %s with %s, without a warning', (uri, certificate) => {
    const options = buildOptions({ SKILL_ENDPOINT: uri, SKILL_CERTIFICATE: certificate });
    expect(options.warnings).toEqual([]);
    expect(options.endpoint).toMatchObject({ uri, sslCertificateType: certificate });
  });

  it('keeps the placeholders when nothing is given, and takes a Lambda ARN without a certificate', () => {
    expect(buildOptions({})).toEqual({ endpoint: {}, warnings: [] });
    expect(buildOptions({ SKILL_ENDPOINT: ARN })).toEqual({ endpoint: { uri: ARN }, warnings: [] });
  });

  it.each([
    ['https://checkin.example.org:3000/alexa', /port 443 only.*names port 3000/],
    ['https://checkin.example.org:8443/alexa', /port 443 only.*names port 8443/],
  ])('refuses %s: Alexa calls port 443 only', (uri, message) => {
    expect(problemsOf({ SKILL_ENDPOINT: uri, SKILL_CERTIFICATE: 'Trusted' })).toEqual([expect.stringMatching(message)]);
  });

  it('refuses an https endpoint without SKILL_CERTIFICATE, instead of writing Wildcard unasked', () => {
    expect(problemsOf({ SKILL_ENDPOINT: 'https://checkin.example.org/alexa' })).toEqual([
      expect.stringMatching(/^SKILL_CERTIFICATE: say which certificate.*Trusted.*Wildcard.*SelfSigned/),
    ]);
  });

  it('names every problem at once', () => {
    expect(problemsOf({ SKILL_ENDPOINT: 'https://checkin.example.org:3000/alexa' })).toHaveLength(2);
    expect(problemsOf({ SKILL_ENDPOINT: 'http://checkin.example.org/alexa', SKILL_CERTIFICATE: 'trusted' })).toEqual([
      'SKILL_ENDPOINT: must be an https:// URL or a Lambda ARN',
      'SKILL_CERTIFICATE: must be Trusted, Wildcard or SelfSigned',
    ]);
  });

  it.each([
    ['https://checkin.example.org/', 'Trusted', /answers Alexa on \/alexa.*asks for \/\. .*proxy/],
    ['https://checkin.example.org/skill', 'Trusted', /answers Alexa on \/alexa.*asks for \/skill/],
    ['https://checkin.example.org/alexa', 'SelfSigned', /SelfSigned is for development only/],
    [ARN, 'Trusted', /not used: Alexa calls a Lambda ARN directly/],
  ])('warns about %s with %s, and still writes it', (uri, certificate, warning) => {
    const options = buildOptions({ SKILL_ENDPOINT: uri, SKILL_CERTIFICATE: certificate });
    expect(options.warnings).toEqual([expect.stringMatching(warning)]);
    expect(options.endpoint.uri).toBe(uri);
  });

  it('as a command, refuses with exit code 2 and writes nothing', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'skill/model/build.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', SKILL_ENDPOINT: 'https://checkin.example.org:3000/alexa', SKILL_CERTIFICATE: 'Trusted' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Nothing was written\.\nSKILL_ENDPOINT: Alexa calls HTTPS endpoints on port 443 only/);
    expect(result.stderr).not.toMatch(/\bat \S+:\d+:\d+/);
    expect(result.stdout).not.toMatch(/wrote/);
  });
});
