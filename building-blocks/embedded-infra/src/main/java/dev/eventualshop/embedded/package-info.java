/** In-JVM stand-ins for RabbitMQ, MongoDB and SMTP, so local mode and tests need nothing but a JDK. */
package dev.eventualshop.embedded;
