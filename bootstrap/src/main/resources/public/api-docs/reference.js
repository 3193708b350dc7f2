// The gateway's own description, in Swagger UI (from its webjar). A script file, not inline, so
// that a Content-Security-Policy without 'unsafe-inline' still allows the page.
window.ui = SwaggerUIBundle({url: "/openapi.yaml", dom_id: "#reference", deepLinking: true});
