// Registers the service worker, and tells the app when a new version has
// been downloaded and is waiting: the app shows a notice, and when the
// visitor chooses to reload it dispatches 'leader-leader:apply-update'.
(function () {
  if (!('serviceWorker' in navigator)) return;
  var script = document.currentScript;
  var scope = (script && script.dataset.scope) || '/';
  var announced = false;

  function announce(worker) {
    if (announced) return;
    announced = true;
    window.__leaderLeaderUpdateWaiting = worker;
    window.dispatchEvent(new CustomEvent('leader-leader:update-ready'));
  }

  window.addEventListener('load', function () {
    navigator.serviceWorker.register(scope + 'sw.js', { scope: scope }).then(function (reg) {
      // A new version already waiting (downloaded during an earlier visit).
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
    if (!worker) { location.reload(); return; }
    navigator.serviceWorker.addEventListener('controllerchange', function () { location.reload(); });
    worker.postMessage('skip-waiting');
  });
})();
