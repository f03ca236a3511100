// Renders /openapi.json with Swagger UI; every file comes from this server (the swagger-ui WebJar).
window.ui = SwaggerUIBundle({
  url: new URL('openapi.json', document.baseURI).href,
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null, // no call to validator.swagger.io
  tryItOutEnabled: false,
});
