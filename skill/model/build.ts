/**
 * (Re)writes skill-package/skill.json and the five interaction models from skill/model/.
 * Run from anywhere: `npx tsx skill/model/build.ts`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './generate.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

for (const [relative, content] of generatedFiles()) {
  const target = path.join(repoRoot, relative);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, content, 'utf8');
  console.log(`wrote ${relative} (${content.length} bytes)`);
}
