// faultlines: the little the pages do in the browser. No library, no inline script (CSP).
"use strict";

// Network page: hovering an actor dims every tie that does not touch it.
function highlightNetwork() {
  const graph = document.getElementById("graph");
  if (!graph) return;
  const edges = Array.from(graph.querySelectorAll("line.edge"));
  graph.querySelectorAll("g.node").forEach((node) => {
    const id = node.dataset.id;
    node.addEventListener("mouseenter", () => {
      graph.classList.add("focus");
      edges.forEach((e) => e.classList.toggle("lit", e.dataset.a === id || e.dataset.b === id));
    });
    node.addEventListener("mouseleave", () => graph.classList.remove("focus"));
  });
}

// Article reader: an event's trigger and its line under the sentence light up together.
function linkTriggers() {
  document.querySelectorAll("a.hl.trigger, span.hl.trigger").forEach((el) => {
    el.addEventListener("click", () => {
      const target = document.querySelector(el.getAttribute("href") || "#none");
      if (target) target.classList.add("flash");
    });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  highlightNetwork();
  linkTriggers();
});
