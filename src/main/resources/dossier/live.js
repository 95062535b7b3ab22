/* Injected by `dossier serve` only: reloads the page after a rebuild, shows content errors. */
(function () {
  "use strict";
  var box = null;
  function show(problems) {
    if (!box) {
      box = document.createElement("div");
      box.setAttribute("role", "alert");
      box.id = "dossier-problems";
      box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;z-index:9999;"
        + "background:#3b0a0a;color:#fff;font:14px/1.5 monospace;padding:1rem;border-top:4px solid #e03131";
      document.body.appendChild(box);
    }
    box.textContent = "The dossier does not build; this is the last good version.\n\n" + problems.join("\n");
    box.style.whiteSpace = "pre-wrap";
  }
  var events = new EventSource("/__dossier/events");
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("problems", function (e) { show(JSON.parse(e.data).problems); });
  events.addEventListener("hello", function (e) {
    var data = JSON.parse(e.data);
    if (data.problems) { show(data.problems); }
  });
})();
