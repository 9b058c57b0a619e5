/** What every HTTP-facing service shares: strict JSON, problem details, and the resource-server defaults. */
package dev.eventualshop.web;
