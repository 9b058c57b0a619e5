package dev.eventualshop.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets local mode needs, generated on first start into {@code <data dir>/secrets} (git-ignored, owner
 * read/write only) and read back on later starts: the gateway's client secret, Identity's token-signing key
 * pair (PEM) and the admin's password. Nothing here is ever committed or logged.
 *
 * @param firstStart whether this start generated them (the admin password is printed then)
 */
public record LocalSecrets(Path dir, String gatewayClientSecret, Path signingKey, Path signingPublicKey,
                           String adminEmail, String adminPassword, boolean firstStart) {

    public static final String ADMIN_EMAIL = "admin@eventualshop.local";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** Reads the secrets under {@code dataDir}, generating the missing ones. */
    public static LocalSecrets loadOrCreate(Path dataDir) {
        Path dir = dataDir.resolve("secrets");
        try {
            Files.createDirectories(dir);
            restrict(dir, "rwx------");
            boolean firstStart = !Files.exists(dir.resolve("admin-password"));
            String clientSecret = readOrWrite(dir.resolve("gateway-client-secret"), () -> token(32));
            Path privateKey = dir.resolve("signing-key.pem");
            Path publicKey = dir.resolve("signing-key.pub.pem");
            if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
                writeKeyPair(privateKey, publicKey);
            }
            String adminPassword = readOrWrite(dir.resolve("admin-password"), () -> password(20));
            return new LocalSecrets(dir, clientSecret, privateKey, publicKey, ADMIN_EMAIL, adminPassword, firstStart);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep local secrets in " + dir, e);
        }
    }

    private static String readOrWrite(Path file, java.util.function.Supplier<String> generate) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        String value = generate.get();
        write(file, value);
        return value;
    }

    private static void writeKeyPair(Path privateKey, Path publicKey) throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK cannot generate RSA keys", e);
        }
        write(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        write(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void write(Path file, String content) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        restrict(temp, "rw-------");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        try {
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(temp);
        }
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the directory inherits the user profile's ACLs.
        }
    }

    private static String token(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String password(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    @Override
    public String toString() {
        return "LocalSecrets[" + dir + "]";
    }
}
