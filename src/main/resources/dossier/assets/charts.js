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

  // The unit is the value axis's title (not repeated on its ticks) for every chart but a money chart.
  function unitOnAxis(spec) {
    return spec.type !== "span" && spec.format !== "money" && !!spec.unit;
  }

  // A label's short form, for bars too narrow for the long one: "$15M", or the bare number when the
  // axis title gives the unit.
  function short(value, spec, qualifier) {
    var text;
    if (spec.format === "money" && spec.unit === "USD") {
      text = value >= 1e9 ? "$" + +(value / 1e9).toFixed(2) + "B"
        : value >= 1e6 ? "$" + +(value / 1e6).toFixed(2) + "M"
        : value >= 1e3 ? "$" + +(value / 1e3).toFixed(1) + "K" : "$" + value;
    } else {
      text = value.toLocaleString("en");
    }
    return qualifier ? qualifier + " " + text : text;
  }

  // A bar's label: long or short, with its period ("not given" is no period) where there is one.
  function labelText(value, spec, qualifier, compact, period) {
    var text = compact ? short(value, spec, qualifier) : format(value, spec, qualifier);
    return period && period !== "not given" ? text + " (" + period + ")" : text;
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
     ("more than", "about"), with an arrow past a bound's end (not on a span chart, whose bars run over
     time: there the arrow would say the period goes on). A label goes where it fits without covering
     another; where none fits, the tooltip and the table still give the value, but a hedged value is
     drawn beside its bar all the same, so that no reader takes it for exact. One chart, one form: the
     short form for every bar once one bar is too narrow for its long label. The labels and bound arrows
     drawn are kept on the chart (dossierLabels, dossierBounds) for the tests. */
  function valueLabels(spec) {
    return { id: "dossierValueLabels", afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      var area = chart.chartArea;
      var horizontal = chart.options.indexAxis === "y";
      var stacked = spec.type === "stacked-bar";
      var span = spec.type === "span";
      chart.dossierLabels = [];
      chart.dossierBounds = [];
      // Bars, not segments: a stack is one bar to the eye.
      var visible = 0;
      var categories = {};
      chart.data.datasets.forEach(function (set, i) {
        if (chart.isDatasetVisible(i)) {
          set.data.forEach(function (v, j) {
            if (v !== null && v !== undefined) { visible++; categories[j] = true; }
          });
        }
      });
      if (stacked) { visible = Object.keys(categories).length; }
      ctx.save();
      ctx.font = "12px system-ui, sans-serif";
      var compact = unitOnAxis(spec);
      // The top of each stack: a hedge that fits nowhere else goes above its whole bar, not into the
      // segment above its own.
      var stackTops = {};
      if (!horizontal) {
        chart.data.datasets.forEach(function (set, i) {
          if (!chart.isDatasetVisible(i)) { return; }
          chart.getDatasetMeta(i).data.forEach(function (bar, j) {
            var raw = set.data[j];
            if (raw === null || raw === undefined || !bar) { return; }
            var qualifier = (spec.datasets[i].qualifiers && spec.datasets[i].qualifiers[j]) || "";
            var widest = Math.max.apply(null, (qualifier ? [qualifier, format(amount(raw), spec, "")]
              : [format(amount(raw), spec, "")]).map(function (t) { return ctx.measureText(t).width; }));
            if (widest > bar.width) { compact = true; }
            stackTops[j] = Math.min(stackTops[j] === undefined ? Infinity : stackTops[j], bar.y, bar.base);
          });
        });
      }
      // A record's period ("65 (2003–2009)") tells apart bars of one category, but only along
      // horizontal bars is there room for it, and only if every labelled bar has that room (beside or
      // inside it): one chart, one form.
      var periods = horizontal && !span && !stacked && spec.seriesAreRecords;
      chart.data.datasets.forEach(function (set, i) {
        if (!periods || !chart.isDatasetVisible(i)) { return; }
        chart.getDatasetMeta(i).data.forEach(function (bar, j) {
          var raw = set.data[j];
          if (raw === null || raw === undefined || !bar) { return; }
          var text = labelText(amount(raw), spec, spec.datasets[i].qualifiers[j] || "", compact, spec.datasets[i].notes[j]);
          var width = ctx.measureText(text).width;
          var beside = Math.max(bar.x, bar.base) + 10 + width <= area.right;
          if (!beside && width > Math.abs(bar.x - bar.base) - 8) { periods = false; }
        });
      });
      // Short labels are set a size smaller, so that they fit the narrow bars they are for.
      if (compact && !unitOnAxis(spec)) { ctx.font = "11px system-ui, sans-serif"; }
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
      ctx.textBaseline = "middle";
      chart.data.datasets.forEach(function (set, i) {
        if (!chart.isDatasetVisible(i)) { return; }
        var source = spec.datasets[i];
        chart.getDatasetMeta(i).data.forEach(function (bar, j) {
          var raw = set.data[j];
          if (raw === null || raw === undefined || !bar) { return; }
          var qualifier = (source.qualifiers && source.qualifiers[j]) || "";
          if (visible > FEW_BARS && !qualifier) { return; }
          var value = amount(raw);
          var texts = [labelText(value, spec, qualifier, compact, periods && source.notes[j])];
          if (qualifier) {
            // A hedged value too wide for one line ("more than" over "$25 billion") keeps its hedge.
            texts.push(qualifier + "\n" + (compact ? short(value, spec, "") : format(value, spec, "")));
          }
          var box = bar.getProps(["x", "y", "base", "width", "height"], true);
          box.stackTop = stacked && !horizontal ? stackTops[j] : Math.min(box.y, box.base);
          if (!span && (LOWER.test(qualifier) || UPPER.test(qualifier))) {
            boundMark(ctx, box, horizontal, LOWER.test(qualifier), chart.options.color);
            chart.dossierBounds.push({ dataset: i, index: j });
          }
          var drawn = place(ctx, texts, box, horizontal, stacked, span, area, taken, chart.options.color, i + ":" + j,
            textOn(bar.options.backgroundColor), !!qualifier);
          if (drawn) { chart.dossierLabels.push({ text: drawn, dataset: i, index: j }); }
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

  // Draws the first of the texts that fits at one of its places and returns it ("" when none fits);
  // a hedged value (must) that fits nowhere is drawn at the last place outside its bar all the same.
  // A CSS colour ("#rrggbb" or "rgb(r, g, b)") as [r, g, b], or null.
  function rgb(colour) {
    var hex = /^#([0-9a-f]{6})$/i.exec(colour || "");
    if (hex) { var n = parseInt(hex[1], 16); return [n >> 16, (n >> 8) & 255, n & 255]; }
    var fn = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour || "");
    return fn ? [+fn[1], +fn[2], +fn[3]] : null;
  }

  // WCAG's contrast ratio of two colours (1 to 21).
  function contrast(a, b) {
    function luminance(c) {
      var l = c.map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
      return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }
    var la = luminance(a);
    var lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /* The palette stays the colour-blind-safe one, but some of its colours are faint on one page
     background (yellow on white, wine on the dark theme): a bar whose fill is under 3:1 against the
     page (WCAG 1.4.11) is outlined in the text colour, so its shape reads on either theme. */
  function outline(fill, page, text) {
    var f = rgb(fill);
    var p = rgb(page);
    return f && p && contrast(f, p) < 3 ? text : null;
  }

  function place(ctx, texts, box, horizontal, stacked, span, area, taken, colour, owner, inBar, must) {
    var last = null;
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
        if (must) {
          candidates.push([end + 10, box.y, false], [start, box.y - box.height / 2 - height / 2 - 1, false],
            [start, box.y + box.height / 2 + height / 2 + 1, false]);
        }
      } else {
        var top = Math.min(box.y, box.base);
        candidates = stacked ? [[box.x - width / 2, (box.y + box.base) / 2, true]]
          : [[box.x - width / 2, top - height / 2 - 10, false], [box.x - width / 2, top + height / 2 + 2, true]];
        if (must) {
          var middle = (box.y + box.base) / 2;
          candidates.push([box.x + box.width / 2 + 4, middle, false], [box.x - box.width / 2 - width - 4, middle, false],
            [box.x - width / 2, box.stackTop - height / 2 - 4, false]);
        }
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
          return write(ctx, texts[t], lines, rect, taken, onBar ? inBar : colour);
        }
        if (!onBar) { last = { text: texts[t], lines: lines, rect: rect }; }
      }
    }
    return must && last ? write(ctx, last.text, last.lines, last.rect, taken, colour) : "";
  }

  function write(ctx, text, lines, rect, taken, colour) {
    taken.push(rect);
    ctx.fillStyle = colour;
    lines.forEach(function (line, n) {
      ctx.fillText(line, rect.x, rect.y + 7 + 14 * n);
    });
    return text;
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
              // A chart without series has one dataset, named after its unit: the category names the value.
              var name = spec.datasets.length === 1 && !spec.seriesAreRecords ? item.label : set.label;
              // The period once: not again when the series or the category already names it, and not
              // at all when the source gives none.
              var named = set.label + " " + item.label;
              var period = note && note !== "not given" && named.indexOf(note) < 0 ? " (" + note + ")" : "";
              return name + ": " + value + period;
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
          // the page's colour; a faint bar is outlined instead (which parts it too).
          var parted = span || (spec.seriesAreRecords && stacked);
          var fills = Array.isArray(colour) ? colour : [colour];
          var borders = fills.map(function (fill) {
            return outline(fill, style.backgroundColor, text) || (parted ? style.backgroundColor : fill);
          });
          var widths = fills.map(function (fill, n) { return borders[n] !== fill ? 1 : 0; });
          return {
            label: set.label, data: set.data, backgroundColor: colour,
            borderColor: Array.isArray(colour) ? borders : borders[0],
            borderWidth: Array.isArray(colour) ? widths : widths[0], borderSkipped: false,
            skipNull: true, grouped: !span, barPercentage: span ? 0.45 : 0.9,
            // Wider bars on a phone, so that their labels fit inside.
            categoryPercentage: phone && !span ? 0.9 : 0.8
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
      var unitTitle = unitOnAxis(spec);
      valueAxis = {
        // Headroom past the tallest bar, so that its label sits above it, not inside the plot's edge.
        stacked: stacked, beginAtZero: true, grace: "8%",
        // Counts in whole steps: no "0.5 exercises".
        ticks: { color: text, precision: spec.integer ? 0 : undefined, maxRotation: 0,
          // On a phone the short form ("$18M") leaves the bars room for their labels.
          callback: function (v) { return phone && !unitTitle ? short(v, spec, "") : format(v, spec, "", !unitTitle); } },
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
