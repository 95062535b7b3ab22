/* Site behaviour that works without inline script: the citation panel's choice of style, its copy
   buttons (announced to screen readers through the panel's status line) and the access date; the
   phone menu. */
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

  function show(panel, styleId) {
    panel.querySelectorAll(".cite-style").forEach(function (style) {
      style.hidden = style.getAttribute("data-style") !== styleId;
    });
  }

  function shownText(group) {
    var shown = group.querySelector(".cite-style:not([hidden])") || group.querySelector(".cite-style");
    return {
      name: shown.querySelector(".cite-style-name").textContent,
      text: shown.querySelector(".cite-text").textContent.replace(/\s+/g, " ").trim()
    };
  }

  function copyButton(group, status, several) {
    var label = group.getAttribute("data-label") || "";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "cite-copy";
    button.textContent = several ? "Copy the citation of " + label.toLowerCase() : "Copy citation";
    button.addEventListener("click", function () {
      var shown = shownText(group);
      navigator.clipboard.writeText(shown.text).then(function () {
        status.textContent = "Copied the " + shown.name + " citation" + (several ? " of " + label.toLowerCase() : "") + ".";
      }, function () {
        status.textContent = "Could not copy; select the citation and copy it.";
      });
    });
    return button;
  }

  function setUp(panel) {
    var groups = Array.prototype.slice.call(panel.querySelectorAll(".cite-styles"));
    var status = panel.querySelector(".cite-status");
    if (groups.length === 0) { return; }
    fillAccessDates(panel);
    var first = Array.prototype.slice.call(groups[0].querySelectorAll(".cite-style"));
    if (first.length > 1) {
      var controls = document.createElement("div");
      controls.className = "cite-controls";
      var label = document.createElement("label");
      label.setAttribute("for", "cite-style-choice");
      label.textContent = "Citation style ";
      var select = document.createElement("select");
      select.id = "cite-style-choice";
      first.forEach(function (style) {
        var option = document.createElement("option");
        option.value = style.getAttribute("data-style");
        option.textContent = style.querySelector(".cite-style-name").textContent;
        select.appendChild(option);
      });
      select.addEventListener("change", function () { show(panel, select.value); });
      controls.appendChild(label);
      controls.appendChild(select);
      groups[0].parentNode.insertBefore(controls, panel.querySelector(".cite-what") || groups[0]);
      panel.querySelectorAll(".cite-style-name").forEach(function (name) { name.classList.add("visually-hidden"); });
      show(panel, select.value);
    }
    if (navigator.clipboard && status) {
      groups.forEach(function (group) {
        group.appendChild(copyButton(group, status, groups.length > 1));
      });
    }
  }

  document.querySelectorAll(".cite").forEach(setUp);
})();

/* The phone menu: under 600 px the stylesheet folds the navigation and the search box of a scripted
   page behind the menu button; the button opens and closes them, Escape closes them. */
(function () {
  "use strict";
  var button = document.querySelector(".menu-button");
  var menu = button && document.getElementById(button.getAttribute("aria-controls"));
  if (!menu) { return; }
  function set(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    menu.classList.toggle("open", open);
  }
  button.addEventListener("click", function () { set(button.getAttribute("aria-expanded") !== "true"); });
  // Escape closes the open menu wherever the focus is (in the menu, on the button, on the page).
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && button.getAttribute("aria-expanded") === "true") { set(false); button.focus(); }
  });
})();

/* Print: each link is followed by its address (the stylesheet prints data-print-url after it); the
   address is made absolute here, so that a reader of the paper copy can type it. A link whose text is
   its address already is left alone. */
(function () {
  "use strict";
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("main a[href]:not([href^='#'])").forEach(function (a) {
      var text = a.textContent.trim();
      if (text === a.href || text === a.getAttribute("href")) { a.classList.add("print-url-shown"); return; }
      a.setAttribute("data-print-url", a.href);
    });
  });
})();
