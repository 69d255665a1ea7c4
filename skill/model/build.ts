/**
 * (Re)writes skill-package/skill.json and the five interaction models from skill/model/.
 * Run from anywhere: `npx tsx skill/model/build.ts`.
 *
 * To deploy your own copy, give your endpoint (an https:// URL, or a Lambda ARN) and your policy pages:
 *   SKILL_ENDPOINT=https://checkin.example.org/alexa SKILL_CERTIFICATE=Trusted \
 *   SKILL_PRIVACY_URL=https://checkin.example.org/privacy SKILL_TERMS_URL=https://checkin.example.org/terms \
 *   npx tsx skill/model/build.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { generatedFiles } from './generate.js';
import { LAMBDA_ARN, type EndpointOptions } from './manifest.js';

const https = z.url({ protocol: /^https$/, message: 'must be an https:// URL' });

const BuildEnvSchema = z
  .object({
    SKILL_ENDPOINT: z
      .union([https, z.string().regex(LAMBDA_ARN)], { message: 'must be an https:// URL or a Lambda ARN' })
      .optional(),
    SKILL_CERTIFICATE: z
      .enum(['Trusted', 'Wildcard', 'SelfSigned'], { message: 'must be Trusted, Wildcard or SelfSigned' })
      .optional(),
    SKILL_PRIVACY_URL: https.optional(),
    SKILL_TERMS_URL: https.optional(),
  })
  .superRefine(({ SKILL_ENDPOINT: endpoint, SKILL_CERTIFICATE: certificate }, ctx) => {
    if (!endpoint || LAMBDA_ARN.test(endpoint)) return;
    const problem = (name: string, message: string) => ctx.addIssue({ code: 'custom', path: [name], message });
    // Alexa's rules for a web service endpoint ("Host a Custom Skill as a Web Service"): requests on port 443 only,
    // and the manifest names the kind of certificate the endpoint presents. Found here rather than by a skill that
    // Alexa never reaches.
    const { port } = new URL(endpoint);
    if (port) {
      problem(
        'SKILL_ENDPOINT',
        `Alexa calls HTTPS endpoints on port 443 only, and ${endpoint} names port ${port}. ` +
          'Give the address of the reverse proxy that listens on 443 and forwards to the server (README step 1).',
      );
    }
    if (!certificate) {
      problem(
        'SKILL_CERTIFICATE',
        'say which certificate the endpoint presents (README step 2): Trusted (from a trusted CA ' +
          'for this host name), Wildcard (a trusted *.example.org certificate) or SelfSigned (development only).',
      );
    }
  });

/** What build.ts writes from, and anything legitimate but worth a second look. */
export interface BuildOptions {
  endpoint: EndpointOptions;
  warnings: string[];
}

export class BuildOptionsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'BuildOptionsError';
  }
}

/** Reads SKILL_ENDPOINT, SKILL_CERTIFICATE and the policy pages; what Alexa could not use throws, naming the variable. */
export function buildOptions(source: Record<string, string | undefined> = process.env): BuildOptions {
  const parsed = BuildEnvSchema.safeParse(
    Object.fromEntries(
      ['SKILL_ENDPOINT', 'SKILL_CERTIFICATE', 'SKILL_PRIVACY_URL', 'SKILL_TERMS_URL'].map((name) => [name, source[name] || undefined]),
    ),
  );
  if (!parsed.success) {
    throw new BuildOptionsError(
      parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`),
    );
  }
  const { SKILL_ENDPOINT: uri, SKILL_CERTIFICATE: certificate, SKILL_PRIVACY_URL, SKILL_TERMS_URL } = parsed.data;
  const warnings: string[] = [];
  if (uri && LAMBDA_ARN.test(uri)) {
    if (certificate) warnings.push(`SKILL_CERTIFICATE (${certificate}) is not used: Alexa calls a Lambda ARN directly, with no certificate.`);
  } else if (uri) {
    // Legitimate behind a proxy that maps the path; otherwise Alexa would get the dashboard's 404.
    const { pathname } = new URL(uri);
    if (pathname !== '/alexa' && pathname !== '/alexa/') {
      warnings.push(
        `SKILL_ENDPOINT: the server answers Alexa on /alexa, and ${uri} asks for ${pathname}. ` +
          'That works only if your reverse proxy forwards this path to /alexa.',
      );
    }
    if (certificate === 'SelfSigned') {
      warnings.push(
        'SKILL_CERTIFICATE: SelfSigned is for development only: upload the certificate in the developer console, ' +
          'and switch to Trusted or Wildcard before submitting the skill for certification, which refuses it.',
      );
    }
  }
  return {
    endpoint: {
      ...(uri ? { uri } : {}),
      ...(certificate ? { sslCertificateType: certificate } : {}),
      ...(SKILL_PRIVACY_URL ? { privacyPolicyUrl: SKILL_PRIVACY_URL } : {}),
      ...(SKILL_TERMS_URL ? { termsOfUseUrl: SKILL_TERMS_URL } : {}),
    },
    warnings,
  };
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let options: BuildOptions;
  try {
    options = buildOptions();
  } catch (error) {
    if (!(error instanceof BuildOptionsError)) throw error;
    console.error(`Nothing was written.\n${error.message}`);
    process.exit(2);
  }
  for (const warning of options.warnings) console.warn(`Warning: ${warning}`);
  for (const [relative, content] of generatedFiles(options.endpoint)) {
    const target = path.join(repoRoot, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content, 'utf8');
    console.log(`wrote ${relative} (${content.length} bytes)`);
  }
}
