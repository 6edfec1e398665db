import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no manifest; the real one comes from the build.
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'ShipBridge', version: '0.0.0-test' });
});
