// Registers the service worker, and tells the app when a new version has
// been downloaded and is waiting: the app shows a notice, and when the
// visitor chooses to reload it dispatches 'leader-leader:apply-update'. The
// app may start listening only after the news came (the wasm arrives after
// the page's load event): it then sends 'leader-leader:listening', and is
// told again.
(function () {
  if (!('serviceWorker' in navigator)) return;
  var script = document.currentScript;
  var scope = (script && script.dataset.scope) || '/';
  function tell() {
    window.dispatchEvent(new CustomEvent('leader-leader:update-ready'));
  }

  function announce(worker) {
    if (window.__leaderLeaderUpdateWaiting) return;
    window.__leaderLeaderUpdateWaiting = worker;
    tell();
  }

  // The app asks when it starts listening, which can be after the news.
  window.addEventListener('leader-leader:listening', function () {
    if (window.__leaderLeaderUpdateWaiting) tell();
  });

  window.addEventListener('load', function () {
    navigator.serviceWorker.register(scope + 'sw.js', { scope: scope }).then(function (reg) {
      // A new version already waiting (downloaded during an earlier visit;
      // one still installing then is waited for by register() itself).
      if (reg.waiting && navigator.serviceWorker.controller) announce(reg.waiting);
      reg.addEventListener('updatefound', function () {
        var worker = reg.installing;
        if (!worker) return;
        worker.addEventListener('statechange', function () {
          // Only an update is announced, not the very first install.
          if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(worker);
        });
      });
      window.__leaderLeaderRegistration = reg;
    }).catch(function () { /* no offline use; the app still works */ });
  });

  window.addEventListener('leader-leader:apply-update', function () {
    var worker = window.__leaderLeaderUpdateWaiting;
    // Already in charge when the visitor chose to reload in another tab.
    if (!worker || /^activ/.test(worker.state)) { location.reload(); return; }
    navigator.serviceWorker.addEventListener('controllerchange', function () { location.reload(); });
    worker.postMessage('skip-waiting');
  });
})();
