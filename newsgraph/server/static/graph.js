// Draws an entity's neighbourhood with Cytoscape from /api/entities/ID/graph.
// The page lists the same neighbours as plain links, so it reads without JavaScript too.
(function () {
  "use strict";
  var box = document.getElementById("graph");
  if (!box || typeof cytoscape !== "function") { return; }
  var colours = { PERSON: "#2563eb", ORG: "#16a34a", GPE: "#dc2626", LOC: "#ea580c", NORP: "#9333ea" };

  var maxWeight = 1;

  function elements(data) {
    data.edges.forEach(function (e) { maxWeight = Math.max(maxWeight, e.weight); });
    var nodes = data.nodes.map(function (n) {
      return { data: { id: n.id, label: n.name, type: n.type, centre: n.centre ? 1 : 0, weight: n.weight || 0 } };
    });
    var centre = data.nodes[0].id;
    var edges = data.edges.map(function (e, i) {
      return { data: { id: "e" + i, source: e.source, target: e.target, weight: e.weight,
                       spoke: e.source === centre ? 1 : 0, width: 1 + 5 * e.weight / maxWeight } };
    });
    return nodes.concat(edges);
  }

  function draw(data) {
    var cy = cytoscape({
      container: box,
      elements: elements(data),
      // rings around the centre, the most shared nearest: readable and the same on every load
      layout: { name: "concentric", animate: false, minNodeSpacing: 30, startAngle: 3 / 2 * Math.PI,
                concentric: function (n) { return n.data("centre") ? 1e9 : n.data("weight"); },
                levelWidth: function () { return Math.max(1, maxWeight / 4); } },
      style: [
        { selector: "node", style: { "label": "data(label)", "font-size": 9, "width": 14, "height": 14,
          "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1,
          "background-color": function (n) { return colours[n.data("type")] || "#6b7280"; } } },
        { selector: "node[centre = 1]", style: { "width": 24, "height": 24, "font-weight": "bold", "font-size": 11 } },
        { selector: "edge", style: { "width": "data(width)", "line-color": "#cbd5e1", "opacity": 0.5 } },
        { selector: "edge[spoke = 1]", style: { "line-color": "#94a3b8", "opacity": 0.9 } }
      ]
    });
    cy.on("tap", "node", function (event) {
      window.location.href = "/entities/" + encodeURIComponent(event.target.id()) + "/graph";
    });
    box.setAttribute("data-ready", "1");
  }

  fetch(box.getAttribute("data-src"), { headers: { "Accept": "application/json" } })
    .then(function (response) { return response.json(); })
    .then(function (data) { if (data.ok) { draw(data); } else { box.textContent = data.error; } })
    .catch(function (error) { box.textContent = "The graph could not be loaded: " + error; });
})();
