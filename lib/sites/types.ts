/**
 * The shape every site module has. A site module knows one site's DOM and nothing else: it finds
 * compose windows (and CRM records) under a root node and reads them. It never touches globals,
 * so the same code runs in the content script and under happy-dom in tests and the CLI.
 *
 * The wire types (Recipient, ThreadMessage, RecordFields) come from lib/protocol.ts as types only:
 * importing the zod schemas would put zod into the content script bundle.
 */
import type { RecordFields, Recipient, ThreadMessage } from '../protocol';
import type { TextOptions } from './text';

/** The parts of `Location` a URL detector reads; a `URL` object fits too. */
export interface UrlLike {
  hostname: string;
  pathname: string;
  hash?: string;
  search?: string;
}

/** How sure we are that a site's structure matches what the module expects. */
export type Confidence = 'high' | 'medium' | 'low';

/** Where the draft is typed. `frame` editors live in a same-origin iframe's document. */
export interface EditorRef {
  /** The contenteditable root, or a textarea/input. */
  el: Element;
  kind: 'contenteditable' | 'textarea';
  /** Text options (what to skip: quoted replies, signatures) used both to read and to apply. */
  text?: TextOptions;
  /** The element in the page's own document that contains the editor (the iframe, or `el`). */
  outer: Element;
}

/** Everything read from one compose window. */
export interface ComposeData {
  recipients: Recipient[];
  subject: string;
  body: string;
  thread: ThreadMessage[];
  signature?: string;
  /** The user's own addresses shown on the page (From, signed-in account), lower-cased. */
  self?: string[];
  /** Redacted descriptions of selector groups that found nothing; never page text. */
  failures: string[];
}

export interface SiteModule {
  /** Stable id, also the `site` field of snapshots: `gmail`, `outlook` … */
  id: string;
  /** Display name. */
  name: string;
  confidence: Confidence;
  /** What is extracted, for the support table. */
  extracts: string;
  /**
   * The hosts the site lives on: `mail.google.com`, or `*.dynamics.com` for the domain and all its
   * subdomains. The only list of hosts: the URL detector and the manifest's content-script
   * matches are both derived from it (lib/sites/define.ts).
   */
  hosts: readonly string[];
  /** Pure URL detector, derived from `hosts`. */
  matches(loc: UrlLike): boolean;
  /** The content script's match patterns, derived from `hosts`. */
  matchPatterns: readonly string[];
  /** Compose windows currently under `root`, outermost container of each. */
  findComposes(root: ParentNode): Element[];
  /** A stable id the site itself gives the compose window (draft id …), if any. */
  composeId?(compose: Element): string | null;
  /** Read one compose window. `page` is the whole document, for thread and sender lookups. */
  readCompose(compose: Element, page: ParentNode): ComposeData;
  /** The editor inside a compose window, or null when the site's structure was not recognised. */
  findEditor(compose: Element): EditorRef | null;
  /** CRM record fields shown on the page, if the site has records and one is open. */
  readRecord?(page: ParentNode, loc: UrlLike): { fields: RecordFields; failures: string[]; anchor: Element | null; id: string } | null;
  /** Where the inline badge goes: it is inserted after this element. Defaults to the editor's outer element. */
  badgeAnchor?(compose: Element): Element | null;
  /**
   * The compose window's Send control that `el` is or is inside, or null. Sites that have one
   * (Gmail, Outlook) get the pause before a costly send (entrypoints/content/presend.ts).
   */
  sendControl?(el: Element, compose: Element): Element | null;
}
