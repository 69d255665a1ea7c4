import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { inspect } from 'node:util';
import { OwnerSchema, type Owner } from '../schemas.js';
import { DIR_MODE, FILE_MODE } from './jsonFile.js';
import { Layout } from './layout.js';

/**
 * Keeps what a user said when their partition cannot take it (a corrupt month file, a lock that timed out): one JSON
 * line appended to DATA_DIR/rescue/<account hash>.jsonl. It deliberately does not read, parse or lock anything, so
 * whatever broke the store cannot also stop this. The file is created 0600 and removed with the account.
 *
 * Returns the path of the file, for the log line that tells an operator where to look.
 */
export async function rescue(dataDir: string, ownerInput: Owner, payload: unknown): Promise<string> {
  const owner = OwnerSchema.parse(ownerInput);
  const file = new Layout(path.resolve(dataDir)).rescueFile(owner.userId);
  const at = new Date().toISOString();
  let line: string;
  try {
    line = JSON.stringify({ at, owner, payload });
  } catch {
    // A payload JSON cannot express (a cycle, a BigInt) is still kept, as readable text.
    line = JSON.stringify({ at, owner, payloadText: inspect(payload, { depth: 6 }) });
  }
  await appendRescueText(file, `${line}\n`);
  return file;
}

/** Appends and fsyncs: this is the last place the words can go, so it must survive a power cut too. */
export async function appendRescueText(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: DIR_MODE });
  const handle = await open(file, 'a', FILE_MODE);
  try {
    await handle.appendFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}
