/* Sorting and filtering for tables marked class="sortable": click a column heading to sort,
   choose a value above the table to filter. Without JavaScript the table reads as it is. */
(function () {
  "use strict";
  function cellValue(row, i) {
    var cell = row.children[i];
    return cell ? cell.textContent.trim() : "";
  }
  /* A cell sorts by its data-sort (a number, or a date's key in time order, which the generator
     writes) when it has one, else by its text. In a column of such keys a cell without one (undated,
     not given) is no value; no value sorts last whichever way the column is sorted. */
  function sortValue(row, i, keyed) {
    var cell = row.children[i];
    if (!cell) { return ""; }
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : (keyed ? "" : cell.textContent.trim());
  }
  function isNumber(v) { return /^-?\d+(\.\d+)?$/.test(v); }
  function isDateKey(v) { return /^\d{4}-\d{2}-\d{2}/.test(v); }
  function compare(a, b) {
    if (isNumber(a) && isNumber(b)) { return parseFloat(a) - parseFloat(b); }
    if (isDateKey(a) && isDateKey(b)) { return a < b ? -1 : a > b ? 1 : 0; }
    if (isNumber(a) !== isNumber(b)) { return isNumber(a) ? -1 : 1; }
    return a.localeCompare(b, "en", { numeric: true, sensitivity: "base" });
  }
  document.querySelectorAll("table.sortable").forEach(function (table, t) {
    var body = table.tBodies[0];
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (th, i) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        var keyed = rows.some(function (r) { return r.children[i] && r.children[i].hasAttribute("data-sort"); });
        rows.sort(function (a, b) {
          var x = sortValue(a, i, keyed), y = sortValue(b, i, keyed);
          if (!x || !y) { return (x ? 0 : 1) - (y ? 0 : 1); }
          return ascending ? compare(x, y) : -compare(x, y);
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    var filters = headers.map(function (th, i) { return th.hasAttribute("data-filter") ? i : -1; })
      .filter(function (i) { return i >= 0; });
    if (!filters.length) { return; }
    var bar = document.createElement("div");
    bar.className = "table-filters";
    var selects = filters.map(function (i) {
      var values = {};
      Array.prototype.forEach.call(body.rows, function (r) {
        cellValue(r, i).split(/\s*,\s*/).forEach(function (v) { if (v) { values[v] = true; } });
      });
      var label = document.createElement("label"), select = document.createElement("select");
      var id = "filter-" + t + "-" + i;
      label.setAttribute("for", id);
      label.textContent = headers[i].textContent;
      select.id = id;
      select.appendChild(new Option("All", ""));
      Object.keys(values).sort(compare).forEach(function (v) { select.appendChild(new Option(v, v)); });
      select.addEventListener("change", apply);
      bar.appendChild(label); bar.appendChild(select);
      return { column: i, select: select };
    });
    var count = document.createElement("output");
    count.setAttribute("aria-live", "polite");
    bar.appendChild(count);
    // Above the table's scrolling box, if it has one, so that the filters never scroll away.
    var box = table.parentNode.classList.contains("table-wrap") ? table.parentNode : table;
    box.parentNode.insertBefore(bar, box);
    function apply() {
      var shown = 0;
      Array.prototype.forEach.call(body.rows, function (r) {
        var ok = selects.every(function (s) {
          return !s.select.value || cellValue(r, s.column).split(/\s*,\s*/).indexOf(s.select.value) >= 0;
        });
        r.hidden = !ok;
        if (ok) { shown++; }
      });
      count.textContent = shown + " of " + body.rows.length + " shown";
    }
    apply();
  });
})();
