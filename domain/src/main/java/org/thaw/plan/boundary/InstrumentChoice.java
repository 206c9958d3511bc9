package org.thaw.plan.boundary;

/**
 * An instrument a SCORE goal may name: code, title, the range of its total and the comparison a
 * goal takes by default (BELOW where a higher total is worse, AT_LEAST for WHO-5).
 */
public record InstrumentChoice(String code, String title, int min, int max, Comparison defaultComparison) {}
