/**
 * Planning a new item: its id, path and file text, from the category's template. Pure:
 * the clock, the randomness and the template text are passed in.
 */
import { Document, isMap, isScalar, parseDocument, type ToStringOptions } from 'yaml';
import { splitFile } from './frontmatter.js';
import { itemPath, makeId } from './id.js';
import { toItem, type Adoption, type HistoryEntry, type Instruction, type Item, type Origin } from './item.js';

export interface NewItemInput {
  title: string;
  category: string;
  source: string;
  departments: string[];
  authors: string[];
  nature?: string;
  topic?: string;
  tags: string[];
  status: 'draft' | 'submitted';
  /** Bulletin layout (docs/cli.md 3.1): a section, a brief. */
  section?: string;
  brief?: boolean;
  /** The items a merged item (综合稿) was made from, and the note of its first history entry. */
  merged?: string[];
  note?: string;
  /** Body text; the template's guidance when absent. */
  body?: string;
  /** `created`, `YYYY-MM-DD` in the configured zone. */
  date: string;
  /** The first history entry's timestamp, on `date`. */
  at: string;
  by: string;
  /** A ledger row's item (台账, docs/cli.md 5.10.1): its whole history and records in place of one entry. */
  ledger?: LedgerRecords;
}

/** What an item brought in from a ledger row records beyond a new item's first entry. */
export interface LedgerRecords {
  status: string;
  history: HistoryEntry[];
  adoptions: Adoption[];
  instructions: Instruction[];
  origin: Origin;
}

export interface PlannedItem {
  item: Item;
  path: string;
  text: string;
}

export const YAML_OUTPUT: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false };

export const DEFAULT_TEMPLATE = `---
id:
title:
category:
source:
status:
department:
authors: []
created:
tags: []
history: []
adoptions: []
instructions: []
bulletins: []
---
`;

/**
 * Sets a key, keeping the comment and position of a scalar the template already holds; a
 * key the template lacks goes after `after` (the order of docs/cli.md 3.1), or at the end.
 */
function put(doc: Document, key: string, value: unknown, after?: string): void {
  const existing = doc.get(key, true);
  if (isScalar(existing) && (typeof value === 'string' || value === null)) {
    existing.value = value;
    return;
  }
  const node = Array.isArray(value) ? doc.createNode(value, { flow: true }) : value;
  const map = doc.contents;
  if (doc.has(key) || !after || !isMap(map)) return void doc.set(key, node);
  const index = map.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === after);
  if (index < 0) return void doc.set(key, node);
  map.items.splice(index + 1, 0, doc.createPair(key, node));
}

/** `section` and `brief` after the keys that say what the item is, before its history. */
function layout(doc: Document, input: NewItemInput): void {
  const after = ['tags', 'topic', 'created'].find((key) => doc.has(key));
  if (input.brief) put(doc, 'brief', true, after);
  if (input.section) put(doc, 'section', input.section, after);
}

/** A block list of one-line records (`- {at: …, to: submitted}`). */
function flowRecords(doc: Document, records: readonly object[]) {
  const list = doc.createNode(records);
  for (const node of list.items) (node as { flow?: boolean }).flow = true;
  return list;
}

/** A ledger row's adoption and instruction records, as `info review` would have written them. */
function ledgerRecords(doc: Document, ledger: LedgerRecords): void {
  for (const key of ['adoptions', 'instructions'] as const) {
    const records = ledger[key];
    doc.set(key, records.length ? flowRecords(doc, records) : doc.createNode([], { flow: true }));
  }
}

/** Templates as read, by their text: a ledger's thousands of items start from one or four. */
const templates = new Map<string, { parts: ReturnType<typeof splitFile>; parsed: Document | undefined }>();

function templateOf(template: string) {
  let known = templates.get(template);
  if (!known) {
    const parts = splitFile(template.replace(/^\uFEFF/, ''));
    known = { parts, parsed: parts.data ? parseDocument(parts.matter.replace(/^\r?\n/, '')) : undefined };
    if (templates.size > 16) templates.clear();
    templates.set(template, known);
  }
  return known;
}

export function planNewItem(input: NewItemInput, template: string, random: () => number): PlannedItem {
  const { parts, parsed } = templateOf(template);
  const doc = parsed ? parsed.clone() : new Document({});
  const id = makeId(input.date, random);
  const entry: HistoryEntry = {
    at: input.at,
    by: input.by,
    to: input.status,
    ...(input.note ? { note: input.note } : {}),
  };
  put(doc, 'id', id);
  put(doc, 'title', input.title);
  put(doc, 'category', input.category);
  put(doc, 'source', input.source);
  if (input.nature) put(doc, 'nature', input.nature, 'source');
  put(doc, 'status', input.ledger?.status ?? input.status);
  put(doc, 'department', input.departments.length === 1 ? input.departments[0] : input.departments);
  put(doc, 'authors', input.authors);
  put(doc, 'created', input.date);
  if (input.topic) put(doc, 'topic', input.topic, 'created');
  if (input.tags.length || doc.has('tags')) put(doc, 'tags', input.tags, input.topic ? 'topic' : 'created');
  layout(doc, input);
  doc.set('history', flowRecords(doc, input.ledger?.history ?? [entry]));
  if (input.ledger) ledgerRecords(doc, input.ledger);
  for (const key of ['adoptions', 'instructions', 'bulletins']) if (!doc.has(key)) put(doc, key, []);
  if (input.merged?.length) put(doc, 'merged', input.merged);
  if (input.ledger) doc.set('origin', doc.createNode(input.ledger.origin, { flow: true }));
  const body = input.body ?? (parts.data ? parts.body : '');
  const text = `---\n${doc.toString(YAML_OUTPUT)}---\n${body}`;
  const path = itemPath(id, input.title);
  return { item: toItem(doc.toJS() as Record<string, unknown>, path), path, text };
}
