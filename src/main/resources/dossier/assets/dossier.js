/* Site behaviour that works without inline script: copy buttons for citations. */
(function () {
  "use strict";
  document.querySelectorAll(".cite-text").forEach(function (text) {
    if (!navigator.clipboard) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "cite-copy";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy the citation: " + (text.id || "").replace("cite-", ""));
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(text.textContent.trim()).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy"; }, 2000);
      });
    });
    text.parentNode.appendChild(button);
  });
})();
