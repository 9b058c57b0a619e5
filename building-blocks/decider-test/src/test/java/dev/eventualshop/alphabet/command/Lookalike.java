package dev.eventualshop.alphabet.command;

import dev.eventualshop.alpha.internal.AlphaEvent;

/** A context whose name merely starts with "alpha": still another context, so forbidden. */
public class Lookalike {

    AlphaEvent last;
}
