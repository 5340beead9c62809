// fake-indexeddb gives Dexie an IndexedDB in Node; WXT's fakeBrowser stands in for `browser`.
import 'fake-indexeddb/auto';
