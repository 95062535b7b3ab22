/* Draws every chart of the page with Chart.js from the data the build embedded beside it.
   No inline script: works under
   Content-Security-Policy script-src 'self'. */
(function () {
  "use strict";
  // Colours come from the build, one per thing across the dossier; this is only for data without one.
  var fallback = "#0072B2";
  var FEW_BARS = 12;
  var LOWER = /^(more than|over|at least|above|exceeded|exceeds)$/;
  var UPPER = /^(less than|under|up to|at most|below|fewer than)$/;

  function unitFor(value, spec) {
    return value === 1 && spec.unitSingular ? spec.unitSingular : spec.unit;
  }

  function format(value, spec, qualifier, withUnit) {
    if (value === null || value === undefined) { return ""; }
    var text;
    if (spec.format === "money" && spec.unit === "USD") {
      text = value >= 1e9 ? "$" + +(value / 1e9).toFixed(2) + " billion"
        : value >= 1e6 ? "$" + +(value / 1e6).toFixed(2) + " million"
        : "$" + value.toLocaleString("en");
    } else {
      var unit = withUnit === false ? "" : unitFor(value, spec);
      text = value.toLocaleString("en") + (unit ? " " + unit : "");
    }
    return qualifier ? qualifier + " " + text : text;
  }

  // The value a bar stands for: a span's amount, or the bar's own length.
  function amount(raw) {
    return raw !== null && typeof raw === "object" ? raw.value : raw;
  }

  /* Direct labels: each bar's amount beside it where bars are few, and always where the source hedges
     ("more than", "about"), with an arrow past a bound's end. A label goes where it fits without
     covering another; where none fits, the tooltip and the table still give the value. */
  function valueLabels(spec) {
    return { id: "dossierValueLabels", afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      var area = chart.chartArea;
      var horizontal = chart.options.indexAxis === "y";
      var stacked = spec.type === "stacked-bar";
      var visible = 0;
      chart.data.datasets.forEach(function (set, i) {
        if (chart.isDatasetVisible(i)) {
          visible += set.data.filter(function (v) { return v !== null; }).length;
        }
      });
      // Labels keep off every bar but their own, and off each other.
      var taken = [];
      chart.data.datasets.forEach(function (set, i) {
        if (!chart.isDatasetVisible(i)) { return; }
        chart.getDatasetMeta(i).data.forEach(function (bar, j) {
          if (!bar || set.data[j] === null || set.data[j] === undefined) { return; }
          var b = bar.getProps(["x", "y", "base", "width", "height"], true);
          var rect = chart.options.indexAxis === "y"
            ? { x: Math.min(b.x, b.base), y: b.y - b.height / 2, w: Math.abs(b.x - b.base), h: b.height }
            : { x: b.x - b.width / 2, y: Math.min(b.y, b.base), w: b.width, h: Math.abs(b.y - b.base) };
          rect.owner = i + ":" + j;
          taken.push(rect);
        });
      });
      ctx.save();
      ctx.font = "12px system-ui, sans-serif";
      ctx.textBaseline = "middle";
      chart.data.datasets.forEach(function (set, i) {
        if (!chart.isDatasetVisible(i)) { return; }
        var source = spec.datasets[i];
        chart.getDatasetMeta(i).data.forEach(function (bar, j) {
          var raw = set.data[j];
          if (raw === null || raw === undefined || !bar) { return; }
          var qualifier = (source.qualifiers && source.qualifiers[j]) || "";
          if (visible > FEW_BARS && !qualifier) { return; }
          var text = format(amount(raw), spec, qualifier);
          var note = source.notes && source.notes[j];
          var texts = spec.seriesAreRecords && note && note !== "not given" ? [text + " (" + note + ")", text] : [text];
          if (qualifier) {
            // A hedged value too wide for one line ("more than" over "$25 billion") keeps its hedge.
            texts.push(qualifier + "\n" + format(amount(raw), spec, ""));
          }
          var box = bar.getProps(["x", "y", "base", "width", "height"], true);
          if (LOWER.test(qualifier) || UPPER.test(qualifier)) {
            boundMark(ctx, box, horizontal, LOWER.test(qualifier), chart.options.color);
          }
          place(ctx, texts, box, horizontal, stacked, spec.type === "span", area, taken, chart.options.color, i + ":" + j,
            textOn(bar.options.backgroundColor));
        });
      });
      ctx.restore();
    } };
  }

  // A small arrowhead at the end of a bar: pointing on past it for a lower bound, back for an upper.
  function boundMark(ctx, box, horizontal, lower, colour) {
    var size = 6;
    var dir = lower ? 1 : -1;
    ctx.fillStyle = colour;
    ctx.beginPath();
    if (horizontal) {
      var x = Math.max(box.x, box.base) + (lower ? 2 : -2);
      ctx.moveTo(x + dir * size, box.y);
      ctx.lineTo(x, box.y - size);
      ctx.lineTo(x, box.y + size);
    } else {
      var y = Math.min(box.y, box.base) - (lower ? 2 : -2);
      ctx.moveTo(box.x, y - dir * size);
      ctx.lineTo(box.x - size, y);
      ctx.lineTo(box.x + size, y);
    }
    ctx.closePath();
    ctx.fill();
  }

  // Dark text on a light bar, white on a dark one: a label inside a bar stays legible on every colour.
  function textOn(fill) {
    var hex = /^#([0-9a-f]{6})$/i.exec(fill || "");
    if (!hex) { return "#ffffff"; }
    var n = parseInt(hex[1], 16);
    var luminance = (0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
    return luminance > 0.55 ? "#111111" : "#ffffff";
  }

  function place(ctx, texts, box, horizontal, stacked, span, area, taken, colour, owner, inBar) {
    for (var t = 0; t < texts.length; t++) {
      var lines = texts[t].split("\n");
      var width = Math.max.apply(null, lines.map(function (line) { return ctx.measureText(line).width; }));
      var height = 14 * lines.length;
      var candidates = [];
      var start = Math.min(box.x, box.base);
      var end = Math.max(box.x, box.base);
      if (span) {
        var above = box.y - box.height / 2 - height / 2 - 1;
        var below = box.y + box.height / 2 + height / 2 + 1;
        candidates = [[start, above], [start, below], [end - width, above], [end - width, below],
          [area.right - width, above], [area.right - width, below]];
      } else if (horizontal) {
        // Beside the bar's end, else inside it (the third value says "inside").
        candidates = stacked ? [[(start + end - width) / 2, box.y, true]]
          : [[end + 10, box.y, false], [end - width - 4, box.y, true]];
      } else {
        var top = Math.min(box.y, box.base);
        candidates = stacked ? [[box.x - width / 2, (box.y + box.base) / 2, true]]
          : [[box.x - width / 2, top - height / 2 - 10, false], [box.x - width / 2, top + height / 2 + 2, true]];
      }
      for (var c = 0; c < candidates.length; c++) {
        // A label wider than its bar stays within the plot rather than being cut at its edge.
        var onBar = candidates[c][2] === true;
        var left = onBar ? candidates[c][0] : Math.max(area.left, Math.min(candidates[c][0], area.right - width));
        var rect = { x: left, y: candidates[c][1] - height / 2, w: width, h: height };
        var inside = rect.x >= area.left && rect.x + rect.w <= area.right + 1 && rect.y >= area.top - 12
          && rect.y + rect.h <= area.bottom;
        var fitsBar = !onBar || (horizontal ? rect.w <= end - start - 8 && rect.h <= box.height
          : rect.h <= Math.abs(box.base - box.y) - 4 && rect.w <= box.width);
        if (inside && fitsBar && !taken.some(function (o) { return (o.owner !== owner || !onBar) && overlaps(o, rect); })) {
          taken.push(rect);
          ctx.fillStyle = onBar ? inBar : colour;
          lines.forEach(function (line, n) {
            ctx.fillText(line, rect.x, rect.y + 7 + 14 * n);
          });
          return;
        }
      }
    }
  }

  function overlaps(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  }

  function draw(figure) {
    var canvas = figure.querySelector("canvas");
    var data = figure.querySelector("script[type='application/json']");
    if (!canvas || !data || typeof Chart === "undefined") { return; }
    var spec = JSON.parse(data.textContent);
    var box = canvas.parentNode;
    // The box is hidden in the page until now, so that a reader without JavaScript sees no empty frame.
    box.hidden = false;
    var style = getComputedStyle(document.body);
    var text = style.color;
    var span = spec.type === "span";
    var horizontal = spec.type === "horizontal-bar" || span;
    var stacked = spec.type === "stacked-bar";
    var phone = box.clientWidth < 480;
    var legendShown = spec.datasets.length > 1 && !spec.seriesAreRecords && !span;
    var options = {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: horizontal ? "y" : "x",
      color: text,
      layout: { padding: { right: 12, top: 16 } },
      scales: scales(spec, text, horizontal, stacked, span, phone),
      plugins: {
        legend: {
          display: legendShown,
          position: "top",
          // Never more than a third of the chart: small boxes, wrapped rows, and a cap the legend scrolls within.
          maxHeight: Math.floor(box.clientHeight / 3),
          labels: { color: text, boxWidth: 12, boxHeight: 12, padding: phone ? 6 : 10, font: { size: phone ? 11 : 12 } }
        },
        tooltip: {
          callbacks: {
            label: function (item) {
              var set = spec.datasets[item.datasetIndex];
              var qualifier = set.qualifiers ? set.qualifiers[item.dataIndex] : "";
              var note = set.notes ? set.notes[item.dataIndex] : "";
              var value = format(amount(item.raw), spec, qualifier);
              if (span) { return note + ": " + value; }
              // The period once: not again when the series or the category already names it.
              var named = set.label + " " + item.label;
              return set.label + ": " + value + (note && named.indexOf(note) < 0 ? " (" + note + ")" : "");
            }
          }
        }
      }
    };
    var chart = new Chart(canvas, {
      type: spec.type === "line" ? "line" : "bar",
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map(function (set) {
          var colour = set.colours || set.colour || fallback;
          // Bars of one colour that touch (a record's segments, a series' spans) are parted by a line of
          // the page's colour.
          var parted = span || (spec.seriesAreRecords && stacked);
          return {
            label: set.label, data: set.data, backgroundColor: colour,
            borderColor: parted ? style.backgroundColor : colour, borderWidth: parted ? 1 : 0, borderSkipped: false,
            skipNull: true, grouped: !span, barPercentage: span ? 0.45 : 0.9
          };
        })
      },
      options: options,
      plugins: [valueLabels(spec)]
    });
    canvas.setAttribute("data-drawn", "true");
    figure.dispatchEvent(new CustomEvent("dossier:chart-drawn", { bubbles: true }));
  }

  function scales(spec, text, horizontal, stacked, span, phone) {
    var valueAxis;
    if (span) {
      var starts = [];
      var ends = [];
      spec.datasets.forEach(function (set) {
        set.data.forEach(function (bar) { starts.push(bar.x[0]); ends.push(bar.x[1]); });
      });
      var first = Math.min.apply(null, starts);
      var last = Math.max.apply(null, ends);
      var step = [1, 2, 5, 10, 20, 50].filter(function (s) { return (last - first) / s <= (phone ? 5 : 10); })[0] || 100;
      valueAxis = {
        type: "linear", min: Math.floor(first / step) * step, max: Math.ceil(last / step) * step,
        // Years, not numbers: 2008, not 2,008; every tick a whole year.
        ticks: { color: text, stepSize: step, maxRotation: 0, callback: function (v) { return String(v); } }
      };
    } else {
      var unitTitle = spec.format !== "money" && spec.unit;
      valueAxis = {
        stacked: stacked, beginAtZero: true,
        // Counts in whole steps: no "0.5 exercises".
        ticks: { color: text, precision: spec.integer ? 0 : undefined, maxRotation: 0,
          callback: function (v) { return format(v, spec, "", !unitTitle); } },
        // The unit once, as the axis title, keeps the ticks short enough never to be cut.
        title: unitTitle ? { display: true, text: spec.unit, color: text } : { display: false }
      };
    }
    var categoryAxis = { stacked: stacked, ticks: { color: text,
      font: { size: phone ? 11 : 12 } } };
    return horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis };
  }

  // draw() announces each chart it drew (dossier:chart-drawn); chart-tools.js takes it from there.
  document.querySelectorAll("figure.chart").forEach(draw);
})();
