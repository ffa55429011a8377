package eu.dmhub.assessment.domain;

/** A maturity level: every score up to and including {@code upTo} (and above the level before). */
public record Level(String id, double upTo, Text title, Text description) {}
