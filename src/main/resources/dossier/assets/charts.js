/* Draws every chart of the page with Chart.js from the data the build embedded beside it.
   No inline script: works under
   Content-Security-Policy script-src 'self'. */
(function () {
  "use strict";
  var palette = ["#1f77b4", "#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#a6761d", "#666666"];

  function format(value, spec, qualifier) {
    if (value === null || value === undefined) { return ""; }
    var text;
    if (spec.format === "money" && spec.unit === "USD") {
      text = value >= 1e9 ? "$" + +(value / 1e9).toFixed(2) + " billion"
        : value >= 1e6 ? "$" + +(value / 1e6).toFixed(2) + " million"
        : "$" + value.toLocaleString("en");
    } else {
      text = value.toLocaleString("en") + (spec.unit ? " " + spec.unit : "");
    }
    return qualifier ? qualifier + " " + text : text;
  }

  function draw(figure) {
    var canvas = figure.querySelector("canvas");
    var data = figure.querySelector("script[type='application/json']");
    if (!canvas || !data || typeof Chart === "undefined") { return; }
    var spec = JSON.parse(data.textContent);
    var text = getComputedStyle(document.body).color;
    var horizontal = spec.type === "horizontal-bar";
    var stacked = spec.type === "stacked-bar";
    var chart = new Chart(canvas, {
      type: spec.type === "line" ? "line" : "bar",
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map(function (set, i) {
          var colour = palette[i % palette.length];
          return { label: set.label, data: set.data, backgroundColor: colour, borderColor: colour, skipNull: true };
        })
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: horizontal ? "y" : "x",
        color: text,
        scales: (function () {
          var valueAxis = { stacked: stacked, beginAtZero: true, ticks: { color: text, callback: function (v) { return format(v, spec, ""); } } };
          var categoryAxis = { stacked: stacked, ticks: { color: text } };
          return horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis };
        })(),
        plugins: {
          legend: { display: spec.datasets.length > 1, labels: { color: text } },
          tooltip: {
            callbacks: {
              label: function (item) {
                var set = spec.datasets[item.datasetIndex];
                var qualifier = set.qualifiers ? set.qualifiers[item.dataIndex] : "";
                var note = set.notes ? set.notes[item.dataIndex] : "";
                return set.label + ": " + format(item.raw, spec, qualifier) + (note ? " (" + note + ")" : "");
              }
            }
          }
        }
      }
    });
    canvas.setAttribute("data-drawn", chart ? "true" : "false");
  }

  document.querySelectorAll("figure.chart").forEach(function (figure) {
    draw(figure);
    // chart-tools.js (table toggle, downloads, the reader's choices in the URL) takes it from here.
    figure.dispatchEvent(new CustomEvent("dossier:chart-drawn", { bubbles: true }));
  });
})();
