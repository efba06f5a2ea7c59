// Swagger UI's start-up, served as a file of the gateway's own: the gateway's Content-Security-Policy (script-src
// 'self') runs no inline script. What to show comes from the page (data-openapi), which the gateway writes.
window.addEventListener('load', function () {
  var root = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    url: root.getAttribute('data-openapi'),
    dom_id: '#swagger-ui',
    deepLinking: true,
    // the base layout: the standalone one's top bar (a box to load other documents, and a logo whose SVG carries an
    // inline <style> the policy refuses) has no place in front of one API
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    oauth2RedirectUrl: window.location.origin + root.getAttribute('data-oauth2-redirect'),
    // no badge from validator.swagger.io: the page loads nothing from elsewhere
    validatorUrl: null
  });
  // "Authorize" for people: the authorization code flow with PKCE, through the realm's public Swagger UI client
  window.ui.initOAuth({
    clientId: root.getAttribute('data-oauth2-client'),
    usePkceWithAuthorizationCodeGrant: true,
    scopes: 'openid'
  });
});
