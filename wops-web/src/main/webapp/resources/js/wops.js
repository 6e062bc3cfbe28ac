/* The pages' few scripts: charts (Chart.js, packaged by PrimeFaces) and the map (Leaflet). The pages work without them. */
(function () {
  'use strict';
  var palette = ['#0b5d8a', '#2a9d8f', '#e9c46a', '#f4a261', '#e76f51', '#6d597a', '#3d5a80', '#81b29a'];

  function bar(canvas, labels, data, horizontal) {
    if (!window.Chart || !canvas || !labels.length) { return; }
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: [{ data: data, backgroundColor: palette[0] }] },
      options: { indexAxis: horizontal ? 'y' : 'x', animation: false, plugins: { legend: { display: false } },
                 scales: { x: { ticks: { precision: 0 } }, y: { ticks: { precision: 0 } } } }
    });
  }

  function charts() {
    var host = document.querySelector('[data-charts]');
    if (host) {
      var d = JSON.parse(host.getAttribute('data-charts'));
      bar(document.getElementById('chart-region'), d.region.labels, d.region.data, false);
      bar(document.getElementById('chart-year'), d.year.labels, d.year.data, false);
      bar(document.getElementById('chart-area'), d.area.labels, d.area.data, true);
    }
    document.querySelectorAll('canvas[data-kpi]').forEach(function (canvas) {
      if (!window.Chart) { return; }
      // the page gives the dates already written in the reader's language, and each series' values
      // on them (null where a series has none)
      var k = JSON.parse(canvas.getAttribute('data-kpi'));
      new window.Chart(canvas, {
        type: 'line',
        data: { labels: k.labels, datasets: [
          { label: k.targetLabel, data: k.targets, borderColor: palette[3], borderDash: [6, 4], spanGaps: true },
          { label: k.actualLabel, data: k.actuals, borderColor: palette[0], spanGaps: true }] },
        options: { animation: false, scales: { y: { title: { display: true, text: k.unit } } } }
      });
      canvas.setAttribute('data-ready', 'true');
    });
  }

  function map() {
    var host = document.getElementById('map');
    if (!host || !window.L) { return; }
    var d = JSON.parse(host.getAttribute('data-map'));
    var m = window.L.map(host, { worldCopyJump: true }).setView([10, 15], 2);
    if (d.tiles) { window.L.tileLayer(d.tiles, { maxZoom: 12, attribution: d.attribution }).addTo(m); }
    var base = host.getAttribute('data-base') || '';
    d.operators.forEach(function (o) {
      window.L.circleMarker([o[0], o[1]], { radius: 5, color: palette[0], fillOpacity: 0.7 })
        .bindPopup('<a href="operator.xhtml?id=' + o[3] + '"></a>').addTo(m)
        .getPopup().setContent(function () {
          var a = document.createElement('a'); a.href = base + 'operator.xhtml?id=' + o[3]; a.textContent = o[2]; return a;
        }());
    });
    (d.partnerships || []).forEach(function (l) {
      window.L.polyline([[l[0], l[1]], [l[2], l[3]]], { color: palette[1], weight: 2, opacity: 0.7 })
        .bindPopup(function () {
          var a = document.createElement('a'); a.href = base + 'wop.xhtml?id=' + l[5]; a.textContent = l[4]; return a;
        }()).addTo(m);
    });
    host.setAttribute('data-ready', String(d.operators.length));
  }

  document.addEventListener('DOMContentLoaded', function () { charts(); map(); });
})();
