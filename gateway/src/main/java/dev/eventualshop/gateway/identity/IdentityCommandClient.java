package dev.eventualshop.gateway.identity;

import dev.eventualshop.gateway.command.HandOverFailedException;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * identity-command's internal HTTP API, which takes the commands that carry secrets (they never touch the
 * broker). It answers {@code 202 {commandId}} once the command is in its pipeline.
 */
class IdentityCommandClient {

    static final String COMMAND_ID = "X-Command-Id";

    private final RestClient client;

    IdentityCommandClient(URI baseUrl, Duration timeout) {
        // HttpURLConnection rather than the JDK HttpClient, whose HTTP/1.1 exchange intermittently fails with an
        // NPE in Http1Exchange.requestMoreBody (seen in this gateway's tests; line/armeria#5358 and #6090).
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(timeout);
        requests.setReadTimeout(timeout);
        client = RestClient.builder().baseUrl(baseUrl.toString()).requestFactory(requests).build();
    }

    /**
     * Sends {@code body} to {@code path}; the status identity-command answered, with its body when it refused.
     * Throws {@link HandOverFailedException} when it cannot be reached (503 for the client).
     */
    Answer send(HttpMethod method, String path, Object body, UUID commandId, String bearerToken) {
        try {
            return client.method(method).uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .headers(headers -> {
                        headers.set(COMMAND_ID, commandId.toString());
                        if (bearerToken != null) {
                            headers.setBearerAuth(bearerToken);
                        }
                    })
                    .body(body)
                    .exchange((request, response) -> new Answer(response.getStatusCode(),
                            response.getHeaders().getContentType(), response.bodyTo(String.class)));
        } catch (ResourceAccessException e) {
            throw new HandOverFailedException("identity-command is not reachable", e);
        }
    }

    record Answer(HttpStatusCode status, MediaType contentType, String body) {

        boolean accepted() {
            return status.value() == 202 || status.value() == 200;
        }

        HttpHeaders problemHeaders() {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return headers;
        }
    }
}
