package dev.eventualshop.catalog.query.infrastructure.web;

import dev.eventualshop.catalog.query.application.CatalogQueries;
import dev.eventualshop.catalog.query.domain.CatalogItemView;
import dev.eventualshop.projection.ProjectionDocument;
import dev.eventualshop.projection.ProjectionPage;
import dev.eventualshop.web.problem.FieldError;
import dev.eventualshop.web.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The catalog as anyone reads it: active items, searched and paged, or one item. An admin may add
 * {@code includeInactive=true} to the listing, and reads an inactive item; anyone else asking for inactive items is
 * refused (403, or 401 without a token), and an inactive item is as absent to them as an unknown one. Each answer
 * carries an {@code ETag} of the versions it was built from, and {@code If-None-Match} with it answers 304.
 */
@RestController
class CatalogController {

    private static final String ADMIN = "ROLE_ADMIN";

    private final CatalogQueries catalog;

    CatalogController(CatalogQueries catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/catalog/items")
    ResponseEntity<?> items(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "20") int size,
                            @RequestParam(defaultValue = "false") boolean includeInactive,
                            Authentication caller, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0 || page > CatalogQueries.MAX_PAGE) {
            errors.add(new FieldError("page", "must be between 0 and " + CatalogQueries.MAX_PAGE));
        }
        if (size < 1 || size > CatalogQueries.MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + CatalogQueries.MAX_SIZE));
        }
        if (query.length() > CatalogQueries.MAX_QUERY || query.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("query", "must be at most " + CatalogQueries.MAX_QUERY
                    + " characters without control characters"));
        }
        if (!errors.isEmpty()) {
            return Problems.response(Problems.invalid(errors));
        }
        allowInactive(includeInactive, caller);
        ProjectionPage<CatalogItemView> found = catalog.items(query, includeInactive, page, size);
        String etag = listingTag(found, page, size);
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).body(new ItemPage(
                found.documents().stream().map(document -> Item.of(document.view())).toList(), page, size,
                found.total()));
    }

    @GetMapping("/api/v1/catalog/items/{id}")
    ResponseEntity<?> item(@PathVariable UUID id, Authentication caller, WebRequest request) {
        Optional<ProjectionDocument<CatalogItemView>> found = catalog.item(id, isAdmin(caller));
        if (found.isEmpty()) {
            return Problems.response(Problems.of(HttpStatus.NOT_FOUND, "No such item in the catalog."));
        }
        String etag = "\"" + CatalogQueries.versions(found.get()) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).body(Item.of(found.get().view()));
    }

    private static void allowInactive(boolean includeInactive, Authentication caller) {
        if (includeInactive && !isAdmin(caller)) {
            throw new AccessDeniedException("only an admin sees inactive items");
        }
    }

    private static boolean isAdmin(Authentication caller) {
        return caller != null && caller.isAuthenticated()
                && caller.getAuthorities().stream().anyMatch(authority -> ADMIN.equals(authority.getAuthority()));
    }

    /** A digest of what the page shows: each item's versions, the page, its size and the total. */
    private static String listingTag(ProjectionPage<CatalogItemView> found, int page, int size) {
        StringBuilder versions = new StringBuilder(page + "/" + size + "/" + found.total());
        for (ProjectionDocument<CatalogItemView> document : found.documents()) {
            versions.append(';').append(document.id()).append('@').append(CatalogQueries.versions(document));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(versions.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A page of the catalog. */
    record ItemPage(List<Item> items, int page, int size, long total) {
    }

    /** An item as the API shows it. */
    record Item(UUID id, String sku, String name, String description, CatalogItemView.Price price, String imageUrl,
                long available, boolean active) {

        static Item of(CatalogItemView view) {
            return new Item(view.id(), view.sku(), view.name(), view.description(), view.price(), view.imageUrl(),
                    view.available(), view.active());
        }
    }
}
