/** The architecture rules every module checks in its tests, so the boundaries hold without a code review. */
package dev.eventualshop.architecture;
