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
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { generatedFiles } from './generate.js';
import { LAMBDA_ARN } from './manifest.js';

const https = (name: string) => z.url({ protocol: /^https$/, message: `${name} must be an https:// URL` });
const parsed = z
  .object({
    SKILL_ENDPOINT: z
      .union([https('SKILL_ENDPOINT'), z.string().regex(LAMBDA_ARN)], { message: 'SKILL_ENDPOINT must be an https:// URL or a Lambda ARN' })
      .optional(),
    SKILL_CERTIFICATE: z.enum(['Trusted', 'Wildcard', 'SelfSigned']).optional(),
    SKILL_PRIVACY_URL: https('SKILL_PRIVACY_URL').optional(),
    SKILL_TERMS_URL: https('SKILL_TERMS_URL').optional(),
  })
  .safeParse(
    Object.fromEntries(
      ['SKILL_ENDPOINT', 'SKILL_CERTIFICATE', 'SKILL_PRIVACY_URL', 'SKILL_TERMS_URL'].map((name) => [name, process.env[name] || undefined]),
    ),
  );
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${String(issue.path[0])}: ${issue.message}`);
  process.exit(2);
}
const options = parsed.data;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

for (const [relative, content] of generatedFiles({
  ...(options.SKILL_ENDPOINT ? { uri: options.SKILL_ENDPOINT } : {}),
  ...(options.SKILL_CERTIFICATE ? { sslCertificateType: options.SKILL_CERTIFICATE } : {}),
  ...(options.SKILL_PRIVACY_URL ? { privacyPolicyUrl: options.SKILL_PRIVACY_URL } : {}),
  ...(options.SKILL_TERMS_URL ? { termsOfUseUrl: options.SKILL_TERMS_URL } : {}),
})) {
  const target = path.join(repoRoot, relative);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, content, 'utf8');
  console.log(`wrote ${relative} (${content.length} bytes)`);
}
