/**
 * `npm run build:lambda`: the skill as one CommonJS file for AWS Lambda (handler `index.handler`), in dist/lambda/.
 * Zip the folder's contents and upload them; see the README's "AWS Lambda" section.
 *
 * CommonJS, not ESM: bundled ESM meets the dynamic require()s of Express's dependencies and stops at load time
 * ("Dynamic require of "url" is not supported").
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildLambda(outDir = path.join(root, 'dist', 'lambda')): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const outfile = path.join(outDir, 'index.js');
  await build({
    entryPoints: [path.join(root, 'skill', 'lambda.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
    legalComments: 'none',
  });
  // The folder is its own package: index.js is CommonJS whatever the package above it says.
  await writeFile(path.join(outDir, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
  return outfile;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outfile = await buildLambda(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(`Built ${path.relative(process.cwd(), outfile)} (handler: index.handler). Zip its folder's contents and upload them.`);
}
