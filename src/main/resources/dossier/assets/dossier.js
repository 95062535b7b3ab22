/* Site behaviour that works without inline script: the citation panel's choice of style, its copy
   button (announced to screen readers through the panel's status line) and the access date. */
(function () {
  "use strict";

  /* A style's access date in its own form: data-template holds {y}, {m} and {d}, data-months the
     twelve months as the style writes them. */
  function fillAccessDates(panel) {
    var today = new Date();
    panel.querySelectorAll(".cite-accessed").forEach(function (span) {
      var months = (span.getAttribute("data-months") || "").split("|");
      if (months.length !== 12) { return; }
      span.textContent = (span.getAttribute("data-template") || "")
        .replace("{y}", String(today.getFullYear()))
        .replace("{m}", months[today.getMonth()])
        .replace("{d}", String(today.getDate()));
      span.classList.add("cite-accessed-filled");
    });
  }

  function setUp(panel) {
    var styles = Array.prototype.slice.call(panel.querySelectorAll(".cite-style"));
    var status = panel.querySelector(".cite-status");
    if (styles.length === 0) { return; }
    fillAccessDates(panel);
    var controls = document.createElement("div");
    controls.className = "cite-controls";
    var shown = styles[0];
    if (styles.length > 1) {
      var label = document.createElement("label");
      label.setAttribute("for", "cite-style-choice");
      label.textContent = "Citation style ";
      var select = document.createElement("select");
      select.id = "cite-style-choice";
      styles.forEach(function (style) {
        var option = document.createElement("option");
        option.value = style.id;
        option.textContent = style.querySelector(".cite-style-name").textContent;
        select.appendChild(option);
      });
      select.addEventListener("change", function () {
        styles.forEach(function (style) { style.hidden = style.id !== select.value; });
        shown = document.getElementById(select.value);
      });
      controls.appendChild(label);
      controls.appendChild(select);
      styles.forEach(function (style, i) {
        style.hidden = i !== 0;
        style.querySelector(".cite-style-name").classList.add("visually-hidden");
      });
    }
    if (navigator.clipboard) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "cite-copy";
      button.textContent = "Copy citation";
      button.addEventListener("click", function () {
        var name = shown.querySelector(".cite-style-name").textContent;
        var text = shown.querySelector(".cite-text").textContent.replace(/\s+/g, " ").trim();
        navigator.clipboard.writeText(text).then(function () {
          if (status) { status.textContent = "Copied the " + name + " citation."; }
        }, function () {
          if (status) { status.textContent = "Could not copy; select the citation and copy it."; }
        });
      });
      controls.appendChild(button);
    }
    panel.querySelector(".cite-styles").before(controls);
  }

  document.querySelectorAll(".cite").forEach(setUp);
})();
