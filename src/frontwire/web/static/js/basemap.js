// The basemap: Natural Earth countries, province borders and names from bundled files, no tiles.

import { el } from "./dom.js";

const BORDERS = "/static/basemap/admin.topo.json";
const NAMES = "/static/basemap/labels.json";
const ADMIN1_FROM_ZOOM = 4;
const PROVINCE_NAMES_FROM_ZOOM = 6;
export const ATTRIBUTION = "Boundaries: Natural Earth (public domain)";

const COUNTRY_STYLE = { fillColor: "#f3f1ec", fillOpacity: 1, color: "#9c9589", weight: 0.9, opacity: 1 };
const ADMIN1_STYLE = { color: "#cec7bb", weight: 0.7, opacity: 1, dashArray: "4 3" };

async function getJSON(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return response.json();
}

function showAtZoom(map, layer, fromZoom) {
  const toggle = () => (map.getZoom() >= fromZoom ? layer.addTo(map) : layer.remove());
  map.on("zoomend", toggle);
  toggle();
}

const WRAP_AT = 16;

function label([lon, lat, name], kind) {
  const span = el("span", {}, name);
  span.classList.toggle("wrap", name.length > WRAP_AT);
  const icon = L.divIcon({ className: `map-label ${kind}`, iconSize: null, html: span });
  return L.marker([lat, lon], { icon, pane: "labels", interactive: false, keyboard: false });
}

// The screen box a name will take (roughly: 11px text, wrapped past WRAP_AT characters).
function box(point, name, kind) {
  const w = Math.min(name.length, WRAP_AT) * (kind === "country" ? 8 : 6.2) + 6;
  const h = Math.ceil(name.length / WRAP_AT) * 13 + 4;
  return [point.x - w / 2, point.y - h / 2, point.x + w / 2, point.y + h / 2];
}

const overlaps = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

// Names in view at this zoom (countries from their own zoom, provinces from Natural Earth's),
// skipping any that would overlap a name already placed.
function drawNames(map, layer, names) {
  const zoom = map.getZoom();
  const bounds = map.getBounds().pad(0.2);
  const candidates = names.countries.filter((c) => zoom >= c[3]).map((c) => [c, "country"]);
  if (zoom >= PROVINCE_NAMES_FROM_ZOOM) candidates.push(...names.admin1.filter((p) => zoom >= p[3] - 1).map((p) => [p, "province"]));
  const placed = [];
  layer.clearLayers();
  for (const [item, kind] of candidates) {
    if (!bounds.contains([item[1], item[0]])) continue;
    const area = box(map.latLngToContainerPoint([item[1], item[0]]), item[2], kind);
    if (placed.some((other) => overlaps(area, other))) continue;
    placed.push(area);
    layer.addLayer(label(item, kind));
  }
}

/** Draw the basemap under the event markers; province borders from zoom 4, their names from 6. */
export async function addBasemap(map) {
  const [topo, names] = await Promise.all([getJSON(BORDERS), getJSON(NAMES)]);
  const renderer = L.canvas({ padding: 0.5 });
  const common = { renderer, interactive: false, bubblingMouseEvents: false };
  L.geoJSON(topojson.feature(topo, topo.objects.countries), { ...common, style: COUNTRY_STYLE }).addTo(map);
  showAtZoom(map, L.geoJSON(topojson.feature(topo, topo.objects.admin1), { ...common, style: ADMIN1_STYLE }),
             ADMIN1_FROM_ZOOM);
  map.createPane("labels").classList.add("labels-pane");
  const layer = L.layerGroup().addTo(map);
  map.on("moveend", () => drawNames(map, layer, names));
  drawNames(map, layer, names);
  map.getContainer().dataset.basemap = "drawn";
}
