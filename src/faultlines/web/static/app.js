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

// Timelines: drag across the bars to zoom the page to that window (since= and until=).
const DAY = 86400000;

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function brushTimeline(figure) {
  const plot = figure.querySelector(".tl-plot");
  const start = Date.parse(figure.dataset.start), end = Date.parse(figure.dataset.end) + DAY;
  if (!plot || isNaN(start) || isNaN(end)) return;
  const svgNS = "http://www.w3.org/2000/svg";
  let from = null, box = null, dragged = false;
  const at = (event) => {
    const r = plot.getBoundingClientRect();
    return Math.min(Math.max(event.clientX - r.left, 0), r.width);
  };
  plot.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    from = at(event);
    dragged = false;
  });
  plot.addEventListener("pointermove", (event) => {
    if (from === null) return;
    const x = at(event);
    if (!dragged && Math.abs(x - from) < 6) return;
    if (!dragged) {
      dragged = true;
      plot.setPointerCapture(event.pointerId);
      box = document.createElementNS(svgNS, "rect");
      box.setAttribute("class", "brush");
      box.setAttribute("y", "0");
      box.setAttribute("height", plot.getAttribute("height"));
      plot.appendChild(box);
    }
    box.setAttribute("x", Math.min(x, from));
    box.setAttribute("width", Math.abs(x - from));
  });
  plot.addEventListener("pointerup", (event) => {
    if (from === null) return;
    const x = at(event), width = plot.getBoundingClientRect().width;
    const a = Math.min(x, from) / width, b = Math.max(x, from) / width;
    from = null;
    if (!dragged) return;
    const since = isoDay(start + a * (end - start));
    const until = isoDay(Math.max(start + b * (end - start) - DAY, start + a * (end - start)));
    window.location.assign(`${figure.dataset.zoom}since=${since}&until=${until}`);
  });
  // A drag ends over some bar: its click must not open that bar's link.
  plot.addEventListener("click", (event) => {
    if (dragged) event.preventDefault();
  }, true);
}

// Maps: zoom (buttons, wheel, two fingers), pan (drag), and nearby places gathered into one
// cluster that keeps a fixed size on screen; a cluster opens by zooming in on it.
const SVG_NS = "http://www.w3.org/2000/svg";
const CLUSTER_PX = 30;

function svgEl(name, attrs) {
  const el = document.createElementNS(SVG_NS, name);
  Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, v));
  return el;
}

function readPlaces(svg) {
  return Array.from(svg.querySelectorAll("g.places circle.dot")).map((c) => ({
    x: +c.getAttribute("cx"), y: +c.getAttribute("cy"), n: +c.dataset.n, q: +c.dataset.q,
    href: c.parentNode.getAttribute("href"), title: c.querySelector("title").textContent,
  }));
}

function gather(places, radius) {
  const clusters = [];
  places.forEach((p) => {
    const near = clusters.find((c) => Math.hypot(c.x - p.x, c.y - p.y) < radius);
    if (near) near.members.push(p);
    else clusters.push({ x: p.x, y: p.y, members: [p] });
  });
  return clusters;
}

function clusterQuad(members) {
  const byQuad = {};
  members.forEach((m) => { byQuad[m.q] = (byQuad[m.q] || 0) + m.n; });
  return Object.keys(byQuad).sort((a, b) => byQuad[b] - byQuad[a])[0];
}

function zoomableMap(figure) {
  const svg = figure.querySelector("svg.map");
  const layer = svg.querySelector("g.places");
  const places = readPlaces(svg).sort((a, b) => b.n - a.n);
  const fit = figure.dataset.view.split(" ").map(Number);
  let view = fit.slice();
  const pxPerUnit = () => Math.min(svg.clientWidth / view[2], svg.clientHeight / view[3]) || 1;

  function draw() {
    svg.setAttribute("viewBox", view.map((v) => v.toFixed(3)).join(" "));
    const unit = 1 / pxPerUnit();
    layer.replaceChildren();
    gather(places, CLUSTER_PX * unit).forEach((c) => {
      const n = c.members.reduce((s, m) => s + m.n, 0);
      const r = Math.min(7 + 2.2 * Math.sqrt(n), 26) * unit;
      const one = c.members.length === 1;
      const link = svgEl("a", one ? { href: c.members[0].href } : { href: "#", class: "cluster" });
      const title = svgEl("title", {});
      title.textContent = one ? c.members[0].title :
        `${c.members.length} places, ${n} events: ${c.members.slice(0, 6).map((m) => m.title.split(":")[0]).join(", ")}${c.members.length > 6 ? ", …" : ""} (zoom in)`;
      link.appendChild(title);
      link.appendChild(svgEl("circle", { class: "hit", cx: c.x, cy: c.y, r: Math.max(r, 16 * unit) }));
      link.appendChild(svgEl("circle", { class: `dot q${clusterQuad(c.members)}`, cx: c.x, cy: c.y, r }));
      if (!one) {
        const label = svgEl("text", { class: "count", x: c.x, y: c.y, dy: "0.35em", "font-size": 11 * unit });
        label.textContent = c.members.length;
        link.appendChild(label);
        link.addEventListener("click", (event) => {
          event.preventDefault();
          const xs = c.members.map((m) => m.x), ys = c.members.map((m) => m.y);
          const w = Math.max(Math.max(...xs) - Math.min(...xs), view[2] / 6) * 1.6;
          zoomTo(w / view[2], (Math.max(...xs) + Math.min(...xs)) / 2, (Math.max(...ys) + Math.min(...ys)) / 2);
        });
      }
      layer.appendChild(link);
    });
  }

  function zoomTo(factor, cx, cy) {
    const w = Math.min(Math.max(view[2] * factor, 4), 1000), h = w * view[3] / view[2];
    view = [cx - (cx - view[0]) * (w / view[2]), cy - (cy - view[1]) * (h / view[3]), w, h];
    if (factor !== 1 && w === 1000) view[0] = 0;
    draw();
  }

  function pointAt(clientX, clientY) {
    const r = svg.getBoundingClientRect(), s = pxPerUnit();
    const offX = (r.width - view[2] * s) / 2, offY = (r.height - view[3] * s) / 2;
    return [view[0] + (clientX - r.left - offX) / s, view[1] + (clientY - r.top - offY) / s];
  }

  figure.querySelector(".map-tools").hidden = false;
  figure.querySelectorAll("button[data-zoom]").forEach((button) => {
    button.addEventListener("click", () => {
      const how = button.dataset.zoom;
      if (how === "fit") { view = fit.slice(); draw(); return; }
      zoomTo(how === "in" ? 1 / 1.6 : 1.6, view[0] + view[2] / 2, view[1] + view[3] / 2);
    });
  });
  svg.addEventListener("wheel", (event) => {
    event.preventDefault();
    const [x, y] = pointAt(event.clientX, event.clientY);
    zoomTo(Math.pow(1.0015, event.deltaY), x, y);
  }, { passive: false });

  // One pointer pans, two pinch; a drag never opens the link it ends on.
  const pointers = new Map();
  let moved = false, pinch = null;
  svg.addEventListener("pointerdown", (event) => {
    pointers.set(event.pointerId, [event.clientX, event.clientY]);
    moved = false;
    if (pointers.size === 2) {
      const [a, b] = Array.from(pointers.values());
      pinch = { d: Math.hypot(a[0] - b[0], a[1] - b[1]) };
    }
  });
  svg.addEventListener("pointermove", (event) => {
    if (!pointers.has(event.pointerId)) return;
    const last = pointers.get(event.pointerId);
    pointers.set(event.pointerId, [event.clientX, event.clientY]);
    if (pointers.size === 2 && pinch) {
      const [a, b] = Array.from(pointers.values());
      const d = Math.hypot(a[0] - b[0], a[1] - b[1]);
      const [x, y] = pointAt((a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
      if (d > 0) zoomTo(pinch.d / d, x, y);
      pinch.d = d;
      moved = true;
      return;
    }
    const dx = event.clientX - last[0], dy = event.clientY - last[1];
    if (!moved && Math.hypot(dx, dy) < 4) { pointers.set(event.pointerId, last); return; }
    if (!moved) svg.setPointerCapture(event.pointerId);
    moved = true;
    const s = pxPerUnit();
    view = [view[0] - dx / s, view[1] - dy / s, view[2], view[3]];
    draw();
  });
  const release = (event) => {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) pinch = null;
  };
  svg.addEventListener("pointerup", release);
  svg.addEventListener("pointercancel", release);
  svg.addEventListener("click", (event) => { if (moved) event.preventDefault(); }, true);
  window.addEventListener("resize", draw);
  draw();
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("figure.map[data-view]").forEach(zoomableMap);
  highlightNetwork();
  linkTriggers();
  document.querySelectorAll("figure.timeline").forEach(brushTimeline);
});
