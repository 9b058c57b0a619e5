/** Test kit for projections: given/when/then scenarios on the real runner over an in-memory store. */
package dev.eventualshop.projection.test;
