// The plan's map: every planned unit at its coordinates, coloured by group, and each group's
// route per day drawn through its units in visiting order. Labels come from the page's
// data attributes so the bundle stays the one place for words.
(function () {
  'use strict';

  var element = document.getElementById('plan-map');
  if (!element || typeof echarts === 'undefined') { return; }

  function groupName(number) {
    return element.dataset.groupLabel.replace('{0}', number);
  }

  fetch(element.dataset.source, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) { return response.json(); })
    .then(function (data) {
      if (!data.units.length) {
        element.textContent = element.dataset.empty;
        return;
      }
      var chart = echarts.init(element, null, { renderer: 'canvas' });
      var groups = Array.from(new Set(data.units.map(function (unit) { return unit.group; }))).sort(function (a, b) { return a - b; });
      var series = [];
      groups.forEach(function (group) {
        series.push({
          name: groupName(group), type: 'scatter', symbolSize: 9,
          data: data.units.filter(function (unit) { return unit.group === group; })
            .map(function (unit) { return { name: unit.code, value: unit.value }; })
        });
      });
      data.routes.forEach(function (route) {
        series.push({
          name: groupName(route.group), type: 'line', data: route.coords, symbol: 'none',
          lineStyle: { width: 1.5, opacity: 0.7 }, tooltip: { show: false }, silent: true
        });
      });
      var all = data.units.map(function (unit) { return unit.value; });
      function bounds(index) {
        var values = all.map(function (point) { return point[index]; });
        var min = Math.min.apply(null, values), max = Math.max.apply(null, values);
        var pad = (max - min) * 0.05 || 0.01;
        return { min: +(min - pad).toFixed(3), max: +(max + pad).toFixed(3) };
      }
      var x = bounds(0), y = bounds(1);
      chart.setOption({
        animation: !window.matchMedia('print').matches,
        color: ['#c23531', '#2f4554', '#61a0a8', '#d48265', '#91c7ae', '#749f83', '#ca8622', '#bda29a', '#6e7074', '#546570'],
        tooltip: { trigger: 'item', formatter: function (p) { return echarts.format.encodeHTML(p.seriesName) + '<br>' + echarts.format.encodeHTML(p.name); } },
        legend: { top: 0 },
        grid: { left: 60, right: 20, top: 40, bottom: 40 },
        xAxis: { type: 'value', name: element.dataset.longitude, min: x.min, max: x.max, scale: true },
        yAxis: { type: 'value', name: element.dataset.latitude, min: y.min, max: y.max, scale: true },
        series: series
      });
      window.addEventListener('resize', function () { chart.resize(); });
      element.dataset.ready = 'yes';
    });
})();
