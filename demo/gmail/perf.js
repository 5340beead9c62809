// Builds the synthetic page and exposes the mutation driver used by bench/content.ts.
(() => {
  const list = document.getElementById('list');
  const words = 'quarterly offer shipment invoice meeting schedule review contract pricing delivery update samples'.split(' ');
  let serial = 0;
  function row() {
    const i = serial++;
    const r = document.createElement('div');
    r.className = 'zA' + (i % 3 ? '' : ' unread');
    r.setAttribute('role', 'row');
    const from = document.createElement('span');
    from.className = 'yW';
    from.append(document.createElement('b'));
    from.firstChild.textContent = 'Sender ' + (i % 97);
    const subj = document.createElement('span');
    subj.className = 'y6';
    subj.textContent = words[i % words.length] + ' ' + words[(i * 7) % words.length] + ' #' + i;
    const date = document.createElement('span');
    date.className = 'xW';
    date.textContent = (i % 28) + 1 + ' Nov';
    r.append(from, subj, date);
    return r;
  }
  const countNodes = () => {
    let n = 0;
    const w = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    while (w.nextNode()) n++;
    return n;
  };
  // Each row is 8 nodes (row, 3 spans, <b>, 3 text nodes): 2,480 rows and the composer make
  // ~20,000. 100 rows are on screen; the rest sit in the hidden cache of other views.
  const cache = document.getElementById('cache');
  const frag = document.createDocumentFragment();
  for (let i = 0; i < 100; i++) frag.append(row());
  list.append(frag);
  const hidden = document.createDocumentFragment();
  for (let i = 0; i < 2380; i++) hidden.append(row());
  cache.append(hidden);

  const longTasks = [];
  try {
    new PerformanceObserver((l) => longTasks.push(...l.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the bench reports null.
  }

  /** Make `n` mutations, 10 per animation frame, as a client rendering updates would. */
  function run(n = 1000) {
    const counter = document.getElementById('counter').firstChild;
    const typing = document.getElementById('typing').firstChild;
    const t0 = performance.now();
    let done = 0;
    return new Promise((resolve) => {
      function frame() {
        for (let k = 0; k < 10 && done < n; k++, done++) {
          switch (done % 5) {
            case 0: list.prepend(row()); break; // a message arrives
            case 1: list.lastElementChild.remove(); break; // one scrolls out
            case 2: counter.data = 'Inbox ' + (1234 + done); break; // the unread counter
            case 3: { // read state changes, mostly in cached views
              const rows = done % 2 ? cache.children : list.children;
              rows[(done * 13) % rows.length].classList.toggle('unread');
              break;
            }
            case 4: typing.data += 'abcdefghij'[done % 10]; break; // the user types
          }
        }
        if (done < n) requestAnimationFrame(frame);
        else resolve({ mutations: done, ms: performance.now() - t0 });
      }
      requestAnimationFrame(frame);
    });
  }
  window.glocalPerf = { run, countNodes, longTasks: (from) => longTasks.filter((t) => t.start >= from) };
})();
