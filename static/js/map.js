// The site's one map (practice library, event pages): progressive enhancement over
// the page's own text. Third-party tiles load only after the reader asks (their
// IP address is personal data); self-hosted tiles load at once.
// A section gives its points either as an address (data-geojson-url) or inline,
// in a json_script element (data-geojson-id).
(function () {
  "use strict";

  function popupContent(feature) {
    // Built with textContent: titles come from editors and the public.
    var box = document.createElement("div");
    var label = document.createElement(feature.properties.url ? "a" : "span");
    if (feature.properties.url) {
      label.href = feature.properties.url;
    }
    label.textContent = feature.properties.title;
    if (feature.properties.lang) {
      label.lang = feature.properties.lang;
    }
    box.appendChild(label);
    return box;
  }

  function loadData(section) {
    if (section.dataset.geojsonId) {
      var element = document.getElementById(section.dataset.geojsonId);
      return Promise.resolve(JSON.parse(element.textContent));
    }
    return fetch(section.dataset.geojsonUrl, {
      headers: { Accept: "application/geo+json" },
    }).then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    });
  }

  function showMap(section) {
    var canvas = section.querySelector(".map-panel__canvas");
    var status = section.querySelector(".map-panel__status");
    var button = section.querySelector(".map-panel__show");
    var maxZoom = Number(section.dataset.maxZoom || 10);
    if (button) {
      button.hidden = true;
    }
    canvas.classList.add("is-active");
    var map = L.map(canvas, { scrollWheelZoom: false }).setView([52.0, 15.0], 4);
    L.tileLayer(section.dataset.tileUrl, {
      attribution: section.dataset.attribution,
      maxZoom: 18,
    }).addTo(map);
    loadData(section)
      .then(function (data) {
        var layer = L.geoJSON(data, {
          pointToLayer: function (feature, latlng) {
            return L.marker(latlng, {
              title: feature.properties.title,
              alt: section.dataset.markerLabel + ": " + feature.properties.title,
            });
          },
          onEachFeature: function (feature, marker) {
            marker.bindPopup(popupContent(feature));
          },
        }).addTo(map);
        if (data.features.length) {
          // Not animated: markers stay where a reader (or a test) first sees them,
          // instead of sliding under the pointer for a quarter of a second.
          map.fitBounds(layer.getBounds(), {
            padding: [30, 30],
            maxZoom: maxZoom,
            animate: false,
          });
        }
        status.textContent = String(data.features.length);
      })
      .catch(function () {
        // The page's text stays the way in; the map simply has no markers.
        status.textContent = "—";
      });
  }

  document.querySelectorAll(".map-panel").forEach(function (section) {
    if (typeof L === "undefined") {
      return;
    }
    section.hidden = false;
    if (section.dataset.autoload === "true") {
      showMap(section);
      return;
    }
    section.querySelector(".map-panel__show").addEventListener("click", function () {
      showMap(section);
    });
  });
})();
