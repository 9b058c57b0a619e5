package dev.eventualshop.gateway.site;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /}: until the storefront exists, a page that links the API documents. */
@RestController
class HomePage {

    private static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>EventualShop</title></head>
            <body>
              <h1>EventualShop</h1>
              <p>The storefront is on its way. Meanwhile, the public API:</p>
              <ul>
                <li><a href="/swagger-ui.html">API documentation (Swagger UI)</a></li>
                <li><a href="/v3/api-docs">OpenAPI document</a></li>
                <li><a href="/api/v1/auth/config">Sign-in configuration</a></li>
                <li><a href="/oauth2/authorization/eventualshop">Sign in</a></li>
              </ul>
            </body>
            </html>
            """;

    @GetMapping(path = {"/", "/index.html"}, produces = MediaType.TEXT_HTML_VALUE)
    String home() {
        return PAGE;
    }
}
