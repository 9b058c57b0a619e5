/** Local mode: the embedded infrastructure and every service in one JVM, started by one command. */
package dev.eventualshop.launcher;
