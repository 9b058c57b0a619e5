package dev.eventualshop.gateway.site;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /confirm-email?userId=...&token=...}: where Identity's confirmation mail links to. Until the
 * storefront exists, this page sends the confirmation command from the browser (the same public
 * {@code POST /api/v1/identity/users/{userId}/email-confirmation} any client uses) and offers to sign in.
 * The token stays in the browser: this page is static and the server never echoes it.
 */
@RestController
class ConfirmEmailPage {

    private static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
            <title>Confirm your address - EventualShop</title></head>
            <body>
              <h1>Confirm your address</h1>
              <p id="status" role="status">Confirming...</p>
              <p><a id="sign-in" href="/oauth2/authorization/eventualshop" hidden>Sign in</a></p>
              <script>
                (async () => {
                  const status = document.getElementById('status');
                  const query = new URLSearchParams(location.search);
                  const userId = query.get('userId');
                  const token = query.get('token');
                  if (!userId || !token || !/^[0-9a-fA-F-]{36}$/.test(userId)) {
                    status.textContent = 'This link is incomplete. Open the link from the mail again.';
                    return;
                  }
                  history.replaceState(null, '', '/confirm-email');
                  const response = await fetch('/api/v1/identity/users/' + userId + '/email-confirmation', {
                    method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({token})
                  });
                  if (response.status === 202) {
                    status.textContent = 'Thank you: your confirmation is on its way. You can sign in now.';
                    document.getElementById('sign-in').hidden = false;
                  } else {
                    status.textContent = 'This link could not be used (' + response.status + '). Ask for a new one.';
                  }
                })();
              </script>
            </body>
            </html>
            """;

    @GetMapping(path = "/confirm-email", produces = MediaType.TEXT_HTML_VALUE)
    String page() {
        return PAGE;
    }
}
