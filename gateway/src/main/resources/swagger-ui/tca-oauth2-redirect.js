// The end of a sign-in started from Swagger UI's "Authorize" (authorization code with PKCE): Keycloak redirects the
// pop-up here with the code (or an error) and the state Swagger UI sent; this hands them back to the Swagger UI
// page that opened the pop-up, which exchanges the code for a token, and closes the pop-up. A file of the gateway's,
// since its Content-Security-Policy (script-src 'self') runs no inline script.
(function () {
  'use strict';

  // what came back: in the query for the code flow, in the fragment if a flow answers there
  function answer() {
    var fragment = window.location.hash.substring(1);
    var text = /(^|&)(code|access_token|error)=/.test(fragment) ? fragment : window.location.search.substring(1);
    var found = {};
    new URLSearchParams(text).forEach(function (value, key) { found[key] = value; });
    return found;
  }

  function finish() {
    var swagger = window.opener && window.opener.swaggerUIRedirectOauth2;
    if (!swagger) {
      document.getElementById('signing-in').textContent =
        'This page finishes a sign-in started from Swagger UI; there is none waiting for it, so it can be closed.';
      return;
    }
    var received = answer();
    var stateKept = received.state === swagger.state;
    var flow = swagger.auth.schema.get('flow');
    var byCode = flow === 'authorizationCode' || flow === 'accessCode' || flow === 'authorization_code';
    if (byCode && !swagger.auth.code) {
      if (!stateKept) {
        // not the sign-in this page started (a forged or replayed redirect): nothing is exchanged
        swagger.errCb({ authId: swagger.auth.name, source: 'auth', level: 'error',
          message: 'The sign-in came back with another state than the one sent, so it was not used: sign in again.' });
      } else if (received.code) {
        delete swagger.state;
        swagger.auth.code = received.code;
        swagger.callback({ auth: swagger.auth, redirectUrl: swagger.redirectUrl });
      } else {
        swagger.errCb({ authId: swagger.auth.name, source: 'auth', level: 'error',
          message: '[' + (received.error || 'no code') + ']: '
            + (received.error_description || 'the identity provider sent no authorization code back') });
      }
    } else {
      swagger.callback({ auth: swagger.auth, token: received, isValid: stateKept, redirectUrl: swagger.redirectUrl });
    }
    window.close();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', finish);
  } else {
    finish();
  }
})();
