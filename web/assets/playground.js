// playground.js starts GraphiQL on the newsgraph playground page. It reads
// its settings from the JSON in <script id="newsgraph-config"> so that the
// page needs no inline script (the page's Content-Security-Policy allows
// scripts from its own origin only).
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('newsgraph-config').textContent);
  var url = new URL(config.endpoint, window.location.href).toString();
  var fetcher = GraphiQL.createFetcher({ url: url });
  var plugins = [];
  if (window.GraphiQLPluginExplorer) {
    plugins.push(GraphiQLPluginExplorer.explorerPlugin());
  }
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: config.defaultQuery,
      defaultEditorToolsVisibility: true,
      plugins: plugins,
    }),
  );
})();
