// Draws every <canvas data-chart="{...}"> on the page with Chart.js, loading Chart.js (data-chart-lib) only on pages
// that have a chart. The same numbers are in the table beside each chart (the Chart Razor component).
(function () {
  'use strict';
  if (window.frontlineCharts) { return; } // the component may be on a page more than once
  window.frontlineCharts = true;

  var palette = ['#0d6efd', '#dc3545', '#198754', '#fd7e14', '#6f42c1', '#20c997', '#6c757d'];

  function draw() {
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      if (window.Chart.getChart(canvas)) { return; }
      var model = JSON.parse(canvas.getAttribute('data-chart'));
      var round = model.type === 'pie' || model.type === 'doughnut';
      var datasets = model.datasets.map(function (d, i) {
        return {
          label: d.label,
          data: d.data,
          backgroundColor: round ? palette : palette[i % palette.length],
          borderColor: round ? '#fff' : palette[i % palette.length]
        };
      });
      var scales = round ? {} : {
        x: { stacked: model.stacked },
        y: { stacked: model.stacked, beginAtZero: true, ticks: { precision: 0 } }
      };
      new window.Chart(canvas, {
        type: model.type,
        data: { labels: model.labels, datasets: datasets },
        options: { responsive: true, maintainAspectRatio: false, animation: false, scales: scales }
      });
    });
  }

  function start() {
    var first = document.querySelector('canvas[data-chart]');
    if (!first) { return; }
    if (window.Chart) { draw(); return; }
    var script = document.createElement('script');
    script.src = first.getAttribute('data-chart-lib');
    script.onload = draw;
    document.head.appendChild(script);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
