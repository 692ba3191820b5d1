/*
 * The statistics charts: each [data-chart] element holds its dashboard's figures as JSON (or
 * [data-chart-src] the address to fetch them from); a click on a bar or a cell opens the list
 * behind that figure. Charts are drawn without animation when printing, and drawn again before
 * the browser prints, so the paper never shows a bar half grown.
 */
(function () {
  'use strict';
  if (typeof echarts === 'undefined') { return; }
  var charts = [];
  var printing = window.matchMedia ? window.matchMedia('print') : { matches: false };
  var palette = ['#c0392b', '#e6a23c', '#409eff', '#67c23a', '#909399', '#8e44ad', '#16a085', '#d35400', '#2c3e50', '#f1c40f'];

  function option(data, animate, width) {
    var common = { animation: animate, color: palette, tooltip: { trigger: data.type === 'heatmap' ? 'item' : 'axis', confine: true } };
    if (data.type === 'heatmap') {
      var max = 0;
      var values = data.series[0].points.map(function (p) {
        max = Math.max(max, Number(p.value));
        return { value: [p.x, p.y, Number(p.value)], key: p.key };
      });
      return Object.assign(common, {
        grid: { left: 110, right: 20, top: 10, bottom: 90 },
        xAxis: { type: 'category', data: data.x.map(function (l) { return l.split(' ')[0]; }), axisLabel: { rotate: 60, fontSize: 10 } },
        yAxis: { type: 'category', data: data.y, axisLabel: { fontSize: 11 } },
        visualMap: { min: 0, max: max || 1, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120,
          inRange: { color: ['#fff7f0', '#f4a582', '#b2182b'] } },
        tooltip: { formatter: function (p) { return echarts.format.encodeHTML(data.y[p.value[1]] + ' · ' + data.x[p.value[0]]) + '<br>' + p.value[2]; } },
        series: [{ type: 'heatmap', name: data.series[0].name, data: values, label: { show: false } }]
      });
    }
    var horizontal = data.type === 'hbar';
    // Every label of a short axis is drawn: ECharts would otherwise skip every second star level.
    var category = { type: 'category', data: data.x, inverse: horizontal,
      axisLabel: { fontSize: 11, width: 110, overflow: 'truncate', interval: data.x.length <= 12 ? 0 : 'auto' } };
    // On a phone fewer ticks, so the numbers along the value axis do not run into one another.
    var value = { type: 'value', splitNumber: width && width < 500 ? 3 : 5 };
    return Object.assign(common, {
      legend: { top: 0, type: 'scroll' },
      grid: { left: horizontal ? 120 : 40, right: 20, top: 30, bottom: 30, containLabel: !horizontal },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: data.series.map(function (s) {
        var points = data.x.map(function () { return null; });
        s.points.forEach(function (p) { points[p.x] = { value: Number(p.value), key: p.key }; });
        return { type: 'bar', name: s.name, stack: s.stack || undefined, data: points, barMaxWidth: 28 };
      })
    });
  }

  function draw(element, data, list) {
    if (!data.series.length || data.series.every(function (s) { return !s.points.length; })) {
      // Nothing to draw (no task, no campaign yet): say so rather than leave an empty box.
      element.textContent = element.getAttribute('data-empty') || '';
      element.classList.add('empty');
      return;
    }
    if (data.type === 'hbar') { element.style.height = Math.max(220, data.x.length * 24 + 70) + 'px'; }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option(data, !printing.matches, element.clientWidth));
    chart.on('click', function (p) {
      var key = p.data && p.data.key;
      if (key && list) { window.location.href = list + (list.indexOf('?') < 0 ? '?' : '&') + 'key=' + encodeURIComponent(key); }
    });
    charts.push({ chart: chart, data: data, element: element });
  }

  document.querySelectorAll('[data-chart]').forEach(function (element) {
    draw(element, JSON.parse(element.getAttribute('data-chart')), element.getAttribute('data-list'));
  });
  document.querySelectorAll('[data-chart-src]').forEach(function (element) {
    fetch(element.getAttribute('data-chart-src'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.status === 200 ? response.json() : null; })
      .then(function (view) {
        if (view) { draw(element, view.chart, element.getAttribute('data-list') || view.listBase); }
      });
  });

  function redraw(animate) {
    charts.forEach(function (c) { c.chart.setOption(option(c.data, animate, c.element.clientWidth), true); c.chart.resize(); });
  }
  window.addEventListener('beforeprint', function () { redraw(false); });
  window.addEventListener('afterprint', function () { redraw(true); });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.chart.resize(); }); });
}());
