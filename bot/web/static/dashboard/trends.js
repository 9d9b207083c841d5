// The chart of conversations per theme per month, from the JSON in the canvas's data-grafiek
// attribute (no inline script: the page's Content-Security-Policy forbids it).
// A suppressed count is null (a gap in its line); the tooltip shows it as on the page ("<5", "x").
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const canvas = document.getElementById("grafiek-thema");
  if (!canvas || !window.Chart) return;
  const data = JSON.parse(canvas.dataset.grafiek);
  const colours = ["#0b4f8a", "#b45309", "#15803d", "#9d174d", "#6d28d9", "#0e7490", "#4b5563", "#a16207"];
  data.datasets.forEach((set, i) => {
    set.borderColor = set.backgroundColor = colours[i % colours.length];
    set.spanGaps = false;
    set.pointRadius = 3;
  });
  window.trendGrafiek = new Chart(canvas, {
    type: "line",
    data: data,
    options: {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: "index", intersect: false },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "gesprekken" } } },
      plugins: {
        legend: { position: "bottom" },
        tooltip: {
          callbacks: {
            label: item => `${item.dataset.label}: ${item.dataset.texts[item.dataIndex]}`,
          },
        },
      },
    },
  });
});
