package eu.dmhub.identity;

/** A company joined the platform. */
public record CompanyRegistered(CompanyProfile profile) {}
