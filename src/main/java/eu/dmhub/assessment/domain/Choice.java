package eu.dmhub.assessment.domain;

/** An answer option, item or paired-checklist column, with what it scores. */
public record Choice(String id, Text text, double score, boolean exclusive) {}
