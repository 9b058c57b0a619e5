package dev.eventualshop.gateway.site;

import dev.eventualshop.web.problem.Problems;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /dev/mail?to=}: local mode's caught mail; 404 wherever no {@link DevMailbox} exists. */
@RestController
class DevMailController {

    private final ObjectProvider<DevMailbox> mailbox;

    DevMailController(ObjectProvider<DevMailbox> mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/dev/mail")
    ResponseEntity<?> mail(@RequestParam String to) {
        DevMailbox box = mailbox.getIfAvailable();
        if (box == null) {
            return Problems.response(Problems.of(HttpStatus.NOT_FOUND, "No static resource dev/mail."));
        }
        if (to.isBlank() || to.length() > 254) {
            return Problems.response(Problems.invalid("to", "must be an email address"));
        }
        List<DevMailbox.Mail> mail = box.received(to);
        return ResponseEntity.ok(mail);
    }
}
