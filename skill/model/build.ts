/**
 * (Re)writes skill-package/skill.json and the five interaction models from skill/model/.
 * Run from anywhere: `npx tsx skill/model/build.ts`.
 *
 * To deploy your own copy, give your endpoint:
 *   SKILL_ENDPOINT=https://checkin.example.org/alexa SKILL_CERTIFICATE=Trusted npx tsx skill/model/build.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { generatedFiles } from './generate.js';

const options = z
  .object({
    SKILL_ENDPOINT: z.url({ protocol: /^https$/, message: 'SKILL_ENDPOINT must be an https:// URL' }).optional(),
    SKILL_CERTIFICATE: z.enum(['Trusted', 'Wildcard', 'SelfSigned']).optional(),
  })
  .parse({ SKILL_ENDPOINT: process.env.SKILL_ENDPOINT || undefined, SKILL_CERTIFICATE: process.env.SKILL_CERTIFICATE || undefined });

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

for (const [relative, content] of generatedFiles({
  ...(options.SKILL_ENDPOINT ? { uri: options.SKILL_ENDPOINT } : {}),
  ...(options.SKILL_CERTIFICATE ? { sslCertificateType: options.SKILL_CERTIFICATE } : {}),
})) {
  const target = path.join(repoRoot, relative);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, content, 'utf8');
  console.log(`wrote ${relative} (${content.length} bytes)`);
}
