package dev.eventualshop.catalog.command.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What shoppers read about an item: its name (required), a description and a picture (both optional). The
 * picture is a path on the shop's own origin ({@code /images/mug.png}) or an absolute http(s) URL.
 */
public record ItemDetails(String name, String description, String imageUrl) {

    /** The longest name accepted. */
    public static final int MAX_NAME = 200;
    /** The longest description accepted. */
    public static final int MAX_DESCRIPTION = 2000;
    /** The longest image URL accepted. */
    public static final int MAX_IMAGE_URL = 500;

    /** Why these details cannot be shown to shoppers, or {@code null} if they can. */
    String problem() {
        if (name == null || name.isBlank() || name.length() > MAX_NAME || hasControlCharacter(name)) {
            return "a name has 1 to " + MAX_NAME + " characters, none of them control characters";
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            return "a description has at most " + MAX_DESCRIPTION + " characters";
        }
        if (imageUrl != null && !validImageUrl(imageUrl)) {
            return "an image URL has at most " + MAX_IMAGE_URL
                    + " characters and is a path starting with \"/\" or an http(s) URL";
        }
        return null;
    }

    private static boolean validImageUrl(String url) {
        if (url.isEmpty() || url.length() > MAX_IMAGE_URL || url.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        if (url.startsWith("/")) {
            return !url.startsWith("//") && !url.startsWith("/\\");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
