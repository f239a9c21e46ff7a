import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { VNA_HOST_PATTERNS } from './lib/hosts';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // MV3 everywhere: a service worker on Chrome, an event page (background.scripts) on Firefox.
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // Firefox's store reviews the sources of a bundled add-on; leave out what is generated.
  zip: { excludeSources: ['test-output/**', 'demo-output/**'] },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    action: { default_title: '__MSG_actionTitle__' },
    // storage: the reader's history; activeTab + scripting: "analyse this page anyway" on a click.
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: [...VNA_HOST_PATTERNS],
    browser_specific_settings: {
      gecko: {
        id: 'vna-lens@vna-lens.example',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
