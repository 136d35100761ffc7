// GraphiQL for HomeCareNational: every request it sends carries the token pasted above it. The token stays in
// sessionStorage, so it is forgotten with the tab and never shared with other tabs.
(function () {
  'use strict';

  var storageKey = 'homecare.graphiql.token';
  var input = document.getElementById('homecare-token');
  var state = document.getElementById('homecare-token-state');
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  var generation = 0;

  function currentToken() {
    // People paste the whole header value as often as the token alone.
    return input.value.trim().replace(/^Bearer\s+/i, '');
  }

  function fetcher(token) {
    return function (params) {
      var headers = {
        'Content-Type': 'application/json',
        'Accept': 'application/graphql-response+json, application/json'
      };
      if (token) {
        headers.Authorization = 'Bearer ' + token;
      }
      return fetch('/graphql', { method: 'POST', headers: headers, body: JSON.stringify(params) })
        .then(function (response) {
          if (response.status === 401) {
            return { errors: [{ message: 'The service refused the token (401): paste a valid, unexpired token above.' }] };
          }
          return response.json();
        });
    };
  }

  function render() {
    var token = currentToken();
    state.textContent = token ? 'token set' : 'no token: requests will be refused';
    // A new key remounts GraphiQL, so it fetches the schema again with the new token.
    generation += 1;
    root.render(React.createElement(GraphiQL, {
      key: generation,
      fetcher: fetcher(token),
      defaultQuery: '{ national { fiscalYear { labelJa } designations { total clinical nonClinical nonClinicalShare } hubs { total } } }\n'
    }));
  }

  input.value = sessionStorage.getItem(storageKey) || '';
  input.addEventListener('input', function () {
    var token = currentToken();
    if (token) {
      sessionStorage.setItem(storageKey, token);
    } else {
      sessionStorage.removeItem(storageKey);
    }
    render();
  });
  render();
})();
