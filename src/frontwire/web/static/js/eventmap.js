// The Leaflet map of events: markers coloured by type, sized by sources, clustered into type pies.

import { el } from "./dom.js";
import { ATTRIBUTION, addBasemap } from "./basemap.js";
import { TYPES, formatDay, typeOf } from "./vocab.js";

const WORLD = [[-60, -170], [75, 175]];
// Markers are clustered this many at a time, one slice per task, so that the page keeps answering
// while thousands arrive. (The cluster layer's own chunkedLoading would go on adding a slice after
// clearLayers, so the map slices itself.)
const SLICE = 2000;

function markerSize(sources) {
  return 14 + 5 * Math.min(Math.max(sources - 1, 0), 5);
}

function tooltip(p) {
  return el("div", { class: "tip" },
    el("strong", {}, p.sub_event_type || p.event_type),
    el("div", {}, [p.location, p.admin1].filter(Boolean).join(", ")),
    el("div", { class: "tip-meta" }, `${formatDay(p.time_start)} · ${p.n_sources} source${p.n_sources === 1 ? "" : "s"}`));
}

function eventIcon(p) {
  const size = markerSize(p.n_sources);
  const classes = ["ev-marker", `t-${typeOf(p.event_type).slug}`];
  if (p.status_conflict || p.fatalities_conflict) classes.push("is-disputed");
  return L.divIcon({ className: classes.join(" "), iconSize: [size, size], html: "" });
}

// A cluster is a pie of its events' types (in legend order) with the count in the middle.
function clusterIcon(cluster) {
  const counts = new Map();
  for (const m of cluster.getAllChildMarkers()) counts.set(m.options.type, (counts.get(m.options.type) || 0) + 1);
  const total = cluster.getChildCount();
  const order = (type) => (TYPES.includes(type) ? TYPES.indexOf(type) : TYPES.length);
  let at = 0;
  const stops = [...counts.entries()].sort(([a], [b]) => order(a) - order(b)).map(([type, n]) => {
    const from = (at / total) * 360;
    at += n;
    return `${type.colour} ${from}deg ${(at / total) * 360}deg`;
  });
  const pie = el("div", { class: "pie" }, el("span", {}, String(total)));
  pie.style.background = `conic-gradient(${stops.join(", ")})`;
  const size = total < 10 ? 34 : total < 100 ? 42 : 50;
  return L.divIcon({ html: pie, className: "ev-cluster", iconSize: [size, size] });
}

// Markers and clusters stay out of the tab order: the keyboard pans and zooms the map itself, and
// the list of events in view opens the same cards.
function keepMarkersOffTabOrder() {
  L.MarkerCluster.mergeOptions({ keyboard: false });
}

export class EventMap {
  /** A map in container showing view (else the world); onOpen(id, opener) when a marker is chosen, onMove(view). */
  constructor(container, { view, onOpen, onMove }) {
    keepMarkersOffTabOrder();
    this.onOpen = onOpen;
    this.map = L.map(container, { minZoom: 2, maxZoom: 12, zoomSnap: 1, worldCopyJump: false,
                                  maxBounds: [[-85, -200], [85, 200]], attributionControl: false });
    L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' })
      .addAttribution(ATTRIBUTION).addTo(this.map);
    if (view) this.setView(view);
    else this.map.fitBounds(WORLD);
    this.clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 44,
                                           spiderfyOnMaxZoom: true, iconCreateFunction: clusterIcon });
    this.clusters.addTo(this.map);
    this.markers = new Map();
    this.waiting = [];
    this.next = 0;
    this.timer = null;
    this.selected = null;
    this.map.on("moveend", () => onMove(this.view()));
    this.clusters.on("animationend", () => this.highlight());
    this.map.on("zoomend", () => this.highlight());
    this.ready = addBasemap(this.map);
  }

  /** Replace the markers with these GeoJSON features. */
  setEvents(features) {
    this.clear();
    this.addEvents(features);
  }

  /** Remove every marker, and drop those still waiting to be added. */
  clear() {
    clearTimeout(this.timer);
    [this.timer, this.waiting, this.next] = [null, [], 0];
    this.clusters.clearLayers();
    this.markers.clear();
  }

  /** Add markers for these GeoJSON features: the first slice now, the rest in later tasks. */
  addEvents(features) {
    for (const f of features) this.waiting.push(f);
    if (this.timer === null) this.drain();
  }

  drain() {
    const slice = this.waiting.slice(this.next, this.next + SLICE);
    this.next += slice.length;
    if (this.next < this.waiting.length) this.timer = setTimeout(() => this.drain(), 0);
    else [this.timer, this.waiting, this.next] = [null, [], 0];
    this.clusters.addLayers(slice.map((f) => this.marker(f)));
    this.highlight();
  }

  marker(feature) {
    const p = feature.properties;
    const [lon, lat] = feature.geometry.coordinates;
    const marker = L.marker([lat, lon], { icon: eventIcon(p), keyboard: false,
                                          type: typeOf(p.event_type), riseOnHover: true });
    marker.bindTooltip(() => tooltip(p), { direction: "top", offset: [0, -markerSize(p.n_sources) / 2] });
    // Markers take no focus, so focus goes back to the map when the card closes.
    marker.on("click", () => this.onOpen(p.id, this.map.getContainer()));
    this.markers.set(p.id, marker);
    return marker;
  }

  /** Mark the open event's marker (or the cluster that holds it). */
  select(id) {
    this.selected = id || null;
    this.highlight();
  }

  highlight() {
    for (const node of this.map.getContainer().querySelectorAll(".is-selected")) node.classList.remove("is-selected");
    const marker = this.selected && this.markers.get(this.selected);
    if (!marker) return;
    const shown = this.clusters.getVisibleParent(marker);
    shown?.getElement()?.classList.add("is-selected");
  }

  /** Those of these GeoJSON features that lie inside the current view (drawn yet or not). */
  inView(features) {
    const bounds = this.map.getBounds();
    return features.filter((f) => bounds.contains([f.geometry.coordinates[1], f.geometry.coordinates[0]]));
  }

  /** The current view as {zoom, lat, lon}. */
  view() {
    const c = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: c.lat, lon: c.lng };
  }

  /** Show a saved view. */
  setView(view) {
    this.map.setView([view.lat, view.lon], view.zoom, { animate: false });
  }

  /** Frame these features (a sensible zoom for one or a few). */
  frame(features) {
    if (!features.length) return;
    const bounds = L.latLngBounds(features.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]]));
    this.map.fitBounds(bounds.pad(0.3), { maxZoom: 8, animate: false });
  }
}
