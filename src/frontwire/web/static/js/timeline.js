// The timeline: events per week stacked by type, as SVG; drag across it to choose a date range.

import { el, fill, svg } from "./dom.js";
import { TYPES, formatDay, typeOf } from "./vocab.js";

const HEIGHT = 120;
const PAD = { top: 8, right: 12, bottom: 22, left: 34 };
const WEEK_MS = 7 * 86400000;
const STACK_ORDER = TYPES.map((t) => t.slug).concat("other");

function addDays(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// Where the axis names a new year (long spans) or a new month (short ones).
function ticks(buckets) {
  const byYear = buckets.length > 60;
  const key = (b) => (byYear ? b.start.slice(0, 4) : b.start.slice(0, 7));
  const label = (b) => (byYear ? key(b) : formatDay(b.start).split(" ").slice(1).join(" "));
  return buckets.flatMap((b, i) => (i && key(buckets[i - 1]) === key(b) ? [] : [{ i, label: label(b) }]));
}

/** The colour key shared by the bars and the map markers. */
export function renderLegend(node) {
  fill(node, TYPES.map((t) => el("li", {}, el("span", { class: `swatch t-${t.slug}`, "aria-hidden": "true" }), t.name)));
}

export class Timeline {
  /** A timeline in container; onBrush({since, until}) fires when a drag ends ("" when cleared). */
  constructor(container, { onBrush }) {
    this.container = container;
    this.onBrush = onBrush;
    this.buckets = [];
    this.shown = new Set();
    this.range = { since: "", until: "" };
    this.drag = null;
    new ResizeObserver(() => this.draw()).observe(container);
  }

  /** Show these week buckets; types not in shown are left out of the bars. */
  setData(buckets, shownTypes) {
    this.buckets = buckets;
    this.shown = new Set(shownTypes);
    this.draw();
  }

  /** Show a chosen date range (from the address or the date boxes). */
  setRange(range) {
    this.range = { since: range.since || "", until: range.until || "" };
    this.drawBrush();
  }

  geometry() {
    const width = Math.max(this.container.clientWidth, 200);
    const inner = width - PAD.left - PAD.right;
    const band = inner / Math.max(this.buckets.length, 1);
    return { width, inner, band };
  }

  // This bucket's counts by type slug, only for the types shown, in legend order.
  stack(bucket) {
    const bySlug = new Map();
    for (const [name, n] of Object.entries(bucket.counts)) {
      const type = typeOf(name);
      if (this.shown.has(type.slug)) bySlug.set(type, (bySlug.get(type) || 0) + n);
    }
    return [...bySlug].sort(([a], [b]) => STACK_ORDER.indexOf(a.slug) - STACK_ORDER.indexOf(b.slug));
  }

  count(bucket) {
    return this.stack(bucket).reduce((total, [, n]) => total + n, 0);
  }

  bars(band, max) {
    const scale = (HEIGHT - PAD.top - PAD.bottom) / max;
    const g = svg("g", { class: "bars" });
    this.buckets.forEach((bucket, i) => {
      let top = HEIGHT - PAD.bottom;
      for (const [type, n] of this.stack(bucket)) {
        top -= n * scale;
        g.append(svg("rect", { x: PAD.left + i * band + band * 0.1, y: top, width: Math.max(band * 0.8, 1),
                               height: n * scale, class: `tl-bar t-${type.slug}` },
                     svg("title", {}, `Week of ${formatDay(bucket.start)}: ${n} ${type.name}`)));
      }
    });
    return g;
  }

  draw() {
    const { width, band } = this.geometry();
    const max = Math.max(1, ...this.buckets.map((b) => this.count(b)));
    this.svg = svg("svg", { width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, class: "timeline-svg",
                            role: "img", "aria-label": this.summary() },
      this.axes(max, band), this.bars(band, max),
      svg("rect", { class: "brush", y: PAD.top, height: HEIGHT - PAD.top - PAD.bottom }));
    this.bindDrag();
    fill(this.container, this.svg);
    this.drawBrush();
  }

  axes(max, band) {
    const base = HEIGHT - PAD.bottom;
    const g = svg("g", { class: "axes" },
      svg("line", { x1: PAD.left, x2: PAD.left + this.geometry().inner, y1: base, y2: base }),
      svg("text", { x: PAD.left - 6, y: PAD.top + 8, "text-anchor": "end" }, String(max)),
      svg("text", { x: PAD.left - 6, y: base, "text-anchor": "end" }, "0"));
    const all = ticks(this.buckets);
    const every = Math.ceil(all.length / Math.max(1, Math.floor(this.geometry().inner / 60)));
    all.filter((_, k) => k % every === 0).forEach(({ i, label }) => {
      const x = PAD.left + i * band;
      g.append(svg("line", { x1: x, x2: x, y1: base, y2: base + 4 }), svg("text", { x: x + 2, y: base + 15 }, label));
    });
    return g;
  }

  summary() {
    if (!this.buckets.length) return "No events to chart.";
    const total = this.buckets.reduce((n, b) => n + this.count(b), 0);
    return `${total} events, counted by week, from ${formatDay(this.buckets[0].start)} to ` +
      `${formatDay(this.buckets[this.buckets.length - 1].start)}. Drag to choose dates, or use the date boxes.`;
  }

  indexAt(clientX) {
    const { band } = this.geometry();
    const x = clientX - this.svg.getBoundingClientRect().left - PAD.left;
    return Math.min(Math.max(Math.floor(x / band), 0), this.buckets.length - 1);
  }

  bindDrag() {
    this.svg.addEventListener("pointerdown", (e) => {
      if (!this.buckets.length || e.button !== 0) return;
      this.svg.setPointerCapture(e.pointerId);
      this.drag = { from: this.indexAt(e.clientX), to: this.indexAt(e.clientX), x: e.clientX };
      this.drawBrush();
    });
    this.svg.addEventListener("pointermove", (e) => {
      if (!this.drag) return;
      this.drag.to = this.indexAt(e.clientX);
      this.drawBrush();
    });
    const end = (e) => {
      if (!this.drag) return;
      const moved = Math.abs(e.clientX - this.drag.x) > 3;
      const [a, b] = [this.drag.from, this.drag.to].sort((m, n) => m - n);
      this.drag = null;
      this.range = moved ? { since: this.buckets[a].start, until: addDays(this.buckets[b].start, 6) } : { since: "", until: "" };
      this.drawBrush();
      this.onBrush(this.range);
    };
    this.svg.addEventListener("pointerup", end);
    this.svg.addEventListener("pointercancel", end);
  }

  // The brushed band: during a drag the dragged weeks, else the chosen range.
  drawBrush() {
    const rect = this.svg?.querySelector(".brush");
    if (!rect || !this.buckets.length) return;
    const { band } = this.geometry();
    let span = null;
    if (this.drag) span = [this.drag.from, this.drag.to].sort((m, n) => m - n);
    else if (this.range.since || this.range.until) span = this.rangeIndexes();
    rect.classList.toggle("is-on", Boolean(span));
    if (!span) return;
    rect.setAttribute("x", PAD.left + span[0] * band);
    rect.setAttribute("width", Math.max((span[1] - span[0] + 1) * band, 2));
  }

  rangeIndexes() {
    const first = Date.parse(this.buckets[0].start);
    const last = this.buckets.length - 1;
    const at = (iso, fallback) => (iso ? Math.floor((Date.parse(iso) - first) / WEEK_MS) : fallback);
    const from = Math.min(Math.max(at(this.range.since, 0), 0), last);
    const to = Math.min(Math.max(at(this.range.until, last), 0), last);
    return [Math.min(from, to), Math.max(from, to)];
  }
}
