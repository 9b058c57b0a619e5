package dev.eventualshop.identity.query.infrastructure.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own errors (unknown path, wrong method, unacceptable media type...) as RFC 9457 problem
 * details, whatever the service's properties say.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
}
