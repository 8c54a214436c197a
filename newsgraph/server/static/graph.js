// Draws an entity's neighbourhood with Cytoscape from /api/entities/ID/graph.
// The page lists the same neighbours as plain links, so it reads without JavaScript too.
(function () {
  "use strict";
  var box = document.getElementById("graph");
  if (!box || typeof cytoscape !== "function") { return; }
  var colours = { PERSON: "#2563eb", ORG: "#16a34a", GPE: "#dc2626", LOC: "#ea580c", NORP: "#9333ea" };

  function elements(data) {
    var maxWeight = 1;
    data.edges.forEach(function (e) { maxWeight = Math.max(maxWeight, e.weight); });
    var nodes = data.nodes.map(function (n) {
      return { data: { id: n.id, label: n.name, type: n.type, centre: n.centre ? 1 : 0 } };
    });
    var edges = data.edges.map(function (e, i) {
      return { data: { id: "e" + i, source: e.source, target: e.target, weight: e.weight,
                       width: 1 + 5 * e.weight / maxWeight } };
    });
    return nodes.concat(edges);
  }

  function draw(data) {
    var cy = cytoscape({
      container: box,
      elements: elements(data),
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 9000; } },
      style: [
        { selector: "node", style: { "label": "data(label)", "font-size": 11, "width": 18, "height": 18,
          "background-color": function (n) { return colours[n.data("type")] || "#6b7280"; } } },
        { selector: "node[centre = 1]", style: { "width": 30, "height": 30, "font-weight": "bold" } },
        { selector: "edge", style: { "width": "data(width)", "line-color": "#cbd5e1", "opacity": 0.8 } }
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
