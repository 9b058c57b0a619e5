package dev.eventualshop.gateway.site;

import java.io.IOException;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * A storefront file when one exists, else {@code index.html} for a client route: a path outside the server's own
 * prefixes whose last segment has no file extension. A missing file ({@code /favicon.ico}) stays a 404.
 */
final class StorefrontResolver extends PathResourceResolver {

    private static final String INDEX = "index.html";

    private final List<String> serverPaths;

    StorefrontResolver(List<String> serverPaths) {
        this.serverPaths = List.copyOf(serverPaths);
    }

    @Override
    protected Resource getResource(String resourcePath, Resource location) throws IOException {
        Resource file = resourcePath.isEmpty() ? null : super.getResource(resourcePath, location);
        if (file != null) {
            return file;
        }
        return isClientRoute(resourcePath) ? super.getResource(INDEX, location) : null;
    }

    boolean isClientRoute(String path) {
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !serverPaths.contains(first) && !last.contains(".");
    }
}
