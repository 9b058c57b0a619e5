/** Given/when/then scenarios for deciders: the way every aggregate's behaviour is specified and tested. */
package dev.eventualshop.decider.test;
