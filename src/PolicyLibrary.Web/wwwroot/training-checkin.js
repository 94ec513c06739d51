// The check-in screen: fetch the current code, QR and roster every two seconds and swap them in place.
// Without script the page reloads itself when the code changes (a <noscript> meta refresh).
(function () {
  'use strict';
  var screen = document.querySelector('[data-check-in-screen]');
  if (!screen || !window.fetch) { return; }
  var url = screen.getAttribute('data-state-url');

  function cell(text) {
    var td = document.createElement('td');
    td.textContent = text;
    return td;
  }

  function render(state) {
    var status = screen.querySelector('[data-session-status]');
    if (status) { status.textContent = state.statusLabel; }
    var code = screen.querySelector('[data-code]');
    if (code && state.code && code.textContent !== state.code) {
      code.textContent = state.code;
      // The SVG is the server's own QRCoder output for our URL, not user input.
      screen.querySelector('[data-qr]').innerHTML = state.qrSvg;
      screen.querySelector('[data-check-in-url]').setAttribute('href', state.url);
    }
    var left = screen.querySelector('[data-seconds-left]');
    if (left) { left.textContent = String(state.secondsLeft); }
    if (!state.code) {
      screen.querySelectorAll('[data-code-panel]').forEach(function (panel) { panel.hidden = true; });
    }
    Object.keys(state.counts).forEach(function (key) {
      var el = screen.querySelector('[data-count="' + key + '"]');
      if (el) { el.textContent = String(state.counts[key]); }
    });
    var body = screen.querySelector('[data-roster-body]');
    var rows = document.createDocumentFragment();
    state.rows.forEach(function (r) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-staff', r.id);
      [r.name, r.unit, r.statusLabel, r.time, r.note].forEach(function (t) { tr.appendChild(cell(t)); });
      rows.appendChild(tr);
    });
    body.replaceChildren(rows);
  }

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (state) { if (state) { render(state); } })
      .catch(function () { /* a missed poll is retried on the next tick */ })
      .then(function () { window.setTimeout(poll, 2000); });
  }

  window.setTimeout(poll, 2000);
})();
