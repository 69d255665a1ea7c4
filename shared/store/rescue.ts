import { createHash, randomUUID } from 'node:crypto';
import type { Stats } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { inspect } from 'node:util';
import { OwnerSchema, type Owner } from '../schemas.js';
import { DIR_MODE, FILE_MODE, removeFile } from './jsonFile.js';
import { Layout } from './layout.js';
import { errorCode } from './lock.js';

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

/**
 * Appends and fsyncs: this is the last place the words can go, so it must survive a power cut too.
 *
 * Takes no lock, so a removal (dropRescuedLines, dropRescuedLine) can move the log aside between our open and our
 * append: the lines then land in the copy, which the removal may already have read, and go when it removes the copy.
 * So after the sync, if the file we wrote is no longer the log, whatever of ours the log does not hold now is written
 * again. The removal does not add back a line the log already holds, so at worst a line is there twice (read back
 * once), never lost.
 */
export async function appendRescueText(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: DIR_MODE });
  let pending = text;
  for (let attempt = 0; attempt < 5; attempt++) {
    const handle = await open(file, 'a', FILE_MODE);
    let written: Stats;
    try {
      await handle.appendFile(pending, 'utf8');
      await handle.sync();
      written = await handle.stat();
    } finally {
      await handle.close();
    }
    const now = await statOrNull(file);
    if (now !== null && now.ino === written.ino && now.dev === written.dev) return;
    const present = new Set((await readLines(file)).flatMap((line) => piecesOf(line).map((piece) => piece.text)));
    const missing = pending.split('\n').filter((line) => line.length > 0 && !present.has(line));
    if (missing.length === 0) return;
    pending = missing.map((line) => `${line}\n`).join('');
  }
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await stat(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** One line of the rescue log that belongs to an owner: when it was kept, and what was kept. */
export interface RescuedLine {
  /** Names the line for removing it (dropRescuedLine): a digest of its text, the same in every copy of the log. */
  id: string;
  /** When the line was written (ISO 8601, UTC). */
  at: string;
  /** What the writer kept, exactly as stored; a string when JSON could not express it (`payloadText`). */
  payload: unknown;
}

/** Every line `rescue()` writes starts with this, so a line glued onto a torn one can still be found. */
const LINE_START = '{"at":"';

interface ParsedLine {
  at: string;
  owner: Owner | null;
  payload: unknown;
}

function parseLine(text: string): ParsedLine | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const line = json as { at?: unknown; owner?: unknown; payload?: unknown; payloadText?: unknown };
  if (typeof line.at !== 'string') return null;
  const owner = OwnerSchema.safeParse(line.owner);
  return { at: line.at, owner: owner.success ? owner.data : null, payload: 'payload' in line ? line.payload : line.payloadText };
}

/**
 * A line of the log, split where a crash tore it: an append cut short by a crash has no newline, so the next line is
 * written straight after it. Returns the pieces in order, each with what it parsed to (null: unreadable, e.g. torn).
 * A key "at" inside a payload also reads `{"at":"`, but parsing from there leaves the outer object's closing brace
 * unmatched, so only a real line start parses.
 */
function piecesOf(text: string): Array<{ text: string; parsed: ParsedLine | null }> {
  const whole = parseLine(text);
  if (whole) return [{ text, parsed: whole }];
  for (let at = text.indexOf(LINE_START, 1); at > 0; at = text.indexOf(LINE_START, at + 1)) {
    const parsed = parseLine(text.slice(at));
    if (parsed) return [{ text: text.slice(0, at), parsed: null }, { text: text.slice(at), parsed }];
  }
  return [{ text, parsed: null }];
}

function sameOwner(a: Owner, b: Owner): boolean {
  return a.userId === b.userId && a.personId === b.personId;
}

/** `<account hash>.jsonl.<owner key>.<uuid>.filtering`: what dropRescuedLines reads from while it removes an owner. */
const FILTERING = /^(?<base>[0-9a-f]{64}\.jsonl)\.(?:(?<ownerKey>default|[0-9a-f]{64})\.)?[^.]+\.filtering$/;

/**
 * The copies a removal crashed with (the process died after moving the log aside and before removing the copy),
 * with whose lines that removal was dropping. `ownerKey` is undefined for a copy made before the owner went into the
 * name: then nobody's lines can be told apart as the deleted person's.
 */
async function leftoverCopies(file: string): Promise<Array<{ file: string; ownerKey: string | undefined }>> {
  let names: string[];
  try {
    names = await readdir(path.dirname(file));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const base = path.basename(file);
  return names.flatMap((name) => {
    const match = FILTERING.exec(name);
    return match?.groups?.base === base ? [{ file: path.join(path.dirname(file), name), ownerKey: match.groups.ownerKey }] : [];
  });
}

async function readLines(file: string): Promise<string[]> {
  try {
    return (await readFile(file, 'utf8')).split('\n').filter((line) => line.length > 0);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/**
 * What the rescue log kept of one owner (only theirs: a recognised person and the account's default records are
 * different owners), newest first. Unreadable text (a line a crash cut short) is skipped: it cannot be told whose it
 * is. The copy of a removal that crashed is read too, minus the lines that removal was dropping, so a crash there
 * does not hide anyone else's words; a line seen twice that way is given once.
 */
export async function readRescued(layout: Layout, ownerInput: Owner): Promise<RescuedLine[]> {
  const owner = OwnerSchema.parse(ownerInput);
  const file = layout.rescueFile(owner.userId);
  const sources: Array<{ file: string; ownerKey?: string | undefined }> = [{ file }, ...(await leftoverCopies(file))];
  const seen = new Set<string>();
  const out: RescuedLine[] = [];
  for (const source of sources) {
    for (const line of await readLines(source.file)) {
      for (const { text, parsed } of piecesOf(line)) {
        if (!parsed?.owner || !sameOwner(parsed.owner, owner) || seen.has(text)) continue;
        if (source.ownerKey !== undefined && layout.ownerKey(parsed.owner) === source.ownerKey) continue;
        seen.add(text);
        out.push({ id: lineId(text), at: parsed.at, payload: parsed.payload });
      }
    }
  }
  // Of two lines kept in the same millisecond, the one written later comes first, as with later times.
  return out
    .map((line, index) => ({ line, index }))
    .sort((a, b) => (a.line.at === b.line.at ? b.index - a.index : a.line.at < b.line.at ? 1 : -1))
    .map(({ line }) => line);
}

/**
 * Drops one owner's lines from the account's rescue log (deleting a person must not leave their words here). Called
 * under the account lock. The log is append-only for writers, so it is moved aside first (an append racing with us
 * lands in the moved file, which we read, or in a new one, which we keep) and everyone else's lines are appended
 * back. Lines that cannot be parsed are kept: they may be someone's words, and we cannot tell whose.
 *
 * The copy is named after the owner being dropped, so that if the process dies before removing it, the next removal
 * on the account finishes the job: the copy would otherwise hold everyone's words, the deleted person's included,
 * for ever.
 */
export async function dropRescuedLines(layout: Layout, ownerInput: Owner): Promise<void> {
  const owner = OwnerSchema.parse(ownerInput);
  const file = layout.rescueFile(owner.userId);
  for (const leftover of await leftoverCopies(file)) await putBack(layout, file, leftover.file, leftover.ownerKey);
  const ownerKey = layout.ownerKey(owner);
  const aside = `${file}.${ownerKey}.${randomUUID()}.filtering`;
  try {
    await rename(file, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  await putBack(layout, file, aside, ownerKey);
}

/**
 * Drops one line an owner asked to remove (words they regret). Called under the account lock. Returns whether the line
 * was found.
 */
export function dropRescuedLine(layout: Layout, owner: Owner, id: string): Promise<boolean> {
  return dropRescuedLinesWhere(layout, owner, (line) => line.id === id);
}

/**
 * Drops what was kept aside of one entry (words longer than it holds, written with its id as `checkInId`): the entry
 * is being deleted. Called under the account lock. Returns whether any line was found.
 */
export function dropRescuedLinesOfEntry(layout: Layout, owner: Owner, checkInId: string): Promise<boolean> {
  return dropRescuedLinesWhere(layout, owner, (line) => keptForEntry(line.payload) === checkInId);
}

function keptForEntry(payload: unknown): unknown {
  return typeof payload === 'object' && payload !== null && 'checkInId' in payload ? payload.checkInId : undefined;
}

/**
 * Drops an owner's lines that `picks` names. Moved aside like dropRescuedLines, but under a name that says whose
 * lines go: none. So if the process dies before the copy is removed, the next removal puts every line back, these
 * too: the user may have to remove them again, and nothing anyone said is lost.
 */
async function dropRescuedLinesWhere(layout: Layout, ownerInput: Owner, picks: (line: RescuedLine) => boolean): Promise<boolean> {
  const owner = OwnerSchema.parse(ownerInput);
  const file = layout.rescueFile(owner.userId);
  for (const leftover of await leftoverCopies(file)) await putBack(layout, file, leftover.file, leftover.ownerKey);
  if (!(await readRescued(layout, owner)).some(picks)) return false;
  const aside = `${file}.${randomUUID()}.filtering`;
  try {
    await rename(file, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
  let found = false;
  await putBack(layout, file, aside, undefined, (text, parsed) => {
    const drop = parsed?.owner != null && sameOwner(parsed.owner, owner) && picks({ id: lineId(text), at: parsed.at, payload: parsed.payload });
    found ||= drop;
    return drop;
  });
  return found;
}

/** A line's name: the start of its text's sha256, which only its own text gives. */
function lineId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/**
 * Appends the lines of a moved-aside copy back to the log, except those of `ownerKey` (every line when it is
 * undefined: a copy from before owners were named in it, whose dropped lines cannot be told apart, so nothing is
 * lost) and those `drop` picks, then removes the copy. Lines the log already holds are not added twice: when a crash
 * came after the append-back, only the removal of the copy is left to do.
 */
async function putBack(
  layout: Layout,
  file: string,
  aside: string,
  ownerKey: string | undefined,
  drop: (text: string, parsed: ParsedLine | null) => boolean = () => false,
): Promise<void> {
  const present = new Set((await readLines(file)).flatMap((line) => piecesOf(line).map((piece) => piece.text)));
  const kept: string[] = [];
  for (const line of await readLines(aside)) {
    for (const { text, parsed } of piecesOf(line)) {
      const dropped = (ownerKey !== undefined && parsed?.owner != null && layout.ownerKey(parsed.owner) === ownerKey) || drop(text, parsed);
      if (!dropped && !present.has(text)) kept.push(text);
    }
  }
  if (kept.length > 0) await appendRescueText(file, kept.map((line) => `${line}\n`).join(''));
  await removeFile(aside);
}

/** Removes an account's rescue log and every copy of it a crash left behind: the whole account is being deleted. */
export async function removeRescueFiles(layout: Layout, userId: string): Promise<void> {
  const file = layout.rescueFile(userId);
  const prefix = `${path.basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(path.dirname(file));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  for (const name of names) if (name.startsWith(prefix)) await removeFile(path.join(path.dirname(file), name));
  await removeFile(file);
}
