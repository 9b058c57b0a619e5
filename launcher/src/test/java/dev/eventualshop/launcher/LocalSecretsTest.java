package dev.eventualshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSecretsTest {

    @TempDir
    Path dataDir;

    @Test
    void the_first_start_generates_every_secret_readable_by_the_owner_only() throws Exception {
        LocalSecrets secrets = LocalSecrets.loadOrCreate(dataDir);

        assertThat(secrets.firstStart()).isTrue();
        assertThat(secrets.adminPassword()).hasSize(20);
        assertThat(secrets.gatewayClientSecret()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.dir()))).isEqualTo("rwx------");
        try (var files = Files.list(secrets.dir())) {
            assertThat(files.toList()).hasSize(4).allSatisfy(file ->
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------"));
        }
    }

    @Test
    void a_later_start_reads_the_same_secrets_and_does_not_show_the_password_again() {
        LocalSecrets first = LocalSecrets.loadOrCreate(dataDir);
        LocalSecrets second = LocalSecrets.loadOrCreate(dataDir);

        assertThat(second.firstStart()).isFalse();
        assertThat(second.adminPassword()).isEqualTo(first.adminPassword());
        assertThat(second.gatewayClientSecret()).isEqualTo(first.gatewayClientSecret());
    }

    @Test
    void the_signing_keys_are_one_rsa_pair_in_pem() throws Exception {
        LocalSecrets secrets = LocalSecrets.loadOrCreate(dataDir);
        KeyFactory rsa = KeyFactory.getInstance("RSA");

        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                new PKCS8EncodedKeySpec(der(secrets.signingKey(), "PRIVATE KEY")));
        RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                new X509EncodedKeySpec(der(secrets.signingPublicKey(), "PUBLIC KEY")));

        assertThat(publicKey.getModulus()).isEqualTo(privateKey.getModulus());
        assertThat(publicKey.getModulus().bitLength()).isEqualTo(2048);
    }

    @Test
    void secrets_are_never_printed_by_accident() {
        LocalSecrets secrets = LocalSecrets.loadOrCreate(dataDir);

        assertThat(secrets.toString()).doesNotContain(secrets.adminPassword(), secrets.gatewayClientSecret());
    }

    private static byte[] der(Path pem, String type) throws Exception {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        assertThat(text).startsWith("-----BEGIN " + type + "-----\n").endsWith("-----END " + type + "-----\n");
        return Base64.getMimeDecoder().decode(text.replace("-----BEGIN " + type + "-----", "")
                .replace("-----END " + type + "-----", ""));
    }
}
