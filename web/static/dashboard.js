/* Draws the dashboard's trend chart from the JSON block the page carries (no inline script). */
(function () {
  "use strict";
  var source = document.getElementById("trend-data");
  var canvas = document.getElementById("trend-chart");
  if (!source || !canvas || typeof window.Chart === "undefined") {
    return; // the table below the chart carries the same figures
  }
  var data = JSON.parse(source.textContent);
  // Distinct line styles as well as colours, so lines differ without colour.
  var colours = ["#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#f47738", "#505a5f"];
  var dashes = [[], [6, 4], [2, 3], [10, 4, 2, 4], [1, 6], [12, 6]];
  var points = ["circle", "rect", "triangle", "rectRot", "star", "cross"];
  var datasets = data.series.map(function (series, i) {
    return {
      label: series.label,
      data: series.data,
      borderColor: colours[i % colours.length],
      backgroundColor: colours[i % colours.length],
      borderDash: dashes[i % dashes.length],
      pointStyle: points[i % points.length],
      pointRadius: 4,
      spanGaps: false,
    };
  });
  canvas.parentNode.classList.add("chart--drawn");
  new window.Chart(canvas, {
    type: "line",
    data: { labels: data.labels, datasets: datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        y: { min: 0, max: 100, title: { display: true, text: "% positive" } },
      },
      plugins: {
        legend: { position: "bottom", labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: function (ctx) {
              var v = ctx.parsed.y;
              return ctx.dataset.label + ": " + (v === null ? "fewer than 5 answers" : v.toFixed(1) + "%");
            },
          },
        },
      },
    },
  });
})();
