// The demo page's own stand-in for Gmail's sending (nothing here is Google's, nothing leaves the
// page): Send (a click on the button, Enter or Space on it, Ctrl/⌘+Enter in the compose) records
// a send and shows "Message sent", so tests and people can see whether a send went through.
// `demoPresses` records every real (trusted) press of Send as the page first sees it, before any
// extension's listener; `demoSends` records each send the page acted on.
(() => {
  const presses = (window.demoPresses = []);
  const sends = (window.demoSends = []);
  const SEND = '.M9 .aoO[role=button]';
  const isShortcut = (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.target.closest?.('.M9');
  const isKeyOnSend = (e) => (e.key === 'Enter' || e.key === ' ') && !e.ctrlKey && !e.metaKey && e.target.closest?.(SEND);
  const send = (how, e) => {
    sends.push({ how, trusted: e.isTrusted, at: performance.now() });
    document.body.dataset.sent = String(sends.length);
    const note = document.getElementById('sent-note');
    note.textContent = sends.length === 1 ? 'Message sent.' : `Message sent (${sends.length}).`;
    note.hidden = false;
  };
  window.addEventListener('click', (e) => { if (e.isTrusted && e.target.closest?.(SEND)) presses.push({ how: 'click', at: performance.now() }); }, true);
  window.addEventListener('keydown', (e) => { if (e.isTrusted && (isShortcut(e) || isKeyOnSend(e))) presses.push({ how: 'key', at: performance.now() }); }, true);
  document.addEventListener('click', (e) => { if (e.target.closest?.(SEND)) send('click', e); });
  document.addEventListener('keydown', (e) => {
    if (isShortcut(e)) { e.preventDefault(); send('shortcut', e); }
    else if (isKeyOnSend(e)) { e.preventDefault(); send('key', e); }
  });
})();
