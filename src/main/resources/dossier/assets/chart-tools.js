/* What a reader does with a chart that charts.js drew: opens its data table, downloads it as an
   image (PNG, or SVG through the vendored svgcanvas library), copies the code that embeds it, and
   finds the choices they made (series hidden, table open) kept in the URL, so a link shows the
   chart as they saw it: ?<chart-id>.hide=<series>&<chart-id>.table=open.
   Series visibility is Chart.js's own (chart.isDatasetVisible, chart.setDatasetVisibility), whoever
   changes it. No inline script: works under Content-Security-Policy script-src 'self'. */
(function () {
  "use strict";
  var script = document.currentScript;
  var assets = script ? script.src.replace(/[^/]*$/, "") : "";
  var exportSize = { width: 960, height: 600 };

  function chartId(figure) { return figure.id.replace(/^chart-/, ""); }

  function chartOf(figure) {
    var canvas = figure.querySelector(".chart-canvas canvas");
    return canvas && typeof Chart !== "undefined" ? Chart.getChart(canvas) : undefined;
  }

  /* The reader's choices in the URL. */

  function stateParams(figure, params) {
    var id = chartId(figure);
    params.delete(id + ".hide");
    params.delete(id + ".table");
    var chart = chartOf(figure);
    if (chart) {
      chart.data.datasets.forEach(function (set, i) {
        if (!chart.isDatasetVisible(i)) { params.append(id + ".hide", set.label); }
      });
    }
    var table = figure.querySelector(".chart-table");
    if (table && !table.hidden) { params.set(id + ".table", "open"); }
    return params;
  }

  function saveState(figure) {
    var query = stateParams(figure, new URLSearchParams(location.search)).toString();
    var url = location.pathname + (query ? "?" + query : "") + location.hash;
    // Only on a change: Chart.js updates on every resize, and browsers throttle replaceState.
    if (url !== location.pathname + location.search + location.hash) {
      history.replaceState(history.state, "", url);
    }
    updateEmbedCode(figure);
  }

  function restoreSeries(figure, chart) {
    var hidden = new URLSearchParams(location.search).getAll(chartId(figure) + ".hide");
    if (hidden.length === 0) { return; }
    chart.data.datasets.forEach(function (set, i) {
      if (hidden.indexOf(set.label) >= 0) { chart.setDatasetVisibility(i, false); }
    });
    chart.update();
  }

  /* Whenever Chart.js updates a chart of a figure set up here (a legend click, anything else), the URL
     follows. Chart.js reads its registered plugins again at every update, so this reaches the charts
     drawn before it was registered; copies drawn for a download lie in no figure. */
  function watchSeries() {
    if (typeof Chart === "undefined") { return; }
    Chart.register({
      id: "dossierState",
      afterUpdate: function (chart) {
        var figure = chart.canvas && chart.canvas.closest ? chart.canvas.closest("figure.chart[data-chart-tools]") : null;
        if (figure) {
          saveState(figure);
          showSeriesState(figure, chart);
        }
      }
    });
  }

  /* The series, shown or hidden from the keyboard too: the Chart.js legend is drawn on the canvas,
     which takes no focus. One checkbox a series, with its colour; both ways in step with the legend. */

  function seriesToggles(figure, chart) {
    var sets = chart.data.datasets;
    var box = figure.querySelector(".chart-canvas");
    if (sets.length < 2 || !box || figure.querySelector(".chart-series")) { return; }
    // Segments that are single records (series: record) are told apart by their labels, tooltips and
    // table; a checkbox for each would be a long list of record titles, longer than the chart on a phone.
    var data = figure.querySelector("script.chart-data");
    if (data && JSON.parse(data.textContent).seriesAreRecords) { return; }
    var group = document.createElement("fieldset");
    group.className = "chart-series";
    var legend = document.createElement("legend");
    legend.textContent = "Series shown";
    group.appendChild(legend);
    sets.forEach(function (set, i) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.type = "checkbox";
      input.setAttribute("data-series", String(i));
      input.checked = chart.isDatasetVisible(i);
      input.addEventListener("change", function () {
        chart.setDatasetVisibility(i, input.checked);
        chart.update();
      });
      var swatch = document.createElement("span");
      swatch.className = "chart-series-swatch";
      swatch.setAttribute("aria-hidden", "true");
      // The CSSOM, not a style attribute: allowed by the policy style-src 'self'.
      swatch.style.backgroundColor = Array.isArray(set.backgroundColor) ? set.backgroundColor[0] : set.backgroundColor;
      label.appendChild(input);
      label.appendChild(swatch);
      label.appendChild(document.createTextNode(set.label));
      group.appendChild(label);
    });
    box.parentNode.insertBefore(group, box.nextSibling);
  }

  function showSeriesState(figure, chart) {
    figure.querySelectorAll(".chart-series input[data-series]").forEach(function (input) {
      input.checked = chart.isDatasetVisible(Number(input.getAttribute("data-series")));
    });
  }

  /* The data table, one click away; open when the URL says so. */

  function tableToggle(figure) {
    var table = figure.querySelector(".chart-table");
    if (!table || !table.id) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "chart-table-toggle";
    button.setAttribute("aria-controls", table.id);
    function show(open) {
      table.hidden = !open;
      button.setAttribute("aria-expanded", open ? "true" : "false");
      button.textContent = open ? "Hide the data table" : "Show the data table";
    }
    show(new URLSearchParams(location.search).get(chartId(figure) + ".table") === "open");
    button.addEventListener("click", function () {
      show(table.hidden);
      saveState(figure);
    });
    table.parentNode.insertBefore(button, table);
  }

  /* Images: the chart's own Chart.js configuration drawn again, at a fixed size, with its title and
     the address of its page. Always dark on white, whatever the page's theme: an image is placed on
     paper or on a slide, and the PNG and the SVG must look the same. */

  var exportColours = { background: "#ffffff", text: "#1b1f24" };

  /* The chart's axes with their ticks and titles in the export's text colour. */
  function inColour(scales, text) {
    var copy = {};
    Object.keys(scales || {}).forEach(function (key) {
      var axis = scales[key];
      copy[key] = Object.assign({}, axis, { ticks: Object.assign({}, axis.ticks, { color: text }) });
      if (axis.title) { copy[key].title = Object.assign({}, axis.title, { color: text }); }
    });
    return copy;
  }

  function exportConfig(figure, chart, pixelRatio) {
    var source = chart.config;
    var text = exportColours.text;
    var title = figure.querySelector("figcaption strong");
    var page = figure.querySelector(".chart-links a[href]:not([download])");
    var fill = exportColours.background;
    var pageColours = getComputedStyle(document.body);
    var options = Object.assign({}, source.options, {
      animation: false, responsive: false, maintainAspectRatio: false, devicePixelRatio: pixelRatio, events: [],
      layout: { padding: 16 }, color: text, scales: inColour(source.options.scales, text)
    });
    var legend = source.options.plugins.legend;
    options.plugins = Object.assign({}, source.options.plugins, {
      legend: Object.assign({}, legend, { labels: Object.assign({}, legend && legend.labels, { color: text }) }),
      title: { display: Boolean(title), text: title ? title.textContent : "", align: "start", color: text,
        font: { size: 18, weight: "bold" } },
      subtitle: { display: Boolean(page), text: page ? "Source: " + page.href : "", position: "bottom",
        align: "start", color: text }
    });
    return {
      type: source.type,
      platform: Chart.BasicPlatform,
      data: {
        labels: (source.data.labels || []).slice(),
        datasets: source.data.datasets.map(function (set, i) {
          // Bars parted by a line of the page's colour are parted by white here.
          var parting = set.borderColor === pageColours.backgroundColor ? fill : set.borderColor;
          return Object.assign({}, set, { data: set.data.slice(), borderColor: parting,
            hidden: !chart.isDatasetVisible(i) });
        })
      },
      options: options,
      plugins: (source.plugins || []).concat([{
        id: "dossierBackground",
        beforeDraw: function (copy) {
          copy.ctx.save();
          copy.ctx.fillStyle = fill;
          copy.ctx.fillRect(0, 0, copy.width, copy.height);
          copy.ctx.restore();
        }
      }])
    };
  }

  function save(blob, name) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.target = "_self";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
  }

  function downloadPng(figure, chart) {
    var canvas = document.createElement("canvas");
    canvas.width = exportSize.width;
    canvas.height = exportSize.height;
    var copy = new Chart(canvas, exportConfig(figure, chart, 2));
    canvas.toBlob(function (blob) {
      copy.destroy();
      save(blob, chartId(figure) + ".png");
    }, "image/png");
  }

  /* svgcanvas reads each text's font by setting a style attribute on a span of this document, which
     the site's policy (style-src 'self') refuses and reports. Setting the same text through the CSSOM
     is allowed: while the SVG is drawn (synchronously, in run), the spans made here take their style
     attribute that way, so svgcanvas reads the real font. Restored however run ends. */
  function withCssomSpans(run) {
    var make = Document.prototype.createElement;
    document.createElement = function (name) {
      var element = make.apply(document, arguments);
      if (String(name).toLowerCase() === "span") {
        element.setAttribute = function (attribute, value) {
          if (String(attribute).toLowerCase() === "style") { element.style.cssText = value; }
          else { Element.prototype.setAttribute.call(element, attribute, value); }
        };
      }
      return element;
    };
    try { return run(); } finally { delete document.createElement; }
  }

  /* svgcanvas writes text-decoration="" (or "undefined") on every text when nothing is underlined. */
  function withoutEmptyDecoration(svgElement) {
    svgElement.querySelectorAll("text").forEach(function (text) {
      var decoration = text.getAttribute("text-decoration");
      if (!decoration || decoration === "undefined") { text.removeAttribute("text-decoration"); }
    });
  }

  function downloadSvg(figure, chart, status) {
    import(assets + "svgcanvas.esm.js").then(function (svgcanvas) {
      var svg = withCssomSpans(function () {
        var element = new svgcanvas.Element(exportSize);
        var context = element.getContext("2d");
        var copy = new Chart(element, exportConfig(figure, chart, 1));
        withoutEmptyDecoration(context.getSvg());
        var serialized = context.getSerializedSvg(true);
        copy.destroy();
        return serialized;
      });
      save(new Blob([svg], { type: "image/svg+xml" }), chartId(figure) + ".svg");
    }).catch(function () {
      status.textContent = "The SVG could not be made in this browser; the PNG can.";
    });
  }

  function downloadButtons(figure, chart) {
    var links = figure.querySelector(".chart-links");
    if (!links || links.querySelector(".chart-download")) { return; }
    var status = document.createElement("span");
    status.className = "chart-tools-status";
    status.setAttribute("role", "status");
    // In a span of its own, so that print, which has no buttons, leaves the words out with them.
    var label = document.createElement("span");
    label.className = "chart-download-label";
    label.textContent = " · Download the chart: ";
    links.appendChild(label);
    [["PNG", downloadPng], ["SVG", downloadSvg]].forEach(function (kind, i) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "chart-download";
      button.setAttribute("data-format", kind[0].toLowerCase());
      button.textContent = kind[0];
      button.setAttribute("aria-label", "Download the chart as " + kind[0]);
      button.addEventListener("click", function () { kind[1](figure, chart, status); });
      if (i > 0) { links.appendChild(document.createTextNode(" ")); }
      links.appendChild(button);
    });
    links.appendChild(status);
  }

  /* The code that embeds the chart (on its page), with the reader's choices in the embed's URL. */

  function updateEmbedCode(figure) {
    var code = document.getElementById("embed-code-" + chartId(figure));
    if (!code) { return; }
    var base = code.getAttribute("data-embed-url");
    var query = stateParams(figure, new URLSearchParams()).toString();
    var src = base + (query ? "?" + query.replace(/&/g, "&amp;") : "");
    code.value = code.defaultValue.replace('src="' + base + '"', 'src="' + src + '"');
  }

  function copyButton(code) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "embed-copy";
    button.textContent = "Copy the code";
    var status = document.createElement("span");
    status.className = "chart-tools-status";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
      code.select();
      var copied = navigator.clipboard && window.isSecureContext
        ? navigator.clipboard.writeText(code.value)
        : Promise.resolve(document.execCommand("copy")).then(function (ok) { if (!ok) { throw new Error(); } });
      copied.then(function () { status.textContent = "Copied."; }, function () {
        status.textContent = "Selected: press Ctrl+C (⌘C) to copy.";
      });
    });
    code.parentNode.insertBefore(button, code.nextSibling);
    button.parentNode.insertBefore(status, button.nextSibling);
  }

  /* Each figure once; its chart when charts.js has drawn it (now, or later by its event). */

  function withChart(figure) {
    var chart = chartOf(figure);
    if (!chart || figure.hasAttribute("data-chart-tools")) { return; }
    figure.setAttribute("data-chart-tools", "ready");
    restoreSeries(figure, chart);
    seriesToggles(figure, chart);
    downloadButtons(figure, chart);
    updateEmbedCode(figure);
  }

  watchSeries();
  document.querySelectorAll("figure.chart").forEach(function (figure) {
    tableToggle(figure);
    withChart(figure);
  });
  document.querySelectorAll(".embed-code-text").forEach(copyButton);
  document.addEventListener("dossier:chart-drawn", function (event) {
    if (event.target.matches && event.target.matches("figure.chart")) { withChart(event.target); }
  });
})();
