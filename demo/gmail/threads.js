// Opens the demo conversation named by ?t=<key> (threads.html), the way Gmail renders a thread
// into its main region: clone the template, set the title to "<subject> - <account> - Gmail".
(function () {
  const key = new URLSearchParams(location.search).get('t');
  const all = Array.from(document.querySelectorAll('template[data-thread]'));
  const tpl = all.find((t) => t.dataset.thread === key) || all[0];
  document.querySelector('[data-thread-host]').replaceChildren(tpl.content.cloneNode(true));
  document.title = `${tpl.dataset.subject} - alex.morgan@example.com - Gmail (Glocal demo)`;
  for (const a of document.querySelectorAll('nav a')) {
    if (new URL(a.href).searchParams.get('t') === tpl.dataset.thread) a.setAttribute('aria-current', 'page');
  }
})();
