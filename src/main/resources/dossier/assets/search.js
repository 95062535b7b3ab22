/* Full-text search over /search-index.json with lunr, in the browser and offline.
   Results show their kind and a passage that starts at a word, the words found marked; arrow keys
   move between them. The query lives in the address (/search/?q=words), so a search can be shared,
   and in both boxes, the page's and the header's; Back and Forward go through earlier queries. */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || typeof lunr === "undefined") { return; }
  var input = document.getElementById("search-input");
  var header = document.getElementById("site-search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var title = document.title;
  var docs = {};
  var index = null;
  var SNIPPET = 200, BEFORE = 60;
  var WORD = /[\p{L}\p{N}]/u;

  function load() {
    return fetch(form.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (all) {
      index = lunr(function () {
        this.ref("u");
        this.field("t", { boost: 8 });
        this.field("k", { boost: 2 });
        this.field("x");
        var builder = this;
        all.forEach(function (d) { docs[d.u] = d; builder.add(d); });
      });
    });
  }

  function terms(query) {
    return query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 1; });
  }

  /* Words that begin with a term the reader typed, as lunr matches them (a trailing wildcard). */
  function matcher(words) {
    var escaped = words.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); });
    return new RegExp("(?<![\\p{L}\\p{N}])(?:" + escaped.join("|") + ")[\\p{L}\\p{N}]*", "giu");
  }

  /* The passage around the first word found: it starts and ends at a word, never inside one. */
  function snippet(text, words) {
    var found = matcher(words).exec(text), at = found ? found.index : 0;
    var start = 0, end = text.length;
    if (at > BEFORE) {
      start = text.indexOf(" ", at - BEFORE) + 1;
      if (start <= 0 || start > at) { start = at; }
    }
    if (start + SNIPPET < text.length) {
      end = text.lastIndexOf(" ", start + SNIPPET);
      if (end <= at) { end = start + SNIPPET; }
      while (end < text.length && WORD.test(text.charAt(end))) { end++; }
    }
    var piece = text.slice(start, end), p = document.createElement("p"), last = 0, m;
    if (start > 0) { p.appendChild(document.createTextNode("… ")); }
    var pattern = matcher(words);
    while ((m = pattern.exec(piece)) !== null) {
      p.appendChild(document.createTextNode(piece.slice(last, m.index)));
      var mark = document.createElement("mark");
      mark.textContent = m[0];
      p.appendChild(mark);
      last = m.index + m[0].length;
    }
    p.appendChild(document.createTextNode(piece.slice(last)));
    if (end < text.length) { p.appendChild(document.createTextNode(" …")); }
    return p;
  }

  function show(query) {
    if (input.value !== query) { input.value = query; }
    if (header && header.value !== query) { header.value = query; }
    document.title = query.trim() ? "“" + query.trim() + "” · " + title : title;
    list.textContent = "";
    var words = terms(query);
    if (!words.length) { status.textContent = "Type a word to search every page and record."; return; }
    var results = [];
    try {
      results = index.query(function (q) {
        words.forEach(function (w) {
          q.term(w, { boost: 10 });
          q.term(w, { wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
        });
      });
    } catch (e) { results = []; }
    status.textContent = results.length ? results.length + (results.length === 1 ? " result" : " results") + " for “" + query + "”"
      : "Nothing found for “" + query + "”.";
    results.slice(0, 30).forEach(function (r) {
      var d = docs[r.ref], li = document.createElement("li"), a = document.createElement("a"), kind = document.createElement("span");
      kind.className = "result-kind"; kind.textContent = d.k;
      a.href = d.u; a.textContent = d.t;
      li.appendChild(kind); li.appendChild(document.createTextNode(" ")); li.appendChild(a);
      li.appendChild(snippet(d.x, words));
      list.appendChild(li);
    });
  }

  function address(query) {
    return location.pathname + (query ? "?q=" + encodeURIComponent(query) : "");
  }
  function queryInAddress() {
    return new URLSearchParams(location.search).get("q") || "";
  }

  /* One history entry for each query the reader makes: the first keystroke of an edit adds one, the
     next ones change it, so Back returns to the query before the edit, not to each letter typed. */
  var editing = false;
  function search(query, push) {
    if (!index) { return; }
    show(query);
    if (query === queryInAddress()) { return; }
    if (push) { history.pushState({ q: query }, "", address(query)); } else { history.replaceState({ q: query }, "", address(query)); }
  }
  input.addEventListener("input", function () { search(input.value, !editing); editing = true; });
  input.addEventListener("change", function () { editing = false; });
  form.addEventListener("submit", function (e) { e.preventDefault(); search(input.value, !editing); editing = false; });
  if (header && header.form) {
    header.form.addEventListener("submit", function (e) { e.preventDefault(); search(header.value, true); editing = false; input.focus(); });
  }
  window.addEventListener("popstate", function () { editing = false; if (index) { show(queryInAddress()); } });

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && links().length) { e.preventDefault(); links()[0].focus(); }
  });
  list.addEventListener("keydown", function (e) {
    var all = links(), i = all.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && i < all.length - 1) { e.preventDefault(); all[i + 1].focus(); }
    if (e.key === "ArrowUp") { e.preventDefault(); if (i > 0) { all[i - 1].focus(); } else { input.focus(); } }
    if (e.key === "Escape") { input.focus(); }
  });
  if (header) { header.value = queryInAddress(); }
  status.textContent = "Loading the index…";
  load().then(function () { show(queryInAddress()); })
    .catch(function () { status.textContent = "The search index could not be loaded."; });
})();
