// The API explorer (Swagger UI) on the platform's OpenAPI document; a file of its own, so that the page needs no
// inline script (Content-Security-Policy).
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: 'openapi?format=JSON', dom_id: '#swagger-ui', deepLinking: true });
});
