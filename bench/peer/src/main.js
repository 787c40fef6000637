// Benchmark peer page: China's sister-city network drawn by sigma.js (WebGL) + graphology.
// Dev-only: it exists so that one driver can time the Rust atlas against "the bar to beat".
// window.bench has the same interface as the atlas's (src/web/api.rs `install_bench`).
import Graph from "graphology";
import Sigma from "sigma";
import network from "virtual:network";

performance.mark("peer-start");

const bench = {
  firstFrameMs: null,
  redraw: () => [],
  hover: () => null,
  size: () => null,
  screenPosition: () => null,
};
window.bench = bench;

const COLOURS = { CN: "#c82e2e", JP: "#8e44ad", KR: "#1f6fc5", US: "#0f9d76" };
const OTHER = "#6b7785";
const EDGE_ALPHA = 150 / 255; // the atlas's tie alpha (src/scene/network.rs)
const DIM_EDGE_ALPHA = 45 / 255; // the atlas's tie alpha while something is selected
const DIM_NODE = "#d6dde3";

// sigma 3 blends with gl.ONE, gl.ONE_MINUS_SRC_ALPHA (premultiplied alpha) but does not
// premultiply the colours it is given, so straight rgba() colours come out washed out and add up
// to near-white where they overlap (sigma.js issue #1533). Handing it premultiplied colours gives
// the straight-alpha look the atlas has, at no cost.
function rgba(hex, a) {
  const v = parseInt(hex.slice(1), 16);
  const pm = (c) => Math.round(c * a);
  return `rgba(${pm((v >> 16) & 255)},${pm((v >> 8) & 255)},${pm(v & 255)},${a.toFixed(4)})`;
}
const EDGE_COLOURS = {};
const DIM_EDGE_COLOURS = {};
for (const c of [...Object.keys(COLOURS), "?"]) {
  const hex = COLOURS[c] ?? OTHER;
  EDGE_COLOURS[c] = rgba(hex, EDGE_ALPHA);
  DIM_EDGE_COLOURS[c] = rgba(hex, DIM_EDGE_ALPHA);
}
const edgeColour = (country) => EDGE_COLOURS[country] ?? EDGE_COLOURS["?"];
const dimEdgeColour = (country) => DIM_EDGE_COLOURS[country] ?? DIM_EDGE_COLOURS["?"];

const KX = Math.cos((35 * Math.PI) / 180);
/** The atlas's projection (src/geo.rs): x east from the 180th meridian, y southward. */
function project(lat, lon) {
  return [((((lon % 360) + 360) % 360) - 180) * KX, -lat];
}

/**
 * The seeded synthetic network shared with the Rust page (same draws, same order):
 * mulberry32(42); P = max(floor(N/10), 10) places, even = CN, odd = JP/KR/US in turn;
 * N links from an even (CN) index to an odd (partner) index, duplicates kept.
 */
function syntheticNetwork(N) {
  let a = 42;
  function rng() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  const BOX = {
    CN: [22, 45, 100, 125],
    JP: [31, 43, 130, 142],
    KR: [34, 38, 126, 129.5],
    US: [26, 48, -123, -70],
  };
  const PARTNERS = ["JP", "KR", "US"];
  const P = Math.max(Math.floor(N / 10), 10);
  const ids = new Array(P);
  const country = new Array(P);
  const xy = new Array(2 * P);
  for (let i = 0; i < P; i++) {
    const c = i % 2 === 0 ? "CN" : PARTNERS[Math.floor(i / 2) % 3];
    const [lat0, lat1, lon0, lon1] = BOX[c];
    const lat = lat0 + rng() * (lat1 - lat0);
    const lon = lon0 + rng() * (lon1 - lon0);
    const [x, y] = project(lat, lon);
    ids[i] = `s${i}`;
    country[i] = c;
    xy[2 * i] = x;
    xy[2 * i + 1] = y;
  }
  const evenMax = (P - 1) & ~1; // largest even index ≤ P − 1
  const links = new Array(2 * N);
  for (let j = 0; j < N; j++) {
    const ia = Math.min(2 * Math.floor(rng() * Math.ceil(P / 2)), evenMax);
    const ib = 2 * Math.floor(rng() * Math.floor(P / 2)) + 1;
    links[2 * j] = ia;
    links[2 * j + 1] = ib;
  }
  return { ids, country, xy, links };
}

function buildGraph(net) {
  const n = net.ids.length;
  const m = net.links.length / 2;
  const degree = new Uint32Array(n);
  for (let k = 0; k < net.links.length; k++) degree[net.links[k]] += 1;
  const graph = new Graph({ type: "undirected", multi: true, allowSelfLoops: false });
  for (let i = 0; i < n; i++) {
    const c = net.country[i];
    graph.addNode(net.ids[i], {
      // sigma's y axis points up: north up means y = latitude = −(the atlas's southward y).
      x: net.xy[2 * i],
      y: -net.xy[2 * i + 1],
      size: 1.6 + 1.25 * Math.sqrt(degree[i]),
      color: COLOURS[c] ?? OTHER,
      label: net.names ? net.names[i] : net.ids[i],
      country: c,
    });
  }
  for (let j = 0; j < m; j++) {
    const ia = net.links[2 * j];
    const ib = net.links[2 * j + 1];
    const partner = net.country[ib];
    graph.addEdge(net.ids[ia], net.ids[ib], { color: edgeColour(partner), size: 0.9, partner });
  }
  return graph;
}

function main() {
  const params = new URLSearchParams(location.search);
  const synthetic = params.has("synthetic") ? Math.max(0, Math.floor(Number(params.get("synthetic")) || 0)) : null;
  const net = synthetic != null ? syntheticNetwork(synthetic) : network;
  const graph = buildGraph(net);
  performance.mark("peer-graph");

  // Hover state, applied through reducers as in sigma's "use-reducers" example.
  const state = { hoveredNode: null, hoveredNeighbors: null };
  const nodeReducer = (node, data) => {
    if (state.hoveredNode === null) return data;
    if (node === state.hoveredNode) return { ...data, highlighted: true };
    if (state.hoveredNeighbors.has(node)) return data;
    return { ...data, label: "", color: DIM_NODE };
  };
  const edgeReducer = (edge, data) => {
    if (state.hoveredNode === null) return data;
    const [s, t] = graph.extremities(edge);
    if (s === state.hoveredNode || t === state.hoveredNode) return { ...data, size: 1.6 };
    return { ...data, color: dimEdgeColour(data.partner) };
  };

  const container = document.getElementById("graph");
  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    labelRenderedSizeThreshold: 5,
    labelDensity: 0.5,
    labelFont: "system-ui, sans-serif",
    labelSize: 12,
    labelColor: { color: "#28323c" },
    defaultEdgeType: "line",
    minEdgeThickness: 0.9,
    nodeReducer,
    edgeReducer,
  });

  // Forces the GPU work queued on sigma's WebGL canvases to finish: a 1-pixel readback on each.
  const px = new Uint8Array(4);
  const glContexts = () => {
    const own = renderer.webGLContexts; // sigma keeps its contexts here (TS-private, JS-visible)
    if (own && Object.keys(own).length) return Object.values(own);
    return Object.values(renderer.getCanvases())
      .map((c) => c.getContext("webgl2") || c.getContext("webgl"))
      .filter(Boolean);
  };
  let contexts = glContexts();
  const flush = () => {
    for (const gl of contexts) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
  };
  // One full synchronous frame at the current camera, as a pan or zoom would draw it.
  // `full`: sigma.refresh() instead (re-index the graph, re-run the reducers, re-upload, draw).
  const frame = (full) => {
    if (full) renderer.refresh();
    else renderer.render();
    flush();
  };

  const setHover = (node) => {
    if (node !== null && graph.hasNode(node)) {
      state.hoveredNode = node;
      state.hoveredNeighbors = new Set(graph.neighbors(node));
    } else {
      state.hoveredNode = null;
      state.hoveredNeighbors = null;
    }
    renderer.refresh({ skipIndexation: true });
  };
  renderer.on("enterNode", ({ node }) => setHover(node));
  renderer.on("leaveNode", () => setHover(null));

  bench.redraw = (n, opts) => {
    const count = Math.min(Math.max(Math.floor(Number(n) || 1), 1), 1000);
    const full = Boolean(opts && opts.full);
    const times = [];
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      frame(full);
      times.push(performance.now() - t0);
    }
    return times;
  };
  bench.hover = (id) => {
    const t0 = performance.now();
    setHover(typeof id === "string" ? id : null);
    flush();
    return performance.now() - t0;
  };
  bench.size = () => ({ nodes: graph.order, edges: graph.size });
  bench.screenPosition = (id) => {
    if (typeof id !== "string" || !graph.hasNode(id)) return null;
    const a = graph.getNodeAttributes(id);
    const p = renderer.graphToViewport({ x: a.x, y: a.y });
    const r = container.getBoundingClientRect();
    const x = r.left + p.x;
    const y = r.top + p.y;
    return { x, y, visible: x >= r.left && x <= r.right && y >= r.top && y <= r.bottom };
  };
  bench.renderer = renderer;
  bench.graph = graph;

  // sigma's constructor already indexed and drew the whole graph synchronously (refresh());
  // make sure its pixels exist, then record.
  contexts = glContexts();
  flush();
  const t = performance.now();
  performance.mark("peer-first-frame");
  bench.firstFrameMs = t;
}

try {
  main();
} catch (e) {
  console.error(e);
  document.body.insertAdjacentHTML("beforeend", `<pre style="color:#a00">${String(e && e.stack ? e.stack : e)}</pre>`);
}
