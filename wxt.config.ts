import { defineConfig } from 'wxt';

// The manifest asks for the least it can: the supported sites as content-script matches,
// everything else only through optional host permissions granted on the user's request.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions:
      browser === 'firefox'
        ? ['storage', 'alarms', 'scripting']
        : ['storage', 'alarms', 'sidePanel', 'scripting'],
    // Other sites only on the user's request (MV2 Firefox lists origins in optional_permissions).
    // The daily-card notification is optional too: asked for when the user turns it on.
    ...(manifestVersion === 2
      ? { optional_permissions: ['notifications', 'https://*/*', 'http://*/*'] }
      : { optional_permissions: ['notifications'], optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // A shortcut opens the side panel (Chrome: the background's onCommand; Firefox: built in).
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+G' }, description: '__MSG_cmdOpenPanel__' } }
        : { 'open-side-panel': { suggested_key: { default: 'Alt+Shift+G' }, description: '__MSG_cmdOpenPanel__' } },
    content_security_policy: {
      extension_pages: "default-src 'self'; script-src 'self'; object-src 'self'; connect-src 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? {
          sidebar_action: { default_panel: 'sidepanel.html', default_title: '__MSG_extName__' },
          browser_specific_settings: { gecko: { id: 'glocal@glocal.app', strict_min_version: '115.0' } },
        }
      : {}),
  }),
  vite: () => ({ build: { chunkSizeWarningLimit: 4000 } }),
  webExt: { disabled: true },
});
