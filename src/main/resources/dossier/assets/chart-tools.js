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
        if (figure) { saveState(figure); }
      }
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
     the address of its page, on the page's background. */

  function background() {
    var colour = getComputedStyle(document.body).backgroundColor;
    return !colour || colour === "transparent" || colour === "rgba(0, 0, 0, 0)" ? "#ffffff" : colour;
  }

  function exportConfig(figure, chart, pixelRatio) {
    var source = chart.config;
    var text = getComputedStyle(document.body).color;
    var title = figure.querySelector("figcaption strong");
    var page = figure.querySelector(".chart-links a[href]:not([download])");
    var fill = background();
    var options = Object.assign({}, source.options, {
      animation: false, responsive: false, maintainAspectRatio: false, devicePixelRatio: pixelRatio, events: [],
      layout: { padding: 16 }
    });
    options.plugins = Object.assign({}, source.options.plugins, {
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
          return Object.assign({}, set, { data: set.data.slice(), hidden: !chart.isDatasetVisible(i) });
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

  /* svgcanvas reads each text's font through a style attribute, which the site's policy (style-src
     'self') refuses, and writes empty font attributes; the CSSOM is allowed, so the font is set here,
     on the text element svgcanvas has just made. */
  function withFonts(context) {
    ["fillText", "strokeText"].forEach(function (name) {
      var draw = context[name];
      context[name] = function () {
        draw.apply(context, arguments);
        var text = context.__currentElement;
        if (!text || text.nodeName !== "text") { return; }
        var font = document.createElement("span").style;
        font.font = context.font;
        text.setAttribute("font-family", font.fontFamily);
        text.setAttribute("font-size", font.fontSize);
        text.setAttribute("font-style", font.fontStyle);
        text.setAttribute("font-weight", font.fontWeight);
        text.removeAttribute("text-decoration");
      };
    });
  }

  function downloadSvg(figure, chart, status) {
    import(assets + "svgcanvas.esm.js").then(function (svgcanvas) {
      var element = new svgcanvas.Element(exportSize);
      withFonts(element.getContext("2d"));
      var copy = new Chart(element, exportConfig(figure, chart, 1));
      var svg = element.getContext("2d").getSerializedSvg(true);
      copy.destroy();
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
    links.appendChild(document.createTextNode(" · Download the chart: "));
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
