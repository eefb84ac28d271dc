// Draws every canvas that carries a Chart.js configuration; the page's tables hold the same figures.
document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
  var config = JSON.parse(canvas.dataset.chart);
  config.options = Object.assign({animation: false, maintainAspectRatio: false}, config.options);
  new Chart(canvas, config);
});
