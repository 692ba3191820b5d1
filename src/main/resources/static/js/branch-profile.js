// The branch profile's two charts: the level over the years (a step line) and the points lost per
// item against the branch's peers (bars). Figures and labels come from data attributes; a printed
// page gets its charts without animation so the paper shows them drawn.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') { return; }
  var printing = window.matchMedia && window.matchMedia('print').matches;
  var charts = [];

  function list(value) { return value ? value.split('|') : []; }
  function numbers(value) { return list(value).map(function (v) { return v === '' ? null : Number(v); }); }

  var levels = document.getElementById('level-chart');
  if (levels) {
    var chart = echarts.init(levels, null, { renderer: 'canvas' });
    chart.setOption({
      animation: !printing,
      grid: { left: 36, right: 16, top: 28, bottom: 28 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: list(levels.dataset.years) },
      yAxis: { type: 'value', min: 0, max: 5, interval: 1 },
      series: [{ name: levels.dataset.label, type: 'line', step: 'middle', data: numbers(levels.dataset.stars),
        symbolSize: 8, label: { show: true } }]
    });
    charts.push(chart);
  }

  var lost = document.getElementById('lost-chart');
  if (lost) {
    var items = list(lost.dataset.items);
    var bars = echarts.init(lost, null, { renderer: 'canvas' });
    bars.setOption({
      animation: !printing,
      grid: { left: 40, right: 16, top: 36, bottom: 48 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: items, axisLabel: { rotate: items.length > 6 ? 45 : 0 } },
      yAxis: { type: 'value' },
      series: [
        { name: lost.dataset.ownLabel, type: 'bar', data: numbers(lost.dataset.own) },
        { name: lost.dataset.categoryLabel, type: 'bar', data: numbers(lost.dataset.category) },
        { name: lost.dataset.allLabel, type: 'bar', data: numbers(lost.dataset.all) }
      ]
    });
    charts.push(bars);
  }

  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  // Printing resizes the page: draw the charts again at the paper's width, at once.
  if (window.matchMedia) {
    window.matchMedia('print').addEventListener('change', function (event) {
      charts.forEach(function (c) { c.setOption({ animation: !event.matches }); c.resize(); });
    });
  }
}());
