// The pages' charts. Each canvas carries its figures in data-chart (JSON, HTML-escaped by the template), so
// no inline script is needed and the Content-Security-Policy stays strict. Every chart has a table beside it.
(function () {
  'use strict'
  var pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 })
  var colours = { costs: '#d4351c', benefits: '#00703c', net: '#1d70b8', payback: '#0b0c0c', out: '#b1b4b6', budget: '#f47738' }

  function data (canvas) { return JSON.parse(canvas.getAttribute('data-chart')) }
  function money (value) { return pounds.format(value) }
  function drawn (canvas) { canvas.setAttribute('data-drawn', 'true') }

  function appraisal (canvas) {
    var d = data(canvas)
    var payback = d.labels.map(function (label, i) { return i === d.paybackIndex ? d.cumulativeNet[i] : null })
    new Chart(canvas, {
      data: {
        labels: d.labels,
        datasets: [
          { type: 'bar', label: 'Costs', data: d.costs, backgroundColor: colours.costs },
          { type: 'bar', label: 'Benefits', data: d.benefits, backgroundColor: colours.benefits },
          { type: 'line', label: 'Cumulative net', data: d.cumulativeNet, borderColor: colours.net, backgroundColor: colours.net, tension: 0 },
          { type: 'line', label: 'Payback' + (d.paybackLabel ? ' (' + d.paybackLabel + ')' : ''), data: payback, showLine: false,
            pointRadius: 9, pointStyle: 'rectRot', borderColor: colours.payback, backgroundColor: colours.payback }
        ]
      },
      options: { animation: false, scales: { y: { ticks: { callback: money } } },
        plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + money(c.parsed.y) } } } } }
    })
    drawn(canvas)
  }

  function ranking (canvas) {
    var d = data(canvas)
    new Chart(canvas, {
      data: {
        labels: d.labels,
        datasets: [
          { type: 'bar', label: 'Amount sought', data: d.sought,
            backgroundColor: d.withinBudget.map(function (w) { return w ? colours.net : colours.out }) },
          { type: 'line', label: 'Cumulative amount sought', data: d.cumulative, borderColor: colours.payback, tension: 0 },
          { type: 'line', label: 'Funding line (budget)', data: d.labels.map(function () { return d.budget }),
            borderColor: colours.budget, backgroundColor: colours.budget, borderDash: [6, 4],
            pointRadius: d.labels.length < 2 ? 6 : 0, pointStyle: 'line' }
        ]
      },
      // room above the budget, so the funding line is never the chart's top edge
      options: { animation: false, scales: { y: { suggestedMax: d.budget * 1.1, ticks: { callback: money } } } }
    })
    drawn(canvas)
  }

  function statuses (canvas) {
    var d = data(canvas)
    new Chart(canvas, {
      type: 'bar',
      data: { labels: d.labels, datasets: [{ label: 'Bids', data: d.values, backgroundColor: colours.net }] },
      options: { animation: false, indexAxis: 'y', plugins: { legend: { display: false } } }
    })
    drawn(canvas)
  }

  var charts = { 'appraisal-chart': appraisal, 'ranking-chart': ranking, 'status-chart': statuses }
  Object.keys(charts).forEach(function (id) {
    var canvas = document.getElementById(id)
    if (canvas && window.Chart) { charts[id](canvas) }
  })
})()
