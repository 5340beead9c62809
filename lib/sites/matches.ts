/**
 * Host match patterns of the supported sites. The content script runs only here; any other site
 * is added on the user's request through optional host permissions.
 */
export const SUPPORTED_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://mail.yahoo.com/*',
  'https://mail.proton.me/*',
  'https://*.lightning.force.com/*',
  'https://app.hubspot.com/*',
  'https://*.pipedrive.com/*',
  'https://crm.zoho.com/*',
  'https://crm.zoho.eu/*',
  'https://*.dynamics.com/*',
  'https://www.linkedin.com/*',
] as const;
