// The basemap: Natural Earth countries and province borders drawn from bundled TopoJSON, no tiles.

const SOURCE = "/static/basemap/admin.topo.json";
const ADMIN1_FROM_ZOOM = 4;
export const ATTRIBUTION = "Boundaries: Natural Earth (public domain)";

const COUNTRY_STYLE = { fillColor: "#f3f1ec", fillOpacity: 1, color: "#a9a398", weight: 0.8, opacity: 1 };
const ADMIN1_STYLE = { color: "#c9c2b6", weight: 0.6, opacity: 1, dashArray: "3 3" };

/** Draw the basemap under the event markers; province borders show from zoom 4. */
export async function addBasemap(map) {
  const response = await fetch(SOURCE);
  if (!response.ok) throw new Error(`${SOURCE}: ${response.status} ${response.statusText}`);
  const topo = await response.json();
  const renderer = L.canvas({ padding: 0.5 });
  const common = { renderer, interactive: false, bubblingMouseEvents: false };
  L.geoJSON(topojson.feature(topo, topo.objects.countries), { ...common, style: COUNTRY_STYLE }).addTo(map);
  const admin1 = L.geoJSON(topojson.feature(topo, topo.objects.admin1), { ...common, style: ADMIN1_STYLE });
  const toggle = () => {
    if (map.getZoom() >= ADMIN1_FROM_ZOOM) admin1.addTo(map);
    else admin1.remove();
  };
  map.on("zoomend", toggle);
  toggle();
}
