/* Footnote previews: hovering or focusing a footnote reference shows the note's text in a tooltip
   beside it (role="tooltip", linked by aria-describedby), as Wikipedia does. Escape, blur or moving
   the pointer away hides it; the reference stays a plain link, so a tap follows it to the note.
   Positioned through element.style, which the Content-Security-Policy allows (no inline style). */
(function () {
  "use strict";

  var tip = null;
  var shownFor = null;
  var hideTimer = 0;

  function tooltip() {
    if (!tip) {
      tip = document.createElement("div");
      tip.id = "footnote-preview";
      tip.className = "footnote-preview";
      tip.setAttribute("role", "tooltip");
      tip.hidden = true;
      /* The pointer may move onto the preview to read it (WCAG 1.4.13): it stays while hovered. */
      tip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
      tip.addEventListener("mouseleave", function () { hideSoon(); });
      document.body.appendChild(tip);
    }
    return tip;
  }

  /* The note's own words, without its back-links. */
  function noteText(ref) {
    var id = decodeURIComponent((ref.getAttribute("href") || "").replace(/^#/, ""));
    var note = id && document.getElementById(id);
    if (!note) { return ""; }
    var copy = note.cloneNode(true);
    copy.querySelectorAll(".footnote-backref").forEach(function (link) { link.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  function place(ref, box) {
    var at = ref.getBoundingClientRect();
    var width = box.offsetWidth;
    var page = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(at.left + window.scrollX - 16, window.scrollX + page - width - 8));
    box.style.left = left + "px";
    box.style.top = (at.bottom + window.scrollY + 6) + "px";
  }

  function show(ref) {
    var text = noteText(ref);
    if (!text) { return; }
    clearTimeout(hideTimer);
    if (shownFor && shownFor !== ref) { shownFor.removeAttribute("aria-describedby"); }
    var box = tooltip();
    box.textContent = text;
    box.hidden = false;
    place(ref, box);
    ref.setAttribute("aria-describedby", box.id);
    shownFor = ref;
  }

  function hide() {
    clearTimeout(hideTimer);
    if (tip) { tip.hidden = true; }
    if (shownFor) { shownFor.removeAttribute("aria-describedby"); }
    shownFor = null;
  }

  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 300);
  }

  document.querySelectorAll("a.footnote-ref").forEach(function (ref) {
    ref.addEventListener("mouseenter", function () { show(ref); });
    ref.addEventListener("mouseleave", hideSoon);
    ref.addEventListener("focus", function () { show(ref); });
    ref.addEventListener("blur", hide);
    /* A tap or a click follows the link to the note; the preview is no longer needed there. */
    ref.addEventListener("click", hide);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && shownFor) { hide(); }
  });
})();
