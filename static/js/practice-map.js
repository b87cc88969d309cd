// The practice map: progressive enhancement over the library list. Third-party
// tiles load only after the reader asks (their IP address is personal data).
(function () {
  "use strict";

  function popupContent(feature) {
    // Built with textContent: titles come from editors and the public.
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = feature.properties.url;
    link.textContent = feature.properties.title;
    if (feature.properties.lang) {
      link.lang = feature.properties.lang;
    }
    box.appendChild(link);
    return box;
  }

  function showMap(section) {
    var canvas = section.querySelector(".practice-map__canvas");
    var status = section.querySelector(".practice-map__status");
    var button = section.querySelector(".practice-map__show");
    if (button) {
      button.hidden = true;
    }
    canvas.classList.add("is-active");
    var map = L.map(canvas, { scrollWheelZoom: false }).setView([52.0, 15.0], 4);
    L.tileLayer(section.dataset.tileUrl, {
      attribution: section.dataset.attribution,
      maxZoom: 18,
    }).addTo(map);
    fetch(section.dataset.geojsonUrl, { headers: { Accept: "application/geo+json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
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
          map.fitBounds(layer.getBounds(), { padding: [30, 30], maxZoom: 10 });
        }
        status.textContent = String(data.features.length);
      })
      .catch(function () {
        // The list above stays the way in; the map simply has no markers.
        status.textContent = "—";
      });
  }

  document.querySelectorAll(".practice-map").forEach(function (section) {
    if (typeof L === "undefined") {
      return;
    }
    section.hidden = false;
    if (section.dataset.autoload === "true") {
      showMap(section);
      return;
    }
    section.querySelector(".practice-map__show").addEventListener("click", function () {
      showMap(section);
    });
  });
})();
